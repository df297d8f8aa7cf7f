// Bare repositories for the fake GitHub, written with one `git fast-import` per repository (fast
// enough for 120 of them). Contents come from the test, fabricated at run time.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

export interface CommitSpec {
  /** path → new content, or null to delete. */
  files: Record<string, string | null>;
  message?: string;
  /** Default main. */
  branch?: string;
}

const BASE = 1_600_000_000;
let clock = 0;

function git(args: string[], input?: string, cwd?: string): string {
  return execFileSync('git', args, { cwd, input, stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1' } }).toString('utf8');
}

function refExists(dir: string, ref: string): boolean {
  try {
    git(['rev-parse', '--verify', '--quiet', ref], undefined, dir);
    return true;
  } catch {
    return false;
  }
}

/** Creates the bare repository if needed and adds the commits (branches continue from their tips; a new branch starts at main). */
export function addCommits(dir: string, commits: CommitSpec[]): void {
  if (!existsSync(dir)) {
    mkdirSync(dirname(dir), { recursive: true });
    git(['init', '--bare', '--quiet', '-b', 'main', dir]);
  }
  if (commits.length === 0) return;
  const started = new Set<string>();
  const parts: string[] = [];
  for (const c of commits) {
    const branch = c.branch ?? 'main';
    const t = BASE + 60 * clock++;
    const msg = c.message ?? `change ${clock}`;
    parts.push(`commit refs/heads/${branch}`);
    parts.push(`author Test Author <test@example.com> ${t} +0000`);
    parts.push(`committer Test Author <test@example.com> ${t} +0000`);
    parts.push(`data ${Buffer.byteLength(msg)}`, msg);
    if (!started.has(branch)) {
      if (refExists(dir, `refs/heads/${branch}`)) parts.push(`from refs/heads/${branch}^0`);
      else if (branch !== 'main' && refExists(dir, 'refs/heads/main')) parts.push('from refs/heads/main^0');
      started.add(branch);
    }
    for (const [path, content] of Object.entries(c.files)) {
      if (content === null) parts.push(`D ${path}`);
      else parts.push(`M 100644 inline ${path}`, `data ${Buffer.byteLength(content)}`, content);
    }
    parts.push('');
  }
  parts.push('done', '');
  git(['fast-import', '--quiet', '--done'], parts.join('\n'), dir);
}
