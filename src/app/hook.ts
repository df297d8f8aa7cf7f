/** Git hooks: `hookscan install-hook` writes them, `hookscan hook pre-push|pre-commit` is what they run. */
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EXIT, UsageError } from '../errors.js';
import type { GitMode } from '../sources/index.js';
import type { ScanResult } from '../types.js';
import { scanCommand } from './scan.js';
import { gitSync, gitTextSync } from '../git/index.js';

export const HOOK_MARKER = '# installed by hookscan';
const BIN = fileURLToPath(new URL('../../bin/hookscan.cjs', import.meta.url));
const ZERO = /^0+$/;

export type HookKind = 'pre-push' | 'pre-commit';

/** The hook script: hookscan on PATH, else this installation's bin, else npx. */
export function hookScript(kind: HookKind): string {
  const q = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;
  return `#!/bin/sh
${HOOK_MARKER} (hookscan install-hook --${kind}); scans ${kind === 'pre-push' ? 'what is being pushed' : 'what is staged'}.
# A false positive: add "hookscan:allow" to the line, or its fingerprint to allow-fingerprints
# in .hookscan.yaml. To skip the check once: git ${kind === 'pre-push' ? 'push' : 'commit'} --no-verify
if command -v hookscan >/dev/null 2>&1; then exec hookscan hook ${kind} "$@"; fi
if [ -f ${q(BIN)} ]; then exec node ${q(BIN)} hook ${kind} "$@"; fi
exec npx --no-install hookscan hook ${kind} "$@"
`;
}

function git(cwd: string, args: string[]): string {
  return gitTextSync(args, { cwd });
}

/** Writes the hook into the repository's hooks folder (core.hooksPath honoured). */
export function installHook(cwd: string, kind: HookKind, force: boolean): { file: string; replaced?: string } {
  const hooksDir = git(cwd, ['rev-parse', '--git-path', 'hooks']);
  const dir = isAbsolute(hooksDir) ? hooksDir : resolve(cwd, hooksDir);
  const file = join(dir, kind);
  let replaced: string | undefined;
  if (existsSync(file)) {
    const current = readFileSync(file, 'utf8');
    if (!current.includes(HOOK_MARKER)) {
      if (!force) throw new UsageError(`${file} exists and was not written by hookscan; call hookscan from it, or rerun with --force (the old hook is kept as ${kind}.backup)`);
      replaced = `${file}.backup`;
      renameSync(file, replaced);
    }
  }
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, hookScript(kind), { mode: 0o755 });
  chmodSync(file, 0o755);
  return { file, replaced };
}

/**
 * The rev-list arguments for a pre-push: git gives `<local ref> <local sha> <remote ref> <remote sha>`
 * per line. Deleted refs scan nothing; everything else scans the pushed commits that no
 * remote-tracking branch has (for an update, also nothing the remote ref already had). Returns
 * null when nothing is pushed.
 */
export function prePushRevs(stdin: string, hasCommit: (sha: string) => boolean): string[] | null {
  const include: string[] = [];
  const exclude: string[] = [];
  for (const line of stdin.split('\n')) {
    const parts = line.trim().split(/\s+/);
    if (parts.length < 4) continue;
    const [, localSha, , remoteSha] = parts;
    if (ZERO.test(localSha)) continue; // a deletion pushes no content
    include.push(localSha);
    if (!ZERO.test(remoteSha) && hasCommit(remoteSha)) exclude.push(`^${remoteSha}`);
  }
  if (include.length === 0) return null;
  // Commits that any remote already has were checked when they got there (or predate hookscan).
  return [...include, ...exclude, '--not', '--remotes'];
}

export function commitExists(cwd: string, sha: string): boolean {
  return gitSync(['cat-file', '-e', `${sha}^{commit}`], { cwd }).code === 0;
}

export const BLOCKED_HELP = (kind: HookKind) => `hookscan: ${kind === 'pre-push' ? 'push' : 'commit'} blocked: webhook URLs in ${kind === 'pre-push' ? 'the commits being pushed' : 'the staged changes'}.
  Remove them (and rotate them: pushed or not, treat them as exposed), then ${kind === 'pre-push' ? 'rewrite the commits (git rebase -i)' : 'stage the change again'}.
  A false positive? Add "hookscan:allow" to the line, or its fingerprint to allow-fingerprints in .hookscan.yaml.
  To skip the check once: git ${kind === 'pre-push' ? 'push' : 'commit'} --no-verify
`;

export interface HookRequest {
  kind: HookKind;
  cwd: string;
  /** pre-push: what git wrote on standard input (`<local ref> <local sha> <remote ref> <remote sha>` lines). */
  stdin?: string;
}

/**
 * What a git hook runs: the pushed commits (or the staged changes) scanned with the repository's
 * configuration. The rendered text is for standard error, with what to do next.
 */
export async function hookCommand(req: HookRequest): Promise<{ result: ScanResult | undefined; rendered: string; exitCode: number }> {
  let git: GitMode;
  if (req.kind === 'pre-push') {
    const revs = prePushRevs(req.stdin ?? '', (sha) => commitExists(req.cwd, sha));
    if (!revs) return { result: undefined, rendered: '', exitCode: EXIT.clean };
    git = { kind: 'range', range: revs.join(' '), revs };
  } else {
    git = { kind: 'staged' };
  }
  const { result, rendered } = await scanCommand({ paths: [], cwd: req.cwd, git, format: 'text', failOn: 'any' });
  if (result.findings.length === 0) return { result, rendered: '', exitCode: EXIT.clean };
  return { result, rendered: `${rendered}${BLOCKED_HELP(req.kind)}`, exitCode: EXIT.findings };
}
