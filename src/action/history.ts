/**
 * Makes sure the checkout holds the commits a plan scans. actions/checkout fetches one commit by
 * default (fetch-depth: 1), and a pull request's checkout is a merge commit that is neither its base
 * nor its head: the commits are fetched from origin, deeper each time, until the range is sound —
 * both ends present and no commit of the range on the shallow boundary (a boundary commit looks
 * like a first commit, so its whole tree would count as added). When fetching is not possible the
 * message says what to set instead (fetch-depth: 0).
 */
import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { UsageError } from '../errors.js';
import { gitFailed, gitFailureLine, runGit } from '../git/index.js';
import type { GitMode } from '../sources/index.js';
import type { Plan } from './event.js';

const CHECKOUT_HINT = 'check out with `fetch-depth: 0` (actions/checkout) so that the history is already there';

interface GitResult {
  code: number;
  stdout: string;
  stderr: string;
}

export class Git {
  constructor(
    readonly cwd: string,
    private readonly env: NodeJS.ProcessEnv,
  ) {}

  async run(args: string[]): Promise<GitResult> {
    const r = await runGit(args, { cwd: this.cwd, env: { ...this.env, GIT_TERMINAL_PROMPT: '0' }, purpose: 'the runner image should have it' });
    return { code: r.code, stdout: r.stdout.toString('utf8'), stderr: r.stderr };
  }

  async ok(args: string[]): Promise<boolean> {
    return (await this.run(args)).code === 0;
  }

  async lines(args: string[]): Promise<string[]> {
    const r = await this.run(args);
    if (r.code !== 0) throw gitFailed(args, r.code, r.stderr, { cwd: this.cwd });
    return r.stdout.split('\n').filter(Boolean);
  }

  hasCommit(sha: string): Promise<boolean> {
    return this.ok(['cat-file', '-e', `${sha}^{commit}`]);
  }

  async isShallow(): Promise<boolean> {
    return (await this.lines(['rev-parse', '--is-shallow-repository']))[0] === 'true';
  }

  /** The commits git treats as having no parents because their parents were not fetched. */
  async shallowCommits(): Promise<Set<string>> {
    const [p] = await this.lines(['rev-parse', '--git-path', 'shallow']);
    const file = isAbsolute(p) ? p : join(this.cwd, p);
    return new Set(existsSync(file) ? readFileSync(file, 'utf8').split('\n').filter(Boolean) : []);
  }

  async hasRemote(name: string): Promise<boolean> {
    return (await this.run(['remote'])).stdout.split('\n').includes(name);
  }
}

const firstLine = gitFailureLine;

export interface Prepared {
  /** What GitSource scans; undefined for the working tree. */
  mode?: GitMode;
  /** Nothing to scan, and why. */
  nothing?: string;
  /** Lines for the log (and warnings for the summary). */
  notes: string[];
  warnings: string[];
}

/** Checks that the workspace is a repository and fetches what the plan needs. */
export async function prepareHistory(git: Git, plan: Plan): Promise<Prepared> {
  const notes: string[] = [];
  const warnings: string[] = [];
  if (plan.kind === 'worktree') return { notes, warnings };
  if (plan.kind === 'nothing') return { nothing: plan.reason, notes, warnings };
  const inside = await git.run(['rev-parse', '--git-dir']);
  if (inside.code !== 0) {
    throw new UsageError(
      `${git.cwd} is not a git repository (${firstLine(inside.stderr) || 'git rev-parse failed'}): add actions/checkout before hookscan` +
        ` (with fetch-depth: 0 for a history scan), or set mode: worktree to scan the files only`,
    );
  }
  const fetch = async (args: string[]): Promise<void> => {
    if (!(await git.hasRemote('origin'))) throw new UsageError(`the checkout has no 'origin' remote to fetch the missing history from: ${CHECKOUT_HINT}`);
    const r = await git.run(['fetch', '--no-tags', '--no-recurse-submodules', '--quiet', ...args]);
    if (r.code !== 0) throw new UsageError(`could not fetch the commits to scan from origin (${firstLine(r.stderr) || `git exit ${r.code}`}): ${CHECKOUT_HINT}`);
  };
  const depths = (start: number) => [start, start * 4, start * 16, start * 64];

  if (plan.kind === 'history' || plan.kind === 'explicit-range') {
    if (await git.isShallow()) {
      try {
        await fetch(['--unshallow', '--tags', 'origin', '+refs/heads/*:refs/remotes/origin/*']);
        notes.push('the checkout was shallow: fetched the full history of every branch from origin');
      } catch (e) {
        warnings.push(`the checkout is shallow and the rest of the history could not be fetched (${(e as Error).message}); only the commits present were scanned, their oldest as if they added every file`);
      }
    }
    if (plan.kind === 'history') return { mode: { kind: 'history' }, notes, warnings };
    return { mode: { kind: 'range', range: plan.range }, notes, warnings };
  }

  if (plan.kind === 'range') {
    const { base, head } = plan;
    const check = async (): Promise<'ok' | 'missing-base' | 'missing-head' | 'shallow' | 'count'> => {
      if (!(await git.hasCommit(head))) return 'missing-head';
      if (!(await git.hasCommit(base))) return 'missing-base';
      const shallow = await git.shallowCommits();
      if (shallow.size === 0) return 'ok';
      const list = await git.lines(['rev-list', `${base}..${head}`]);
      if (list.some((c) => shallow.has(c))) return 'shallow';
      if (plan.commits !== undefined && list.length !== plan.commits) return 'count';
      if (!(await git.ok(['merge-base', base, head]))) return 'shallow';
      return 'ok';
    };
    let state = await check();
    if (state !== 'ok') {
      const targets = ['origin', base, head];
      // A push's old head may be gone from origin (a forced push): then fetch the new head alone.
      const fetchBoth = async (depth: string[]) => {
        try {
          await fetch([...depth, ...targets]);
        } catch (e) {
          if (plan.branch === undefined) throw e;
          await fetch([...depth, 'origin', head]);
        }
      };
      if (!(await git.isShallow())) {
        await fetchBoth([]);
        notes.push(`fetched ${base.slice(0, 7)} and ${head.slice(0, 7)} from origin`);
        state = await check();
      } else {
        let fetched = 0;
        for (const depth of depths(Math.max((plan.commits ?? 0) + 1, 50))) {
          await fetchBoth([`--depth=${depth}`]);
          fetched = depth;
          state = await check();
          if (state === 'ok' || state === 'missing-base' || state === 'missing-head') break;
        }
        if (state === 'shallow' || state === 'count') {
          await fetchBoth(['--unshallow']);
          fetched = -1;
          state = await check();
        }
        notes.push(`the checkout was shallow: fetched ${fetched < 0 ? 'the full history' : `${fetched} commits of history`} of ${base.slice(0, 7)} and ${head.slice(0, 7)} from origin`);
      }
    }
    if (state === 'missing-head') throw new UsageError(`commit ${head} is not in the checkout and could not be fetched: ${CHECKOUT_HINT}`);
    if (state === 'missing-base') {
      if (plan.branch === undefined) throw new UsageError(`commit ${base} is not in the checkout and could not be fetched: ${CHECKOUT_HINT}`);
      // A forced push whose old head is gone: scan what no other branch has instead.
      warnings.push(`the previous head ${base.slice(0, 7)} of ${plan.branch} is gone (a forced push?): scanning the commits of ${plan.branch} that no other branch has`);
      return prepareHistory(git, { kind: 'new-branch', describe: plan.describe, head, branch: plan.branch }).then((p) => ({ ...p, notes: [...notes, ...p.notes], warnings: [...warnings, ...p.warnings] }));
    }
    if (state === 'count') warnings.push(`the range ${base.slice(0, 7)}..${head.slice(0, 7)} does not hold the ${plan.commits} commits the event names; scanned what it holds`);
    return { mode: { kind: 'range', range: `${base}..${head}` }, notes, warnings };
  }

  // A new branch: its commits that no other branch of origin has.
  const { head, branch } = plan;
  const revs = [head, '--not', ...(branch ? [`--exclude=origin/${branch}`] : []), '--remotes=origin'];
  const check = async (): Promise<'ok' | 'missing-head' | 'shallow'> => {
    if (!(await git.hasCommit(head))) return 'missing-head';
    const shallow = await git.shallowCommits();
    if (shallow.size === 0) return 'ok';
    const list = await git.lines(['rev-list', ...revs]);
    return list.some((c) => shallow.has(c)) ? 'shallow' : 'ok';
  };
  let state = await check();
  const others = ['+refs/heads/*:refs/remotes/origin/*'];
  if (state !== 'ok' || (await git.isShallow())) {
    // Other branches are needed to tell which commits are new: fetch them at growing depths.
    let fetched = 0;
    for (const depth of depths(50)) {
      await fetch([`--depth=${depth}`, 'origin', head, ...others]);
      fetched = depth;
      state = await check();
      if (state === 'ok') break;
    }
    if (state === 'shallow') {
      await fetch(['--unshallow', 'origin', head, ...others]);
      fetched = -1;
      state = await check();
    }
    notes.push(`fetched ${fetched < 0 ? 'the full history' : `${fetched} commits of history`} of every branch from origin to tell the new commits`);
  }
  if (state === 'missing-head') throw new UsageError(`commit ${head} is not in the checkout and could not be fetched: ${CHECKOUT_HINT}`);
  return { mode: { kind: 'range', range: revs.join(' '), revs }, notes, warnings };
}
