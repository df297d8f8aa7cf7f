/** The working-tree source: fast-glob walk honouring .gitignore files, .hookscanignore and config excludes. */
import { lstat } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { dirname, join, posix, relative, resolve, sep } from 'node:path';
import fg from 'fast-glob';
import ignore, { type Ignore } from 'ignore';
import pLimit from 'p-limit';
import type { Source, SourceSink } from './types.js';
import { DEFAULT_ARCHIVE_LIMITS, hasArchiveName, InFlight, scanArchiveFile, type ArchiveLimits, type ArchiveOptions } from './archive.js';

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

const toPosix = (p: string) => (sep === '/' ? p : p.split(sep).join('/'));

function readIgnoreFile(file: string): string | null {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}

export class WorktreeSource implements Source {
  constructor(private readonly opts: WorktreeOptions) {}

  /** Lists the files to scan (absolute paths); size is known only for files named directly. */
  async list(): Promise<{ file: string; size?: number; direct?: boolean }[]> {
    const { root, exclude, includeDependencies } = this.opts;
    const rootIgnore = ignore().add(exclude);
    const hsi = readIgnoreFile(join(root, '.hookscanignore'));
    if (hsi) rootIgnore.add(hsi);
    const out: { file: string; size?: number; direct?: boolean }[] = [];
    for (const p of this.opts.paths) {
      const st = await lstat(p);
      if (st.isFile()) {
        out.push({ file: p, size: st.size, direct: true });
        continue;
      }
      if (!st.isDirectory()) continue;
      // Symbolic links are not followed, and with onlyFiles they are not listed either.
      const entries = await fg('**/*', {
        cwd: p,
        dot: true,
        onlyFiles: true,
        followSymbolicLinks: false,
        suppressErrors: true,
        objectMode: true,
        ignore: ['**/.git/**', ...(includeDependencies ? [] : ['**/node_modules/**'])],
      });
      // .gitignore files apply to their own folder and below.
      const gitignores = new Map<string, Ignore>();
      for (const e of entries) {
        if (e.name === '.gitignore') {
          const text = readIgnoreFile(join(p, e.path));
          if (text) gitignores.set(posix.dirname(e.path), ignore().add(text));
        }
      }
      const parentIgnores = this.parentGitignores(p);
      for (const e of entries) {
        const abs = join(p, e.path);
        const relRoot = toPosix(relative(root, abs));
        if (!relRoot.startsWith('..') && rootIgnore.ignores(relRoot)) continue;
        // Asked-for dependencies are scanned although .gitignore nearly always lists node_modules/.
        const dependency = includeDependencies && (IN_NODE_MODULES.test(e.path) || (!relRoot.startsWith('..') && IN_NODE_MODULES.test(relRoot)));
        if (!dependency && this.ignoredByGitignore(e.path, gitignores)) continue;
        if (!dependency && parentIgnores.some(([dir, ig]) => ig.ignores(toPosix(relative(dir, abs))))) continue;
        out.push({ file: abs });
      }
    }
    return out;
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
    let dir = posix.dirname(rel);
    for (;;) {
      const ig = gitignores.get(dir);
      if (ig) {
        const r = ig.test(dir === '.' ? rel : rel.slice(dir.length + 1));
        if (r.ignored) return true;
        if (r.unignored) return false;
      }
      if (dir === '.') return false;
      dir = posix.dirname(dir);
    }
  }

  async run(sink: SourceSink, signal?: AbortSignal): Promise<void> {
    const { root, maxFileSize, jobs } = this.opts;
    const files = await this.list();
    sink.total?.(files.length);
    // Enough files in flight to keep every detection thread busy.
    const limit = pLimit(Math.max(4, jobs * 64));
    const archives = this.opts.archives;
    const archiveLimits: ArchiveLimits = {
      maxDepth: archives?.maxDepth ?? DEFAULT_ARCHIVE_LIMITS.maxDepth,
      maxTotalBytes: archives?.maxTotalBytes ?? DEFAULT_ARCHIVE_LIMITS.maxTotalBytes,
      maxEntries: archives?.maxEntries ?? DEFAULT_ARCHIVE_LIMITS.maxEntries,
    };
    // Archive members are held in memory: a few archives open at once, a bounded number of members in flight.
    const openArchive = pLimit(2);
    const members = new InFlight(Math.max(4, jobs * 4));
    await Promise.all(
      files.map(({ file, size, direct }) =>
        limit(async () => {
          signal?.throwIfAborted();
          const path = toPosix(relative(root, file)) || toPosix(file);
          if (direct || (archives?.walk && hasArchiveName(file))) {
            const opened = await openArchive(() => scanArchiveFile(file, path, sink, { limits: archiveLimits, maxMemberSize: maxFileSize, inFlight: members, signal }));
            if (opened) return;
          }
          if (size !== undefined && size > maxFileSize) {
            sink.skip({ path, reason: 'too-large', detail: `${size} bytes > ${maxFileSize}` });
            return;
          }
          await sink.scan({ kind: 'file', file, maxFileSize }, [{ path }]);
        }),
      ),
    );
    await members.drain();
  }
}
