#!/usr/bin/env node
// The hostile shapes of issue 11: generated inputs (fabricated secrets, crypto random) that once made
// hookscan quadratic. Each shape runs at scale S and 4×S through the CLI; the table gives wall time,
// peak RSS and whether every planted URL was reported.
//
//   node bench/hostile.mjs [--only NAME] [--scale 1] [--markdown]     (also: node bench/run.mjs --hostile)
import { randomBytes } from 'node:crypto';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
function opt0(name, dflt) { const i = args.indexOf(`--${name}`); return i >= 0 ? args[i + 1] : dflt; }
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const bin = resolve(opt0('bin', join(root, 'bin', 'hookscan.js')));
const opt = (name, dflt) => { const i = args.indexOf(`--${name}`); return i >= 0 ? args[i + 1] : dflt; };
const only = opt('only');
const scale = Number(opt('scale', '1'));
const markdown = args.includes('--markdown');
const timeout = Number(opt('timeout', '300')) * 1000;

const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const B64URL = `${ALNUM}_-`;
const rand = (a, n) => [...randomBytes(n)].map((b) => a[b % a.length]).join('');
const S = 'https://';
// Random secrets can read as placeholders (`…Your…`, `…3333333…`), which the detector rightly drops:
// drawn again until they do not (dist/ is built by `npm run bench`; without it, drawn once).
const { placeholderReason } = await import('../dist/detect/placeholder.js').catch(() => ({ placeholderReason: () => null }));
// The built-in patterns as the scanner loads them (dist/, built by `npm run bench`).
const { loadPatternFiles: patternFiles } = await import('../dist/patterns/index.js').catch(() => ({
  loadPatternFiles: () => { throw new Error('bench/hostile.mjs: run `npm run build` first (the every-provider-once shape reads dist/patterns)'); },
}));
const real = (make) => { for (;;) { const [url, secret] = make(); if (!placeholderReason(secret)) return url; } };
const slack = () => real(() => { const s = `T${rand(UPPER, 9)}/B${rand(UPPER, 10)}/${rand(ALNUM, 24)}`; return [`${S}hooks.slack.com/services/${s}`, s]; });
const discord = () => real(() => { const s = `${1 + (randomBytes(1)[0] % 9)}${rand('0123456789', 17)}/${rand(B64URL, 68)}`; return [`${S}discord.com/api/webhooks/${s}`, s]; });
const filler = (n) => rand('abcdefghijklmnopqrstuvwxyz', n).replace(/(.{7})/g, '$1 ');

/** Each shape: (n) → { files: {name: text}, planted: url[] , argv? } */
const SHAPES = {
  'minified-bundle': { at: [500, 2000], unit: 'URLs', make(n) {
    const urls = Array.from({ length: n }, slack);
    const text = urls.map((u) => `var a${rand(ALNUM, 4)}=function(){return ${JSON.stringify(filler(1900))}};fetch("${u}",{method:"POST"});`).join('');
    return { files: { 'bundle.min.js': text }, planted: urls };
  } },
  'ampersand-run': { at: [0.5, 2], unit: 'MB', make(mb) {
    // keywords every 2 KB keep the whole file inside one decode window
    const url = slack();
    const unit = `hooks.slack.com ${'&'.repeat(2032)}`;
    const body = unit.repeat(Math.round((mb * 1024 * 1024) / unit.length));
    return { files: { 'amp.txt': `${url}\n${body}\n` }, planted: [url] };
  } },
  'base64-lines': { at: [25000, 100000], unit: 'lines', make(n) {
    const urls = Array.from({ length: n }, discord);
    return { files: { 'b64.txt': urls.map((u) => Buffer.from(u).toString('base64')).join('\n') + '\n' }, planted: urls };
  } },
  // redacted (the default): the last-pass scrub of the rendered report is what grew here
  'json-many-findings': { at: [5000, 20000], unit: 'URLs', redact: true, make(n) {
    const urls = Array.from({ length: n }, slack);
    return { files: { 'urls.txt': urls.join('\n') + '\n' }, planted: urls };
  } },
  'dense-escapes': { at: [5, 20], unit: 'MB', make(mb) {
    const url = slack();
    const chunk = 'webhook \\/\\x41\\u0042 &amp;&#47; %2F%3A hooks.slack api\\/webhooks discord token \\u0030\n';
    const n = Math.ceil((mb * 1024 * 1024) / chunk.length);
    const half = Math.floor(n / 2);
    return { files: { 'dense.txt': chunk.repeat(half) + `k="${url}"\n` + chunk.repeat(n - half) }, planted: [url] };
  } },
  // every provider's keyword once at the top of a large file: each candidate pattern's regex ran
  // over the whole file (71 passes) before it ran in windows around the keyword hits
  'every-provider-once': { at: [2, 8], unit: 'MB', make(mb) {
    const url = slack();
    const names = [...new Set(patternFiles().flatMap((f) => f.patterns.flatMap((p) => p.keywords)))];
    const lines = 'const total = items.reduce((a, b) => a + b.price * b.count, 0); // sum of the order\n';
    const body = lines.repeat(Math.ceil((mb * 1024 * 1024) / lines.length / 2));
    return { files: { 'bundle.js': `// ${names.join(' ')}\n${body}const hook = "${url}";\n${body}` }, planted: [url] };
  } },
};

function one(name, shape, n) {
  const dir = mkdtempSync(join(tmpdir(), `hookscan-hostile-${name}-`));
  try {
    const { files, planted } = shape.make(n * scale);
    for (const [f, text] of Object.entries(files)) { mkdirSync(dirname(join(dir, f)), { recursive: true }); writeFileSync(join(dir, f), text); }
    const argv = [bin, 'scan', dir, ...(shape.redact ? [] : ['--no-redact']), '--quiet', '--format', 'json'];
    const r = spawnSync('/usr/bin/time', ['-f', '%e %M', 'node', ...argv], { encoding: 'utf8', maxBuffer: 1 << 30, timeout, killSignal: 'SIGKILL' });
    if (r.error || r.signal) return { wall: Infinity, rss: NaN, missing: planted.length, planted: planted.length, status: 'killed' };
    const [wall, kb] = r.stderr.trim().split('\n').pop().split(' ').map(Number);
    let missing = planted.length;
    try {
      const report = JSON.parse(r.stdout);
      const findings = report.findings ?? [];
      // redacted output holds no URL to compare: count the distinct findings instead
      if (shape.redact) missing = Math.max(0, planted.length - findings.length);
      else {
        const seen = new Set(findings.map((f) => f.url));
        missing = planted.filter((u) => !seen.has(u)).length;
      }
    } catch { /* unparsable output: all missing */ }
    return { wall, rss: Math.round(kb / 1024), missing, planted: planted.length, status: r.status };
  } finally { rmSync(dir, { recursive: true, force: true }); }
}

const rows = [];
for (const [name, shape] of Object.entries(SHAPES)) {
  if (only && !only.split(',').includes(name)) continue;
  const [a, b] = shape.at;
  const x = one(name, shape, a);
  const y = one(name, shape, b);
  const row = { name, small: `${a * scale} ${shape.unit}`, large: `${b * scale} ${shape.unit}`, x, y, growth: (y.wall / Math.max(x.wall, 0.01)).toFixed(1) };
  rows.push(row);
  if (!markdown) console.log(`${name}: ${row.small} ${x.wall}s ${x.rss}MB (missing ${x.missing}/${x.planted}) → ${row.large} ${y.wall}s ${y.rss}MB (missing ${y.missing}/${y.planted})  ×${row.growth}`);
}
if (markdown) {
  console.log('| input | S | time at S | 4×S | time at 4×S | growth | peak RSS at 4×S | missed URLs |');
  console.log('|---|---|---|---|---|---|---|---|');
  for (const r of rows) console.log(`| ${r.name} | ${r.small} | ${r.x.wall} s | ${r.large} | ${r.y.wall} s | ×${r.growth} | ${r.y.rss} MB | ${r.x.missing + r.y.missing} |`);
}
