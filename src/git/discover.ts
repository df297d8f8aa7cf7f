/**
 * Whether a repository is shallow, read from its files instead of asked of `git rev-parse`: a
 * range scan (the pre-push hook) then starts two git processes, not three. Git keeps the shallow
 * boundary in `<common git dir>/shallow`; the git dir is found the way git finds it in the common
 * layouts — `.git` as a folder, `.git` as a `gitdir:` file (worktrees and submodules, with a
 * `commondir` file in worktrees), or a bare repository — from the folder up. Anything else
 * (GIT_DIR and friends in the environment, an unreadable file, no git dir found) answers
 * `undefined` and the caller asks git.
 */
import { readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

const ENV_OVERRIDES = ['GIT_DIR', 'GIT_COMMON_DIR', 'GIT_WORK_TREE', 'GIT_SHALLOW_FILE', 'GIT_CEILING_DIRECTORIES', 'GIT_DISCOVERY_ACROSS_FILESYSTEM'];

const kind = (p: string): 'dir' | 'file' | undefined => {
  const st = statSync(p, { throwIfNoEntry: false });
  return st?.isDirectory() ? 'dir' : st?.isFile() ? 'file' : undefined;
};

/** The common git dir of the repository at or above `folder`, or undefined when unsure. */
export function commonGitDir(folder: string, env: Record<string, string | undefined> = process.env): string | undefined {
  if (ENV_OVERRIDES.some((k) => env[k] !== undefined)) return undefined;
  try {
    for (let d = resolve(folder); ; d = dirname(d)) {
      const dotGit = join(d, '.git');
      const k = kind(dotGit);
      if (k === 'dir') return dotGit;
      if (k === 'file') {
        const m = /^gitdir: (.+)$/m.exec(readFileSync(dotGit, 'utf8'));
        if (!m) return undefined;
        const gitDir = resolve(d, m[1].trim());
        if (kind(join(gitDir, 'commondir')) === 'file') return resolve(gitDir, readFileSync(join(gitDir, 'commondir'), 'utf8').trim());
        return kind(gitDir) === 'dir' ? gitDir : undefined;
      }
      // A bare repository: HEAD, objects/ and refs/ in the folder itself.
      if (kind(join(d, 'HEAD')) === 'file' && kind(join(d, 'objects')) === 'dir' && kind(join(d, 'refs')) === 'dir') return d;
      if (dirname(d) === d) return undefined;
    }
  } catch {
    return undefined;
  }
}

/** True or false when the files say so, undefined when git must be asked. */
export function shallowFromFiles(folder: string, env: Record<string, string | undefined> = process.env): boolean | undefined {
  const dir = commonGitDir(folder, env);
  if (dir === undefined) return undefined;
  // Git calls a repository shallow when the file exists (rev-parse --is-shallow-repository).
  return kind(join(dir, 'shallow')) === 'file';
}
