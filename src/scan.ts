/** Orchestration: sources → detect → dedupe → ScanResult. No printing, no process access. */
import { isAbsolute, join, resolve } from 'node:path';
import { statSync } from 'node:fs';
import { compareSeverity, strongerConfidence } from './severity.js';
import { CONFIG_FILE, hostAllowed, loadConfig, type HookscanConfig } from './config/index.js';
import { assessExfil, fingerprint, installTargetEvidence, raiseSeverity, type InstallTarget, type LocatedMatch } from './detect/index.js';
import { createEngine, type Engine, type JobResult } from './engine/index.js';
import { availableParallelism } from 'node:os';
import { UsageError } from './errors.js';
import { loadPatternFiles } from './patterns/index.js';
import type { ArchiveOptions } from './sources/archive-shape.js';
import type { Source, Origin } from './sources/types.js';
// Not sources/index.js: that would load the git source (and node's process spawning) on every scan.
import { WorktreeSource } from './sources/worktree.js';
import type { Finding, Location, Pattern, Progress, PatternFile, ScanResult, ScanStats, ScanUnit, SkippedFile, Suppression } from './types.js';

export interface ScanOptions {
  /** Files or directories; relative ones need `cwd`. Default: [cwd]. */
  paths?: string[];
  /** Directory that relative paths are resolved against (the library never reads process.cwd()). */
  cwd?: string;
  /** An already loaded configuration; otherwise `configFile`, otherwise `.hookscan.yaml` at the scan root. */
  config?: HookscanConfig;
  configFile?: string;
  /** Pattern files to use instead of the built-in ones. */
  providers?: PatternFile[];
  patternsDir?: string;
  maxFileSize?: number;
  jobs?: number;
  includeDependencies?: boolean;
  /** Archive handling: files named directly are always read member by member; `walk` opens those found in folders too. */
  archives?: ArchiveOptions;
  /** Fingerprints from an earlier report that are not reported again. */
  baseline?: Iterable<string>;
  /** A custom source (history, range, staged…) instead of the working tree. */
  source?: Source;
  onProgress?: (p: Progress) => void;
  signal?: AbortSignal;
}

export interface ResolvedScan {
  root: string;
  paths: string[];
  config: HookscanConfig;
}

/** Works out the scan root, the absolute paths and the configuration. */
export function resolveScan(opts: ScanOptions): ResolvedScan {
  const raw = opts.paths?.length ? opts.paths : opts.cwd ? [opts.cwd] : [];
  if (raw.length === 0) throw new UsageError('nothing to scan: give a path (or cwd)');
  const paths = raw.map((p) => {
    if (isAbsolute(p)) return p;
    if (!opts.cwd) throw new UsageError(`relative path '${p}' needs the cwd option`);
    return resolve(opts.cwd, p);
  });
  for (const p of paths) {
    try {
      statSync(p);
    } catch {
      throw new UsageError(`no such file or directory: ${p}`);
    }
  }
  const single = paths.length === 1 && statSync(paths[0]).isDirectory() ? paths[0] : undefined;
  const root = single ?? opts.cwd ?? paths[0];
  const config = opts.config ?? (opts.configFile ? loadConfig(opts.configFile, true) : loadConfig(join(root, CONFIG_FILE), false));
  return { root, paths, config };
}

/** Evidence lines kept per finding (one per distinct reason; a secret seen in many places repeats them). */
const MAX_EVIDENCE = 8;

/** The host of a URL as matched (no scheme, port or path), lower case. */
function urlHost(url: string): string {
  return (/^(?:[a-z][a-z0-9+.-]*:\/\/)?([^/?#:@\s]+)/i.exec(url)?.[1] ?? '').toLowerCase();
}

/** A finding's identity: rule and secret, and for a self-hosted provider the host too. */
export function findingFingerprint(p: Pick<Pattern, 'selfHosted'>, m: { ruleId: string; secret: string; url: string }): string {
  return fingerprint(m.ruleId, p.selfHosted ? `${urlHost(m.url)}/${m.secret}` : m.secret);
}

/** A finding for a match of a pattern, with no locations yet. */
export function newFinding(p: Pattern, m: Pick<LocatedMatch, 'ruleId' | 'secret' | 'url' | 'redactedUrl' | 'encoding' | 'captures'>): Finding {
  return {
    fingerprint: findingFingerprint(p, m),
    ruleId: m.ruleId,
    provider: p.provider,
    providerName: p.providerName,
    kind: p.kind,
    name: p.name,
    severity: p.severity,
    url: m.url,
    redactedUrl: m.redactedUrl,
    secret: m.secret,
    ...(m.captures ? { captures: m.captures } : {}),
    encoding: m.encoding,
    // A capture service's own URL is a sink by what it is: nearness-level confidence until evidence says more.
    ...(p.kind === 'exfil-sink' ? { confidence: 'medium' as const } : {}),
    locations: [],
  };
}

/** Turns raw matches of fragments into findings, applying allowlists and the baseline. */
export class FindingCollector {
  private readonly byFingerprint = new Map<string, Finding>();
  private readonly patterns: Map<string, Pattern>;
  suppressed = 0;
  /** Every suppression by reason, and the first ones for `--verbose`. */
  readonly suppressedByReason: Record<string, number> = {};
  readonly suppressions: Suppression[] = [];
  /** Bound on stored locations per finding; the rest are counted. */
  maxLocations = 1000;

  constructor(
    patterns: Pattern[],
    private readonly config: HookscanConfig,
    private readonly baseline: Set<string>,
    /** Location order (history: oldest first); at the location cap the earliest ones are kept. */
    private readonly compareLocations?: (a: Location, b: Location) => number,
  ) {
    this.patterns = new Map(patterns.map((p) => [p.id, p]));
  }

  get size(): number {
    return this.byFingerprint.size;
  }

  /** Records a match that is not reported (placeholders come from the detector, the rest from add()). */
  noteSuppressed(s: Suppression): void {
    const kind = s.reason.startsWith('placeholder') ? 'placeholder' : s.reason.startsWith('documentation host') ? 'documentation host' : s.reason;
    this.suppressedByReason[kind] = (this.suppressedByReason[kind] ?? 0) + 1;
    if (this.suppressions.length < 1000) this.suppressions.push(s);
  }

  /** Adds the located matches of one fragment, seen at every origin given. Returns how many were kept. */
  add(matches: LocatedMatch[], origins: Origin[]): number {
    let kept = 0;
    for (const m of matches) {
      const p = this.patterns.get(m.ruleId)!;
      const fp = findingFingerprint(p, m);
      const why = m.allowed ? 'allow comment' : this.config.allowFingerprints.includes(fp) ? 'allow-fingerprints' : this.baseline.has(fp) ? 'baseline' : this.hostIsAllowed(m.url) ? 'allow-hosts' : undefined;
      if (why) {
        this.suppressed++;
        this.noteSuppressed({ path: origins[0]?.path ?? '', line: m.line, ruleId: m.ruleId, redactedUrl: m.redactedUrl, reason: why });
        continue;
      }
      let f = this.byFingerprint.get(fp);
      if (!f) {
        f = newFinding(p, m);
        this.byFingerprint.set(fp, f);
      } else if (f.encoding !== 'plain' && m.encoding === 'plain') {
        f.encoding = 'plain';
        f.url = m.url;
        f.redactedUrl = m.redactedUrl;
        if (m.captures) f.captures = m.captures;
      }
      for (const o of origins) {
        this.addEvidence(f, p, m, o.path);
        const loc: Location = { ...o, line: m.line, column: m.column, endLine: m.endLine, endColumn: m.endColumn, encoding: m.encoding, ...(m.parts ? { parts: m.parts } : {}) };
        if (f.locations.some((l) => sameLocation(l, loc))) continue;
        if (f.locations.length < this.maxLocations) {
          f.locations.push(loc);
          continue;
        }
        f.moreLocations = (f.moreLocations ?? 0) + 1;
        const cmp = this.compareLocations;
        if (cmp) {
          // Keep the earliest sightings: replace the latest stored one if this one is earlier.
          let latest = 0;
          for (let k = 1; k < f.locations.length; k++) if (cmp(f.locations[k], f.locations[latest]) > 0) latest = k;
          if (cmp(loc, f.locations[latest]) < 0) f.locations[latest] = loc;
        }
      }
      kept++;
    }
    return kept;
  }

  /**
   * Exfiltration context (what the code near the URL sends, an install hook that runs it, how it
   * was hidden): makes the finding an exfil-sink, one severity step above its pattern's, with the
   * evidence in words.
   */
  private addEvidence(f: Finding, p: Pattern, m: LocatedMatch, path: string): void {
    const a = assessExfil(m.context, path, p);
    if (!a.exfil) return;
    f.kind = 'exfil-sink';
    f.severity = raiseSeverity(p.severity);
    f.confidence = strongerConfidence(f.confidence, a.confidence);
    const evidence = (f.evidence ??= []);
    for (const e of a.evidence) if (!evidence.includes(e) && evidence.length < MAX_EVIDENCE) evidence.push(e);
  }

  /** Webhooks in files that an npm install hook runs are exfiltration sinks too (evidence in words). */
  markInstallTargets(runs: ReadonlyMap<string, InstallTarget>): void {
    if (runs.size === 0) return;
    for (const f of this.byFingerprint.values()) {
      const t = f.locations.map((l) => runs.get(l.path)).find((x) => x);
      if (!t) continue;
      const p = this.patterns.get(f.ruleId)!;
      f.kind = 'exfil-sink';
      f.severity = raiseSeverity(p.severity);
      f.confidence = strongerConfidence(f.confidence, 'medium');
      const evidence = (f.evidence ??= []);
      const e = installTargetEvidence(t, p);
      if (!evidence.includes(e) && evidence.length < MAX_EVIDENCE) evidence.push(e);
    }
  }

  private hostIsAllowed(url: string): boolean {
    if (this.config.allowHosts.length === 0) return false;
    const host = urlHost(url);
    return !!host && hostAllowed(host, this.config.allowHosts);
  }

  findings(): Finding[] {
    // Sources without an order of their own (files) are sorted by place: worker threads finish in
    // any order. (Only here: keeping the earliest beyond the location cap stays a git matter.)
    const cmp = this.compareLocations ?? byPlace;
    for (const f of this.byFingerprint.values()) f.locations.sort(cmp);
    return [...this.byFingerprint.values()].sort((x, y) => {
      const a = x.locations[0], b = y.locations[0];
      return compareSeverity(x.severity, y.severity) || (a?.path ?? '').localeCompare(b?.path ?? '') || (a?.line ?? 0) - (b?.line ?? 0) || x.ruleId.localeCompare(y.ruleId);
    });
  }
}

/** Locations in path, line and column order (a report must not depend on which thread came first). */
function byPlace(a: Location, b: Location): number {
  return a.path.localeCompare(b.path) || a.line - b.line || a.column - b.column;
}

function sameLocation(a: Location, b: Location): boolean {
  return a.path === b.path && a.line === b.line && a.column === b.column && a.commit === b.commit && a.repository === b.repository;
}

/** The active patterns: built-in (or given) minus the rules the config disables. */
export function activePatterns(opts: { providers?: PatternFile[]; patternsDir?: string }, config: HookscanConfig): Pattern[] {
  const providers = opts.providers ?? loadPatternFiles(opts.patternsDir);
  const all = providers.flatMap((p) => p.patterns);
  const known = new Set(all.map((p) => p.id));
  for (const id of config.disableRules) if (!known.has(id)) throw new UsageError(`disable-rules names an unknown rule '${id}'`);
  return all.filter((p) => !config.disableRules.includes(p.id));
}

/** Scans files (or another source) and returns the deduplicated findings with statistics. */
export async function scan(opts: ScanOptions = {}): Promise<ScanResult> {
  const started = Date.now();
  const { root, paths, config } = resolveScan(opts);
  const patterns = activePatterns(opts, config);
  const cores = availableParallelism();
  const threads = opts.jobs ?? cores;
  const source: Source =
    opts.source ??
    new WorktreeSource({
      paths,
      root,
      exclude: config.exclude,
      maxFileSize: opts.maxFileSize ?? config.maxFileSize,
      jobs: threads,
      includeDependencies: opts.includeDependencies,
      archives: opts.archives,
    });
  // --jobs 1 detects on this thread; by default every core gets a worker, or what the source
  // leaves free (git history: one core goes to git cat-file).
  const workers = opts.jobs !== undefined ? (opts.jobs <= 1 ? 0 : opts.jobs) : (source.defaultWorkers?.(cores) ?? cores);
  const collector = new FindingCollector(patterns, config, new Set(opts.baseline ?? []), source.compareLocations);
  const stats: ScanStats = { filesScanned: 0, bytesScanned: 0, filesSkipped: 0, skipped: [], findings: 0, suppressed: 0, durationMs: 0 };
  let total: number | undefined;
  let expectedBytes: number | undefined;
  let expectedUnits: number | undefined;
  let engine: Engine | undefined;
  let finished = false;
  /** Path of a file an npm install hook runs → the hook. */
  const installRuns = new Map<string, InstallTarget>();
  // Created on first use, once the source has said how much there is to scan.
  const engineNow = () => (engine ??= createEngine(patterns, { workers, expectedBytes, expectedUnits }));
  const progress = () => opts.onProgress?.({ phase: 'scan', done: stats.filesScanned + stats.filesSkipped, total, bytes: stats.bytesScanned, findings: collector.size });
  const skip = (s: SkippedFile) => {
    stats.filesSkipped++;
    stats.skipped.push(s);
    progress();
  };
  // The pre-image subtraction (range and index), a step of its own: each earlier version of a changed
  // file is detected as it streams by and only the `rule\0secret` keys it holds are kept; the new
  // version then reports only what those did not hold.
  const preimages = new Map<string, Promise<Set<string>>>();
  const heldSecrets = async (unit: ScanUnit): Promise<Set<string>> => {
    const r = await engineNow().run(unit);
    return new Set(r.ok ? r.matches.map((m) => `${m.ruleId}\0${m.secret}`) : []);
  };
  const subtractable = async (ids: readonly string[]): Promise<Set<string>> => {
    const out = new Set<string>();
    for (const set of await Promise.all(ids.map((id) => preimages.get(id)))) for (const k of set ?? []) out.add(k);
    return out;
  };
  /** Whether recording a result needs its origins (a skip, install targets, dropped placeholders, matches). */
  const needsOrigins = (r: JobResult, matches?: LocatedMatch[]) => !r.ok || !!r.installTargets || !!r.dropped?.length || (matches ?? r.matches).length > 0;
  /** Records one unit's result at its origins; `matches`: what is left after the pre-image subtraction. */
  const record = (r: JobResult, origins: Origin[], matches = r.ok ? r.matches : []) => {
    if (!r.ok) {
      // A unit without origins (a dangling git object) was never part of what is scanned.
      if (origins.length) skip({ path: origins[0].path, reason: r.reason, detail: r.detail });
      return;
    }
    stats.filesScanned++;
    stats.bytesScanned += r.size;
    if (r.installTargets) {
      // Files an install hook runs, relative to this package.json: their webhooks run on install.
      for (const o of origins) {
        const dir = o.path.includes('/') || o.path.includes('!') ? o.path.slice(0, Math.max(o.path.lastIndexOf('/'), o.path.lastIndexOf('!')) + 1) : '';
        for (const t of r.installTargets) installRuns.set(`${dir}${t.file}`, t);
      }
    }
    if (r.dropped?.length) for (const d of r.dropped) collector.noteSuppressed({ path: origins[0]?.path ?? '', ...d });
    if (matches.length && origins.length) collector.add(matches, origins);
    progress();
  };
  try {
    await source.run(
      {
        total: (n, bytes) => {
          total = n;
          expectedUnits = n;
          expectedBytes = bytes;
          // The source has the list and is about to ask for the content (git cat-file): the engine
          // (the prefilter's compilation, or worker start-up) is built while git answers.
          if (n > 0 && !engine) setImmediate(() => !finished && engineNow());
        },
        skip,
        preimage: (id, unit) => {
          preimages.set(id, heldSecrets(unit));
        },
        scan: async (unit, origins, more) => {
          // Range and index: what the earlier versions held is not new (the pre-image subtraction).
          const held = more?.preimages?.length ? await subtractable(more.preimages) : undefined;
          const r = await engineNow().run(unit);
          const matches = r.ok && held?.size ? r.matches.filter((m) => !held.has(`${m.ruleId}\0${m.secret}`)) : undefined;
          // Origins given lazily are asked for only when the unit holds something to record.
          const o = typeof origins !== 'function' ? origins : needsOrigins(r, matches) ? await origins() : [];
          record(r, o, matches);
        },
        scanAll: async (units) => {
          const results = await engineNow().runAll(units.map((u) => u.unit));
          results.forEach((r, k) => record(r, units[k].origins));
        },
      },
      opts.signal,
    );
  } finally {
    finished = true;
    await engine?.close();
  }
  collector.markInstallTargets(installRuns);
  const findings = collector.findings();
  Object.assign(stats, source.describe?.() ?? {});
  if (stats.blobsScanned !== undefined) stats.filesScanned = stats.blobsScanned;
  else if (stats.commitsScanned !== undefined) stats.blobsScanned = stats.filesScanned;
  stats.findings = findings.length;
  stats.suppressed = collector.suppressed;
  // Skips arrive as detection threads finish: listed by path (code-unit order, the same on every
  // machine), so two runs over the same files write the same report.
  stats.skipped.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  if (Object.keys(collector.suppressedByReason).length) {
    stats.suppressedByReason = collector.suppressedByReason;
    stats.suppressions = collector.suppressions.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : (a.line ?? 0) - (b.line ?? 0)));
  }
  stats.durationMs = Date.now() - started;
  return { findings, stats };
}
