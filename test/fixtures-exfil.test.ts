// fixtures/exfil: every ng.* (one class of exfiltration per file, in nine languages) is reported
// as an exfil-sink on the right URL with the evidence expected.json names and at least its
// confidence; every ok.* (notifications, alerts, forms, bots) stays a credential finding.
// Regenerate with `node fixtures/exfil/generate.mjs`.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { scan } from '../src/scan.js';

const DIR = resolve(fileURLToPath(new URL('../fixtures/exfil', import.meta.url)));
const EXPECTED = JSON.parse(readFileSync(join(DIR, 'expected.json'), 'utf8')) as Record<string, { urlSha256: string; kind: string; evidence?: string; confidence?: 'high' | 'medium' | 'low' }>;
const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
const names = readdirSync(DIR).filter((n) => /^(ng|ok)\./.test(n)).sort();
const RANK = { low: 0, medium: 1, high: 2 };

describe('fixtures/exfil', () => {
  it('covers the classes in the languages the issue names', () => {
    const ext = new Set(names.map((n) => n.slice(n.lastIndexOf('.') + 1)));
    for (const e of ['js', 'py', 'ps1', 'sh', 'go', 'cs', 'lua', 'php', 'bat']) expect(ext.has(e), e).toBe(true);
    expect(names.filter((n) => n.startsWith('ng.')).length).toBeGreaterThanOrEqual(15);
    expect(names.filter((n) => n.startsWith('ok.')).length).toBeGreaterThanOrEqual(10);
    for (const n of names) expect(EXPECTED[n], n).toBeDefined();
  });

  it.each(names)('%s', async (name) => {
    const want = EXPECTED[name];
    const { findings } = await scan({ paths: [join(DIR, name)], cwd: DIR });
    const f = findings.find((x) => sha256(x.url) === want.urlSha256);
    expect(f, `${name}: the URL is found`).toBeDefined();
    expect(f!.kind).toBe(want.kind);
    if (want.kind === 'credential') {
      expect(f!.evidence ?? []).toEqual([]);
      return;
    }
    expect(f!.evidence?.join('\n')).toContain(want.evidence);
    expect(RANK[f!.confidence!], `${name}: confidence ${f!.confidence}`).toBeGreaterThanOrEqual(RANK[want.confidence!]);
    // No other URL in the file carries the evidence.
    for (const other of findings.filter((x) => x !== f)) expect(other.kind).toBe('credential');
  });
});
