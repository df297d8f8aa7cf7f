/**
 * The working-tree source: a depth-first walk with backpressure (./walk.ts) that reads each
 * folder's .gitignore as it descends, honouring .gitignore files, .hookscanignore and config excludes.
 */
import { lstatSync, readFileSync } from 'node:fs';
import { dirname, join, posix, relative, resolve } from 'node:path';
import { portableRelative, toPortablePath } from './portable-path.js';
import { walkFolder } from './walk.js';
import ignore, { type Ignore } from 'ignore';
import pLimit from 'p-limit';
import type { Source, SourceSink } from './types.js';
import { DEFAULT_ARCHIVE_LIMITS, hasArchiveName, InFlight, type ArchiveLimits, type ArchiveOptions } from './archive-shape.js';

export interface WorktreeOptions {
  /** Absolute files or directories to scan. */
  paths: string[];
  /** Absolute directory that reported paths are relative to. */
  root: string;
  /** gitignore-style excludes relative to root. */
  exclude: string[];
  maxFileSize: number;
  /** Detection threads (sizes how many files are kept in flight). */
  jobs: number;
  /** Walk into node_modules (dependencies are where exfiltration hides), whatever .gitignore says. */
  includeDependencies?: boolean;
  /** Archives named directly are read member by member; `walk` also opens those found in folders. */
  archives?: ArchiveOptions;
}

const IN_NODE_MODULES = /(^|\/)node_modules\//;
/** From this many files on a scan counts as large (see engine/createEngine). */
const LARGE_SCAN_FILES = 400;

const toPosix = (p: string) => toPortablePath(p);
const relativeTo = (dir: string, abs: string) => portableRelative(dir, abs);

function readIgnoreFile(file: string): string | null {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}

export class WorktreeSource implements Source {
  constructor(private readonly opts: WorktreeOptions) {}

  /**
   * Walks the given paths and calls onFile for every file to scan, as the walk finds it (scanning
   * starts before the walk ends). `.gitignore` files are read as their folder is entered, so an
   * ignored folder is never walked; the deepest rule wins and `!` re-includes, as in git.
   */
  async walk(onFile: (f: { file: string; size?: number; direct?: boolean }) => void | Promise<void>, onUnreadable?: (path: string, detail: string) => void): Promise<void> {
    const { root, exclude, includeDependencies } = this.opts;
    const rootIgnore = ignore().add(exclude);
    const hsi = readIgnoreFile(join(root, '.hookscanignore'));
    if (hsi) rootIgnore.add(hsi);
    for (const p of this.opts.paths) {
      const st = lstatSync(p);
      if (st.isFile()) {
        await onFile({ file: p, size: st.size, direct: true });
        continue;
      }
      if (!st.isDirectory()) continue;
      // Folder (relative to p, '' for p itself) → its .gitignore rules; parents above p apply too.
      const gitignores = new Map<string, Ignore>();
      const parentIgnores = this.parentGitignores(p);
      const load = (rel: string) => {
        const text = readIgnoreFile(join(p, rel, '.gitignore'));
        if (text) gitignores.set(rel, ignore().add(text));
      };
      const skipped = (abs: string, isDir: boolean): boolean => {
        const rel = relativeTo(p, abs);
        const relRoot = relativeTo(root, abs);
        const suffix = isDir ? '/' : '';
        if (!relRoot.startsWith('..') && rootIgnore.ignores(relRoot + suffix)) return true;
        // Asked-for dependencies are scanned although .gitignore nearly always lists node_modules/.
        if (includeDependencies && (IN_NODE_MODULES.test(`${rel}/`) || (!relRoot.startsWith('..') && IN_NODE_MODULES.test(`${relRoot}/`)))) return false;
        if (this.ignoredByGitignore(rel + suffix, gitignores)) return true;
        return parentIgnores.some(([dir, ig]) => ig.ignores(toPosix(relative(dir, abs)) + suffix));
      };
      await walkFolder(p, {
        enter: (path, name) => {
          if (name === '.git' || (name === 'node_modules' && !includeDependencies)) return false;
          return !skipped(path, true);
        },
        // A folder's .gitignore is read where its listing has one (no failed open per folder).
        listed: (path, entries) => {
          if (entries.some((d) => d.name === '.gitignore')) load(relativeTo(p, path));
        },
        keep: (path) => !skipped(path, false),
        file: (path) => onFile({ file: path }),
        // An unreadable folder is passed over and counted, never fatal and never silent.
        error: (path, err) => onUnreadable?.(relativeTo(root, path) || path, err.message),
      });
    }
  }

  /** .gitignore files between the scan root and a scanned subfolder also apply. */
  private parentGitignores(dir: string): [string, Ignore][] {
    const res: [string, Ignore][] = [];
    const root = resolve(this.opts.root);
    let d = resolve(dir);
    while (d !== root && d.startsWith(root)) {
      d = dirname(d);
      const text = readIgnoreFile(join(d, '.gitignore'));
      if (text) res.push([d, ignore().add(text)]);
    }
    return res;
  }

  /** As git does: the deepest .gitignore with a rule for the path decides (`!` re-includes). */
  private ignoredByGitignore(rel: string, gitignores: Map<string, Ignore>): boolean {
    let dir = posix.dirname(rel.endsWith('/') ? rel.slice(0, -1) : rel);
    for (;;) {
      const key = dir === '.' ? '' : dir;
      const ig = gitignores.get(key);
      if (ig) {
        const r = ig.test(key === '' ? rel : rel.slice(key.length + 1));
        if (r.ignored) return true;
        if (r.unignored) return false;
      }
      if (dir === '.') return false;
      dir = posix.dirname(dir);
    }
  }

  async run(sink: SourceSink, signal?: AbortSignal): Promise<void> {
    const { root, maxFileSize, jobs } = this.opts;
    // Enough files in flight to keep every detection thread busy: four batches of 64 (src/engine)
    // per thread, so a worker has the next batch while the main thread answers the last.
    const limit = pLimit(Math.max(4, jobs * 256));
    const archives = this.opts.archives;
    const archiveLimits: ArchiveLimits = {
      maxDepth: archives?.maxDepth ?? DEFAULT_ARCHIVE_LIMITS.maxDepth,
      maxTotalBytes: archives?.maxTotalBytes ?? DEFAULT_ARCHIVE_LIMITS.maxTotalBytes,
      maxEntries: archives?.maxEntries ?? DEFAULT_ARCHIVE_LIMITS.maxEntries,
    };
    // Archive members are held in memory: a few archives open at once, a bounded number of members in flight.
    const openArchive = pLimit(2);
    const members = new InFlight(Math.max(4, jobs * 4));
    const scanOne = ({ file, size, direct }: { file: string; size?: number; direct?: boolean }) =>
      limit(async () => {
        signal?.throwIfAborted();
        const path = relativeTo(root, file) || toPosix(file);
        if (direct || (archives?.walk && hasArchiveName(file))) {
          // The readers (tar, zlib, yauzl) load with the first archive.
          const { scanArchiveFile } = await import('./archive.js');
          const opened = await openArchive(() => scanArchiveFile(file, path, sink, { limits: archiveLimits, maxMemberSize: maxFileSize, inFlight: members, signal }));
          if (opened) return;
        }
        if (size !== undefined && size > maxFileSize) {
          sink.skip({ path, reason: 'too-large', detail: `${size} bytes > ${maxFileSize}` });
          return;
        }
        await sink.scan({ kind: 'file', file, maxFileSize }, [{ path }]);
      });
    // Files are scanned as the walk finds them. The first ones wait until it is clear whether the
    // scan is large (worker threads pay off) or small (inline: no thread start-up). At most HIGH
    // files are in flight: beyond, the walk waits until half of them are done, so a tree of any size
    // holds a bounded number of files (and their promises) at a time.
    const HIGH = Math.max(64, jobs * 512);
    const early: { file: string; size?: number; direct?: boolean }[] = [];
    let count = 0;
    let decided = false;
    let inFlight = 0;
    let failure: { error: unknown } | undefined;
    let room: (() => void) | undefined;
    let idle: (() => void) | undefined;
    const start = (f: { file: string; size?: number; direct?: boolean }) => {
      inFlight++;
      scanOne(f)
        .catch((error: unknown) => {
          failure ??= { error };
        })
        .finally(() => {
          inFlight--;
          if (room && inFlight <= HIGH >> 1) {
            const r = room;
            room = undefined;
            r();
          }
          if (inFlight === 0 && idle) {
            const i = idle;
            idle = undefined;
            i();
          }
        });
    };
    const decide = () => {
      decided = true;
      sink.total?.(count);
      for (const f of early.splice(0)) start(f);
    };
    const unreadable = (path: string, detail: string) => sink.skip({ path, reason: 'unreadable', detail });
    await this.walk((f) => {
      count++;
      if (decided) start(f);
      else {
        early.push(f);
        if (count >= LARGE_SCAN_FILES) decide();
      }
      if (inFlight >= HIGH && !failure) return new Promise<void>((r) => (room = r));
      return undefined;
    }, unreadable);
    if (!decided) decide();
    else sink.total?.(count);
    while (inFlight > 0) await new Promise<void>((r) => (idle = r));
    if (failure) throw failure.error;
    await members.drain();
  }
}
