/**
 * Paths in findings, SARIF URIs and baselines are relative to the scan root and use forward
 * slashes on every platform, so a report written on Windows names the same files as one written on
 * Linux. The path implementation is a parameter so that the Windows behaviour is testable anywhere.
 */
import nodePath, { type PlatformPath } from 'node:path';

/** `p` with the platform's separators turned into `/`. */
export function toPortablePath(p: string, path: Pick<PlatformPath, 'sep'> = nodePath): string {
  return path.sep === '/' ? p : p.split(path.sep).join('/');
}

/** `abs` relative to `dir`, with `/` separators (string slicing in the common case: it runs per file). */
export function portableRelative(dir: string, abs: string, path: Pick<PlatformPath, 'sep' | 'relative'> = nodePath): string {
  if (abs.startsWith(dir) && abs[dir.length] === path.sep) return toPortablePath(abs.slice(dir.length + 1), path);
  return toPortablePath(path.relative(dir, abs), path);
}
