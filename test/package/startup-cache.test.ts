// bin/hookscan.cjs runs the CommonJS bundle through V8's code cache (dist/bundle/cli.cjs.cache).
// A copy of the package in a temporary folder: the first run writes the cache, later runs use it
// and give the same findings, a corrupt, stale or unwritable cache is never fatal, and the lazily
// imported packages (tar for archives) still load when the code comes from the cache.
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureCliBundle, ROOT } from '../support/bundle.js';
import { webhook } from '../support/fabricate.js';

describe('bin/hookscan.cjs and the code cache', () => {
  let pkg: string;
  let work: string;
  let bundle: string;
  let cache: string;
  let secret: string;

  beforeAll(() => {
    ensureCliBundle();
    pkg = mkdtempSync(join(tmpdir(), 'hookscan-startup-'));
    mkdirSync(join(pkg, 'bin'));
    mkdirSync(join(pkg, 'dist', 'bundle'), { recursive: true });
    copyFileSync(join(ROOT, 'bin', 'hookscan.cjs'), join(pkg, 'bin', 'hookscan.cjs'));
    copyFileSync(join(ROOT, 'dist', 'bundle', 'cli.cjs'), join(pkg, 'dist', 'bundle', 'cli.cjs'));
    copyFileSync(join(ROOT, 'dist', 'bundle', 'worker.js'), join(pkg, 'dist', 'bundle', 'worker.js'));
    copyFileSync(join(ROOT, 'package.json'), join(pkg, 'package.json'));
    symlinkSync(join(ROOT, 'patterns'), join(pkg, 'patterns'));
    symlinkSync(join(ROOT, 'node_modules'), join(pkg, 'node_modules'));
    bundle = join(pkg, 'dist', 'bundle', 'cli.cjs');
    cache = `${bundle}.cache`;

    work = mkdtempSync(join(tmpdir(), 'hookscan-startup-work-'));
    const s = webhook('slack');
    secret = s.secret;
    writeFileSync(join(work, 'notify.py'), `requests.post("${s.url}", json=payload)\n`);
    // An archive: its reader (tar) is imported lazily, through the function the bin passes in.
    execFileSync('tar', ['czf', join(work, 'pkg.tgz'), '-C', work, 'notify.py']);
  }, 60_000);
  afterAll(() => {
    rmSync(pkg, { recursive: true, force: true });
    rmSync(work, { recursive: true, force: true });
  });

  // NODE_OPTIONS set (V8 flags) or not: a run without them uses dist/bundle/cli.cjs.cache.
  const run = (nodeOptions = '') => {
    const env = { ...process.env, NODE_OPTIONS: nodeOptions };
    const r = spawnSync(process.execPath, [join(pkg, 'bin', 'hookscan.cjs'), 'scan', '.', '--archives', '-f', 'json'], { cwd: work, encoding: 'utf8', timeout: 30_000, env });
    expect(r.status, r.stderr).toBe(1);
    const report = JSON.parse(r.stdout) as { findings: { locations: { path: string }[] }[]; skipped?: unknown[] };
    expect(r.stdout + r.stderr).not.toContain(secret);
    return { paths: report.findings.flatMap((f) => f.locations.map((l) => l.path)).sort(), skipped: report.skipped ?? [] };
  };
  const expected = { paths: ['notify.py', 'pkg.tgz!notify.py'], skipped: [] };

  it('writes the cache on the first run and reads it on the next, with the same findings', () => {
    rmSync(cache, { force: true });
    expect(run()).toEqual(expected);
    expect(existsSync(cache)).toBe(true);
    const written = readFileSync(cache);
    expect(written.length).toBeGreaterThan(10_000);
    // The second run uses it (and leaves it as it is): the archive still opens, the findings match.
    expect(run()).toEqual(expected);
    expect(readFileSync(cache).equals(written)).toBe(true);
  }, 60_000);

  it('replaces a corrupt cache and one older than the bundle', () => {
    writeFileSync(cache, 'not a code cache');
    expect(run()).toEqual(expected);
    expect(readFileSync(cache, 'utf8').startsWith('not a code cache')).toBe(false);
    const before = readFileSync(cache);
    const old = new Date(statSync(bundle).mtimeMs - 60_000);
    writeFileSync(cache, before.subarray(0, before.length - 1)); // any bytes: it is older than the bundle
    utimesSync(cache, old, old);
    expect(run()).toEqual(expected);
    expect(statSync(cache).mtimeMs).toBeGreaterThan(old.getTime());
  }, 60_000);

  it('keeps a cache of its own for runs with V8 flags in NODE_OPTIONS: runs with and without them do not rewrite each other\'s', () => {
    const dir = join(pkg, 'dist', 'bundle');
    const keyed = () => readdirSync(dir).filter((n) => /^cli\.cjs\.[0-9a-f]{8}\.cache$/.test(n)).sort();
    for (const n of keyed()) rmSync(join(dir, n));
    rmSync(cache, { force: true });
    expect(run()).toEqual(expected);
    // --max-old-space-size alone makes V8 reject a cache made without it.
    expect(run('--max-old-space-size=300')).toEqual(expected);
    expect(keyed()).toHaveLength(1);
    const flagged = join(dir, keyed()[0]);
    // Marked a second after the bundle (newer than the bundle, older than now): a rewrite would move it.
    const mark = new Date(statSync(bundle).mtimeMs + 1000);
    for (const f of [cache, flagged]) utimesSync(f, mark, mark);
    expect(run()).toEqual(expected);
    expect(run('--max-old-space-size=300')).toEqual(expected);
    expect(run()).toEqual(expected);
    expect(Math.round(statSync(cache).mtimeMs)).toBe(mark.getTime());
    expect(Math.round(statSync(flagged).mtimeMs)).toBe(mark.getTime());
    // At most four flag-keyed caches: the oldest go when another is written.
    for (let i = 1; i <= 5; i++) {
      writeFileSync(join(dir, `cli.cjs.0000000${i}.cache`), 'old');
      utimesSync(join(dir, `cli.cjs.0000000${i}.cache`), mark, mark);
    }
    expect(run('--max-old-space-size=301')).toEqual(expected);
    expect(keyed()).toHaveLength(4);
    // The one written now (301's) is among them.
    expect(keyed().filter((n) => Math.round(statSync(join(dir, n)).mtimeMs) > mark.getTime())).toHaveLength(1);
  }, 120_000);

  it('runs without a cache where none can be written', () => {
    rmSync(cache, { force: true });
    mkdirSync(cache); // the cache's name is taken by a folder: reading and writing both fail
    expect(run()).toEqual(expected);
    expect(statSync(cache).isDirectory()).toBe(true);
    rmSync(cache, { recursive: true, force: true });
  }, 60_000);
});
