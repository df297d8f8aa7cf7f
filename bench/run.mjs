#!/usr/bin/env node
// hookscan's benchmark (npm run bench): builds the corpora of ../shared/bench if needed, then times
// hookscan against the yardstick of each row in the same run: one warm-up each, then --runs pairs
// (at least 40 for the two start-up rows)
// with A and B alternating run by run; it prints the median of the per-pair ratios, hookscan's peak
// RSS (/usr/bin/time) and whether every planted URL is found.
//
//   node bench/run.mjs [--data DIR] [--runs 5] [--only history,churn,tree,ten,range,logs]
//   node bench/run.mjs --hostile [--markdown]     (the generated hostile shapes of bench/hostile.mjs)
//
// DIR (default ../bench-data, or $HOOKSCAN_BENCH_DIR) caches the corpora: history/ (20 versions of
// `three` as a git repo plus a 643 MB tree) and churn/ (5,010 commits with merges).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { warmCodeCache } from '../scripts/warm-cache.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
if (args.includes('--hostile')) {
  // the issue-11 shapes (generated, no corpus needed): see bench/hostile.mjs
  const r = spawnSync('node', [join(root, 'bench', 'hostile.mjs'), ...args.filter((a) => a !== '--hostile')], { stdio: 'inherit' });
  process.exit(r.status ?? 1);
}
const opt = (name, dflt) => { const i = args.indexOf(`--${name}`); return i >= 0 ? args[i + 1] : dflt; };
const data = resolve(opt('data', process.env.HOOKSCAN_BENCH_DIR ?? join(root, '..', 'bench-data')));
const runs = Number(opt('runs', '5'));
const shared = resolve(root, '..', 'shared', 'bench');
const bin = join(root, 'bin', 'hookscan.cjs');

function need(cmd) {
  if (spawnSync('sh', ['-c', `command -v ${cmd}`]).status !== 0) {
    console.error(`bench: '${cmd}' is needed (Debian: apt-get install ${cmd === 'rg' ? 'ripgrep' : cmd})`);
    process.exit(2);
  }
}
need('git'); need('rg'); need('/usr/bin/time');
// The code cache as the build writes it, whatever ran since (a cache another run rewrote holds what
// that run compiled, and the start-up rows move with it: scripts/warm-cache.mjs).
if (existsSync(join(root, 'dist', 'bundle', 'cli.cjs'))) warmCodeCache(root);

function corpus(name, script) {
  const dir = join(data, name);
  if (!existsSync(join(dir, 'planted.jsonl'))) {
    mkdirSync(data, { recursive: true });
    console.error(`bench: building ${dir} with ${script} (needs the npm registry once)…`);
    execFileSync('node', [join(shared, script), dir], { stdio: 'inherit' });
  }
  return { dir, planted: readFileSync(join(dir, 'planted.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l)) };
}

/**
 * One timed run of a command (an argv array), started directly (no shell, no wrapper: a start-up row
 * must not carry a shell's start on both sides), output discarded. Wall seconds from hrtime.
 */
function once(argv, cwd) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(argv[0], argv.slice(1), { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
  const wall = Number(process.hrtime.bigint() - t0) / 1e9;
  if (r.error) throw r.error;
  return wall;
}

/** Peak RSS in MB of one (untimed) run, from /usr/bin/time. */
function peakRss(argv, cwd) {
  const r = spawnSync('/usr/bin/time', ['-f', '%M', ...argv], { cwd, encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'] });
  return Number(r.stderr.trim().split('\n').pop()) / 1024;
}

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };

/**
 * Paired timing: one warm-up each (hookscan's under /usr/bin/time, for its peak RSS), then `n`
 * pairs with A and B alternating (A first on even pairs, B first on odd ones) so load from other
 * processes on the machine falls on both sides alike. Returns the medians of each side, the median
 * of the per-pair ratios A/B and A's peak RSS.
 */
function paired(a, b, cwd, n = runs) {
  const rss = peakRss(a, cwd);
  once(b, cwd);
  const ratios = [], as = [], bs = [];
  for (let i = 0; i < n; i++) {
    let ra, rb;
    if (i % 2 === 0) { ra = once(a, cwd); rb = once(b, cwd); } else { rb = once(b, cwd); ra = once(a, cwd); }
    as.push(ra); bs.push(rb); ratios.push(ra / rb);
  }
  return { ours: median(as), theirs: median(bs), ratio: median(ratios), rss, n };
}
/** Start-up rows swing with the host from run to run: at least 40 pairs. */
const startupRuns = Math.max(runs, 40);

function hookscanJson(argv, cwd) {
  const r = spawnSync('node', [bin, ...argv, '--format', 'json', '--no-redact', '--quiet'], { cwd, encoding: 'utf8', maxBuffer: 1 << 28 });
  if (r.status !== 0 && r.status !== 1) throw new Error(`hookscan ${argv.join(' ')} failed: ${r.stderr}`);
  return JSON.parse(r.stdout);
}

function found(report, planted) {
  return planted.filter((p) => report.findings.some((f) => p.url.includes(f.url) || f.url.includes(p.url)));
}

const hosts = 'hooks\\.slack\\.com|discord(app)?\\.com/api|webhook\\.office\\.com|logic\\.azure\\.com|chat\\.googleapis\\.com|hooks\\.zapier\\.com|api\\.telegram\\.org|oapi\\.dingtalk\\.com|open\\.feishu\\.cn|qyapi\\.weixin\\.qq\\.com|maker\\.ifttt\\.com|hook\\.[a-z0-9]+\\.make\\.com|m\\.pipedream\\.net|webhook\\.site';
const RSS_BAR = 250; // MB, issue 11/14
const only = opt('only', 'history,churn,tree,ten,range').split(',');
const rows = [];
const row = (what, m, theirName, bar, extra = '', rssBar = RSS_BAR) => {
  rows.push({ what, ...m, theirName, bar, ok: bar === null ? null : m.ratio <= bar && m.rss <= rssBar, extra });
};

const want = (...names) => names.some((n) => only.includes(n));
const history = want('history', 'tree') ? corpus('history', 'make-history.mjs') : undefined;
const churn = want('churn', 'range') ? corpus('churn', 'make-churn.mjs') : undefined;
const hrepo = history && join(history.dir, 'repo'), tree = history && join(history.dir, 'tree'), crepo = churn && join(churn.dir, 'repo');

// 1. history scan of the make-history repo vs git cat-file of every object
if (want('history')) {
  const m = paired(['node', bin, 'scan', '--history', '-q', '.'], ['git', 'cat-file', '--batch-all-objects', '--batch', '--unordered'], hrepo);
  const rep = hookscanJson(['scan', '--history', '.'], hrepo);
  row('history scan, make-history repo (4,648 blobs, 245 MB)', m, 'git cat-file --batch-all-objects --batch --unordered', 2.0, `${found(rep, history.planted).length}/${history.planted.length} planted found`);
}
// 2. history scan of the churn repo vs git log -p --all; first location = introducing commit
if (want('churn')) {
  const m = paired(['node', bin, 'scan', '--history', '-q', '.'], ['git', 'log', '-p', '--all'], crepo);
  const rep = hookscanJson(['scan', '--history', '.'], crepo);
  const bySubject = new Map(execFileSync('git', ['log', '--all', '--format=%H %s'], { cwd: crepo, encoding: 'utf8', maxBuffer: 1 << 28 }).trim().split('\n').map((l) => { const [sha, ...s] = l.split(' '); return [s.join(' '), sha]; }));
  const introducedRight = churn.planted.filter((p) => {
    const f = rep.findings.find((x) => p.url.includes(x.url));
    const sha = bySubject.get(`change ${p.commit}`) ?? bySubject.get(`feature work ${p.commit}`) ?? (p.commit === 0 ? bySubject.get('initial import') : undefined);
    return f && f.locations[0].commit === sha;
  });
  row('history scan, make-churn repo (5,010 commits, 11,068 blobs)', m, 'git log -p --all', 0.8, `${found(rep, churn.planted).length}/${churn.planted.length} planted found, ${introducedRight.length}/${churn.planted.length} first location = introducing commit`);
}
// 3. working tree of 643 MB vs ripgrep with the same host alternation
if (want('tree')) {
  // The yardstick of this row and of its reference rows below, each timed against it in the same pairs.
  const rg = ['rg', '-c', '-j2', '-e', hosts, tree];
  const rgName = `rg -c -j2 -e '<14 hosts>'`;
  const m = paired(['node', bin, 'scan', '-q', tree], rg, root);
  const rep = hookscanJson(['scan', tree], root);
  const mb = rep.stats.bytesScanned / 1e6;
  row('working tree, 23,155 files, 643 MB', m, rgName, 1.5, `${found(rep, history.planted).length}/${history.planted.length} planted found, ${(mb / m.ours).toFixed(0)} MB/s`);
  // Its floor: the same walk and reads in two worker threads with no detection at all (no target:
  // where this row stands above 1.5×, no scanner that reads the files from Node can meet row 3).
  const f = paired(['node', join(root, 'bench', 'read-floor.mjs'), tree], rg, root);
  row('floor of the row above: Node walks and reads the tree, no detection (bench/read-floor.mjs)', f, rgName, null, 'reference, no target');
  // What is left of the yardstick's time once its matching is gone (a literal that never occurs:
  // ripgrep's walk and reads alone), and a bare Node start against it: together the least any
  // scanner started from Node pays before it matches anything, even with a native walk and reads.
  const w = paired(['rg', '-c', '-j2', '-F', '-e', 'QQZZXQQZZX', tree], rg, root);
  row('ripgrep walks and reads only: a literal that never occurs', w, rgName, null, 'reference, no target; the first column is `rg -c -j2 -F -e QQZZXQQZZX`');
  const n = paired(['node', '-e', '0'], rg, root);
  row('a bare Node start', n, rgName, null, 'reference, no target; the first column is `node -e 0`');
  // The native side of the same question: ripgrep itself, searching the tree for hookscan's keyword
  // set (every pattern keyword and its encoded forms, case-insensitive, as the prefilter matches
  // them) and detecting nothing. Where this row stands above 1.5×, a native scanner with ripgrep's
  // own matcher could not meet row 3 either.
  const { loadPatternFiles } = await import('../dist/patterns/index.js');
  const { buildTriggers } = await import('../dist/detect/triggers.js');
  const literals = buildTriggers(new Set(loadPatternFiles().flatMap((f) => f.patterns.flatMap((p) => p.keywords)))).literals;
  const keywordFile = join(data, 'keywords.txt');
  writeFileSync(keywordFile, literals.join('\n') + '\n');
  const k = paired(['rg', '-c', '-j2', '-F', '-i', '-f', keywordFile, tree], rg, root);
  row(`ripgrep with hookscan's keyword set: ${literals.length} literals, no detection`, k, rgName, null, `reference, no target; the keyword column is \`rg -c -j2 -F -i -f <${literals.length} keywords>\``);
}
// 4. start-up: a 10-file directory (what a hook pays) vs a bare Node start
if (want('ten')) {
  const ten = join(data, 'ten-files');
  if (!existsSync(ten)) {
    mkdirSync(ten, { recursive: true });
    for (let i = 0; i < 10; i++) writeFileSync(join(ten, `f${i}.js`), `export const x${i} = ${i};\n`.repeat(50));
  }
  row('scan of a 10-file directory', paired(['node', bin, 'scan', '-q', ten], ['node', '-e', '0'], root, startupRuns), 'node -e 0', 1.6);
}
// 5. pre-push sized: the last commit of the churn repo vs a bare Node start
if (want('range')) {
  row('scan --range HEAD~1..HEAD, make-churn repo', paired(['node', bin, 'scan', '-q', '--range', 'HEAD~1..HEAD', '.'], ['node', '-e', '0'], crepo, startupRuns), 'node -e 0', 2.0);
}

// 6. `hookscan logs` on a 1 GB Squid log (bench/logs-gen.mjs) vs ripgrep counting the same domain list
if (want('logs')) {
  const log = join(data, 'proxy-1g.log');
  if (!existsSync(log)) {
    mkdirSync(data, { recursive: true });
    console.error(`bench: writing ${log} with bench/logs-gen.mjs…`);
    execFileSync('node', [join(root, 'bench', 'logs-gen.mjs'), log, '1024'], { stdio: 'inherit' });
  }
  const domains = join(data, 'sink-domains.txt');
  const list = execFileSync('node', [bin, 'blocklist', '--format', 'plain', '--kind', 'all'], { encoding: 'utf8' });
  writeFileSync(domains, list.split('\n').filter((l) => l && !l.startsWith('#')).join('\n') + '\n');
  const n = list.split('\n').filter((l) => l && !l.startsWith('#')).length;
  const m = paired(['node', bin, 'logs', log, '-f', 'json'], ['rg', '-c', '-F', '-i', '-f', domains, log], root);
  const r = spawnSync('node', [bin, 'logs', log, '-f', 'json'], { encoding: 'utf8', maxBuffer: 1 << 30 });
  const rep = JSON.parse(r.stdout);
  row(`logs: 1 GB Squid log, ${n} sink domains`, m, `rg -c -F -i -f <${n} domains>`, 3.0, `${rep.stats.lines} lines, ${rep.stats.parsed} parsed, ${rep.sinks.length} source→sink pairs; RSS bar 200 MB`, 200);
}

const fmt = (s) => `${s.toFixed(2)} s`;
const lines = [
  `| measurement | hookscan (median) | yardstick (median) | median of paired ratios (target) | pairs | peak RSS (≤ ${RSS_BAR} MB) | result | notes |`,
  `|---|---|---|---|---|---|---|---|`,
  ...rows.map((r) => `| ${r.what} | ${fmt(r.ours)} | ${fmt(r.theirs)} \`${r.theirName}\` | ${r.ratio.toFixed(2)}×${r.bar === null ? '' : ` (≤ ${r.bar.toFixed(1)}×)`} | ${r.n} | ${r.rss.toFixed(0)} MB | ${r.ok === null ? '—' : r.ok ? 'meets' : '**misses**'} | ${r.extra} |`),
];
console.log(`hookscan benchmark — ${new Date().toISOString()} — node ${process.version}, A/B pairs alternating (${runs} per row, ${startupRuns} for start-up rows), medians\n`);
console.log(lines.join('\n'));
