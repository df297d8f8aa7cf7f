// fixtures/obfuscation/: one ng.* file (or folder, for path-based install hooks) per decoder, split
// form and exfiltration context, each URL checked against expected.json — rule, secret, decoded
// URL, encoding, kind, severity, evidence and the exact line:column span of the encoded text (and
// of every piece of a split URL); and ok.* files (base64 of unrelated data, decoded placeholders,
// split templates) that must stay silent. Regenerate with `node fixtures/obfuscation/generate.mjs`.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { scan } from '../../src/scan.js';
import type { Span } from '../../src/types.js';

const DIR = resolve(fileURLToPath(new URL('../../fixtures/obfuscation', import.meta.url)));

interface Expected {
  ruleId: string;
  secret: string;
  url: string;
  encoding: string;
  kind: string;
  severity: string;
  location: Span;
  parts?: Span[];
  evidence?: string[];
}

const EXPECTED = JSON.parse(readFileSync(join(DIR, 'expected.json'), 'utf8')) as Record<string, Expected[]>;
const entries = readdirSync(DIR).sort();
const ng = entries.filter((n) => n.startsWith('ng.'));
const ok = entries.filter((n) => n.startsWith('ok.'));

/** Scans a fixture file alone (or a fixture folder as a tree), with no repository configuration. */
async function scanEntry(name: string) {
  const path = join(DIR, name);
  return statSync(path).isDirectory() ? scan({ paths: [path], cwd: path }) : scan({ paths: [path], cwd: DIR });
}

/** The expectations of an entry: keyed by file name, or `folder/file` for a folder. */
function expectedFor(name: string): { file: string; findings: Expected[] }[] {
  return Object.entries(EXPECTED)
    .filter(([k]) => k === name || k.startsWith(`${name}/`))
    .map(([k, findings]) => ({ file: k === name ? name : k.slice(name.length + 1), findings }));
}

describe('fixtures/obfuscation', () => {
  it('has an ng.* for every decoder and split form, and ok.* negatives', () => {
    const encodings = new Set(Object.values(EXPECTED).flat().map((e) => e.encoding));
    expect([...encodings].sort()).toEqual(['base64', 'char-codes', 'escaped', 'hex', 'html', 'percent', 'plain', 'reversed', 'split']);
    expect(ng.length).toBeGreaterThanOrEqual(20);
    expect(ok.length).toBeGreaterThanOrEqual(5);
    for (const name of ng) expect(expectedFor(name).length, `${name} has expectations`).toBeGreaterThan(0);
  });

  it.each(ng)('%s reports exactly what expected.json says', async (name) => {
    const { findings } = await scanEntry(name);
    const want = expectedFor(name).flatMap((x) => x.findings.map((f) => ({ ...f, file: x.file })));
    expect(findings.map((f) => `${f.ruleId} ${f.secret}`).sort()).toEqual(want.map((w) => `${w.ruleId} ${w.secret}`).sort());
    for (const w of want) {
      const f = findings.find((x) => x.ruleId === w.ruleId && x.secret === w.secret)!;
      expect({ url: f.url, encoding: f.encoding, kind: f.kind, severity: f.severity, evidence: f.evidence ?? [] }, `${name} ${w.ruleId}`).toEqual({
        url: w.url,
        encoding: w.encoding,
        kind: w.kind,
        severity: w.severity,
        evidence: w.evidence ?? [],
      });
      expect(f.redactedUrl).not.toContain(w.secret);
      expect(f.locations).toHaveLength(1);
      const [l] = f.locations;
      expect({ path: l.path, line: l.line, column: l.column, endLine: l.endLine, endColumn: l.endColumn, encoding: l.encoding }).toEqual({
        path: w.file,
        ...w.location,
        encoding: w.encoding,
      });
      expect(l.parts).toEqual(w.parts);
    }
  });

  it.each(ok)('%s reports nothing', async (name) => {
    const { findings, stats } = await scanEntry(name);
    expect(stats.filesScanned).toBeGreaterThanOrEqual(1);
    expect(findings.map((f) => `${f.ruleId} ${f.encoding} ${f.redactedUrl} ${f.locations[0]?.line}`)).toEqual([]);
  });
});
