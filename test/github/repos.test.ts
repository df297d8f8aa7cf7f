// Repository selection: stable shards by name hash, --repos globs, forks and archived skips.
import { describe, expect, it } from 'vitest';
import { parseShard, repoFilter, selectRepos, shardOf, type RepoInfo } from '../../src/github/index.js';

const repo = (name: string, extra: Partial<RepoInfo> = {}): RepoInfo => ({ fullName: `acme/${name}`, name, cloneUrl: `https://github.com/acme/${name}.git`, fork: false, archived: false, private: false, ...extra });

describe('shards', () => {
  it('parses I/N and rejects everything else', () => {
    expect(parseShard('2/8')).toEqual({ index: 2, count: 8 });
    expect(parseShard(' 1 / 1 ')).toEqual({ index: 1, count: 1 });
    for (const bad of ['0/4', '5/4', '1/0', '1', 'a/b', '-1/4', '1/4/2']) expect(() => parseShard(bad), bad).toThrow(/I\/N/);
  });

  it('puts each repository in one shard, stable when others are added, and spreads them', () => {
    const names = Array.from({ length: 1000 }, (_, i) => `service-${i}`);
    const before = new Map(names.map((n) => [n, shardOf(`acme/${n}`, 8)]));
    const more = [...names, ...Array.from({ length: 300 }, (_, i) => `new-${i}`)];
    for (const n of names) expect(shardOf(`acme/${n}`, 8)).toBe(before.get(n));
    expect(shardOf('Acme/Service-1', 8)).toBe(shardOf('acme/service-1', 8));
    const counts = new Array(9).fill(0);
    for (const n of more) counts[shardOf(`acme/${n}`, 8)]++;
    expect(counts[0]).toBe(0);
    for (let i = 1; i <= 8; i++) expect(counts[i]).toBeGreaterThan(100);
    // Shards partition the selection.
    const all = more.map((n) => repo(n));
    const parts = [1, 2, 3, 4, 5, 6, 7, 8].map((index) => selectRepos(all, { shard: { index, count: 8 } }).selected.map((r) => r.fullName));
    const flat = parts.flat();
    expect(new Set(flat).size).toBe(flat.length);
    expect(flat.length).toBe(all.length);
  });
});

describe('selection', () => {
  it('--repos: globs on the name, owner/name with a slash, !exclusions', () => {
    const f = repoFilter('api-*,web,!api-legacy');
    expect(['api-gateway', 'api-users', 'web'].every((n) => f(repo(n)))).toBe(true);
    expect(['api-legacy', 'webapp', 'docs'].some((n) => f(repo(n)))).toBe(false);
    expect(repoFilter('acme/d*')(repo('docs'))).toBe(true);
    expect(repoFilter('other/*')(repo('docs'))).toBe(false);
    expect(repoFilter('!*-archive')(repo('x-archive'))).toBe(false);
    expect(repoFilter('!*-archive')(repo('x'))).toBe(true);
    expect(repoFilter('API-*')(repo('api-x'))).toBe(true);
    expect(repoFilter('a.b')(repo('aXb'))).toBe(false);
    expect(repoFilter(undefined)(repo('anything'))).toBe(true);
  });

  it('skips forks and archived repositories unless asked, and counts why', () => {
    const all = [repo('a'), repo('b', { fork: true }), repo('c', { archived: true }), repo('d', { fork: true, archived: true }), repo('e')];
    const s = selectRepos(all, { repos: '!e' });
    expect(s.selected.map((r) => r.name)).toEqual(['a']);
    expect(s.skipped).toEqual([
      { repository: 'acme/b', reason: 'fork' },
      { repository: 'acme/c', reason: 'archived' },
      { repository: 'acme/d', reason: 'fork' },
      { repository: 'acme/e', reason: 'filtered' },
    ]);
    expect(selectRepos(all, { includeForks: true, includeArchived: true }).selected).toHaveLength(5);
    expect(s.listed).toBe(5);
  });
});
