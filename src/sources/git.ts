/**
 * Git sources: the full history (every blob reachable from every ref, each scanned once), a commit
 * range (what its commits add: the pull-request and pre-push case) and the index (pre-commit).
 * Everything goes through a spawned git: two rev-parse calls for metadata (simple-git would add
 * ~60 ms of start-up to every pre-push hook for them), `git log --raw` and `git cat-file --batch`.
 */
import { UsageError } from '../errors.js';
import type { Writable } from 'node:stream';
import { gitText, inspectRepository, inspectRevisions, shallowFromFiles, logRecords, objectInfo, RawLogParser, spawnGit, stagedEntries, gitFailed, type LogCommit } from '../git/index.js';
import type { Location, ScanUnit } from '../types.js';
import type { Origin, Source, SourceSink } from './types.js';
import { blobFiles, freeSpace, openAnonymousFile, segmentFor } from './git-blob-files.js';

const ZERO = /^0+$/;
const CAT_FILE = ['cat-file', '--batch'];

/** Skips a blob over the size cap, under its first origin (none: a dangling object, never part of the scan). */
function skipTooLarge(sink: SourceSink, origins: Origin[] | Promise<Origin[]>, size: number, cap: number, blob: string): Promise<void> {
  return Promise.resolve(origins).then((o) => {
    if (o.length) sink.skip({ path: o[0].path, reason: 'too-large', detail: `${size} bytes > ${cap} (blob ${blob.slice(0, 12)})` });
  });
}

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
  /**
   * History: blobs read through files with no name (git-blob-files.ts, the default where the
   * platform allows it) or through a pipe (Windows; and the tests, to compare the two).
   */
  blobTransport?: 'file' | 'pipe';
  /** History through files: the segment size (the tests make it small). */
  segmentBytes?: number;
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

/** What readLog gathers. */
interface LogRead {
  sightings: Map<string, Sighting[]>;
  added: Map<string, Added & { differs: number }>;
  gitlinks: number;
}

/** A blob a range or the index adds, with the pre-images it replaced (for "already there" checks). */
interface Added {
  blob: string;
  path: string;
  commit: number;
  before: Set<string>;
}

/** Kept for callers of the old buffer parser: parses a whole `git log -m --raw -z` output (LOG_FORMAT headers). */
export function parseLog(buf: Buffer, onEntry: (commit: number, status: string, mode: string, oldBlob: string, newBlob: string, path: string, parentIndex: number) => void): Commit[] {
  const commits = new LogCommits();
  const parser = new RawLogParser();
  for (const r of [...parser.push(buf), ...parser.end()]) {
    if (r.kind === 'commit') commits.add(r.commit);
    else onEntry(commits.current, r.entry.status, r.entry.newMode, r.entry.oldBlob, r.entry.newBlob, r.entry.path, commits.parentIndex);
  }
  return commits.list;
}

/** Numbers the commits of a log as they stream in; `-m` repeats a merge's header once per parent. */
class LogCommits {
  readonly list: Commit[] = [];
  private readonly index = new Map<string, number>();
  current = -1;
  parentIndex = 0;

  /** Returns whether this is a new commit (not a merge's next parent). */
  add(c: LogCommit): boolean {
    const known = this.index.get(c.sha);
    if (known !== undefined) {
      this.current = known;
      this.parentIndex++;
      return false;
    }
    this.current = this.list.length;
    this.parentIndex = 0;
    this.index.set(c.sha, this.current);
    this.list.push({ sha: c.sha, author: c.author, date: c.date, parents: c.parents.length });
    return true;
  }
}

export { inspectRepository };

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

  /**
   * git cat-file keeps one core busy: detection gets the others (measured: docs/benchmarks.md).
   * Where that leaves one core, detection runs on this thread, which otherwise only waits on git:
   * a single worker added its start and a hand-off per batch (2 cores: make-history 0.92×, churn
   * 0.95× the time with one worker).
   */
  defaultWorkers(cores: number): number {
    return cores - 1 > 1 ? cores - 1 : 0;
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

  /** A range scan begun by start(): its log and cat-file, running while the caller prepares. */
  private early?: { catFile: ReturnType<typeof spawnGit>; log: Promise<LogRead>; abort: AbortController };

  /**
   * Begins a range scan (the pre-push hook) before the caller has loaded its patterns, which the
   * git side does not need: `git log` and `git cat-file` start now and run while the patterns load
   * and the detector compiles. Only when the repository's files say whether it is shallow (the
   * `git rev-parse` that would tell is then not run, see run()). Does nothing in other modes;
   * stop() ends the processes when run() does not follow.
   */
  start(): void {
    const { repo, mode } = this.opts;
    if (this.early || mode.kind !== 'range') return;
    const shallow = shallowFromFiles(repo);
    if (shallow === undefined) return;
    this.shallow = shallow;
    const revs = this.rangeRevs();
    const abort = new AbortController();
    const catFile = this.catFileEarly();
    const log = this.readLog(revs, abort.signal);
    log.catch(() => {}); // awaited by run(), which explains a failure
    this.early = { catFile, log, abort };
  }

  /** Ends what start() began, when run() will not come (the caller failed before scanning). */
  stop(): void {
    this.early?.abort.abort();
    this.early?.catFile.kill();
  }

  private rangeRevs(): string[] {
    const { mode } = this.opts;
    if (mode.kind !== 'range') return [];
    if (mode.revs) return mode.revs;
    if (!mode.range.trim() || mode.range.startsWith('-')) throw new UsageError(`--range needs a revision range such as main..HEAD, got '${mode.range}'`);
    return mode.range.split(/\s+/);
  }

  async run(sink: SourceSink, signal?: AbortSignal): Promise<void> {
    const { repo, mode } = this.opts;
    if (mode.kind === 'range') this.start();
    const early = this.early;
    let revs: string[];
    let named: string[] = [];
    if (mode.kind === 'history') revs = ['--all'];
    else if (mode.kind === 'staged') {
      revs = [];
      named = ['HEAD'];
    } else {
      revs = this.rangeRevs();
      if (!mode.revs) named = revs.map((r) => r.replace(/^\^/, '')).flatMap((r) => r.split(/\.\.\.?/)).filter(Boolean);
    }
    // The repository and the revisions in one git call (a missing repository is the error reported
    // first). A range scan whose repository files say whether it is shallow skips it: the log finds
    // out whether the repository and the revisions exist, and only when it fails is the call made,
    // to say which.
    const checkRevisions = async () => {
      const info = await inspectRevisions(repo, named);
      if (mode.kind === 'range' && info.unknown !== undefined) {
        throw new UsageError(`--range ${mode.range}: unknown revision '${info.unknown}' (fetch it first, e.g. git fetch origin; in GitHub Actions set fetch-depth: 0)`);
      }
      return info;
    };
    if (!early) {
      const info = await checkRevisions();
      this.shallow = info.shallow;
      if (mode.kind === 'staged') return this.runStaged(sink, info.unknown === undefined, signal);
    }

    // History through files where a file can be unlinked while open and the temporary folder has
    // room for four 256 MB segments; else through the pipe.
    const segment = mode.kind === 'history' && this.opts.blobTransport !== 'pipe' ? segmentFor(freeSpace(), this.opts.segmentBytes) : null;
    const file = segment ? openAnonymousFile() : null;
    if (file) return this.historyThroughFiles(sink, revs, file, segment!, signal);
    if (mode.kind === 'history') {
      // The log and the object stream run side by side: each blob the log names is asked of
      // `git cat-file --batch` as soon as it is first seen (only reachable blobs: no trees, commits
      // or dangling objects are decompressed and piped), scanned as it arrives, and its (commit,
      // path) origins are looked up once the log is read. The ids are written without waiting for
      // the pipe to drain, so the log never waits on detection (a blob id is 41 bytes in memory).
      const catFile = this.catFileEarly();
      const logDone = this.historyLog(sink, revs, catFile, signal);
      const seen = new Set<string>();
      const [{ sightings }] = await Promise.all([
        logDone,
        this.streamBlobs(sink, catFile, null, null, signal, this.originsOnceRead(logDone), seen),
      ]);
      this.countBlobs(sink, sightings, seen);
      return;
    }
    // cat-file starts with the log (it waits for the list of blobs): its start-up is not paid after the log.
    const catFile = early?.catFile ?? this.catFileEarly();
    const onAbort = () => early?.abort.abort();
    signal?.addEventListener('abort', onAbort, { once: true });
    let read: LogRead;
    try {
      read = await (early?.log ?? this.readLog(revs, signal));
    } catch (e) {
      catFile.kill();
      // Not a repository, an unknown revision, no git: said as the checked path says it.
      if (early && !signal?.aborted) await checkRevisions();
      throw e;
    } finally {
      signal?.removeEventListener('abort', onAbort);
    }
    signal?.throwIfAborted();
    this.skipGitlinks(sink, read.gitlinks);
    // A merge adds a blob only where it differs from every parent (what the merge itself brought).
    const entries = [...read.added.values()].filter((a) => a.differs >= Math.max(1, this.commits[a.commit].parents));
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
    await this.streamBlobs(sink, catFile, wanted, before, signal);
  }

  /**
   * History through files (git-blob-files.ts): the log names each blob as it first sees it,
   * `git cat-file --batch-check` gives its size, and the blobs under the size cap are read through
   * segment files, their ranges handed to the sink. Blobs over the cap are skipped without being
   * read; what the store lacks is counted once the log is read, as on the pipe path.
   */
  private async historyThroughFiles(sink: SourceSink, revs: string[], file: { wfd: number; rfd: number }, segmentBytes: number, signal?: AbortSignal): Promise<void> {
    const { repo, maxFileSize } = this.opts;
    const seen = new Set<string>();
    const skipped: Promise<void>[] = [];
    // Each blob's size, as the log names it: those under the cap are read, the others skipped unread.
    // (Answers come only once the log has named blobs: `blobs` and `originsOf` below are set by then.)
    const check = objectInfo(repo, (id, type, size) => {
      if (type !== 'blob') return; // 'missing': counted below
      seen.add(id);
      if (size <= maxFileSize) blobs.add(id, size);
      else {
        const skip = skipTooLarge(sink, originsOf(id), size, maxFileSize, id);
        skip.catch(() => {}); // a failed log is reported once, by logDone
        skipped.push(skip);
      }
    });
    const logDone = this.historyLog(sink, revs, check, signal);
    const originsOf = this.originsOnceRead(logDone);
    const blobs = blobFiles(repo, file, (oid, range) => sink.scan({ kind: 'file', file: `blob ${oid}`, maxFileSize, range }, () => originsOf(oid)), segmentBytes);
    const onAbort = () => {
      blobs.kill(signal!.reason);
      check.kill();
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    try {
      await Promise.all([logDone, check.done.then(() => blobs.end()), blobs.done]);
      await Promise.all(skipped);
    } catch (e) {
      blobs.kill();
      check.kill();
      throw signal?.aborted ? signal.reason : e;
    } finally {
      signal?.removeEventListener('abort', onAbort);
    }
    this.countBlobs(sink, (await logDone).sightings, seen);
  }

  /**
   * The history log, each blob id written to `git`'s input as the log first names it; once the log
   * is read, the submodules are counted, the total given and the input closed (a failed log kills git).
   */
  private historyLog(sink: SourceSink, revs: string[], git: { stdin: Writable; kill(): void }, signal?: AbortSignal): Promise<LogRead> {
    const logDone = this.readLog(revs, signal, (ids) => git.stdin.write(ids));
    logDone.then(
      ({ sightings, gitlinks }) => {
        this.skipGitlinks(sink, gitlinks);
        sink.total?.(sightings.size);
        git.stdin.end();
      },
      () => git.kill(),
    );
    return logDone;
  }

  /** A blob's origins, once the log is read (a blob's scan can end before the log does). */
  private originsOnceRead(logDone: Promise<LogRead>): (oid: string) => Promise<Origin[]> {
    return async (oid) => ((await logDone).sightings.get(oid) ?? []).map((s) => this.origin(s));
  }

  /** Reachable blobs read, and those the object store does not have (a damaged repository): counted, not fatal. */
  private countBlobs(sink: SourceSink, sightings: Map<string, Sighting[]>, seen: Set<string>): void {
    this.blobs = 0;
    for (const [blob, list] of sightings) {
      if (seen.has(blob)) this.blobs++;
      else sink.skip({ path: list[0].path, reason: 'missing-object', detail: blob });
    }
  }

  private skipGitlinks(sink: SourceSink, gitlinks: number): void {
    if (gitlinks) sink.skip({ path: '(submodules)', reason: 'submodule', detail: `${gitlinks} gitlink entr${gitlinks === 1 ? 'y' : 'ies'} not followed` });
  }

  /**
   * Reads the log of `revs`: every blob once with every (commit, path) that introduced it, and in
   * range mode, per commit and path, the new blob, its pre-images and how many parents it differs
   * from. `onBlobs` gets the blob ids first seen in each batch of the log, as they arrive.
   */
  private async readLog(revs: string[], signal?: AbortSignal, onBlobs?: (ids: string) => void): Promise<LogRead> {
    const { repo, mode } = this.opts;
    const sightings = new Map<string, Sighting[]>();
    const added = new Map<string, Added & { differs: number }>();
    let gitlinks = 0;
    const commits = new LogCommits();
    // Merge commits with -m list their changes once per parent; the (path, blob) pairs of the
    // current commit dedupe its sightings in O(1), and are dropped at the next commit.
    let seenInCommit = new Set<string>();
    // The log is consumed as a stream: memory holds the maps above, never git's whole output.
    // History reads the log newest first, so cat-file is asked for blobs newest first: packs keep
    // the newest version of a file whole and older ones as deltas against it, and cat-file reads
    // them fastest in that order (make-history: 0.64 s newest first, 0.80 s oldest first). The
    // commits' order is turned round once the log is read (compareLocations: oldest first).
    const newestFirst = mode.kind === 'history';
    for await (const records of logRecords(repo, revs, { signal, newestFirst })) {
      let fresh = '';
      for (const r of records) {
        if (r.kind === 'commit') {
          if (commits.add(r.commit)) seenInCommit = new Set();
          continue;
        }
        const { status, newMode, oldBlob, newBlob, path } = r.entry;
        const commit = commits.current;
        if (status === 'D' || ZERO.test(newBlob)) continue;
        if (newMode === '160000') { gitlinks++; continue; }
        const key = `${path}\0${newBlob}`;
        if (!seenInCommit.has(key)) {
          seenInCommit.add(key);
          const list = sightings.get(newBlob);
          if (list) list.push({ commit, path });
          else {
            sightings.set(newBlob, [{ commit, path }]);
            if (onBlobs) fresh += `${newBlob}\n`;
          }
        }
        if (mode.kind === 'range') {
          const k = `${commit}\0${path}`;
          let a = added.get(k);
          if (!a) added.set(k, (a = { blob: newBlob, path, commit, before: new Set<string>(), differs: 0 }));
          a.differs++;
          if (!ZERO.test(oldBlob)) a.before.add(oldBlob);
        }
      }
      if (fresh) onBlobs!(fresh);
    }
    signal?.throwIfAborted();
    this.commits = commits.list;
    const last = this.commits.length - 1;
    this.order = new Map(this.commits.map((c, k) => [c.sha, newestFirst ? last - k : k]));
    return { sightings, added, gitlinks };
  }

  /**
   * `git cat-file --batch` started before the list of blobs is known: it waits on its input, and its
   * start-up overlaps the log. A spawn that failed is reported when the list is handed over, one
   * that died by its exit status (streamBlobs): neither as an unhandled event, nor a write to its
   * closed input.
   */
  private catFileEarly(): ReturnType<typeof spawnGit> {
    const child = spawnGit(CAT_FILE, { cwd: this.opts.repo });
    child.on('error', () => {});
    child.stdin.on('error', () => {});
    return child;
  }

  private async runStaged(sink: SourceSink, hasHead: boolean, signal?: AbortSignal): Promise<void> {
    const { repo } = this.opts;
    // Against HEAD, or against the empty tree before the first commit.
    const base = hasHead ? 'HEAD' : await gitText(['hash-object', '-t', 'tree', '--stdin'], { cwd: repo });
    const catFile = this.catFileEarly();
    const wanted = new Map<string, Sighting[]>();
    const before = new Map<string, Set<string>>();
    try {
      for await (const { status, newMode, oldBlob, newBlob, path } of stagedEntries(repo, base, { signal })) {
        if (status === 'D' || ZERO.test(newBlob) || newMode === '160000') continue;
        const list = wanted.get(newBlob);
        if (list) list.push({ commit: -1, path });
        else wanted.set(newBlob, [{ commit: -1, path }]);
        if (!ZERO.test(oldBlob)) {
          const b = before.get(newBlob);
          if (b) b.add(oldBlob);
          else before.set(newBlob, new Set([oldBlob]));
        }
      }
      signal?.throwIfAborted();
    } catch (e) {
      catFile.kill();
      throw e;
    }
    sink.total?.(wanted.size);
    await this.streamBlobs(sink, catFile, wanted, before, signal);
  }

  /**
   * Streams blobs through `child` (catFileEarly) and hands each wanted one to the sink. History
   * (`wanted` null) gets the blob ids written by its caller as the log names them; range and index
   * ask here for exactly the wanted blobs and, first, their pre-images (`before`).
   */
  private streamBlobs(
    sink: SourceSink,
    child: ReturnType<typeof spawnGit>,
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
    if (wanted?.size === 0) {
      child.stdin.end();
      return Promise.resolve();
    }
    const isWantedBlob = (id: string) => !wanted || wanted.has(id);
    const pending: Promise<void>[] = [];
    let inFlightBytes = 0;
    const MAX_IN_FLIGHT = 64 * 1024 * 1024;

    return new Promise<void>((resolve, reject) => {
      if (child.pid === undefined) return reject(new Error('git cat-file --batch could not be started'));
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
        // A path the blob was seen at, when the wanted list has it (range, index): its language.
        const unit: ScanUnit = { kind: 'bytes', bytes, name: wanted?.get(oid)?.[0]?.path };
        const blob = oid;
        const size = body.length;
        let scanned: Promise<void>;
        if (before) {
          // Pre-images are asked for first and handed over as they arrive; an added blob names its
          // pre-images, and the orchestrator leaves out what they already held.
          const want = isWantedBlob(blob);
          // Also an added blob: its own buffer may move to a worker, so the pre-image is a copy.
          if (preimages.has(blob)) sink.preimage(blob, want ? { kind: 'bytes', bytes: Uint8Array.from(bytes) } : unit);
          if (!want) return;
          scanned = sink.scan(unit, () => (wanted?.get(blob) ?? []).map((x) => this.origin(x)), { preimages: [...(before.get(blob) ?? [])] });
        } else {
          scanned = sink.scan(unit, () => originsOf(blob));
        }
        inFlightBytes += size;
        pending.push(
          scanned.finally(() => {
            inFlightBytes -= size;
            if (inFlightBytes < MAX_IN_FLIGHT / 2 && child.stdout.isPaused()) child.stdout.resume();
          }),
        );
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
            // History (no list) counts what the store lacks once the log is read, from `seenBlobs`.
            const s = wanted?.get(id);
            if (s) sink.skip({ path: s[0].path, reason: 'missing-object', detail: id });
            continue;
          }
          const size = Number(sizeText);
          oid = id;
          if (type === 'blob') seenBlobs?.add(id);
          const isWanted = type === 'blob' && (isWantedBlob(id) || preimages.has(id));
          keep = isWanted && size <= maxFileSize;
          if (isWanted && !keep && isWantedBlob(id)) pending.push(skipTooLarge(sink, originsOf(id), size, maxFileSize, id));
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
        if (code !== 0) return reject(gitFailed(CAT_FILE, code, stderr, { cwd: repo }));
        try {
          await Promise.all(pending);
          resolve();
        } catch (e) {
          reject(e);
        }
      });
      if (!wanted) return; // history: its caller writes the ids
      // Pre-images first (cat-file answers in order): an added blob waits only for detection, not the stream.
      const ids = [...new Set([...preimages, ...wanted.keys()])];
      child.stdin.end(`${ids.join('\n')}\n`);
    });
  }
}
