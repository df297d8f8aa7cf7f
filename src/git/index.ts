/**
 * The one module that spawns git. Everything else (sources/git, action/history, github/mirror,
 * app/hook) calls it, so there is one set of error texts (git missing, not a repository, bad
 * revision, a failed command) and one way to stream output: `git log -z --raw` entries and
 * `git cat-file` records are parsed chunk by chunk as they arrive, never from one buffer.
 *
 * simple-git is not used: its import alone costs a pre-push hook tens of milliseconds and it buffers
 * output; the calls here are a handful of spawns (see docs/architecture.md, "Layers and seams").
 */
import { spawn, spawnSync, type ChildProcess, type ChildProcessByStdio, type ChildProcessWithoutNullStreams } from 'node:child_process';
import type { Readable, Writable } from 'node:stream';
import { EnvironmentError, UsageError } from '../errors.js';
import { maskCredentials } from '../secrets/index.js';

export { commonGitDir, shallowFromFiles } from './discover.js';

export interface GitOptions {
  cwd?: string;
  /** The environment git runs with. Default: inherited from the caller's process. */
  env?: Record<string, string | undefined>;
  signal?: AbortSignal;
  /** Written to stdin, which is then closed. */
  input?: string;
  /** Strings removed from error texts (tokens). */
  scrub?: string[];
  /** Why git is needed, for the "not installed" text (e.g. "needed for --history, --range and --staged"). */
  purpose?: string;
}

export interface GitResult {
  code: number;
  stdout: Buffer;
  stderr: string;
}

/** The text git printed for a failure: the last meaningful line, without `fatal:`/`hint:` noise. */
export function gitFailureLine(stderr: string): string {
  const lines = stderr
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !/^(hint|warning):/i.test(l));
  return (lines.find((l) => /^(fatal|error):/i.test(l)) ?? lines[lines.length - 1] ?? '').replace(/^(fatal|error):\s*/i, '');
}

function scrubbed(text: string, scrub: string[] | undefined): string {
  return maskCredentials(text, scrub ?? []);
}

/** git could not be started at all. */
export function gitMissing(purpose: string | undefined, cause: unknown): EnvironmentError {
  return new EnvironmentError(`git is not installed or not on PATH${purpose ? ` (${purpose})` : ''}`, { cause, hint: 'install git (https://git-scm.com/downloads) or put it on PATH; scanning files without --history, --range or --staged needs no git' });
}

/** A git command exited non-zero. "Not a git repository" becomes a UsageError naming the folder. */
export function gitFailed(args: string[], code: number | null, stderr: string, opts: GitOptions = {}): Error {
  const line = scrubbed(gitFailureLine(stderr), opts.scrub);
  if (/not a git repository/i.test(line)) return new UsageError(`${opts.cwd ?? '.'} is not a git repository (${line})`, { hint: 'give the repository folder, or scan the files without --history, --range or --staged' });
  return new EnvironmentError(`git ${args[0]} failed: ${line || `exit ${code}`}`);
}

function environment(opts: GitOptions): Record<string, string> | undefined {
  if (!opts.env) return undefined;
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(opts.env)) if (v !== undefined) env[k] = v;
  return env;
}

/** Starts git with stdin, stdout and stderr piped. The only place a git process is created. */
export function spawnGit(args: string[], opts: GitOptions = {}): ChildProcessWithoutNullStreams {
  return launch(args, 'pipe', opts) as ChildProcessWithoutNullStreams;
}

/** git with its standard output written to an open file descriptor (no pipe through this process). */
export function spawnGitToFd(args: string[], fd: number, opts: GitOptions = {}): ChildProcessByStdio<Writable, null, Readable> {
  return launch(args, fd, opts) as ChildProcessByStdio<Writable, null, Readable>;
}

function launch(args: string[], stdout: 'pipe' | number, opts: GitOptions): ChildProcess {
  const child = spawn('git', args, { cwd: opts.cwd, env: environment(opts), stdio: ['pipe', stdout, 'pipe'], signal: opts.signal });
  child.stdin!.on('error', () => {});
  return child;
}

/** Runs git to completion; resolves with the exit code (non-zero is not an error here). */
export function runGit(args: string[], opts: GitOptions = {}): Promise<GitResult> {
  return new Promise((resolve, reject) => {
    const child = spawnGit(args, opts);
    const out: Buffer[] = [];
    let err = '';
    child.stdout.on('data', (d: Buffer) => out.push(d));
    child.stderr.on('data', (d: Buffer) => (err += d.toString('utf8')));
    child.on('error', (e: NodeJS.ErrnoException) => reject(e.code === 'ENOENT' ? gitMissing(opts.purpose, e) : e));
    child.on('close', (code) => resolve({ code: code ?? 1, stdout: Buffer.concat(out), stderr: err }));
    child.stdin.end(opts.input ?? '');
  });
}

/** Runs git and returns its stdout; a non-zero exit throws the mapped error. */
export async function gitOutput(args: string[], opts: GitOptions = {}): Promise<Buffer> {
  const r = await runGit(args, opts);
  if (r.code !== 0) throw gitFailed(args, r.code, r.stderr, opts);
  return r.stdout;
}

/** gitOutput as trimmed text. */
export async function gitText(args: string[], opts: GitOptions = {}): Promise<string> {
  return (await gitOutput(args, opts)).toString('utf8').trim();
}

/** Synchronous, for the few places a callback must answer at once (the pre-push hook). */
export function gitSync(args: string[], opts: GitOptions = {}): { code: number; stdout: string; stderr: string } {
  const r = spawnSync('git', args, { cwd: opts.cwd, env: environment(opts), encoding: 'utf8', input: opts.input });
  if (r.error) throw (r.error as NodeJS.ErrnoException).code === 'ENOENT' ? gitMissing(opts.purpose, r.error) : r.error;
  return { code: r.status ?? 1, stdout: r.stdout, stderr: r.stderr };
}

/** gitSync that throws the mapped error on a non-zero exit and returns trimmed stdout. */
export function gitTextSync(args: string[], opts: GitOptions = {}): string {
  const r = gitSync(args, opts);
  if (r.code !== 0) throw gitFailed(args, r.code, r.stderr, opts);
  return r.stdout.trim();
}

/** Checks that git runs and that `repo` is a repository; says whether it is shallow or bare. */
export async function inspectRepository(repo: string, purpose = 'needed for --history, --range and --staged'): Promise<{ shallow: boolean; bare: boolean }> {
  let out: string;
  try {
    out = await gitText(['rev-parse', '--is-shallow-repository', '--is-bare-repository'], { cwd: repo, purpose });
  } catch (e) {
    if (e instanceof UsageError && /not a git repository/i.test(e.message)) {
      throw new UsageError(e.message, { cause: e.cause, hint: '--history, --range and --staged need one; scan the folder without them for its files' });
    }
    throw e;
  }
  const [shallow, bare] = out.split('\n');
  return { shallow: shallow === 'true', bare: bare === 'true' };
}

/**
 * inspectRepository and isCommit for each of `revs`, in one git call when every revision is known
 * (the common case: a git hook pays for one spawn); when one is not, each is asked alone to name it.
 */
export async function inspectRevisions(repo: string, revs: string[]): Promise<{ shallow: boolean; bare: boolean; unknown?: string }> {
  if (revs.length) {
    const r = await runGit(['rev-parse', '--is-shallow-repository', '--is-bare-repository', '--end-of-options', ...revs.map((rev) => `${rev}^{commit}`)], { cwd: repo });
    // Older git echoes --end-of-options (2.24 to 2.42); each revision answers with its object id.
    const lines = r.code === 0 ? r.stdout.toString('utf8').trim().split('\n').filter((l) => l !== '--end-of-options') : [];
    if (lines.length === revs.length + 2 && lines.slice(2).every((l) => /^[0-9a-f]{40,64}$/.test(l))) return { shallow: lines[0] === 'true', bare: lines[1] === 'true' };
  }
  const [info, ...known] = await Promise.all([inspectRepository(repo), ...revs.map((rev) => isCommit(repo, rev))]);
  const unknown = revs.find((_, k) => !known[k]);
  return { ...info, ...(unknown !== undefined ? { unknown } : {}) };
}

/** Whether `rev` names a commit in the repository. */
export async function isCommit(repo: string, rev: string): Promise<boolean> {
  return (await runGit(['rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`], { cwd: repo })).code === 0;
}

/** One header of `git log` with LOG_FORMAT. */
export interface LogCommit {
  sha: string;
  parents: string[];
  author: string;
  date: string;
}

/** One `--raw` entry: `:<old mode> <new mode> <old sha> <new sha> <status>\0<path>\0`. */
export interface RawEntry {
  oldMode: string;
  newMode: string;
  oldBlob: string;
  newBlob: string;
  status: string;
  path: string;
}

export type LogRecord = { kind: 'commit'; commit: LogCommit } | { kind: 'entry'; entry: RawEntry };

/** The header format the log parser reads. */
export const LOG_FORMAT = '--format=%x01%H%x00%P%x00%an <%ae>%x00%aI%x00';

/**
 * Parses `git log -z --raw` (LOG_FORMAT headers) or `git diff -z --raw` output fed in chunks of any
 * size. Fields are NUL-terminated; a partial field waits for the next chunk, so memory is one field.
 */
export class RawLogParser {
  private pending: Buffer[] = [];
  private fields: string[] = [];
  private want: 'any' | 'header' | 'path' = 'any';
  private meta: string[] = [];

  /** Feeds a chunk; returns the records it completes. */
  push(chunk: Buffer): LogRecord[] {
    const out: LogRecord[] = [];
    let i = 0;
    while (i < chunk.length) {
      const nul = chunk.indexOf(0, i);
      if (nul < 0) {
        this.pending.push(chunk.subarray(i));
        break;
      }
      let field: string;
      if (this.pending.length) {
        this.pending.push(chunk.subarray(i, nul));
        field = Buffer.concat(this.pending).toString('utf8');
        this.pending = [];
      } else field = chunk.toString('utf8', i, nul);
      i = nul + 1;
      this.field(field, out);
    }
    return out;
  }

  /** Call at the end of the stream (a last field without its NUL). */
  end(): LogRecord[] {
    const out: LogRecord[] = [];
    if (this.pending.length) {
      const field = Buffer.concat(this.pending).toString('utf8');
      this.pending = [];
      this.field(field, out);
    }
    return out;
  }

  private field(raw: string, out: LogRecord[]): void {
    if (this.want === 'path') {
      const [oldMode, newMode, oldBlob, newBlob, status] = this.meta;
      out.push({ kind: 'entry', entry: { oldMode, newMode, oldBlob, newBlob, status, path: raw } });
      this.want = 'any';
      return;
    }
    if (this.want === 'header') {
      this.fields.push(raw);
      if (this.fields.length === 4) {
        const [sha, parents, author, date] = this.fields;
        out.push({ kind: 'commit', commit: { sha, parents: parents ? parents.split(' ') : [], author, date } });
        this.fields = [];
        this.want = 'any';
      }
      return;
    }
    const s = raw.replace(/^\n+/, '');
    if (s.startsWith('\x01')) {
      this.fields = [s.slice(1)];
      this.want = 'header';
    } else if (s.startsWith(':')) {
      this.meta = s.slice(1).split(' ');
      this.want = 'path';
    }
    // anything else (an empty field between records): skipped
  }
}

/** Iterates git's stdout chunk by chunk; a failure after the output throws the mapped error. */
export async function* gitStream(args: string[], opts: GitOptions = {}): AsyncGenerator<Buffer> {
  const child = spawnGit(args, opts);
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
  let failure: unknown;
  child.on('error', (e: NodeJS.ErrnoException) => (failure = e.code === 'ENOENT' ? gitMissing(opts.purpose, e) : e));
  const closed = new Promise<number | null>((resolve) => child.on('close', resolve));
  child.stdin.end(opts.input ?? '');
  try {
    for await (const chunk of child.stdout as AsyncIterable<Buffer>) yield chunk;
    const code = await closed;
    if (failure) throw failure;
    opts.signal?.throwIfAborted();
    if (code !== 0) throw gitFailed(args, code, stderr, opts);
  } finally {
    if (child.exitCode === null) child.kill();
  }
}

/** Streams the records of `git log <revs> -m --raw -z` oldest first, as git writes them. */
export async function* logRecords(repo: string, revs: string[], opts: Omit<GitOptions, 'cwd'> & { newestFirst?: boolean } = {}): AsyncGenerator<LogRecord[]> {
  const parser = new RawLogParser();
  // --date-order: parents after their children whatever the clocks say (or before them, reversed).
  const order = opts.newestFirst ? ['--date-order'] : ['--date-order', '--reverse'];
  const args = ['log', ...revs, '-m', '--raw', '--no-abbrev', '--no-renames', '-z', ...order, LOG_FORMAT, '--'];
  for await (const chunk of gitStream(args, { ...opts, cwd: repo })) {
    const records = parser.push(chunk);
    if (records.length) yield records;
  }
  const rest = parser.end();
  if (rest.length) yield rest;
}

/** Streams the entries of `git diff --cached --raw -z <base>` (the index against a tree). */
export async function* stagedEntries(repo: string, base: string, opts: Omit<GitOptions, 'cwd'> = {}): AsyncGenerator<RawEntry> {
  const parser = new RawLogParser();
  const take = (records: LogRecord[]) => records.flatMap((r) => (r.kind === 'entry' ? [r.entry] : []));
  for await (const chunk of gitStream(['diff', '--cached', '--raw', '--no-abbrev', '--no-renames', '-z', base, '--'], { ...opts, cwd: repo })) yield* take(parser.push(chunk));
  yield* take(parser.end());
}

const BATCH_CHECK = ['cat-file', '--batch-check'];

/**
 * `git cat-file --batch-check`, asked as you go: write object ids to `stdin` (one per line) and end
 * it; `onObject` gets each answer in order, with its type and size (type 'missing' when the store
 * lacks it). `done` settles once git has answered everything: a failure, git missing or an abort
 * rejects it, said as the other git calls say them.
 */
export function objectInfo(
  repo: string,
  onObject: (id: string, type: string, size: number) => void,
  opts: Omit<GitOptions, 'cwd' | 'input'> = {},
): { stdin: Writable; kill(): void; done: Promise<void> } {
  const child = spawnGit(BATCH_CHECK, { ...opts, cwd: repo });
  const done = new Promise<void>((resolve, reject) => {
    let rest = '';
    let stderr = '';
    const take = (line: string) => {
      const [id, type, size] = line.split(' ');
      if (id && type) onObject(id, type, Number(size));
    };
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
    child.stdout.on('data', (d: Buffer) => {
      const lines = (rest + d.toString('latin1')).split('\n');
      rest = lines.pop()!;
      for (const l of lines) take(l);
    });
    child.on('error', (e: NodeJS.ErrnoException) => reject(e.code === 'ENOENT' ? gitMissing(opts.purpose, e) : e));
    child.on('close', (code) => {
      take(rest);
      if (opts.signal?.aborted) reject(opts.signal.reason);
      else if (code !== 0) reject(gitFailed(BATCH_CHECK, code, stderr, { ...opts, cwd: repo }));
      else resolve();
    });
  });
  return { stdin: child.stdin, kill: () => child.kill(), done };
}
