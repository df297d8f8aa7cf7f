// The WebAssembly literal prefilter (src/detect/literal-scan.ts) against the RE2 alternation it
// replaces: the same positions and the same longest literal at each, on every pattern example, every
// fixture file, and inputs built to hit its edges (window seams, a full match array, both
// alignments of the every-second-position loop, case, bytes that fold alike). Then the detector
// through both prefilters: the same matches everywhere.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { literalScanner } from '../../src/detect/literal-scan.js';
import { buildTriggers } from '../../src/detect/triggers.js';
import { Detector } from '../../src/detect/detector.js';
import { compileLiterals, loadPatternFiles } from '../../src/patterns/index.js';

const ROOT = join(import.meta.dirname, '..', '..');
const patterns = loadPatternFiles().flatMap((f) => f.patterns);
const literals = buildTriggers(new Set(patterns.flatMap((p) => p.keywords))).literals;

/** What the RE2 alternation reports, run again from each match's start + 1 (the detector's old loop). */
const compiled = new Map<string[], ReturnType<typeof compileLiterals>>();
function reference(lits: string[], buf: Buffer): { at: number[]; lit: number[] } {
  const re = compiled.get(lits) ?? compiled.set(lits, compileLiterals(lits)).get(lits)!;
  const index = new Map(lits.map((l, i) => [l, i]));
  const at: number[] = [];
  const lit: number[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(buf); m; m = re.exec(buf)) {
    re.lastIndex = m.index + 1;
    at.push(m.index);
    lit.push(index.get((m[0] as unknown as Buffer).toString('latin1').toLowerCase()) ?? -1);
  }
  return { at, lit };
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((f) => join(dir, f))
    .filter((f) => statSync(f).isFile());
}

const scanner = literalScanner(literals)!;

describe('literal prefilter: the same hits as the RE2 alternation', () => {
  it('runs here (WebAssembly), looking at every second position', () => {
    expect(scanner).toBeDefined();
    expect(Math.min(...literals.map((l) => l.length))).toBeGreaterThanOrEqual(5);
  });

  it('on every example of every pattern', () => {
    let hits = 0;
    for (const p of patterns) {
      for (const e of p.examples) {
        const buf = Buffer.from(e.text);
        const want = reference(literals, buf);
        expect(scanner.scan(buf), `${p.id}: ${e.text}`).toEqual(want);
        hits += want.at.length;
      }
    }
    expect(hits).toBeGreaterThan(200);
  });

  it('on every fixture file (providers, obfuscation, exfil, messy, logs)', () => {
    let hits = 0;
    const files = ['providers', 'obfuscation', 'exfil', 'messy', 'logs'].flatMap((d) => filesUnder(join(ROOT, 'fixtures', d)));
    expect(files.length).toBeGreaterThan(100);
    for (const f of files) {
      const buf = readFileSync(f);
      const want = reference(literals, buf);
      expect(scanner.scan(buf), f).toEqual(want);
      hits += want.at.length;
    }
    expect(hits).toBeGreaterThan(500);
  });

  it('on the source tree and the docs (ordinary text, few hits)', () => {
    const files = ['src', 'docs', 'test'].flatMap((d) => filesUnder(join(ROOT, d)));
    for (const f of files) {
      const buf = readFileSync(f);
      expect(scanner.scan(buf), f).toEqual(reference(literals, buf));
    }
  });

  it('at every offset around the 256 KB window seams, at both alignments, in any case', () => {
    // Each literal placed so that it starts 0..maxLen bytes before a seam, ends on it, or crosses it.
    const seam = 256 * 1024;
    const picks = [literals[0], literals[literals.length - 1], 'hooks.slack.com', 'discord', 'ahr0chm6ly', 'atob('];
    for (const lit of picks) {
      for (let d = -lit.length - 2; d <= 2; d++) {
        const buf = Buffer.alloc(2 * seam + 64, 'x');
        const text = d % 2 ? lit.toUpperCase() : lit;
        buf.write(text, seam + d, 'latin1');
        buf.write(text, 2 * seam + d, 'latin1');
        const got = scanner.scan(buf);
        expect(got, `${lit} at seam${d >= 0 ? '+' : ''}${d}`).toEqual(reference(literals, buf));
        expect(got.at).toContain(seam + d);
      }
    }
  });

  it('at the very start and end of a buffer, and in buffers shorter than a literal', () => {
    for (const lit of ['discord', 'hooks.slack.com', 'atob(']) {
      for (const buf of [Buffer.from(lit), Buffer.from(`x${lit}`), Buffer.from(`${lit}x`), Buffer.from(lit.slice(0, -1)), Buffer.alloc(0), Buffer.from('ab')]) {
        expect(scanner.scan(buf), JSON.stringify(buf.toString())).toEqual(reference(literals, buf));
      }
    }
  });

  it('when matches overflow the match array (a literal at every position, overlapping)', () => {
    // 'oooooo' cannot be a trigger, so use a literal set of our own where one overlaps itself.
    const own = ['aaaaaa', 'aaaaa', 'abcab', 'bcabc'];
    const s = literalScanner(own)!;
    const buf = Buffer.from('a'.repeat(40_000) + 'abcabcabcabc'.repeat(4_000));
    const got = s.scan(buf);
    expect(got).toEqual(reference(own, buf));
    expect(got.at.length).toBeGreaterThan(40_000); // more than the 16,384 slots of one call
  });

  it('folds only ASCII letters: bytes that differ in bit 5 elsewhere are not equal', () => {
    // '_' (0x5f) and DEL (0x7f), '[' and '{', '@' and '`' fold alike in the hash, not in the compare.
    const own = ['chat_id', 'x[0]y', '@home'];
    const s = literalScanner(own)!;
    const buf = Buffer.from('chat\x7fid CHAT_ID x{0}y X[0]Y `home @HOME');
    const got = s.scan(buf);
    expect(got).toEqual(reference(own, buf));
    expect(got.at).toEqual([8, 22, 34]);
  });

  it('with a 4-byte literal it looks at every position; under 4 bytes it leaves the job to RE2', () => {
    const own = ['ntfy', 'discord'];
    const s = literalScanner(own)!;
    const buf = Buffer.from('xNTFY ntfy.sh Discord xntfy');
    expect(s.scan(buf)).toEqual(reference(own, buf));
    expect(s.scan(buf).at).toEqual([1, 6, 14, 23]);
    expect(literalScanner(['abc', 'discord'])).toBeUndefined();
    expect(literalScanner([])).toBeUndefined();
  });

  it('on random text dense with literal fragments (seeded)', () => {
    let seed = 7;
    const rnd = (n: number) => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed % n;
    };
    for (let round = 0; round < 20; round++) {
      const parts: string[] = [];
      for (let length = 0; length < 50_000; ) {
        const lit = literals[rnd(literals.length)];
        const cut = lit.slice(rnd(3), lit.length - rnd(3));
        const gap = ' .:/'.charAt(rnd(4)).repeat(rnd(3));
        parts.push(rnd(2) ? cut.toUpperCase() : cut, gap);
        length += cut.length + gap.length;
      }
      const buf = Buffer.from(parts.join(''), 'latin1');
      expect(scanner.scan(buf)).toEqual(reference(literals, buf));
    }
  });
});

describe('the detector finds the same through either prefilter', () => {
  const wasm = new Detector(patterns, { prefilter: 'wasm' });
  const re2 = new Detector(patterns, { prefilter: 're2' });
  const key = (d: Detector, buf: Buffer) => JSON.stringify(d.detect(buf));

  it('starts on RE2 and moves to WebAssembly after 4 MB (both when asked)', () => {
    expect(wasm.prefilter).toBe('wasm');
    expect(re2.prefilter).toBe('re2');
    const auto = new Detector(patterns);
    const chunk = Buffer.alloc(1024 * 1024, 'x hooks.slack.com/services/T0/B0/x\n');
    for (let i = 0; i < 3; i++) auto.detect(chunk);
    expect(auto.prefilter).toBe('re2');
    auto.detect(chunk);
    expect(auto.prefilter).toBe('wasm');
    expect(key(auto, chunk)).toBe(key(re2, chunk));
  });

  it('on every pattern example and every fixture file', () => {
    let found = 0;
    for (const p of patterns) for (const e of p.examples) expect(key(wasm, Buffer.from(e.text)), p.id).toBe(key(re2, Buffer.from(e.text)));
    for (const f of ['providers', 'obfuscation', 'exfil', 'messy'].flatMap((d) => filesUnder(join(ROOT, 'fixtures', d)))) {
      const buf = readFileSync(f);
      const a = wasm.detect(buf);
      expect(JSON.stringify(a), f).toBe(key(re2, buf));
      found += a.length;
    }
    expect(found).toBeGreaterThan(200);
  });

  it('the checked-in WebAssembly is assembled from literals.wat as it is now', () => {
    const r = spawnSync(process.execPath, [join(ROOT, 'scripts', 'build-wasm.mjs'), '--check'], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
  });
});
