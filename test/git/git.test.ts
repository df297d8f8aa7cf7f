import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { gitText, RawLogParser, type LogRecord } from '../../src/git/index.js';
import { UsageError } from '../../src/errors.js';
import { cli } from '../support/cli.js';

const SRC = join(import.meta.dirname, '../../src');
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}

function git(cwd: string, args: string[], input?: string): string {
  return execFileSync('git', args, { cwd, input, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.test', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.test' } }).trim();
}

/** A repository whose one commit holds n identical empty files. */
function emptyFiles(n: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'hookscan-git-'));
  dirs.push(dir);
  git(dir, ['init', '-q']);
  const blob = git(dir, ['hash-object', '-w', '--stdin'], '');
  git(dir, ['update-index', '--index-info'], Array.from({ length: n }, (_, i) => `100644 ${blob}\tdir/f${i}.txt\n`).join(''));
  const tree = git(dir, ['write-tree']);
  const commit = git(dir, ['commit-tree', tree, '-m', 'empty files']);
  git(dir, ['update-ref', 'HEAD', commit]);
  return dir;
}

describe('one git module', () => {
  it('no file outside src/git spawns a process', () => {
    const offenders = files(SRC)
      .filter((f) => !relative(SRC, f).startsWith('git/'))
      .filter((f) => /child_process|\bspawn(Sync)?\(|execFile/.test(readFileSync(f, 'utf8')))
      .map((f) => relative(SRC, f));
    expect(offenders).toEqual([]);
  });

  it('maps "not a git repository" to a UsageError naming the folder', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hookscan-nogit-'));
    dirs.push(dir);
    const err = await gitText(['rev-parse', '--git-dir'], { cwd: dir, env: { ...process.env, GIT_CEILING_DIRECTORIES: tmpdir() } }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UsageError);
    expect((err as Error).message).toMatch(/is not a git repository/);
  });

  it('the log parser gives the same records whatever the chunk boundaries', () => {
    const header = (sha: string, parents: string) => `\x01${sha}\0${parents}\0A <a@example.test>\0 2024-01-01T00:00:00Z\0`;
    const entry = (path: string, blob: string) => `\n:000000 100644 ${'0'.repeat(40)} ${blob} A\0${path}\0`;
    const text = header('a'.repeat(40), '') + entry('x.txt', 'b'.repeat(40)) + entry('dir/é y.txt', 'c'.repeat(40)) + header('d'.repeat(40), 'a'.repeat(40)) + entry('z', 'e'.repeat(40));
    const buf = Buffer.from(text);
    const whole = (() => {
      const p = new RawLogParser();
      return [...p.push(buf), ...p.end()];
    })();
    expect(whole.filter((r) => r.kind === 'commit')).toHaveLength(2);
    expect(whole.flatMap((r) => (r.kind === 'entry' ? [r.entry.path] : []))).toEqual(['x.txt', 'dir/é y.txt', 'z']);
    for (const size of [1, 2, 3, 7, 41]) {
      const p = new RawLogParser();
      const out: LogRecord[] = [];
      for (let i = 0; i < buf.length; i += size) out.push(...p.push(buf.subarray(i, i + size)));
      out.push(...p.end());
      expect(out).toEqual(whole);
    }
  });

  it('--history of a commit with N vs 4N identical empty files grows linearly', async () => {
    const N = 10_000;
    const small = emptyFiles(N);
    const large = emptyFiles(4 * N);
    const time = async (dir: string) => {
      const t = performance.now();
      const r = await cli(['scan', '.', '--history', '--format', 'json'], dir);
      expect(r.code, r.stderr).toBe(0);
      return performance.now() - t;
    };
    await time(small); // warm-up
    const a = Math.min(await time(small), await time(small));
    const b = Math.min(await time(large), await time(large));
    // Linear is about 4; the old per-sighting search made it 5 and more, and quadratic is 16.
    expect(b / a).toBeLessThan(8);
  }, 120_000);
});
