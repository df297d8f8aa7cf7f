/**
 * The input of `hookscan revoke`: a JSON report written with --no-redact. A redacted report (its
 * `redacted: true`, or URLs cut short with "…") names no webhook precisely enough to revoke it:
 * a usage error that says how to write the right file. Pure: the caller reads the file.
 */
import { Detector, type RawMatch } from '../detect/index.js';
import { UsageError } from '../errors.js';
import { fromJsonReport } from '../report/merge.js';
import type { Finding, Pattern } from '../types.js';

const HOW = 'write one with: hookscan scan PATH --verify --format json --no-redact --output findings.json (the file is written with mode 0600; delete it when done)';

/** The findings of an unredacted JSON report, each with its secret and named parts found again by its pattern. */
export function findingsFromReport(doc: unknown, name: string, patterns: readonly Pattern[]): Finding[] {
  const r = doc as { redacted?: unknown; findings?: unknown } | null;
  if (!r || typeof r !== 'object' || !Array.isArray(r.findings)) throw new UsageError(`${name} is not a hookscan JSON report (no 'findings' list); ${HOW}`);
  const cut = (r.findings as { url?: unknown }[]).filter((f) => typeof f?.url === 'string' && (f.url.includes('…') || f.url.includes('[redacted]')));
  if (r.redacted === true || cut.length) {
    throw new UsageError(`${name} is a redacted report (${r.redacted === true ? '"redacted": true' : `${cut.length} URL${cut.length === 1 ? '' : 's'} cut short with "…"`}): revocation needs the full URLs; ${HOW}`);
  }
  // Each URL is found again by its pattern once: the secret where an older report does not carry
  // it, and always the named parts, which no report writes.
  let detector: Detector | undefined;
  const found = new Map<string, RawMatch | undefined>();
  const find = (url: string, ruleId: string) => {
    const key = `${ruleId}\0${url}`;
    if (!found.has(key)) {
      detector ??= new Detector([...patterns]);
      found.set(key, detector.detect(Buffer.from(url)).find((x) => x.ruleId === ruleId));
    }
    return found.get(key);
  };
  return fromJsonReport({ ...(doc as object), redacted: false }, name, find).result.findings.map((f) => {
    const captures = find(f.url, f.ruleId)?.captures;
    return captures ? { ...f, captures } : f;
  });
}
