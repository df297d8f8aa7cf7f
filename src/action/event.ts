/**
 * What a run scans, from the workflow event and the inputs. Pure: the event payload in, a plan out.
 *
 * - pull_request (and pull_request_target, the review events, merge_group): the commits of the
 *   pull request, base..head, so what the base branch already holds is not reported;
 * - push: the pushed commits, before..after; a new branch: its commits that no other branch has;
 *   a deleted branch: nothing;
 * - schedule, workflow_dispatch and every other event: a full scan, the whole history by default
 *   or the working tree (`mode: worktree`);
 * - a `range` input overrides all of it.
 */
import { UsageError } from '../errors.js';

export const MODES = ['auto', 'diff', 'history', 'worktree'] as const;
export type Mode = (typeof MODES)[number];

const ZERO = /^0{40}(?:0{24})?$/;
const SHA = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;

export type Plan =
  | {
      kind: 'range';
      /** What the summary says was scanned. */
      describe: string;
      base: string;
      head: string;
      /** Commits the range should hold (pull requests: the payload's count), when known. */
      commits?: number;
      fork?: boolean;
      /** Pushes: the branch, for the fallback when `before` is gone (a forced push). */
      branch?: string;
    }
  | {
      kind: 'new-branch';
      describe: string;
      head: string;
      /** The branch itself (its remote-tracking ref is not an exclusion). */
      branch?: string;
    }
  | { kind: 'explicit-range'; describe: string; range: string }
  | { kind: 'history'; describe: string }
  | { kind: 'worktree'; describe: string }
  | { kind: 'nothing'; describe: string; reason: string };

interface Repo {
  full_name?: string;
  fork?: boolean;
}

interface PullRequestPayload {
  pull_request?: {
    number?: number;
    commits?: number;
    base?: { sha?: string; ref?: string; repo?: Repo | null };
    head?: { sha?: string; ref?: string; repo?: Repo | null };
  };
  merge_group?: { base_sha?: string; head_sha?: string; head_ref?: string };
  before?: string;
  after?: string;
  ref?: string;
  created?: boolean;
  deleted?: boolean;
  forced?: boolean;
  commits?: unknown[];
}

const PR_EVENTS = new Set(['pull_request', 'pull_request_target', 'pull_request_review', 'pull_request_review_comment']);

function sha(v: unknown, what: string): string {
  if (typeof v !== 'string' || !SHA.test(v)) throw new UsageError(`the event payload has no valid ${what} (got ${JSON.stringify(v)}); set the range input instead`);
  return v;
}

const short = (s: string) => s.slice(0, 7);

/** The plan for an event (name and parsed payload) and the mode/range inputs. */
export function planScan(eventName: string, payload: unknown, mode: Mode, range: string): Plan {
  if (range) return { kind: 'explicit-range', range, describe: `range ${range}` };
  if (mode === 'history') return { kind: 'history', describe: 'full history (every commit of every fetched ref)' };
  if (mode === 'worktree') return { kind: 'worktree', describe: 'working tree' };
  const p = (payload ?? {}) as PullRequestPayload;
  if (PR_EVENTS.has(eventName) && p.pull_request) {
    const pr = p.pull_request;
    const base = sha(pr.base?.sha, 'pull_request.base.sha');
    const head = sha(pr.head?.sha, 'pull_request.head.sha');
    const n = pr.number !== undefined ? `#${pr.number}` : '';
    const baseRepo = pr.base?.repo?.full_name;
    const headRepo = pr.head?.repo?.full_name;
    const fork = pr.head?.repo === null || (!!baseRepo && !!headRepo && baseRepo !== headRepo);
    const commits = typeof pr.commits === 'number' ? pr.commits : undefined;
    const describe = `pull request ${n} (${commits ?? '?'} commit${commits === 1 ? '' : 's'}, ${short(base)}..${short(head)})`.replace('  ', ' ');
    if (commits === 0 || base === head) return { kind: 'nothing', describe, reason: 'the pull request has no commits of its own (its head is already in its base)' };
    return { kind: 'range', describe, base, head, commits, fork };
  }
  if (eventName === 'merge_group' && p.merge_group) {
    const base = sha(p.merge_group.base_sha, 'merge_group.base_sha');
    const head = sha(p.merge_group.head_sha, 'merge_group.head_sha');
    const describe = `merge queue group ${short(base)}..${short(head)}`;
    if (base === head) return { kind: 'nothing', describe, reason: 'the merge group adds no commits' };
    return { kind: 'range', describe, base, head };
  }
  if (eventName === 'push' && typeof p.after === 'string') {
    const ref = p.ref ?? '';
    if (p.deleted || ZERO.test(p.after)) return { kind: 'nothing', describe: `push deleting ${ref}`, reason: `${ref || 'the ref'} was deleted: nothing was pushed` };
    const after = sha(p.after, 'after');
    const branch = ref.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : undefined;
    if (p.created || !p.before || ZERO.test(p.before)) {
      return { kind: 'new-branch', describe: `new ${branch ? `branch ${branch}` : ref || 'ref'} at ${short(after)} (its commits that no other branch has)`, head: after, branch };
    }
    const before = sha(p.before, 'before');
    const describe = `push to ${ref || 'a ref'} ${short(before)}..${short(after)}${p.forced ? ' (forced)' : ''}`;
    if (before === after) return { kind: 'nothing', describe, reason: 'the push moved nothing' };
    return { kind: 'range', describe, base: before, head: after, branch };
  }
  if (mode === 'diff') {
    throw new UsageError(`mode 'diff' scans what a pull request or a push adds, but this run is a '${eventName || 'unknown'}' event: use mode history or worktree, or set the range input`);
  }
  return { kind: 'history', describe: `full history (${eventName || 'manual'} run; every commit of every fetched ref)` };
}
