// Merging results and shard reports: findings deduplicated by fingerprint, locations merged,
// statistics added up; reading JSON reports back (redacted or not).
import { describe, expect, it } from 'vitest';
import { fromJsonReport, mergeResults, toJsonReport } from '../../src/report/index.js';
import type { Finding, ScanResult } from '../../src/types.js';
import { fabricate } from '../support/fabricate.js';

const loc = (repository: string, path: string, line = 1) => ({ repository, path, line, column: 1, endLine: 1, endColumn: 10, commit: 'c'.repeat(40) });
const result = (findings: Finding[], extra: Partial<ScanResult['stats']> = {}): ScanResult => ({
  findings,
  stats: { filesScanned: 10, bytesScanned: 100, filesSkipped: 1, skipped: [{ path: 'x', reason: 'binary' }], findings: findings.length, suppressed: 0, durationMs: 5, ...extra },
});

describe('merge', () => {
  it('deduplicates by fingerprint and merges locations, grouped by repository', () => {
    const a = fabricate('slack').finding;
    const b = fabricate('discord').finding;
    const r = mergeResults([
      result([{ ...a, locations: [loc('acme/b', 'x.js'), loc('acme/b', 'y.js')] }], { durationMs: 9, repositories: { listed: 5, selected: 2, scanned: 2, unchanged: 0, failed: 0, skipped: { fork: 1 }, failures: [], shards: ['2/2'] } }),
      result([{ ...a, locations: [loc('acme/a', 'x.js'), loc('acme/b', 'x.js')], verification: { status: 'live', reason: 'r', checkedAt: 't' } }, { ...b, locations: [loc('acme/c', 'z.py')] }], {
        repositories: { listed: 5, selected: 2, scanned: 1, unchanged: 0, failed: 1, skipped: { fork: 1 }, failures: [{ repository: 'acme/d', stage: 'clone', error: 'e' }], shards: ['1/2'] },
      }),
    ]);
    expect(r.findings).toHaveLength(2);
    const slack = r.findings.find((f) => f.fingerprint === a.fingerprint)!;
    expect(slack.locations.map((l) => `${l.repository}:${l.path}`)).toEqual(['acme/a:x.js', 'acme/b:x.js', 'acme/b:y.js']);
    expect(slack.verification?.status).toBe('live');
    expect(r.stats).toMatchObject({ filesScanned: 20, filesSkipped: 2, findings: 2, durationMs: 9 });
    expect(r.stats.repositories).toEqual({ listed: 5, selected: 4, scanned: 3, unchanged: 0, failed: 1, skipped: { fork: 2 }, failures: [{ repository: 'acme/d', stage: 'clone', error: 'e' }], shards: ['1/2', '2/2'] });
  });

  it('reads JSON reports back; an unredacted one never yields a full URL as the redacted form', () => {
    const a = fabricate('slack').finding;
    const r = result([{ ...a, locations: [loc('acme/a', 'x.js')] }]);
    const redacted = fromJsonReport(JSON.parse(JSON.stringify(toJsonReport(r, { toolVersion: '1' }))), 'r.json');
    expect(redacted.redacted).toBe(true);
    expect(redacted.result.findings[0]).toMatchObject({ fingerprint: a.fingerprint, url: a.redactedUrl, redactedUrl: a.redactedUrl, secret: '' });
    const full = JSON.parse(JSON.stringify(toJsonReport(r, { toolVersion: '1', noRedact: true })));
    const back = fromJsonReport(full, 'r.json', () => ({ secret: a.secret, redactedUrl: a.redactedUrl }));
    expect(back.result.findings[0]).toMatchObject({ url: a.url, redactedUrl: a.redactedUrl, secret: a.secret });
    // The report carries the secret and its redacted URL: no recovery needed.
    expect(fromJsonReport(full, 'r.json').result.findings[0]).toMatchObject({ redactedUrl: a.redactedUrl, secret: a.secret });
    // An older report without them, and no way to find the secret: never the full URL as the redacted form.
    const old = { ...full, findings: full.findings.map(({ secret: _s, redactedUrl: _r, ...f }: Record<string, unknown>) => f) };
    expect(fromJsonReport(old, 'r.json').result.findings[0].redactedUrl).toBe('[redacted]');
    expect(() => fromJsonReport({ version: 2, findings: [] }, 'x.json')).toThrow(/x.json is not a hookscan JSON report/);
  });
});
