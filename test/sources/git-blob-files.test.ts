// History through files (src/sources/git-blob-files.ts): git cat-file writes to a file with no name
// and the detection threads read each blob at its offset. The same findings, locations and skips as
// through the pipe, in one segment and in many; nothing left behind, after success or an abort.
import { execFileSync } from 'node:child_process';
import { closeSync, mkdirSync, mkdtempSync, readdirSync, readlinkSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { scan } from '../../src/scan.js';
import { GitSource } from '../../src/sources/index.js';
import { blobFiles, freeSpace, openAnonymousFile, segmentFor } from '../../src/sources/git-blob-files.js';
import type { ScanResult } from '../../src/types.js';
import { webhook } from '../support/fabricate.js';

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
const temp = (prefix: string) => {
  const d = mkdtempSync(join(tmpdir(), prefix));
  dirs.push(d);
  return d;
};

/** A repository of 40 commits: webhooks added, changed and deleted, a large file, a binary, a merge. */
function makeRepo(): { dir: string; planted: string[] } {
  const dir = temp('hookscan-blobfiles-');
  let t = 1_600_000_000;
  const git = (args: string[]) =>
    execFileSync('git', ['-c', 'user.name=T', '-c', 'user.email=t@example.com', '-c', 'commit.gpgsign=false', ...args], {
      cwd: dir,
      env: { ...process.env, GIT_AUTHOR_DATE: `${t} +0000`, GIT_COMMITTER_DATE: `${t} +0000`, GIT_CONFIG_NOSYSTEM: '1' },
      stdio: ['pipe', 'pipe', 'pipe'],
    }).toString();
  const write = (rel: string, text: string | Buffer | null) => {
    const f = join(dir, rel);
    if (text === null) rmSync(f, { force: true });
    else {
      mkdirSync(dirname(f), { recursive: true });
      writeFileSync(f, text);
    }
  };
  const commit = (msg: string) => {
    git(['add', '-A']);
    t += 60;
    git(['commit', '-q', '--allow-empty', '-m', msg]);
  };
  git(['init', '-q', '-b', 'main', '.']);
  const planted: string[] = [];
  for (let i = 0; i < 40; i++) {
    const hook = webhook(i % 2 ? 'slack' : 'discord');
    planted.push(hook.secret);
    write(`src/m${i % 7}.js`, `// module ${i}\n${'const x = 1;\n'.repeat(50 + i)}fetch("${hook.url}", { method: "POST" });\n`);
    if (i === 5) write('big.txt', `${'a'.repeat(5000)}\n${webhook('slack').url}\n`); // over the 4 KB cap below
    if (i === 9) write('logo.bin', Buffer.from([0, 1, 2, 3, 0, 0, 255, 254, 0, 7]));
    if (i === 20) write('src/m1.js', null); // deleted: its versions stay in history
    if (i === 30) {
      git(['checkout', '-q', '-b', 'side']);
      write('side.py', `requests.post("${webhook('slack').url}")\n`);
      commit('side');
      git(['checkout', '-q', 'main']);
      t += 60;
      git(['merge', '-q', '--no-ff', '-m', 'merge side', 'side']);
    }
    commit(`commit ${i}`);
  }
  return { dir, planted };
}

const run = (dir: string, opts: { blobTransport?: 'file' | 'pipe'; segmentBytes?: number }, more: { signal?: AbortSignal; onProgress?: () => void } = {}) =>
  scan({ source: new GitSource({ repo: dir, mode: { kind: 'history' }, maxFileSize: 4096, ...opts }), paths: [dir], cwd: dir, ...more });

/** Everything a report says about what was found and skipped. */
const summary = (r: ScanResult) => ({
  findings: r.findings
    .map((f) => `${f.ruleId} ${f.secret} ${f.locations.map((l) => `${l.path}:${l.line}:${l.column}@${l.commit}`).join(',')}`)
    .sort(),
  scanned: r.stats.filesScanned,
  bytes: r.stats.bytesScanned,
  skipped: r.stats.skipped.map((s) => `${s.path} ${s.reason} ${s.detail ?? ''}`).sort(),
});

/** This process's open files that are nameless hookscan segment files (Linux). */
const segmentFiles = () =>
  readdirSync('/proc/self/fd').filter((fd) => {
    try {
      return /hookscan-.*\(deleted\)$/.test(readlinkSync(`/proc/self/fd/${fd}`));
    } catch {
      return false;
    }
  });

const linux = process.platform === 'linux';

describe('history through files', () => {
  const repo = makeRepo();

  it('finds, places and skips exactly what the pipe does, in one segment and in many', async () => {
    const pipe = summary(await run(repo.dir, { blobTransport: 'pipe' }));
    expect(pipe.findings.length).toBeGreaterThan(30);
    expect(pipe.skipped.some((s) => s.startsWith('big.txt too-large'))).toBe(true);
    expect(pipe.skipped.some((s) => s.startsWith('logo.bin binary'))).toBe(true);
    expect(summary(await run(repo.dir, {}))).toEqual(pipe);
    // Segments of 2 KB: nearly one cat-file per blob, and several files alive at once.
    expect(summary(await run(repo.dir, { segmentBytes: 2048 }))).toEqual(pipe);
  });

  it.runIf(linux)('leaves no file behind: the segment files have no name and are closed at the end', async () => {
    const dir = temp('hookscan-anon-');
    const f = openAnonymousFile(dir)!;
    expect(readdirSync(dir)).toEqual([]);
    expect(readlinkSync(`/proc/self/fd/${f.rfd}`)).toMatch(/\(deleted\)$/);
    closeSync(f.wfd);
    closeSync(f.rfd);
    await run(repo.dir, { segmentBytes: 2048 });
    expect(segmentFiles()).toEqual([]);
  });

  it.runIf(linux)('an abort rejects the scan and closes every segment file', async () => {
    const ac = new AbortController();
    // Stopped when the first blob has been scanned: segments are open, more are to come.
    const p = run(repo.dir, { segmentBytes: 2048 }, { signal: ac.signal, onProgress: () => ac.abort(new Error('stopped')) });
    await expect(p).rejects.toThrow('stopped');
    // Closed at once on the abort; waited for up to 2 s all the same, so that a busy machine
    // cannot fail this on timing.
    for (const end = Date.now() + 2000; segmentFiles().length > 0 && Date.now() < end; ) await new Promise((r) => setTimeout(r, 20));
    expect(segmentFiles()).toEqual([]);
  });

  it.skipIf(process.platform === 'win32')('lets the event loop turn between slices when each scan runs synchronously (inline detection)', async () => {
    const blobs = execFileSync('git', ['cat-file', '--batch-all-objects', '--batch-check'], { cwd: repo.dir, encoding: 'utf8' })
      .trim()
      .split('\n')
      .map((l) => l.split(' '))
      .filter(([, type]) => type === 'blob');
    expect(blobs.length).toBeGreaterThan(40);
    // Each scan busy for 5 ms, as detection on this thread is; the first for 300 ms, while git
    // writes every other record. Handed over all at once, those would then run back to back with no
    // turn of the event loop between them; in slices, a timer runs between every few scans.
    // Counted in turns, not milliseconds: a busy machine stretches the gaps (a wall-clock bound of
    // half the back-to-back time flaked in CI at 108.8 ms against 107.5), not the interleaving.
    let scanned = 0;
    let turns = 0;
    const seen: number[] = [];
    const tick = setInterval(() => turns++, 1);
    const files = blobFiles(repo.dir, openAnonymousFile()!, async () => {
      if (scanned > 0) seen.push(turns);
      const end = performance.now() + (scanned === 0 ? 300 : 5);
      while (performance.now() < end);
      scanned++;
    });
    for (const [oid, , size] of blobs) files.add(oid, Number(size));
    files.end();
    await files.done;
    clearInterval(tick);
    expect(scanned).toBe(blobs.length);
    // Scans after the first that found the loop had turned since the scan before them.
    const afterTurn = seen.filter((t, i) => i > 0 && t > seen[i - 1]!).length;
    expect(afterTurn).toBeGreaterThanOrEqual(Math.floor((blobs.length - 2) / 4));
  });
});

describe('when history goes through files', () => {
  it('only where the temporary folder holds four segments: else the pipe (smaller segments are slower than it)', () => {
    const MB = 2 ** 20;
    expect(segmentFor(4 * 256 * MB)).toBe(256 * MB);
    expect(segmentFor(4 * 256 * MB - 1)).toBeNull();
    expect(segmentFor(undefined)).toBeNull();
    expect(segmentFor(10 * MB, 2048)).toBe(2048);
    expect(freeSpace(tmpdir())).toBeGreaterThan(0);
    expect(freeSpace(join(tmpdir(), 'no-such-folder-hookscan'))).toBeUndefined();
  });
});
