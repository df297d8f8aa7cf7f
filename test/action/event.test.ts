// Which commits a run scans, from the event payload and the mode/range inputs.
import { describe, expect, it } from 'vitest';
import { planScan } from '../../src/action/event.js';

const A = 'a'.repeat(40);
const B = 'b'.repeat(40);
const ZERO = '0'.repeat(40);
const repo = { full_name: 'octo/app' };
const pr = (over: Record<string, unknown> = {}) => ({ pull_request: { number: 3, commits: 2, base: { sha: A, repo }, head: { sha: B, repo }, ...over } });

describe('planScan', () => {
  it('pull_request and pull_request_target: base..head of the pull request', () => {
    for (const ev of ['pull_request', 'pull_request_target', 'pull_request_review']) {
      expect(planScan(ev, pr(), 'auto', '')).toMatchObject({ kind: 'range', base: A, head: B, commits: 2, fork: false });
    }
  });

  it('a fork pull request is marked (its head repository differs or is gone)', () => {
    expect(planScan('pull_request', pr({ head: { sha: B, repo: { full_name: 'someone/app' } } }), 'auto', '')).toMatchObject({ fork: true });
    expect(planScan('pull_request', pr({ head: { sha: B, repo: null } }), 'auto', '')).toMatchObject({ fork: true });
  });

  it('an empty pull request scans nothing', () => {
    expect(planScan('pull_request', pr({ commits: 0 }), 'auto', '')).toMatchObject({ kind: 'nothing' });
  });

  it('push: before..after; a new branch: what no other branch has; a deletion: nothing', () => {
    expect(planScan('push', { ref: 'refs/heads/x', before: A, after: B }, 'auto', '')).toMatchObject({ kind: 'range', base: A, head: B, branch: 'x' });
    expect(planScan('push', { ref: 'refs/heads/x', before: ZERO, after: B, created: true }, 'auto', '')).toMatchObject({ kind: 'new-branch', head: B, branch: 'x' });
    expect(planScan('push', { ref: 'refs/heads/x', before: A, after: ZERO, deleted: true }, 'auto', '')).toMatchObject({ kind: 'nothing' });
  });

  it('merge_group: base_sha..head_sha', () => {
    expect(planScan('merge_group', { merge_group: { base_sha: A, head_sha: B } }, 'auto', '')).toMatchObject({ kind: 'range', base: A, head: B });
  });

  it('schedule, workflow_dispatch and other events: the full history; mode and range override', () => {
    expect(planScan('schedule', {}, 'auto', '')).toMatchObject({ kind: 'history' });
    expect(planScan('workflow_dispatch', {}, 'auto', '')).toMatchObject({ kind: 'history' });
    expect(planScan('workflow_dispatch', {}, 'worktree', '')).toMatchObject({ kind: 'worktree' });
    expect(planScan('pull_request', pr(), 'history', '')).toMatchObject({ kind: 'history' });
    expect(planScan('pull_request', pr(), 'auto', 'main..HEAD')).toMatchObject({ kind: 'explicit-range', range: 'main..HEAD' });
  });

  it('mode diff without a range event, or a payload without shas, is a usage error', () => {
    expect(() => planScan('schedule', {}, 'diff', '')).toThrow(/mode 'diff'/);
    expect(() => planScan('pull_request', pr({ base: { sha: 'main' } }), 'auto', '')).toThrow(/pull_request\.base\.sha/);
  });
});
