// Errors print in one place: the message, the causes that add something, and a hint.
import { describe, expect, it } from 'vitest';
import { describeError, EnvironmentError, UsageError } from '../../src/errors.js';
import { gitMissing } from '../../src/git/index.js';
import { cli } from '../support/cli.js';
import { tmpdir } from 'node:os';

describe('describeError', () => {
  it('a known error: one line, no stack', () => {
    expect(describeError(new UsageError('bad flag'))).toBe('hookscan: bad flag');
  });

  it('follows the cause chain, skipping causes the message already quotes', () => {
    const root = new Error('EACCES: permission denied, open /x');
    const mid = new Error('socket hang up', { cause: root });
    const e = new EnvironmentError('cannot reach the API', { cause: mid });
    expect(describeError(e)).toBe('hookscan: cannot reach the API\n  caused by: socket hang up\n  caused by: EACCES: permission denied, open /x');
    const quoted = new UsageError(`cannot write out.json: ${root.message}`, { cause: root });
    expect(describeError(quoted)).toBe(`hookscan: cannot write out.json: ${root.message}`);
  });

  it('stops on a cycle', () => {
    const a = new Error('a') as Error & { cause?: unknown };
    const b = new Error('b', { cause: a });
    a.cause = b;
    const text = describeError(new EnvironmentError('top', { cause: a }));
    expect(text.split('\n').length).toBeLessThanOrEqual(3);
  });

  it('prints the hint last, and an unexpected error says so', () => {
    const text = describeError(gitMissing('--history', new Error('spawn git ENOENT')));
    expect(text).toMatch(/^hookscan: git is not installed or not on PATH \(--history\)\n  caused by: spawn git ENOENT\n  hint: install git/);
    expect(describeError(new TypeError('x is undefined'))).toBe('hookscan: unexpected error: x is undefined');
  });

  it('the CLI shows the hint for a folder that is not a repository', async () => {
    const r = await cli(['scan', '--history', tmpdir()], tmpdir());
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/is not a git repository/);
    // Said once: the message, git's words and the hint, no "caused by" repeating it.
    expect(r.stderr.match(/is not a git repository/g)).toHaveLength(1);
    expect(r.stderr).not.toMatch(/caused by/);
    expect(r.stderr).toMatch(/hint: /);
  });
});
