/**
 * The working-tree source: a depth-first walk with backpressure (./walk.ts) that reads each
 * folder's .gitignore as it descends, honouring .gitignore files, .hookscanignore and config excludes.
 */
import { lstatSync, readFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { portableRelative, toPortablePath } from './portable-path.js';
import { walkFolder } from './walk.js';
import { IgnoreRules } from './ignore-rules.js';
import pLimit from 'p-limit';
import type { Origin, Source, SourceSink } from './types.js';
import type { ScanUnit } from '../types.js';
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
/** Plain files handed to the engine at a time (the engine's own batch size). */
const BATCH = 64;

/** A file the walk found: its size when the listing gave it, and whether it was named on the command line. */
interface FoundFile {
  file: string;
  size?: number;
  direct?: boolean;
}

const toPosix = (p: string) => toPortablePath(p);
const relativeTo = (dir: string, abs: string) => portableRelative(dir, abs);

function readIgnoreFile(file: string): string | null {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}

/**
 * A .gitignore that applies in a folder, and how a path relative to the walked root is written
 * from that .gitignore's own folder: `prefix` + the path without its first `cut` characters.
 */
interface Applies {
  rules: IgnoreRules;
  cut: number;
  prefix: string;
}

/** The .gitignore of folder `dir`, for paths relative to the same root as `dir` ('' for the root). */
const appliesAt = (dir: string, rules: IgnoreRules): Applies => ({ rules, cut: dir === '' ? 0 : dir.length + 1, prefix: '' });

/** Whether folder `rel` is `dir` or inside it (both relative to the walked root, '' for the root). */
const isWithin = (rel: string, dir: string) => dir === '' || rel === dir || rel.startsWith(`${dir}/`);

/** As git does: the deepest .gitignore with a rule for the path decides (`!` re-includes). */
function ignoredByGitignore(rel: string, inFolder: readonly Applies[]): boolean {
  for (const { rules, cut, prefix } of inFolder) {
    const r = rules.test(prefix + rel.slice(cut));
    if (r.ignored) return true;
    if (r.unignored) return false;
  }
  return false;
}

/** The .gitignore files in the folders from `root` down to the parent of the folder at `rel` (relative to root, not ''), deepest first. */
function gitignoresAbove(root: string, rel: string): { at: string; rules: IgnoreRules }[] {
  const above: { at: string; rules: IgnoreRules }[] = [];
  for (let at = rel; at !== ''; ) {
    at = at.slice(0, Math.max(0, at.lastIndexOf('/')));
    const text = readIgnoreFile(join(root, at, '.gitignore'));
    if (text) above.push({ at, rules: new IgnoreRules(text) });
  }
  return above;
}

/**
 * Whether a folder the walk starts in (at `rel` under the root) lies in an ignored folder: its path
 * from the root, checked folder by folder as a walk from the root would have (the root's rules,
 * then the .gitignore files above each level); an ignored level ends it. Asked-for dependencies
 * are walked whatever .gitignore says, as inside the walk.
 */
function startIgnored(rel: string, rootRules: IgnoreRules, above: readonly { at: string; rules: IgnoreRules }[], includeDependencies: boolean): boolean {
  const parts = rel ? rel.split('/') : [];
  for (let i = 1; i <= parts.length; i++) {
    const folder = parts.slice(0, i).join('/');
    if (rootRules.ignores(`${folder}/`)) return true;
    if (includeDependencies && IN_NODE_MODULES.test(`${folder}/`)) continue;
    const applies = above.filter(({ at }) => at !== folder && isWithin(folder, at)).map(({ at, rules }) => appliesAt(at, rules));
    if (ignoredByGitignore(`${folder}/`, applies)) return true;
  }
  return false;
}

export class WorktreeSource implements Source {
  constructor(private readonly opts: WorktreeOptions) {}

  /**
   * Walks the given paths and calls onFile for every file to scan, as the walk finds it (scanning
   * starts before the walk ends). `.gitignore` files are read as their folder is entered, so an
   * ignored folder is never walked; the deepest rule wins and `!` re-includes, as in git.
   */
  async walk(onFile: (f: FoundFile) => void | Promise<void>, onUnreadable?: (path: string, detail: string) => void): Promise<void> {
    const { root, exclude, includeDependencies } = this.opts;
    const rootRules = new IgnoreRules(exclude);
    const hsi = readIgnoreFile(join(root, '.hookscanignore'));
    if (hsi) rootRules.add(hsi);
    for (const p of this.opts.paths) {
      const st = lstatSync(p);
      if (st.isFile()) {
        await onFile({ file: p, size: st.size, direct: true });
        continue;
      }
      if (!st.isDirectory()) continue;
      // Paths come from the walk relative to p; relative to root they are p's own path before them.
      const rootPrefix = relativeTo(root, p);
      const underRoot = !rootPrefix.startsWith('..') && !isAbsolute(rootPrefix);
      const fromRoot = (rel: string) => (rootPrefix ? `${rootPrefix}/${rel}` : rel);
      // The .gitignore files above p (between the root and p), deepest first. A p inside an ignored
      // folder (of the root) is not walked.
      const above = underRoot ? gitignoresAbove(root, rootPrefix) : [];
      if (underRoot && startIgnored(rootPrefix, rootRules, above, !!includeDependencies)) continue;
      const parentIgnores: Applies[] = above.map(({ at, rules }) => ({ rules, cut: 0, prefix: `${at === '' ? rootPrefix : rootPrefix.slice(at.length + 1)}/` }));
      // The .gitignore files of the folder being listed and of its ancestors, outermost first. The
      // walk is depth first: when a folder is listed, every folder listed before it that is not one
      // of its ancestors is done, so this holds the current path's only (memory bounded by depth,
      // not by the number of .gitignore files).
      const open: (Applies & { dir: string })[] = [];
      // What applies in the folder being listed, deepest first, then those above p: found once per
      // folder (the walk hands over one folder's entries at a time), not walked up for each file.
      let inFolder: Applies[] = parentIgnores;
      const skipped = (rel: string, isDir: boolean): boolean => {
        const suffix = isDir ? '/' : '';
        if (underRoot && rootRules.ignores(fromRoot(rel) + suffix)) return true;
        // Asked-for dependencies are scanned although .gitignore nearly always lists node_modules/.
        if (includeDependencies && (IN_NODE_MODULES.test(`${rel}/`) || (underRoot && IN_NODE_MODULES.test(`${fromRoot(rel)}/`)))) return false;
        return ignoredByGitignore(rel + suffix, inFolder);
      };
      await walkFolder(p, {
        enter: (_path, name, rel) => {
          if (name === '.git' || (name === 'node_modules' && !includeDependencies)) return false;
          return !skipped(rel, true);
        },
        // A folder's .gitignore is read where its listing has one (no failed open per folder).
        listed: (path, entries, rel) => {
          while (open.length && !isWithin(rel, open[open.length - 1].dir)) open.pop();
          if (entries.some((d) => d.name === '.gitignore')) {
            const text = readIgnoreFile(join(path, '.gitignore'));
            if (text) open.push({ dir: rel, ...appliesAt(rel, new IgnoreRules(text)) });
          }
          inFolder = [...open.slice().reverse(), ...parentIgnores];
        },
        keep: (_path, rel) => !skipped(rel, false),
        file: (path) => onFile({ file: path }),
        // An unreadable folder is passed over and counted, never fatal and never silent.
        error: (path, err) => onUnreadable?.(relativeTo(root, path) || path, err.message),
      });
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
    /** A file's path in the report: relative to the root, or as given when outside it. */
    const pathOf = (file: string) => relativeTo(root, file) || toPosix(file);
    /** Whether a file is opened as an archive first (named on the command line, or archives are walked). */
    const asArchive = (f: FoundFile) => f.direct || (archives?.walk && hasArchiveName(f.file));
    const scanOne = (f: FoundFile) =>
      limit(async () => {
        signal?.throwIfAborted();
        const { file, size } = f;
        const path = pathOf(file);
        if (asArchive(f)) {
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
    const early: FoundFile[] = [];
    let count = 0;
    let decided = false;
    let inFlight = 0;
    let failure: { error: unknown } | undefined;
    let room: (() => void) | undefined;
    let idle: (() => void) | undefined;
    const settled = (n: number) => {
      inFlight -= n;
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
    };
    const track = (n: number, work: Promise<void>) => {
      inFlight += n;
      work.then(
        () => settled(n),
        (error: unknown) => {
          failure ??= { error };
          settled(n);
        },
      );
    };
    // Plain files go to the engine in batches of BATCH, one promise per batch (23,000 files
    // one by one cost the thread that walks a promise chain and a result message each).
    let batch: { unit: ScanUnit; origins: Origin[] }[] = [];
    const sendBatch = () => {
      if (batch.length === 0) return;
      const units = batch;
      batch = [];
      track(
        units.length,
        (async () => {
          signal?.throwIfAborted();
          if (sink.scanAll) await sink.scanAll(units);
          else await Promise.all(units.map((u) => sink.scan(u.unit, u.origins)));
        })(),
      );
    };
    const start = (f: FoundFile) => {
      const plain = !asArchive(f) && (f.size === undefined || f.size <= maxFileSize);
      if (!plain) return track(1, scanOne(f));
      batch.push({ unit: { kind: 'file', file: f.file, maxFileSize }, origins: [{ path: pathOf(f.file) }] });
      if (batch.length >= BATCH) sendBatch();
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
      if (inFlight >= HIGH && !failure) {
        sendBatch();
        return new Promise<void>((r) => (room = r));
      }
      return undefined;
    }, unreadable);
    if (!decided) decide();
    else sink.total?.(count);
    sendBatch(); // the last, partly filled batch
    while (inFlight > 0) await new Promise<void>((r) => (idle = r));
    if (failure) throw failure.error;
    await members.drain();
  }
}
