/**
 * Merging results: the repositories of one org run, or the JSON reports of shards. Pure.
 * Findings are deduplicated by fingerprint (rule id + secret) with their locations merged; the
 * statistics add up (durations: the longest, as shards run side by side).
 */
import type { Finding, Location, RepositoryStats, ScanResult, ScanStats, Verdict } from '../types.js';
import { ConfigError } from '../errors.js';
import { compareSeverity, isSeverity } from '../severity.js';
import type { JsonReport } from './json.js';
import { JSON_REPORT_VERSION } from './json-version.js';
import { strongerConfidence } from '../severity.js';


const VERDICT_ORDER: Record<Verdict['status'], number> = { live: 0, unknown: 1, dead: 2, unverifiable: 3, skipped: 4 };

function locationKey(l: Location): string {
  return [l.repository ?? '', l.path, l.line, l.column, l.commit ?? ''].join('\0');
}

export function emptyStats(): ScanStats {
  return { filesScanned: 0, bytesScanned: 0, filesSkipped: 0, skipped: [], findings: 0, suppressed: 0, durationMs: 0 };
}

export function mergeRepositoryStats(a: RepositoryStats | undefined, b: RepositoryStats | undefined): RepositoryStats | undefined {
  if (!a) return b && structuredClone(b);
  if (!b) return a;
  const skipped: Record<string, number> = { ...a.skipped };
  for (const [k, v] of Object.entries(b.skipped)) skipped[k] = (skipped[k] ?? 0) + v;
  return {
    listed: Math.max(a.listed, b.listed),
    selected: a.selected + b.selected,
    scanned: a.scanned + b.scanned,
    unchanged: a.unchanged + b.unchanged,
    failed: a.failed + b.failed,
    skipped,
    failures: [...a.failures, ...b.failures],
    ...(a.shards || b.shards ? { shards: [...new Set([...(a.shards ?? []), ...(b.shards ?? [])])].sort(compareShards) } : {}),
    ...(a.incremental || b.incremental ? { incremental: true } : {}),
  };
}

function compareShards(x: string, y: string): number {
  return Number(x.split('/')[0]) - Number(y.split('/')[0]) || x.localeCompare(y);
}

function mergeStats(all: ScanStats[]): ScanStats {
  const out = emptyStats();
  for (const s of all) {
    out.filesScanned += s.filesScanned;
    out.bytesScanned += s.bytesScanned;
    out.filesSkipped += s.filesSkipped;
    out.skipped.push(...s.skipped);
    out.suppressed += s.suppressed;
    out.durationMs = Math.max(out.durationMs, s.durationMs);
    if (s.blobsScanned !== undefined) out.blobsScanned = (out.blobsScanned ?? 0) + s.blobsScanned;
    if (s.commitsScanned !== undefined) out.commitsScanned = (out.commitsScanned ?? 0) + s.commitsScanned;
    if (s.shallow) out.shallow = true;
    const repos = mergeRepositoryStats(out.repositories, s.repositories);
    if (repos) out.repositories = repos;
  }
  return out;
}

/** Findings of several results as one list, deduplicated by fingerprint, locations merged. */
export function mergeFindings(lists: Finding[][]): Finding[] {
  const byFingerprint = new Map<string, Finding>();
  const seen = new Map<string, Set<string>>();
  for (const list of lists) {
    for (const f of list) {
      let m = byFingerprint.get(f.fingerprint);
      if (!m) {
        m = { ...f, locations: [], ...(f.evidence ? { evidence: [...f.evidence] } : {}) };
        delete m.moreLocations;
        byFingerprint.set(f.fingerprint, m);
        seen.set(f.fingerprint, new Set());
      } else {
        if (m.encoding !== 'plain' && f.encoding === 'plain') Object.assign(m, { encoding: f.encoding, url: f.url, redactedUrl: f.redactedUrl, secret: f.secret });
        if (f.verification && (!m.verification || VERDICT_ORDER[f.verification.status] < VERDICT_ORDER[m.verification.status])) m.verification = f.verification;
        for (const e of f.evidence ?? []) if (!m.evidence?.includes(e)) (m.evidence ??= []).push(e);
        const surer = strongerConfidence(m.confidence, f.confidence);
        if (surer) m.confidence = surer;
      }
      const keys = seen.get(f.fingerprint)!;
      for (const l of f.locations) {
        const k = locationKey(l);
        if (keys.has(k)) continue;
        keys.add(k);
        m.locations.push(l);
      }
      if (f.moreLocations) m.moreLocations = (m.moreLocations ?? 0) + f.moreLocations;
    }
  }
  const findings = [...byFingerprint.values()];
  for (const f of findings) {
    // Grouped by repository; within one, the order each result gave (history: oldest first).
    const order = new Map(f.locations.map((l, i) => [l, i]));
    f.locations.sort((a, b) => (a.repository ?? '').localeCompare(b.repository ?? '') || order.get(a)! - order.get(b)!);
  }
  return findings.sort((x, y) => {
    const a = x.locations[0], b = y.locations[0];
    return (
      compareSeverity(x.severity, y.severity) ||
      (a?.repository ?? '').localeCompare(b?.repository ?? '') ||
      (a?.path ?? '').localeCompare(b?.path ?? '') ||
      (a?.line ?? 0) - (b?.line ?? 0) ||
      x.ruleId.localeCompare(y.ruleId)
    );
  });
}

/** One result from many: findings deduplicated across them, statistics added up. */
export function mergeResults(results: ScanResult[]): ScanResult {
  const findings = mergeFindings(results.map((r) => r.findings));
  const stats = mergeStats(results.map((r) => r.stats));
  stats.findings = findings.length;
  return { findings, stats };
}

/** What a report's `url` fields hold: redacted URLs, or full ones (`--no-redact`). */
export interface ParsedReport {
  result: ScanResult;
  redacted: boolean;
}

/**
 * Reads a JSON report back into a result. A redacted report gives findings whose `url`,
 * `redactedUrl` and `secret` are all the redacted URL (nothing more is known); an unredacted one
 * keeps the full URL and asks `recover` for the secret and the redacted form.
 */
export function fromJsonReport(
  doc: unknown,
  name: string,
  recover?: (url: string, ruleId: string) => { secret: string; redactedUrl: string } | undefined,
): ParsedReport {
  const r = doc as Partial<JsonReport> | null;
  const bad = (why: string): never => {
    throw new ConfigError(`${name} is not a hookscan JSON report: ${why}`);
  };
  if (!r || typeof r !== 'object') bad('not a JSON object');
  if (r!.version !== JSON_REPORT_VERSION) bad(`version ${String(r!.version)} (expected ${JSON_REPORT_VERSION}; SARIF and text reports cannot be merged, write shards with --format json)`);
  if (!Array.isArray(r!.findings)) bad("no 'findings' list");
  if (!r!.stats || typeof r!.stats !== 'object') bad("no 'stats'");
  const redacted = r!.redacted !== false;
  const findings: Finding[] = r!.findings!.map((j, i) => {
    if (!j || typeof j.fingerprint !== 'string' || typeof j.ruleId !== 'string' || typeof j.url !== 'string' || !Array.isArray(j.locations)) bad(`finding ${i} lacks fingerprint, ruleId, url or locations`);
    // Reports written since the secret is carried (`secret`, `redactedUrl`) need no detector; older ones are read again.
    const carried = !redacted && typeof j.secret === 'string' && j.secret !== '' && j.url.includes(j.secret) ? { secret: j.secret, redactedUrl: typeof j.redactedUrl === 'string' ? j.redactedUrl : '[redacted]' } : undefined;
    const rec = redacted ? undefined : (carried ?? recover?.(j.url, j.ruleId));
    return {
      fingerprint: j.fingerprint,
      ruleId: j.ruleId,
      provider: j.provider,
      providerName: j.providerName,
      kind: j.kind,
      name: j.name,
      severity: isSeverity(j.severity) ? j.severity : 'medium',
      url: j.url,
      // Without a way to find the secret again, a full URL is never shown as the "redacted" one.
      redactedUrl: redacted ? j.url : (rec?.redactedUrl ?? '[redacted]'),
      secret: redacted ? '' : (rec?.secret ?? j.url),
      encoding: j.encoding,
      locations: j.locations,
      ...(j.moreLocations ? { moreLocations: j.moreLocations } : {}),
      ...(j.verification ? { verification: j.verification } : {}),
      ...(j.evidence ? { evidence: j.evidence } : {}),
      ...(j.confidence ? { confidence: j.confidence } : {}),
    };
  });
  const { skippedByReason: _drop, ...stats } = r!.stats as JsonReport['stats'];
  void _drop;
  return { result: { findings, stats: { ...emptyStats(), ...stats, skipped: Array.isArray(stats.skipped) ? stats.skipped : [] } }, redacted };
}
