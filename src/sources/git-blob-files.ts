/**
 * History blobs through files instead of a pipe. `git cat-file --batch` writes its output to a file
 * that has no name (created in the temporary folder, mode 0600, unlinked at once: nothing is left
 * behind even if the process is killed); this thread reads only each record's header, and the
 * detection threads read the blob itself at its offset into a buffer they reuse. Through a pipe,
 * this thread read every byte in 64 KB chunks, copied each blob out of them and handed the copies
 * over: about as much CPU as the detection itself (docs/benchmarks.md).
 *
 * Bounded: the blobs are asked for in segments of about SEGMENT_BYTES (one cat-file and one file
 * each, sizes known beforehand from `--batch-check`, blobs over the size cap never asked for). One
 * cat-file runs at a time; the next segment starts when it has written its file, while the files
 * not yet scanned hold under LIVE_BYTES (plus one blob); a segment's file is closed (its space
 * freed) once every blob in it was scanned.
 */
import { closeSync, fstatSync, mkdtempSync, openSync, readSync, rmdirSync, statfsSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EnvironmentError } from '../errors.js';
import { gitFailed, spawnGitToFd } from '../git/index.js';
import type { FileRange } from '../types.js';

/**
 * A new cat-file per segment starts without the delta bases the last one had decompressed, and
 * history read newest first leans on them: in 64 MB segments make-history took 1.26× the pipe's
 * time, in one segment 0.74×. 256 MB keeps a repository of that size in one segment.
 */
const SEGMENT_BYTES = 256 * 1024 * 1024;
/** Bytes of segment files that may exist at once (scanned segments are closed). */
const LIVE_BYTES = 2 * SEGMENT_BYTES;
const CAT_FILE = ['cat-file', '--batch'];
/**
 * Records are handed over for at most this long at a time, then the event loop turns: where
 * detection runs on this thread (history on two cores), each scan happens inside the hand-over,
 * and a caller's abort, timers and git's other pipes must not wait behind a segment's worth of
 * detection (make-history 0.99x the time of handing everything over at once).
 */
const SLICE_MS = 4;

/**
 * The segment size for a temporary folder with `free` bytes available: `wanted`, when the folder
 * holds four of them (two segments may exist at once, and others use the folder too); else null,
 * and history keeps the pipe: smaller segments are slower than the pipe (make-history in 20 MB
 * segments: 4.2 s, through the pipe 1.8 s). Null too when the free space cannot be read.
 */
export function segmentFor(free: number | undefined, wanted: number = SEGMENT_BYTES): number | null {
  return free !== undefined && free / 4 >= wanted ? wanted : null;
}

/** Bytes free for this user in a folder, or undefined when it cannot be read. */
export function freeSpace(dir: string = tmpdir()): number | undefined {
  try {
    const s = statfsSync(dir);
    return s.bavail * s.bsize;
  } catch {
    return undefined;
  }
}

/** A file open for writing and for reading, with no name; null where the platform cannot unlink an open file (Windows). */
export function openAnonymousFile(dir: string = tmpdir()): { wfd: number; rfd: number } | null {
  let folder: string;
  try {
    folder = mkdtempSync(join(dir, 'hookscan-'));
  } catch {
    return null;
  }
  const path = join(folder, 'blobs');
  const fds: number[] = [];
  try {
    fds.push(openSync(path, 'wx', 0o600));
    fds.push(openSync(path, 'r'));
    unlinkSync(path);
    rmdirSync(folder);
    return { wfd: fds[0], rfd: fds[1] };
  } catch {
    for (const fd of fds) closeSync(fd);
    try {
      unlinkSync(path);
    } catch {
      /* not created, or still open elsewhere */
    }
    try {
      rmdirSync(folder);
    } catch {
      /* the file is still in it */
    }
    return null;
  }
}

let segments = 0;

export interface BlobFiles {
  /** A blob to read (its size from `--batch-check`). */
  add(oid: string, size: number): void;
  /** No more blobs: `done` settles once every one was handed over and its scan settled. */
  end(): void;
  readonly done: Promise<void>;
  /** Stops every git process and closes the files (after a failure or an abort); `done` rejects with `reason`. */
  kill(reason?: unknown): void;
}

interface Segment {
  child: ReturnType<typeof spawnGitToFd>;
  rfd: number;
  key: number;
  /** Blobs asked for, in order (cat-file answers in order). */
  count: number;
  bytes: number;
  /** Its input is still open (more blobs may be asked for). */
  open: boolean;
  exited: boolean;
  /** Read position and records read. */
  cursor: number;
  parsed: number;
  /** Scans handed over and not yet settled. */
  pending: number;
}

/**
 * Reads blobs through segment files. `first` is the file to use for the first segment (the caller
 * opened it to learn that this platform allows it). `scan` gets each blob's range: the range stays
 * readable until the promise it returns settles.
 */
export function blobFiles(
  repo: string,
  first: { wfd: number; rfd: number },
  scan: (oid: string, range: FileRange) => Promise<void>,
  /** Smaller segments for the tests. */
  segmentBytes = SEGMENT_BYTES,
): BlobFiles {
  const liveBytes = (LIVE_BYTES / SEGMENT_BYTES) * segmentBytes;
  const queue: { oid: string; size: number }[] = [];
  let head = 0;
  let ended = false;
  let killed = false;
  const live: Segment[] = [];
  let spare: { wfd: number; rfd: number } | undefined = first;
  let timer: NodeJS.Timeout | undefined;
  let soon: NodeJS.Immediate | undefined;
  let feedQueued = false;
  let settle!: { resolve: () => void; reject: (e: unknown) => void };
  const done = new Promise<void>((resolve, reject) => (settle = { resolve, reject }));
  const header = Buffer.alloc(256);

  const fail = (e: unknown) => kill(e);
  /** Event handlers and timers run this way: what they throw (no temporary file, git not started) fails the whole. */
  const guarded = (f: () => void) => () => {
    try {
      f();
    } catch (e) {
      fail(e);
    }
  };
  const dropSpare = () => {
    if (!spare) return;
    closeSync(spare.wfd);
    closeSync(spare.rfd);
    spare = undefined;
  };

  const startSegment = (): Segment => {
    const file = spare ?? openAnonymousFile();
    spare = undefined;
    if (!file) throw new Error('could not create a temporary file for git cat-file');
    const child = spawnGitToFd(CAT_FILE, file.wfd, { cwd: repo });
    closeSync(file.wfd);
    const seg: Segment = { child, rfd: file.rfd, key: ++segments, count: 0, bytes: 0, open: true, exited: false, cursor: 0, parsed: 0, pending: 0 };
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
    child.on('error', fail);
    child.on('close', (code) => {
      seg.exited = true;
      if (code !== 0 && /unable to stream|write error|No space left/i.test(stderr)) {
        // The temporary folder filled up while git wrote to it.
        return fail(
          new EnvironmentError(
            `git cat-file could not write to the temporary folder ${tmpdir()} (${stderr.trim().split('\n')[0]}): a history scan keeps up to ${Math.round((2 * segmentBytes) / 2 ** 20)} MB of git's output there at a time; free some space, or set TMPDIR to a folder with more`,
          ),
        );
      }
      if (code !== 0) return fail(gitFailed(CAT_FILE, code, stderr, { cwd: repo }));
      read();
      feed();
    });
    live.push(seg);
    return seg;
  };

  /**
   * Asks for queued blobs: into the newest segment while it has room, else into a new one once the
   * newest has written its file and the unscanned files hold under LIVE_BYTES.
   */
  const feed = guarded(() => {
    if (killed) return;
    while (head < queue.length) {
      let seg = live[live.length - 1];
      if (!seg || !seg.open) {
        if (seg && !seg.exited) break;
        if (live.reduce((n, x) => n + x.bytes, 0) >= liveBytes) break;
        seg = startSegment();
      }
      let ids = '';
      while (head < queue.length && (seg.bytes < segmentBytes || seg.count === 0)) {
        const b = queue[head++];
        seg.count++;
        seg.bytes += b.size;
        ids += `${b.oid}\n`;
      }
      if (ids) seg.child.stdin.write(ids);
      if (seg.bytes >= segmentBytes) close(seg);
      timer ??= setTimeout(read, 1);
    }
    if (head > 4096 && head * 2 > queue.length) {
      queue.splice(0, head);
      head = 0;
    }
    if (ended && head >= queue.length) for (const seg of live) close(seg);
    finish();
  });

  const close = (seg: Segment) => {
    if (!seg.open) return;
    seg.open = false;
    seg.child.stdin.end();
  };

  /**
   * Hands over the records the segments' files hold so far (for SLICE_MS at most, then again on the
   * next turn of the event loop); polls again while some are still being written.
   */
  const read = guarded(() => {
    if (killed) return;
    clearTimeout(timer);
    timer = undefined;
    if (soon) clearImmediate(soon);
    soon = undefined;
    const until = performance.now() + SLICE_MS;
    let waiting = false;
    let sliced = false;
    for (const seg of [...live]) {
      const size = seg.parsed < seg.count ? fstatSync(seg.rfd).size : 0;
      while (seg.parsed < seg.count) {
        if (seg.cursor >= size) break;
        const n = readSync(seg.rfd, header, 0, header.length, seg.cursor);
        const nl = header.indexOf(0x0a);
        if (nl < 0 || nl >= n) break;
        const [oid, type, sizeText] = header.toString('latin1', 0, nl).split(' ');
        if (type === 'missing') {
          seg.cursor += nl + 1;
          seg.parsed++;
          continue;
        }
        const length = Number(sizeText);
        const offset = seg.cursor + nl + 1;
        if (offset + length + 1 > size) break; // not all written yet
        seg.cursor = offset + length + 1;
        seg.parsed++;
        if (type !== 'blob') continue;
        seg.pending++;
        scan(oid, { fd: seg.rfd, offset, length, key: seg.key }).then(
          () => {
            seg.pending--;
            release(seg);
          },
          fail,
        );
        if (performance.now() > until) {
          sliced = true;
          break;
        }
      }
      if (sliced) break;
      if (seg.parsed < seg.count) {
        if (seg.exited) return fail(new Error(`git cat-file --batch ended after ${seg.parsed} of ${seg.count} objects`));
        waiting = true;
      }
      release(seg);
    }
    if (killed) return;
    if (sliced) soon = setImmediate(read);
    else if (waiting) timer = setTimeout(read, 1);
  });

  /** A segment read and scanned to the end: its file is closed and a new segment may start. */
  const release = (seg: Segment) => {
    if (killed || seg.open || !seg.exited || seg.parsed < seg.count || seg.pending > 0) return;
    const i = live.indexOf(seg);
    if (i < 0) return;
    live.splice(i, 1);
    closeSync(seg.rfd);
    feed();
  };

  const finish = () => {
    if (!killed && ended && head >= queue.length && live.length === 0) {
      dropSpare();
      settle.resolve();
    }
  };

  function kill(reason: unknown = new Error('stopped')) {
    if (killed) return;
    killed = true;
    settle.reject(reason);
    clearTimeout(timer);
    if (soon) clearImmediate(soon);
    for (const seg of live) {
      seg.child.kill();
      closeSync(seg.rfd);
    }
    live.length = 0;
    dropSpare();
  }

  return {
    add(oid, size) {
      if (killed) return;
      queue.push({ oid, size });
      // Blobs come a line at a time: they are asked for together, one write per turn of the loop.
      if (!feedQueued) {
        feedQueued = true;
        queueMicrotask(() => {
          feedQueued = false;
          feed();
        });
      }
    },
    end() {
      ended = true;
      feed();
    },
    done,
    kill,
  };
}
