// The mirror cache's pure parts: git's environment (the token only as a scoped header), clone URL
// checks, the remote section, incremental rev-list arguments, cache paths.
import { describe, expect, it } from 'vitest';
import { authorizationHeader, checkCloneUrl, gitEnvironment, incrementalRevs, mirrorDir, remoteSection } from '../../src/github/index.js';
import { rand } from '../support/fabricate.js';

const TOKEN = `ghs_${rand('abcdefghijklmnopqrstuvwxyz0123456789', 36)}`;

describe('git environment', () => {
  it('passes the token as a header scoped to the clone origin, never elsewhere', () => {
    const env = gitEnvironment({ PATH: '/bin', GITHUB_TOKEN: TOKEN, GIT_ASKPASS: '/x', SSH_ASKPASS: '/y' }, 'https://ghe.example.com/acme/api.git', TOKEN, ['GITHUB_TOKEN']);
    expect(env.GITHUB_TOKEN).toBeUndefined();
    expect(env.GIT_ASKPASS).toBeUndefined();
    expect(env.SSH_ASKPASS).toBeUndefined();
    expect(env.GIT_TERMINAL_PROMPT).toBe('0');
    expect(env.GIT_CONFIG_COUNT).toBe('3');
    const pairs = [0, 1, 2].map((i) => [env[`GIT_CONFIG_KEY_${i}`], env[`GIT_CONFIG_VALUE_${i}`]]);
    expect(pairs).toEqual([
      ['credential.helper', ''],
      ['http.https://ghe.example.com/.extraHeader', authorizationHeader(TOKEN)],
      ['http.followRedirects', 'false'],
    ]);
    expect(authorizationHeader(TOKEN)).toBe(`Authorization: Basic ${Buffer.from(`x-access-token:${TOKEN}`).toString('base64')}`);
    // Only in the header value: no key, no other variable holds it.
    const holders = Object.entries(env).filter(([, v]) => v.includes(Buffer.from(`x-access-token:${TOKEN}`).toString('base64')));
    expect(holders.map(([k]) => k)).toEqual(['GIT_CONFIG_VALUE_1']);
    expect(Object.values(env).some((v) => v.includes(TOKEN))).toBe(false);
  });

  it("appends to the user's own GIT_CONFIG_* entries and adds no header without a token or for file URLs", () => {
    const env = gitEnvironment({ GIT_CONFIG_COUNT: '1', GIT_CONFIG_KEY_0: 'core.x', GIT_CONFIG_VALUE_0: 'y' }, 'file:///tmp/r.git', TOKEN);
    expect(env.GIT_CONFIG_KEY_0).toBe('core.x');
    expect(env.GIT_CONFIG_KEY_1).toBe('credential.helper');
    expect(env.GIT_CONFIG_COUNT).toBe('2');
    const noToken = gitEnvironment({}, 'https://github.com/a/b.git', undefined);
    expect(noToken.GIT_CONFIG_COUNT).toBe('1');
  });

  it('clones only http(s) and file URLs without credentials', () => {
    expect(checkCloneUrl('https://github.com/acme/api.git').host).toBe('github.com');
    expect(() => checkCloneUrl(`https://x-access-token:${TOKEN}@github.com/acme/api.git`)).toThrow(/credentials/);
    expect(() => checkCloneUrl('ext::sh -c touch% /tmp/pwned')).toThrow();
    expect(() => checkCloneUrl('ssh://git@github.com/acme/api.git')).toThrow(/not supported/);
  });

  it('writes the remote section with the plain URL, quoted', () => {
    expect(remoteSection('https://github.com/acme/a"b.git')).toBe(
      '[remote "origin"]\n\turl = "https://github.com/acme/a\\"b.git"\n\tfetch = +refs/heads/*:refs/heads/*\n\tfetch = +refs/tags/*:refs/tags/*\n\tfetch = +refs/pull/*/head:refs/pull/*/head\n\tmirror = true\n',
    );
  });

  it('keeps cache paths inside the cache', () => {
    expect(mirrorDir('/c', 'https://github.com/acme/api.git', 'acme/api')).toBe('/c/github.com/acme/api.git');
    expect(mirrorDir('/c', 'https://github.com/x.git', '../..')).toBe('/c/github.com/_/_.git');
  });
});

describe('incremental revisions', () => {
  const A = 'a'.repeat(40), B = 'b'.repeat(40), C = 'c'.repeat(40), D = 'd'.repeat(40);
  it('scans moved and new tips, minus everything the old tips reached', () => {
    const prev = { 'refs/heads/main': A, 'refs/heads/old': B };
    expect(incrementalRevs(prev, { 'refs/heads/main': A, 'refs/heads/old': B }, new Set([A, B]))).toBeNull();
    expect(incrementalRevs(prev, { 'refs/heads/main': C, 'refs/heads/old': B }, new Set([A, B]))).toEqual([C, '--not', A, B]);
    expect(incrementalRevs(prev, { 'refs/heads/main': A, 'refs/heads/new': D, 'refs/tags/v1': D }, new Set([A, B]))).toEqual([D, '--not', A, B]);
    // A deleted ref alone: nothing to scan. A force-push whose old tip is gone: excluded no more.
    expect(incrementalRevs(prev, { 'refs/heads/main': A }, new Set([A]))).toBeNull();
    expect(incrementalRevs(prev, { 'refs/heads/main': C }, new Set([B]))).toEqual([C, '--not', B]);
    expect(incrementalRevs({}, { 'refs/heads/main': C }, new Set())).toEqual([C]);
  });
});
