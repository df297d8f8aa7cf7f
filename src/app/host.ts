/**
 * `hookscan host`: sweep a root read-only, run every artifact's text through the same detector as
 * `hookscan scan`, and annotate each sighting with its persistence technique, time and removal step.
 */
import { Detector, locate, scrubFindings } from '../detect/index.js';
import { EXIT } from '../errors.js';
import { sweepHost, type CoverageEntry, type HostArtifact, type Technique } from '../host/index.js';
import { render, toJsonReport, type Format } from '../report/index.js';
import { FindingCollector } from '../scan.js';
import { defaultConfig } from '../config/index.js';
import type { Location, Pattern, ScanResult } from '../types.js';
import type { Origin } from '../sources/index.js';

export interface HostRequest {
  root: string;
  allUsers?: boolean;
  home?: string;
  regFiles?: string[];
  cwd: string;
  patterns: Pattern[];
  format: Format;
  noRedact?: boolean;
  toolVersion: string;
  maxFileSize?: number;
  /** Processes not to read (the sweeping process itself). */
  skipPids?: number[];
  color?: boolean;
  verbose?: boolean;
}

/** Where a webhook was seen on the host: a file line (or a process) with its technique, time and removal. */
export interface HostLocation extends Location {
  family: string;
  technique?: Technique;
  removal: string;
  /** When the line was written (shell histories) — else absent. */
  timestamp?: string;
  /** When the file was last modified. */
  modified?: string;
  pid?: number;
  process?: string;
}

export interface HostResult extends ScanResult {
  root: string;
  coverage: CoverageEntry[];
  families: string[];
}

export interface HostOutcome {
  result: HostResult;
  rendered: string;
  exitCode: number;
}

function originOf(a: HostArtifact): Origin & Omit<HostLocation, keyof Location> {
  return {
    path: a.path,
    family: a.family,
    removal: a.removal,
    ...(a.technique ? { technique: a.technique } : {}),
    ...(a.modified ? { modified: a.modified } : {}),
    ...(a.pid !== undefined ? { pid: a.pid, process: a.process } : {}),
  };
}

/** Detects webhooks in the sweep's artifacts; one artifact's text is held at a time beyond the sweep. */
export function detectOnHost(artifacts: HostArtifact[], patterns: Pattern[]): ScanResult {
  const started = Date.now();
  const detector = new Detector(patterns);
  const collector = new FindingCollector(patterns, defaultConfig(), new Set());
  const byPath = new Map<string, HostArtifact>();
  let bytes = 0;
  for (const a of artifacts) {
    const buf = Buffer.from(a.text, 'utf8');
    bytes += buf.length;
    const matches = locate(buf, detector.detect(buf));
    if (matches.length === 0) continue;
    collector.add(matches, [originOf(a)]);
    byPath.set(a.path, a);
  }
  const findings = collector.findings();
  for (const f of findings) {
    for (const loc of f.locations as HostLocation[]) {
      const a = byPath.get(loc.path);
      const t = a?.lineTimes?.get(loc.line);
      if (t) loc.timestamp = t;
      const step = a?.lineRemoval?.get(loc.line);
      if (step) loc.removal = step;
    }
  }
  return {
    findings,
    stats: { filesScanned: artifacts.length, bytesScanned: bytes, filesSkipped: 0, skipped: [], findings: findings.length, suppressed: collector.suppressed, durationMs: Date.now() - started },
  };
}

function renderCoverage(coverage: CoverageEntry[], verbose?: boolean): string {
  const notRead = coverage.filter((c) => c.status !== 'absent');
  if (notRead.length === 0) return 'Coverage: every artifact found under the root was read.\n';
  const shown = verbose ? notRead : notRead.slice(0, 20);
  const lines = shown.map((c) => `  ${c.path}: ${c.status} (${c.reason})`);
  if (shown.length < notRead.length) lines.push(`  … and ${notRead.length - shown.length} more (--verbose or --format json lists all)`);
  return `Coverage: ${notRead.length} artifact${notRead.length === 1 ? '' : 's'} could not be read — a clean result is partial:\n${lines.join('\n')}\n`;
}

function renderTechniques(result: HostResult, noRedact?: boolean): string {
  const lines: string[] = [];
  for (const f of result.findings) {
    for (const loc of f.locations as HostLocation[]) {
      const where = loc.pid !== undefined ? `pid ${loc.pid} (${loc.process}) ${loc.path}` : `${loc.path}:${loc.line}`;
      const tech = loc.technique ? `${loc.technique.id} ${loc.technique.name}` : loc.family;
      const when = loc.timestamp ? ` at ${loc.timestamp}` : loc.modified ? ` (file modified ${loc.modified})` : '';
      lines.push(`  ${noRedact ? f.url : f.redactedUrl}\n    ${where}${when}\n    technique: ${tech}\n    remove: ${loc.removal}`);
    }
  }
  return lines.length ? `Host persistence and traces:\n${lines.join('\n')}\n` : '';
}

export function renderHost(result: HostResult, req: Pick<HostRequest, 'format' | 'noRedact' | 'patterns' | 'toolVersion' | 'color' | 'verbose'>): string {
  const opts = { noRedact: req.noRedact, patterns: req.patterns, toolVersion: req.toolVersion, color: req.color, verbose: req.verbose };
  if (req.format === 'json') {
    const report = { ...toJsonReport(result, opts), host: { root: result.root, families: result.families, coverage: result.coverage } };
    return `${JSON.stringify(report, null, 2)}\n`;
  }
  if (req.format === 'sarif') return render('sarif', result, opts);
  return `${render('text', result, opts)}${renderTechniques(result, req.noRedact)}${renderCoverage(result.coverage, req.verbose)}`;
}

export async function runHost(req: HostRequest): Promise<HostOutcome> {
  const sweep = await sweepHost({ root: req.root, allUsers: req.allUsers, home: req.home, regFiles: req.regFiles, maxFileSize: req.maxFileSize, cwd: req.cwd, skipPids: req.skipPids });
  const scanned = detectOnHost(sweep.artifacts, req.patterns);
  scanned.stats.skipped = sweep.coverage.filter((c) => c.status !== 'absent').map((c) => ({ path: c.path, reason: c.status === 'too-large' ? 'too-large' : 'unreadable', detail: `${c.status}: ${c.reason}` }));
  scanned.stats.filesSkipped = scanned.stats.skipped.length;
  const result: HostResult = { ...scanned, root: req.root, coverage: sweep.coverage, families: sweep.families };
  let rendered = renderHost(result, req);
  if (!req.noRedact) rendered = scrubFindings(rendered, result.findings);
  return { result, rendered, exitCode: result.findings.length ? EXIT.findings : EXIT.clean };
}
