/**
 * Read-only access to a swept root: every read goes through here, so each file that could not be read
 * lands in coverage with its reason, and nothing is ever opened that could block (FIFOs, devices).
 */
import { lstatSync, readdirSync, readFileSync, realpathSync, statSync, type Stats } from 'node:fs';
import { join } from 'node:path';
import type { CoverageEntry, CoverageStatus, HostArtifact } from './types.js';

export const DEFAULT_MAX_HOST_FILE = 16 * 1024 * 1024;

/** Text of a file's bytes: UTF-16 (LE or BE, with BOM, or LE without one when it looks so), else UTF-8. */
export function decodeText(buf: Buffer): string {
  if (buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe) return buf.subarray(2).toString('utf16le');
  if (buf.length >= 2 && buf[0] === 0xfe && buf[1] === 0xff) {
    const le = Buffer.from(buf.subarray(2, 2 + ((buf.length - 2) & ~1)));
    return le.swap16().toString('utf16le');
  }
  if (buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return buf.subarray(3).toString('utf8');
  if (looksUtf16le(buf)) return buf.toString('utf16le');
  return buf.toString('utf8');
}

/** Mostly-ASCII UTF-16LE: zero in (nearly) every odd byte of the first few hundred. */
function looksUtf16le(buf: Buffer): boolean {
  const n = Math.min(buf.length, 512) & ~1;
  if (n < 8) return false;
  let zeros = 0;
  for (let i = 1; i < n; i += 2) if (buf[i] === 0) zeros++;
  return zeros >= (n / 2) * 0.9;
}

/** The printable runs of a binary file (Windows .lnk and the like): as Latin-1 and as UTF-16LE at both alignments. */
export function printableRuns(buf: Buffer): string {
  const clean = (s: string) => s.replace(/[^\x20-\x7e]+/g, '\n');
  return [clean(buf.toString('latin1')), clean(buf.toString('utf16le')), clean(buf.subarray(1).toString('utf16le'))].join('\n');
}

export class HostReader {
  readonly coverage: CoverageEntry[] = [];
  readonly artifacts: HostArtifact[] = [];

  constructor(
    readonly root: string,
    readonly maxFileSize = DEFAULT_MAX_HOST_FILE,
  ) {}

  /** The real path of a path inside the root. */
  real(shown: string): string {
    return join(this.root, shown);
  }

  miss(path: string, status: CoverageStatus, reason: string): void {
    this.coverage.push({ path, status, reason });
  }

  /** Names in a folder inside the root; undefined (and coverage, unless `quietIfAbsent`) when it cannot be listed. */
  list(shown: string, quietIfAbsent = true): string[] | undefined {
    try {
      return readdirSync(this.real(shown)).sort();
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') {
        if (!quietIfAbsent) this.miss(shown, 'absent', 'no such folder');
        return undefined;
      }
      if (code === 'ENOTDIR') return undefined;
      this.miss(shown, 'unreadable', errorReason(e));
      return undefined;
    }
  }

  /** Whether anything (even a broken link) is at a path inside the root. */
  exists(shown: string): boolean {
    try {
      lstatSync(this.real(shown));
      return true;
    } catch {
      return false;
    }
  }

  /** Whether a path inside the root is a folder (following symlinks). */
  isDir(shown: string): boolean {
    try {
      return statSync(this.real(shown)).isDirectory();
    } catch {
      return false;
    }
  }

  /**
   * The bytes of a regular file inside the root, or undefined with a coverage entry saying why.
   * Absent files are silent unless `expected`.
   */
  bytes(shown: string, expected = false, max = this.maxFileSize): { buf: Buffer; stats: Stats } | undefined {
    const real = this.real(shown);
    let st: Stats;
    try {
      st = statSync(real);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') {
        let link = false;
        try {
          link = lstatSync(real).isSymbolicLink();
        } catch {
          /* truly absent */
        }
        if (link) this.miss(shown, 'unreadable', 'broken symbolic link');
        else if (expected) this.miss(shown, 'absent', 'no such file');
        return undefined;
      }
      this.miss(shown, 'unreadable', errorReason(e));
      return undefined;
    }
    if (st.isDirectory()) {
      this.miss(shown, 'not-a-file', 'a folder where a file was expected');
      return undefined;
    }
    if (!st.isFile()) {
      // A link to /dev/null (a masked systemd unit) holds nothing to run and nothing to lose.
      if (st.isCharacterDevice() && safeRealpath(real) === '/dev/null') return undefined;
      this.miss(shown, 'not-a-file', st.isFIFO() ? 'a FIFO (named pipe): not opened, it could block' : st.isSocket() ? 'a socket' : 'a device or special file');
      return undefined;
    }
    if (st.size > max) {
      this.miss(shown, 'too-large', `${st.size} bytes, above the ${max}-byte limit`);
      return undefined;
    }
    try {
      return { buf: readFileSync(real), stats: st };
    } catch (e) {
      // A process that exited, or has no memory (kernel thread, zombie): nothing to read, nothing lost.
      if ((e as NodeJS.ErrnoException).code === 'ESRCH') return undefined;
      this.miss(shown, 'unreadable', errorReason(e));
      return undefined;
    }
  }

  /** Reads a text file and records it as an artifact (binary files land in coverage). */
  add(shown: string, meta: Omit<HostArtifact, 'path' | 'text'>, opts: { expected?: boolean; binary?: 'skip' | 'strings'; parse?: (text: string) => Map<number, string> | undefined } = {}): HostArtifact | undefined {
    const got = this.bytes(shown, opts.expected);
    if (!got) return undefined;
    let text = decodeText(got.buf);
    if (text.includes('\0')) {
      if (opts.binary !== 'strings') {
        this.miss(shown, 'unsupported', 'binary file');
        return undefined;
      }
      text = printableRuns(got.buf);
    }
    const artifact: HostArtifact = { path: shown, text, ...meta, modified: got.stats.mtime.toISOString() };
    const times = opts.parse?.(text);
    if (times?.size) artifact.lineTimes = times;
    this.artifacts.push(artifact);
    return artifact;
  }

  /** Each regular entry of a folder (not recursive), through add(). */
  addAll(dir: string, meta: Omit<HostArtifact, 'path' | 'text'>, opts: { filter?: (name: string) => boolean; binary?: 'skip' | 'strings' } = {}): void {
    for (const name of this.list(dir) ?? []) {
      if (opts.filter && !opts.filter(name)) continue;
      const shown = joinShown(dir, name);
      if (this.isDir(shown)) continue;
      this.add(shown, meta, { binary: opts.binary });
    }
  }
}

export function joinShown(dir: string, name: string): string {
  return dir.endsWith('/') ? dir + name : `${dir}/${name}`;
}

function safeRealpath(p: string): string | undefined {
  try {
    return realpathSync(p);
  } catch {
    return undefined;
  }
}

function errorReason(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  switch (err.code) {
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EBUSY':
      return 'locked by another process';
    case 'EISDIR':
      return 'a folder where a file was expected';
    case 'ELOOP':
      return 'symbolic link loop';
    case 'EIO':
      return 'I/O error';
    default:
      return err.code ? `${err.code}: ${err.message}` : String(err);
  }
}
