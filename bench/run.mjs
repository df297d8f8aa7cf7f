#!/usr/bin/env node
// hookscan's benchmark (npm run bench): builds the corpora of ../shared/bench if needed, then times
// hookscan against the tools it is measured by, on the same data in the same run, warm cache,
// median of three runs, and checks that every planted URL is found.
//
//   node bench/run.mjs [--data DIR] [--runs 3] [--markdown]
//   node bench/run.mjs --hostile [--markdown]     (the generated hostile shapes of bench/hostile.mjs)
//
// DIR (default ../bench-data, or $HOOKSCAN_BENCH_DIR) caches the corpora: history/ (20 versions of
// `three` as a git repo plus a 643 MB tree) and churn/ (5,010 commits with merges).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
if (args.includes('--hostile')) {
  // the issue-11 shapes (generated, no corpus needed): see bench/hostile.mjs
  const r = spawnSync('node', [join(root, 'bench', 'hostile.mjs'), ...args.filter((a) => a !== '--hostile')], { stdio: 'inherit' });
  process.exit(r.status ?? 1);
}
const opt = (name, dflt) => { const i = args.indexOf(`--${name}`); return i >= 0 ? args[i + 1] : dflt; };
const data = resolve(opt('data', process.env.HOOKSCAN_BENCH_DIR ?? join(root, '..', 'bench-data')));
const runs = Number(opt('runs', '3'));
const shared = resolve(root, '..', 'shared', 'bench');
const bin = join(root, 'bin', 'hookscan.js');

function need(cmd) {
  if (spawnSync('sh', ['-c', `command -v ${cmd}`]).status !== 0) {
    console.error(`bench: '${cmd}' is needed (Debian: apt-get install ${cmd === 'rg' ? 'ripgrep' : cmd})`);
    process.exit(2);
  }
}
need('git'); need('rg'); need('/usr/bin/time');

function corpus(name, script) {
  const dir = join(data, name);
  if (!existsSync(join(dir, 'planted.jsonl'))) {
    mkdirSync(data, { recursive: true });
    console.error(`bench: building ${dir} with ${script} (needs the npm registry once)…`);
    execFileSync('node', [join(shared, script), dir], { stdio: 'inherit' });
  }
  return { dir, planted: readFileSync(join(dir, 'planted.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l)) };
}

/** Runs a shell command `runs` times after one warm-up; returns median wall seconds and peak RSS (MB). */
function measure(cmd, cwd) {
  const one = () => {
    const r = spawnSync('/usr/bin/time', ['-f', '%e %M', 'sh', '-c', `${cmd} >/dev/null`], { cwd, encoding: 'utf8' });
    const line = r.stderr.trim().split('\n').pop();
    const [wall, kb] = line.split(' ').map(Number);
    return { wall, rss: kb / 1024 };
  };
  one();
  const all = Array.from({ length: runs }, one).sort((a, b) => a.wall - b.wall);
  return { wall: all[Math.floor(runs / 2)].wall, rss: Math.max(...all.map((x) => x.rss)) };
}

function hookscanJson(argv, cwd) {
  const r = spawnSync('node', [bin, ...argv, '--format', 'json', '--no-redact', '--quiet'], { cwd, encoding: 'utf8', maxBuffer: 1 << 28 });
  if (r.status !== 0 && r.status !== 1) throw new Error(`hookscan ${argv.join(' ')} failed: ${r.stderr}`);
  return JSON.parse(r.stdout);
}

function found(report, planted) {
  return planted.filter((p) => report.findings.some((f) => p.url.includes(f.url) || f.url.includes(p.url)));
}

const hosts = 'hooks\\.slack\\.com|discord(app)?\\.com/api|webhook\\.office\\.com|logic\\.azure\\.com|chat\\.googleapis\\.com|hooks\\.zapier\\.com|api\\.telegram\\.org|oapi\\.dingtalk\\.com|open\\.feishu\\.cn|qyapi\\.weixin\\.qq\\.com|maker\\.ifttt\\.com|hook\\.[a-z0-9]+\\.make\\.com|m\\.pipedream\\.net|webhook\\.site';
const rows = [];
const row = (what, ours, theirs, theirName, bar, extra = '') => {
  const ratio = ours.wall / theirs.wall;
  rows.push({ what, ours: ours.wall, theirs: theirs.wall, theirName, ratio, bar, rss: ours.rss, ok: ratio <= bar && ours.rss <= 300, extra });
};

const history = corpus('history', 'make-history.mjs');
const churn = corpus('churn', 'make-churn.mjs');
const hrepo = join(history.dir, 'repo'), tree = join(history.dir, 'tree'), crepo = join(churn.dir, 'repo');

// 1. history scan of the make-history repo vs git cat-file of every object
{
  const ours = measure(`node ${bin} scan --history -q .`, hrepo);
  const theirs = measure('git cat-file --batch-all-objects --batch --unordered', hrepo);
  const rep = hookscanJson(['scan', '--history', '.'], hrepo);
  row('history scan, make-history repo (4,648 blobs, 245 MB)', ours, theirs, 'git cat-file --batch-all-objects --batch --unordered', 2.0, `${found(rep, history.planted).length}/${history.planted.length} planted found`);
}
// 2. history scan of the churn repo vs git log -p --all; first location = introducing commit
{
  const ours = measure(`node ${bin} scan --history -q .`, crepo);
  const theirs = measure('git log -p --all', crepo);
  const rep = hookscanJson(['scan', '--history', '.'], crepo);
  const bySubject = new Map(execFileSync('git', ['log', '--all', '--format=%H %s'], { cwd: crepo, encoding: 'utf8' }).trim().split('\n').map((l) => { const [sha, ...s] = l.split(' '); return [s.join(' '), sha]; }));
  const introducedRight = churn.planted.filter((p) => {
    const f = rep.findings.find((x) => p.url.includes(x.url));
    const sha = bySubject.get(`change ${p.commit}`) ?? bySubject.get(`feature work ${p.commit}`) ?? (p.commit === 0 ? bySubject.get('initial import') : undefined);
    return f && f.locations[0].commit === sha;
  });
  row('history scan, make-churn repo (5,010 commits, 11,068 blobs)', ours, theirs, 'git log -p --all', 1.0, `${found(rep, churn.planted).length}/${churn.planted.length} planted found, ${introducedRight.length}/${churn.planted.length} first location = introducing commit`);
}
// 3. working tree of 643 MB vs ripgrep with the same host alternation
{
  const ours = measure(`node ${bin} scan -q ${tree}`, root);
  const theirs = measure(`rg -c -j2 -e '${hosts}' ${tree}`, root);
  const rep = hookscanJson(['scan', tree], root);
  const mb = rep.stats.bytesScanned / 1e6;
  row('working tree, 23,155 files, 643 MB', ours, theirs, `rg -c -j2 -e '<14 hosts>'`, 1.25, `${found(rep, history.planted.filter((p) => true)).length}/${history.planted.length} planted found, ${(mb / ours.wall).toFixed(0)} MB/s`);
}
// 4. start-up: a 10-file directory (what a hook pays)
{
  const ten = join(data, 'ten-files');
  if (!existsSync(ten)) {
    mkdirSync(ten, { recursive: true });
    for (let i = 0; i < 10; i++) writeFileSync(join(ten, `f${i}.js`), `export const x${i} = ${i};\n`.repeat(50));
  }
  const ours = measure(`node ${bin} scan -q ${ten}`, root);
  rows.push({ what: 'scan of a 10-file directory', ours: ours.wall, theirs: 0.25, theirName: 'bar: 250 ms', ratio: ours.wall / 0.25, bar: 1, rss: ours.rss, ok: ours.wall <= 0.25, extra: '' });
}
// 5. pre-push sized: the last commit of the churn repo
{
  const ours = measure(`node ${bin} scan -q --range HEAD~1..HEAD .`, crepo);
  rows.push({ what: 'scan --range HEAD~1..HEAD, make-churn repo', ours: ours.wall, theirs: 0.5, theirName: 'bar: 500 ms', ratio: ours.wall / 0.5, bar: 1, rss: ours.rss, ok: ours.wall <= 0.5, extra: '' });
}

const fmt = (s) => `${s.toFixed(2)} s`;
const lines = [
  `| measurement | hookscan | compared with | ratio (bar) | peak RSS | result | notes |`,
  `|---|---|---|---|---|---|---|`,
  ...rows.map((r) => `| ${r.what} | ${fmt(r.ours)} | ${r.theirName.startsWith('bar') ? r.theirName : `${fmt(r.theirs)} \`${r.theirName}\``} | ${r.ratio.toFixed(2)} (≤ ${r.bar.toFixed(2)}) | ${r.rss.toFixed(0)} MB | ${r.ok ? 'meets' : '**misses**'} | ${r.extra} |`),
];
console.log(`hookscan benchmark — ${new Date().toISOString()} — node ${process.version}, ${runs} runs, median\n`);
console.log(lines.join('\n'));
