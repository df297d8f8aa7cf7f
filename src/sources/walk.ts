/**
 * The folder walk of the working-tree source: depth first, one folder listed at a time, with
 * backpressure — when the consumer answers a promise, the walk waits for it, so a tree of any size
 * holds a bounded number of entries (one folder's listing and the folders still to visit), not every
 * file it has found. Symbolic links are not followed; an unreadable folder is reported and passed over.
 */
import type { Dirent } from 'node:fs';
import { lstat, readdir } from './fs-async.js';
import { join } from 'node:path';

export interface WalkHandlers {
  /** Whether to enter a folder (called as it is found, before anything inside it is read). */
  enter(path: string, name: string): boolean;
  /** A folder's listing, before any of its entries is handed over (to read its ignore file only where there is one). */
  listed?(path: string, entries: readonly Dirent[]): void;
  /** Whether a regular file is wanted. */
  keep(path: string): boolean;
  /** A wanted file; a returned promise pauses the walk until it settles. */
  file(path: string): void | Promise<void>;
  /** A folder that could not be listed. */
  error(path: string, error: Error): void;
}

type Kind = 'file' | 'dir' | 'other';

function knownKind(d: Dirent): Kind | undefined {
  if (d.isFile()) return 'file';
  if (d.isDirectory()) return 'dir';
  if (d.isSymbolicLink() || d.isFIFO() || d.isSocket() || d.isCharacterDevice() || d.isBlockDevice()) return 'other';
  return undefined;
}

/** File systems that do not report entry types: ask. */
async function askKind(path: string): Promise<Kind> {
  try {
    const st = await lstat(path);
    return st.isFile() ? 'file' : st.isDirectory() ? 'dir' : 'other';
  } catch {
    return 'other';
  }
}

/** Walks `root` (a folder), calling the handlers; resolves when every wanted file was handed over. */
export async function walkFolder(root: string, h: WalkHandlers): Promise<void> {
  const todo: string[] = [root];
  while (todo.length) {
    const dir = todo.pop()!;
    const subfolders: string[] = [];
    let entries: Dirent[];
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (e) {
      h.error(dir, e as Error);
      continue;
    }
    try {
      h.listed?.(dir, entries);
      for (const d of entries) {
        const path = join(dir, d.name);
        const kind = knownKind(d) ?? (await askKind(path));
        if (kind === 'dir') {
          if (h.enter(path, d.name)) subfolders.push(path);
        } else if (kind === 'file' && h.keep(path)) {
          const wait = h.file(path);
          if (wait) await wait;
        }
      }
    } catch (e) {
      h.error(dir, e as Error);
    }
    // Visit the subfolders in the order they were listed.
    for (let i = subfolders.length - 1; i >= 0; i--) todo.push(subfolders[i]);
  }
}
