/**
 * The organisation's repositories: listing through the API (all pages) and the pure selection
 * that follows it: shard, forks, archived, name globs.
 */
import { createHash } from 'node:crypto';
import { UsageError } from '../errors.js';
import { describeApiError, statusOf, type GitHubClient } from './client.js';
import picomatch from 'picomatch';

export interface RepoInfo {
  /** owner/name */
  fullName: string;
  name: string;
  cloneUrl: string;
  fork: boolean;
  archived: boolean;
  private: boolean;
  defaultBranch?: string;
  /** KB, as the API reports it (0 for an empty repository). */
  size?: number;
}

export interface Shard {
  /** 1-based. */
  index: number;
  count: number;
}

export type SkipReason = 'fork' | 'archived' | 'filtered';

export interface Selection {
  selected: RepoInfo[];
  skipped: { repository: string; reason: SkipReason }[];
  /** Repositories in the organisation (all shards). */
  listed: number;
  /** Repositories of this shard (before forks, archived and the name filter). */
  inShard: number;
}

export interface SelectOptions {
  includeForks?: boolean;
  includeArchived?: boolean;
  /** Comma-separated globs on the name (or owner/name when a glob has a slash); `!glob` excludes. */
  repos?: string;
  shard?: Shard;
}

/** Lists every repository of an organisation (100 per page, following the Link headers). */
export async function listOrgRepos(client: GitHubClient, org: string): Promise<RepoInfo[]> {
  try {
    const rows = await client.octokit.paginate(client.octokit.rest.repos.listForOrg, { org, type: 'all', per_page: 100 });
    return rows.map((r) => ({
      fullName: r.full_name,
      name: r.name,
      cloneUrl: r.clone_url ?? '',
      fork: !!r.fork,
      archived: !!r.archived,
      private: !!r.private,
      defaultBranch: r.default_branch,
      size: r.size,
    }));
  } catch (e) {
    const status = statusOf(e);
    if (status === 401) throw new UsageError(`${client.host} rejected the token (${describeApiError(e)}): check GITHUB_TOKEN or the variable named by --token-env`, { cause: e });
    if (status === 404) throw new UsageError(`organisation '${org}' not found on ${client.host} (or the token cannot see it)`, { cause: e });
    throw new UsageError(`cannot list the repositories of '${org}' on ${client.host}: ${describeApiError(e)}`, { cause: e });
  }
}

/** Parses `I/N` (1 ≤ I ≤ N). */
export function parseShard(text: string): Shard {
  const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  const index = m ? Number(m[1]) : NaN;
  const count = m ? Number(m[2]) : NaN;
  if (!m || count < 1 || index < 1 || index > count) throw new UsageError(`--shard '${text}': expected I/N with 1 ≤ I ≤ N, e.g. --shard 2/8`);
  return { index, count };
}

/** The shard (1-based) a repository belongs to: a hash of its lower-cased full name, so adding or removing other repositories never moves it. */
export function shardOf(fullName: string, count: number): number {
  const h = createHash('sha256').update(fullName.toLowerCase()).digest();
  return (h.readUInt32BE(0) % count) + 1;
}

/** A predicate from `--repos`: comma-separated globs; `!glob` excludes; only exclusions means "all but". */
export function repoFilter(spec: string | undefined): (r: Pick<RepoInfo, 'name' | 'fullName'>) => boolean {
  const parts = (spec ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  if (parts.length === 0) return () => true;
  // One glob dialect (picomatch, as for path arguments); GitHub names are case-insensitive.
  type Glob = { test: (s: string) => boolean; full: boolean };
  const include: Glob[] = [];
  const exclude: Glob[] = [];
  for (const p of parts) {
    const glob = p.replace(/^!/, '');
    (p.startsWith('!') ? exclude : include).push({ test: picomatch(glob, { nocase: true, dot: true }), full: glob.includes('/') });
  }
  const test = (g: Glob, r: Pick<RepoInfo, 'name' | 'fullName'>) => g.test(g.full ? r.fullName : r.name);
  return (r) => (include.length === 0 || include.some((g) => test(g, r))) && !exclude.some((g) => test(g, r));
}

/**
 * The repositories to scan. The shard is taken first (over everything listed), so the skip counts
 * of the shards add up to the organisation's when their reports are merged.
 */
export function selectRepos(all: RepoInfo[], opts: SelectOptions): Selection {
  const match = repoFilter(opts.repos);
  const shard = opts.shard;
  const mine = shard && shard.count > 1 ? all.filter((r) => shardOf(r.fullName, shard.count) === shard.index) : all;
  const selected: RepoInfo[] = [];
  const skipped: Selection['skipped'] = [];
  for (const r of [...mine].sort((a, b) => a.fullName.localeCompare(b.fullName))) {
    if (r.fork && !opts.includeForks) skipped.push({ repository: r.fullName, reason: 'fork' });
    else if (r.archived && !opts.includeArchived) skipped.push({ repository: r.fullName, reason: 'archived' });
    else if (!match(r)) skipped.push({ repository: r.fullName, reason: 'filtered' });
    else selected.push(r);
  }
  return { selected, skipped, listed: all.length, inShard: mine.length };
}
