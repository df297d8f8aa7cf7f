#!/usr/bin/env node
// The literal prefilter alone, one thread: the RE2 alternation (what the detector used before, and
// still starts on) against the WebAssembly scanner (src/detect/literal-scan.ts), on the same files of
// the make-history tree, runs alternating, medians; it fails when the two report different hits.
//
//   npm run build && node bench/prefilter.mjs [--mb 100] [--runs 5] [--data DIR]
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadPatternFiles, compileLiterals } from '../dist/patterns/index.js';
import { buildTriggers } from '../dist/detect/triggers.js';
import { literalScanner } from '../dist/detect/literal-scan.js';

const root = resolve(import.meta.dirname, '..');
const opt = (name, dflt) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : dflt;
};
const data = resolve(opt('data', process.env.HOOKSCAN_BENCH_DIR ?? join(root, '..', 'bench-data')));
const limit = Number(opt('mb', '100')) * 1e6;
const runs = Number(opt('runs', '5'));

const files = [];
let total = 0;
(function walk(dir) {
  for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (total >= limit) return;
    const p = join(dir, e.name);
    if (e.isDirectory()) walk(p);
    else if (e.isFile()) {
      const b = readFileSync(p);
      files.push(b);
      total += b.length;
    }
  }
})(join(data, 'history', 'tree'));

const literals = buildTriggers(new Set(loadPatternFiles().flatMap((f) => f.patterns.flatMap((p) => p.keywords)))).literals;
const re = compileLiterals(literals);
const index = new Map(literals.map((l, i) => [l, i]));
const scanner = literalScanner(literals);
if (!scanner) throw new Error('the WebAssembly scanner does not run here');

function viaRe2() {
  return files.map((b) => {
    const at = [];
    const lit = [];
    re.lastIndex = 0;
    for (let m = re.exec(b); m; m = re.exec(b)) {
      re.lastIndex = m.index + 1;
      at.push(m.index);
      lit.push(index.get(m[0].toString('latin1').toLowerCase()) ?? -1);
    }
    return { at, lit };
  });
}
const viaWasm = () => files.map((b) => scanner.scan(b));

const time = (f) => {
  const t = process.hrtime.bigint();
  const out = f();
  return { ms: Number(process.hrtime.bigint() - t) / 1e6, out };
};
viaRe2();
viaWasm(); // warm up both (RE2's DFA cache, WebAssembly's optimizing tier)
const a = [];
const b = [];
let same = true;
for (let r = 0; r < runs; r++) {
  const x = time(viaRe2);
  const y = time(viaWasm);
  a.push(x.ms);
  b.push(y.ms);
  same &&= JSON.stringify(x.out) === JSON.stringify(y.out);
}
const median = (v) => [...v].sort((p, q) => p - q)[Math.floor(v.length / 2)];
const ratios = a.map((x, i) => x / b[i]);
const hits = viaWasm().reduce((n, h) => n + h.at.length, 0);
console.log(`${files.length} files, ${(total / 1e6).toFixed(0)} MB, ${literals.length} literals, ${hits} hits; ${runs} runs alternating, medians:`);
console.log(`  RE2 alternation   ${median(a).toFixed(0)} ms  ${(total / 1e3 / median(a)).toFixed(0)} MB/s`);
console.log(`  WebAssembly       ${median(b).toFixed(0)} ms  ${(total / 1e3 / median(b)).toFixed(0)} MB/s`);
console.log(`  RE2 / WebAssembly ${median(ratios).toFixed(2)}× (median of the per-run ratios); same hits: ${same ? 'yes' : 'NO'}`);
if (!same) process.exit(1);
