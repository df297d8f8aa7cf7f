// No loss through the start-up path (issue 14): the bundled CLI (bin/hookscan.cjs → dist/bundle/
// cli.cjs through the code cache, detection inline or in dist/bundle/worker.js) reports exactly
// what the scanner does in-process from src/, on every provider fixture, every obfuscation and
// exfiltration fixture, and every example of every built-in pattern.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureCliBundle, ROOT } from '../support/bundle.js';
import { loadPatternFiles } from '../../src/patterns/index.js';
import { scan } from '../../src/scan.js';
import type { Finding } from '../../src/types.js';

const BIN = join(ROOT, 'bin', 'hookscan.cjs');

interface JsonFinding { fingerprint: string; ruleId: string; secret: string; confidence?: string; locations: { path: string; line: number; column: number }[] }
const key = (f: { fingerprint: string; ruleId: string; secret?: string; confidence?: string; locations: { path: string; line: number; column: number }[] }) =>
  `${f.ruleId} ${f.fingerprint} ${f.secret} ${f.confidence ?? ''} ${f.locations.map((l) => `${l.path}:${l.line}:${l.column}`).join(',')}`;

describe('the bundled CLI and the in-process scanner find the same', () => {
  let examples: string;
  beforeAll(() => {
    ensureCliBundle();
    // Every example of every pattern, one file each.
    examples = mkdtempSync(join(tmpdir(), 'hookscan-parity-'));
    mkdirSync(join(examples, 'ex'));
    for (const p of loadPatternFiles().flatMap((f) => f.patterns)) {
      p.examples.forEach((e, i) => writeFileSync(join(examples, 'ex', `${p.id}-${i}.txt`), `${e.text}\n`));
    }
    // Everything three times over: enough files that the scan runs on worker threads (the bundle's
    // worker.js) with --jobs 2.
    for (const copy of ['a', 'b', 'c']) {
      for (const f of ['providers', 'obfuscation', 'exfil']) cpSync(join(ROOT, 'fixtures', f), join(examples, 'all', copy, f), { recursive: true });
      cpSync(join(examples, 'ex'), join(examples, 'all', copy, 'ex'), { recursive: true });
    }
    expect(readdirSync(join(examples, 'all'), { recursive: true }).length).toBeGreaterThan(1000);
  }, 60_000);
  afterAll(() => rmSync(examples, { recursive: true, force: true }));

  const folders = () => [
    ['fixtures/providers', join(ROOT, 'fixtures', 'providers')],
    ['fixtures/obfuscation', join(ROOT, 'fixtures', 'obfuscation')],
    ['fixtures/exfil', join(ROOT, 'fixtures', 'exfil')],
    ['pattern examples', join(examples, 'ex')],
    ['all of them, three times (worker threads)', join(examples, 'all')],
  ];

  // Small folders run inline (--jobs 1); the big one on the bundle's worker threads (--jobs 2).
  for (const [jobs, which] of [['1', (n: string) => !n.startsWith('all')], ['2', (n: string) => n.startsWith('all')]] as const) {
    it(`on every fixture folder and pattern example (--jobs ${jobs})`, async () => {
      for (const [name, dir] of folders().filter(([n]) => which(n))) {
        const inProcess = await scan({ paths: [dir], cwd: dir, jobs: Number(jobs) });
        const r = spawnSync(process.execPath, [BIN, 'scan', '.', '-f', 'json', '--no-redact', '--fail-on', 'none', '--jobs', jobs], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 26, timeout: 60_000 });
        expect(r.status, `${name}: ${r.stderr}`).toBe(0);
        const bundled = (JSON.parse(r.stdout) as { findings: JsonFinding[] }).findings;
        expect(inProcess.findings.length, name).toBeGreaterThan(0);
        expect(bundled.map(key).sort(), name).toEqual(inProcess.findings.map((f: Finding) => key(f)).sort());
      }
    }, 120_000);
  }
});
