/**
 * Git sources: the full history (every blob reachable from every ref, each scanned once), a commit
 * range (what its commits add: the pull-request and pre-push case) and the index (pre-commit).
 * Everything goes through a spawned git: two rev-parse calls for metadata (simple-git would add
 * ~60 ms of start-up to every pre-push hook for them), `git log --raw` and `git cat-file --batch`.
 */
import { spawn } from 'node:child_process';
import { EnvironmentError, UsageError } from '../errors.js';
import type { Job } from '../engine/job.js';
import type { Location } from '../types.js';
import type { Origin, Source, SourceSink } from './types.js';

const ZERO = /^0+$/;

/**
 * history: everything; range: what the commits of `range` (A..B) add, or of `revs` (rev-list
 * arguments such as `<sha> --not --remotes=origin`, as the pre-push hook builds them); staged: the index.
 */
export type GitMode = { kind: 'history' } | { kind: 'range'; range: string; revs?: string[] } | { kind: 'staged' };

export interface GitSourceOptions {
  /** The repository's working directory (or a bare repository). */
  repo: string;
  mode: GitMode;
  maxFileSize: number;
  /** Org scans: `owner/name`, put on every location. (Submodules are not followed: gitlinks are counted as skipped.) */
  repository?: string;
}

interface Commit {
  sha: string;
  author: string;
  date: string;
  parents: number;
}

/** One blob as it appears at one path in one commit. */
interface Sighting {
  commit: number;
  path: string;
}

/** A blob a range or the index adds, with the pre-images it replaced (for "already there" checks). */
interface Added {
  blob: string;
  path: string;
  commit: number;
  before: Set<string>;
}

function runGit(repo: string, args: string[], input?: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', args, { cwd: repo, stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (d: Buffer) => out.push(d));
    child.stderr.on('data', (d: Buffer) => err.push(d));
    child.on('error', (e: NodeJS.ErrnoException) =>
      reject(e.code === 'ENOENT' ? new EnvironmentError('git is not installed or not on PATH (needed for --history, --range and --staged)', { cause: e }) : e),
    );
    child.on('close', (code) => {
      if (code === 0) resolve(Buffer.concat(out));
      else reject(new EnvironmentError(`git ${args[0]} failed: ${Buffer.concat(err).toString('utf8').trim().split('\n')[0] || `exit ${code}`}`));
    });
    child.stdin.on('error', () => {});
    child.stdin.end(input ?? '');
  });
}

/** Checks that git runs and that repo is a repository; returns whether it is shallow. */
export async function inspectRepository(repo: string): Promise<{ shallow: boolean; bare: boolean }> {
  let out: string;
  try {
    out = (await runGit(repo, ['rev-parse', '--is-shallow-repository', '--is-bare-repository'])).toString('utf8');
  } catch (e) {
    if (e instanceof EnvironmentError && /not a git repository/i.test(e.message)) {
      throw new UsageError(`${repo} is not a git repository (--history, --range and --staged need one; scan it without them for the files)`, { cause: e });
    }
    throw e;
  }
  const [shallow, bare] = out.trim().split('\n');
  return { shallow: shallow === 'true', bare: bare === 'true' };
}

/** Parses `git log -m --raw -z` output with the header format `\x01%H\0%P\0%an <%ae>\0%aI\0`. */
export function parseLog(buf: Buffer, onEntry: (commit: number, status: string, mode: string, oldBlob: string, newBlob: string, path: string, parentIndex: number) => void): Commit[] {
  const commits: Commit[] = [];
  const index = new Map<string, number>();
  let i = 0;
  let current = -1;
  let parentIndex = 0;
  const readZ = () => {
    const e = buf.indexOf(0, i);
    const end = e < 0 ? buf.length : e;
    const s = buf.toString('utf8', i, end);
    i = end + 1;
    return s;
  };
  while (i < buf.length) {
    const c = buf[i];
    if (c === 0x0a || c === 0) { i++; continue; }
    if (c === 0x01) {
      i++;
      const sha = readZ();
      const parents = readZ();
      const author = readZ();
      const date = readZ();
      const known = index.get(sha);
      if (known !== undefined) {
        current = known;
        parentIndex++;
      } else {
        current = commits.length;
        parentIndex = 0;
        index.set(sha, current);
        commits.push({ sha, author, date, parents: parents ? parents.split(' ').length : 0 });
      }
      continue;
    }
    if (c === 0x3a /* : */) {
      // :<old mode> <new mode> <old sha> <new sha> <status>\0<path>\0
      const meta = readZ().slice(1).split(' ');
      const path = readZ();
      onEntry(current, meta[4], meta[1], meta[2], meta[3], path, parentIndex);
      continue;
    }
    readZ(); // anything else: skip to the next NUL
  }
  return commits;
}

const LOG_FORMAT = '--format=%x01%H%x00%P%x00%an <%ae>%x00%aI%x00';

export class GitSource implements Source {
  shallow = false;
  private commits: Commit[] = [];

  constructor(private readonly opts: GitSourceOptions) {}

  /** Orders locations oldest first (the first is where the secret was introduced). */
  compareLocations = (a: Location, b: Location): number => {
    const ia = a.commit ? this.order.get(a.commit) ?? -1 : Number.MAX_SAFE_INTEGER;
    const ib = b.commit ? this.order.get(b.commit) ?? -1 : Number.MAX_SAFE_INTEGER;
    return ia - ib || a.path.localeCompare(b.path) || a.line - b.line;
  };
  private order = new Map<string, number>();

  /** git cat-file keeps one core busy: detection gets the others (measured: docs/benchmarks.md). */
  defaultWorkers(cores: number): number {
    return Math.max(1, cores - 1);
  }

  /** Reachable blobs read (history: dangling objects in the store are read but not counted). */
  private blobs: number | undefined;

  describe(): { commitsScanned?: number; shallow?: boolean; blobsScanned?: number } {
    return { commitsScanned: this.commits.length, shallow: this.shallow, ...(this.blobs !== undefined ? { blobsScanned: this.blobs } : {}) };
  }

  private origin(s: Sighting): Origin {
    if (s.commit < 0) return { path: s.path };
    const c = this.commits[s.commit];
    return { path: s.path, commit: c.sha, author: c.author, date: c.date, ...(this.opts.repository ? { repository: this.opts.repository } : {}) };
  }

  async run(sink: SourceSink, signal?: AbortSignal): Promise<void> {
    const { repo, mode } = this.opts;
    this.shallow = (await inspectRepository(repo)).shallow;
    if (mode.kind === 'staged') return this.runStaged(sink, signal);

    let revs: string[];
    if (mode.kind === 'history') revs = ['--all'];
    else if (mode.revs) revs = mode.revs;
    else {
      if (!mode.range.trim() || mode.range.startsWith('-')) throw new UsageError(`--range needs a revision range such as main..HEAD, got '${mode.range}'`);
      revs = mode.range.split(/\s+/);
      for (const rev of revs.map((r) => r.replace(/^\^/, '')).flatMap((r) => r.split(/\.\.\.?/)).filter(Boolean)) {
        try {
          await runGit(repo, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`]);
        } catch (e) {
          throw new UsageError(`--range ${mode.range}: unknown revision '${rev}' (fetch it first, e.g. git fetch origin; in GitHub Actions set fetch-depth: 0)`, { cause: e });
        }
      }
    }
    const readLog = async () => {
      const log = await runGit(repo, ['log', ...revs, '-m', '--raw', '--no-abbrev', '--no-renames', '-z', '--date-order', '--reverse', LOG_FORMAT, '--']);
      signal?.throwIfAborted();
      // Every blob once, with every (commit, path) that introduced it.
      const sightings = new Map<string, Sighting[]>();
      // Range mode: per commit and path, the new blob, the pre-images and how many parents it differs from.
      const added = new Map<string, Added & { differs: number }>();
      let gitlinks = 0;
      this.commits = parseLog(log, (commit, status, modeNew, oldBlob, newBlob, path) => {
        if (status === 'D' || ZERO.test(newBlob)) return;
        if (modeNew === '160000') { gitlinks++; return; }
        let list = sightings.get(newBlob);
        if (!list) sightings.set(newBlob, (list = []));
        if (!list.some((s) => s.commit === commit && s.path === path)) list.push({ commit, path });
        if (mode.kind === 'range') {
          const key = `${commit}\0${path}`;
          const a = added.get(key) ?? { blob: newBlob, path, commit, before: new Set<string>(), differs: 0 };
          a.differs++;
          if (!ZERO.test(oldBlob)) a.before.add(oldBlob);
          added.set(key, a);
        }
      });
      this.order = new Map(this.commits.map((c, k) => [c.sha, k]));
      if (gitlinks) sink.skip({ path: '(submodules)', reason: 'submodule', detail: `${gitlinks} gitlink entr${gitlinks === 1 ? 'y' : 'ies'} not followed` });
      return { sightings, added };
    };

    if (mode.kind === 'history') {
      // The log and the object stream run side by side: every blob is scanned as it arrives and
      // its (commit, path) origins are looked up once the log is read. Blobs no ref reaches
      // (dangling objects) have no origin and are not reported.
      const logDone = readLog();
      logDone.then(({ sightings }) => sink.total?.(sightings.size), () => {});
      const seen = new Set<string>();
      const [{ sightings }] = await Promise.all([
        logDone,
        this.streamBlobs(sink, null, null, signal, async (oid) => {
          const { sightings } = await logDone;
          return (sightings.get(oid) ?? []).map((s) => this.origin(s));
        }, seen),
      ]);
      // Reachable blobs the object store does not have (a damaged repository): counted, not fatal.
      this.blobs = 0;
      for (const [blob, list] of sightings) {
        if (seen.has(blob)) this.blobs++;
        else sink.skip({ path: list[0].path, reason: 'missing-object', detail: blob });
      }
      return;
    }
    const { added } = await readLog();
    // A merge adds a blob only where it differs from every parent (what the merge itself brought).
    const entries = [...added.values()].filter((a) => a.differs >= Math.max(1, this.commits[a.commit].parents));
    const wanted = new Map<string, Sighting[]>();
    const before = new Map<string, Set<string>>();
    for (const a of entries) {
      const list = wanted.get(a.blob) ?? [];
      list.push({ commit: a.commit, path: a.path });
      wanted.set(a.blob, list);
      const b = before.get(a.blob) ?? new Set<string>();
      for (const x of a.before) b.add(x);
      before.set(a.blob, b);
    }
    sink.total?.(wanted.size);
    await this.streamBlobs(sink, wanted, before, signal);
  }

  private async runStaged(sink: SourceSink, signal?: AbortSignal): Promise<void> {
    const { repo } = this.opts;
    // Against HEAD, or against the empty tree before the first commit.
    let base = 'HEAD';
    try {
      await runGit(repo, ['rev-parse', '--verify', '--quiet', 'HEAD']);
    } catch {
      base = (await runGit(repo, ['hash-object', '-t', 'tree', '--stdin'], '')).toString('utf8').trim();
    }
    const diff = await runGit(repo, ['diff', '--cached', '--raw', '--no-abbrev', '--no-renames', '-z', base, '--']);
    const wanted = new Map<string, Sighting[]>();
    const before = new Map<string, Set<string>>();
    // Same entry syntax as log --raw: reuse the parser with a synthetic header-less stream.
    parseLog(diff, (_c, status, modeNew, oldBlob, newBlob, path) => {
      if (status === 'D' || ZERO.test(newBlob) || modeNew === '160000') return;
      wanted.set(newBlob, [...(wanted.get(newBlob) ?? []), { commit: -1, path }]);
      if (!ZERO.test(oldBlob)) before.set(newBlob, new Set([...(before.get(newBlob) ?? []), oldBlob]));
    });
    sink.total?.(wanted.size);
    signal?.throwIfAborted();
    await this.streamBlobs(sink, wanted, before, signal);
  }

  /**
   * Streams blobs through `git cat-file --batch` and hands each wanted one to the sink.
   * Without `before` (full history) it reads every object in pack order and keeps the wanted
   * blobs; with `before` it asks for exactly the wanted blobs and their pre-images.
   */
  private streamBlobs(
    sink: SourceSink,
    wanted: Map<string, Sighting[]> | null,
    before: Map<string, Set<string>> | null,
    signal?: AbortSignal,
    originsOf: (oid: string) => Origin[] | Promise<Origin[]> = (oid) => (wanted?.get(oid) ?? []).map((s) => this.origin(s)),
    /** Filled with the id of every blob the stream holds. */
    seenBlobs?: Set<string>,
  ): Promise<void> {
    const { repo, maxFileSize } = this.opts;
    const preimages = new Set<string>();
    if (before) for (const s of before.values()) for (const b of s) preimages.add(b);
    if (wanted?.size === 0) return Promise.resolve();
    const isWantedBlob = (id: string) => !wanted || wanted.has(id);
    const args = before ? ['cat-file', '--batch'] : ['cat-file', '--batch-all-objects', '--batch', '--unordered'];
    const pending: Promise<void>[] = [];
    const preimageJobs = new Map<string, Job>();
    const blobJobs: { blob: string; job: Job }[] = [];
    let inFlightBytes = 0;
    const MAX_IN_FLIGHT = 64 * 1024 * 1024;

    return new Promise<void>((resolve, reject) => {
      const child = spawn('git', args, { cwd: repo, stdio: ['pipe', 'pipe', 'pipe'] });
      let stderr = '';
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
      child.on('error', reject);
      const onAbort = () => child.kill();
      signal?.addEventListener('abort', onAbort, { once: true });

      // Parser state for "<oid> <type> <size>\n<content>\n" records.
      let header = '';
      let oid = '';
      let keep = false;
      let body: Buffer | null = null;
      let need = 0; // content bytes still to read (or skip)
      let filled = 0;
      let trailer = false;

      const finishObject = () => {
        if (!keep || !body) return;
        const bytes = new Uint8Array(body.buffer, body.byteOffset, body.length);
        const job: Job = { kind: 'bytes', bytes };
        if (preimages.has(oid) && !isWantedBlob(oid)) {
          preimageJobs.set(oid, job);
          return;
        }
        if (before) {
          blobJobs.push({ blob: oid, job });
          // Also a pre-image elsewhere: the blob's own buffer may move to a worker, so copy it.
          if (preimages.has(oid)) preimageJobs.set(oid, { kind: 'bytes', bytes: Uint8Array.from(bytes) });
          return;
        }
        const blob = oid;
        inFlightBytes += body.length;
        const size = body.length;
        const p = sink
          .scan(job, () => originsOf(blob))
          .finally(() => {
            inFlightBytes -= size;
            if (inFlightBytes < MAX_IN_FLIGHT / 2 && child.stdout.isPaused()) child.stdout.resume();
          });
        pending.push(p);
        if (inFlightBytes > MAX_IN_FLIGHT) child.stdout.pause();
      };

      child.stdout.on('data', (chunk: Buffer) => {
        let i = 0;
        while (i < chunk.length) {
          if (trailer) { i++; trailer = false; continue; } // the LF after content
          if (need > 0) {
            const n = Math.min(need, chunk.length - i);
            if (keep && body) chunk.copy(body, filled, i, i + n);
            filled += n;
            need -= n;
            i += n;
            if (need === 0) { finishObject(); trailer = true; }
            continue;
          }
          const nl = chunk.indexOf(0x0a, i);
          if (nl < 0) { header += chunk.toString('latin1', i); break; }
          header += chunk.toString('latin1', i, nl);
          i = nl + 1;
          const [id, type, sizeText] = header.split(' ');
          header = '';
          if (type === 'missing') {
            const s = wanted?.get(id);
            if (s) sink.skip({ path: s[0].path, reason: 'missing-object', detail: id });
            continue;
          }
          const size = Number(sizeText);
          oid = id;
          if (type === 'blob') seenBlobs?.add(id);
          const isWanted = type === 'blob' && (isWantedBlob(id) || preimages.has(id));
          keep = isWanted && size <= maxFileSize;
          if (isWanted && !keep && isWantedBlob(id)) {
            const detail = `${size} bytes > ${maxFileSize} (blob ${id.slice(0, 12)})`;
            pending.push(Promise.resolve(originsOf(id)).then((o) => { if (o.length) sink.skip({ path: o[0].path, reason: 'too-large', detail }); }));
          }
          filled = 0;
          need = size;
          if (keep && i + size <= chunk.length) {
            // The whole blob is in this chunk: no copy (the worker engine copies if it must).
            body = chunk.subarray(i, i + size);
            i += size;
            need = 0;
            finishObject();
            trailer = true;
            continue;
          }
          body = keep ? Buffer.allocUnsafeSlow(size) : null;
          if (size === 0) { finishObject(); trailer = true; }
        }
      });
      child.on('close', async (code) => {
        signal?.removeEventListener('abort', onAbort);
        if (signal?.aborted) return reject(signal.reason);
        if (code !== 0) return reject(new EnvironmentError(`git cat-file failed: ${stderr.trim().split('\n')[0] || `exit ${code}`}`));
        try {
          await Promise.all(pending);
          if (before && wanted) await this.scanAdded(sink, wanted, before, blobJobs, preimageJobs);
          resolve();
        } catch (e) {
          reject(e);
        }
      });
      if (before && wanted) {
        const ids = [...new Set([...wanted.keys(), ...preimages])];
        child.stdin.end(`${ids.join('\n')}\n`);
      } else {
        child.stdin.end();
      }
    });
  }

  /** Range and index: scan each added blob, minus secrets its pre-images already held. */
  private async scanAdded(sink: SourceSink, wanted: Map<string, Sighting[]>, before: Map<string, Set<string>>, blobJobs: { blob: string; job: Job }[], preimageJobs: Map<string, Job>): Promise<void> {
    const held = new Map<string, Set<string>>();
    await Promise.all(
      [...preimageJobs].map(async ([blob, job]) => {
        held.set(blob, new Set((await sink.detect(job)).map((m) => `${m.ruleId}\0${m.secret}`)));
      }),
    );
    await Promise.all(
      blobJobs.map(({ blob, job }) => {
        const alreadyIn = new Set<string>();
        for (const b of before.get(blob) ?? []) for (const k of held.get(b) ?? []) alreadyIn.add(k);
        return sink.scan(job, () => (wanted.get(blob) ?? []).map((s) => this.origin(s)), { alreadyIn });
      }),
    );
  }
}
