/**
 * `hookscan org`: list the organisation's repositories, pick this run's share, bring each mirror
 * up to date and scan its history (or, incrementally, only the commits new since the last run), a
 * few repositories at a time, and return one result whose locations all name their repository.
 * A repository that cannot be cloned or scanned is recorded and counted; the run goes on.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import pLimit from 'p-limit';
import type { HookscanConfig } from '../config/index.js';
import { loadPatternFiles } from '../patterns/index.js';
import { mergeResults } from '../report/index.js';
import { scan } from '../scan.js';
import { GitSource, type GitMode } from '../sources/index.js';
import type { PatternFile, RepositoryStats, ScanResult } from '../types.js';
import type { GitHubClient } from './client.js';
import { maskCredentials } from '../secrets/index.js';
import { existingObjects, incrementalRevs, mirrorDir, prepareCache, readState, readTips, syncMirror, tokenForms, writeState } from './mirror.js';
import { listOrgRepos, selectRepos, type RepoInfo, type SelectOptions } from './repos.js';

export type OrgScanEvent =
  | { type: 'listed'; listed: number; selected: number }
  | { type: 'repository'; repository: string; stage: 'clone' | 'fetch' | 'scan' | 'unchanged' | 'done'; done: number; total: number; findings?: number }
  | { type: 'failed'; repository: string; stage: 'clone' | 'fetch' | 'scan'; error: string; done: number; total: number };

export interface OrgScanOptions extends SelectOptions {
  org: string;
  client: GitHubClient;
  /** Sent to git as an HTTP header (see mirror.ts); never on a command line. */
  token?: string;
  cacheDir: string;
  /** Scan only the commits new since the state recorded at the last run (per repository). */
  sinceLastRun?: boolean;
  /** Repositories cloned and scanned at once (default 4). */
  jobs?: number;
  /** Detection threads per repository (default: the machine's parallelism / jobs). */
  threads?: number;
  config: HookscanConfig;
  providers?: PatternFile[];
  baseline?: Iterable<string>;
  maxFileSize?: number;
  /** git's environment (the CLI passes its own) and variables to drop from it (the token's). */
  gitEnv: Record<string, string | undefined>;
  dropEnv?: string[];
  onEvent?: (e: OrgScanEvent) => void;
  signal?: AbortSignal;
  /** The repositories, already listed (tests, or a caller that lists once for several runs). */
  repositories?: RepoInfo[];
}

function scrub(text: string, secrets: string[]): string {
  return maskCredentials(text, secrets);
}

export async function scanOrg(opts: OrgScanOptions): Promise<ScanResult> {
  const started = Date.now();
  prepareCache(opts.cacheDir);
  const all = opts.repositories ?? (await listOrgRepos(opts.client, opts.org));
  const sel = selectRepos(all, opts);
  const total = sel.selected.length;
  opts.onEvent?.({ type: 'listed', listed: sel.listed, selected: total });
  const secrets = tokenForms(opts.token);
  const local = { env: opts.gitEnv, dropEnv: opts.dropEnv };
  const jobs = Math.max(1, opts.jobs ?? 4);
  const threads = opts.threads ?? Math.max(1, Math.floor(availableParallelism() / jobs));
  const baseline = opts.baseline ? [...opts.baseline] : undefined;
  // Loaded once for the whole run, not once per repository.
  const providers = opts.providers ?? loadPatternFiles();
  const repoStats: RepositoryStats = {
    listed: sel.listed,
    selected: total,
    scanned: 0,
    unchanged: 0,
    failed: 0,
    skipped: {},
    failures: [],
    ...(opts.shard && opts.shard.count > 1 ? { shards: [`${opts.shard.index}/${opts.shard.count}`] } : {}),
    ...(opts.sinceLastRun ? { incremental: true } : {}),
  };
  for (const s of sel.skipped) repoStats.skipped[s.reason] = (repoStats.skipped[s.reason] ?? 0) + 1;

  const results: ScanResult[] = [];
  let done = 0;
  const limit = pLimit(jobs);
  const one = async (repo: RepoInfo) => {
    opts.signal?.throwIfAborted();
    let stage: 'clone' | 'fetch' | 'scan' = 'clone';
    try {
      stage = existsSync(join(mirrorDir(opts.cacheDir, repo.cloneUrl, repo.fullName), 'HEAD')) ? 'fetch' : 'clone';
      opts.onEvent?.({ type: 'repository', repository: repo.fullName, stage, done, total });
      const { dir, action } = await syncMirror(repo, { cacheDir: opts.cacheDir, token: opts.token, env: opts.gitEnv, dropEnv: opts.dropEnv, signal: opts.signal });
      stage = 'scan';
      // The tips now, before scanning: the next incremental run starts from exactly these.
      const tips = await readTips(dir, local);
      const previous = action === 'fetched' ? readState(dir) : undefined;
      let mode: GitMode = { kind: 'history' };
      if (opts.sinceLastRun && previous) {
        const revs = incrementalRevs(previous.tips, tips, await existingObjects(dir, [...new Set(Object.values(previous.tips))], local));
        if (!revs) {
          repoStats.unchanged++;
          writeState(dir, { version: 1, repository: repo.fullName, scannedAt: new Date().toISOString(), tips });
          done++;
          opts.onEvent?.({ type: 'repository', repository: repo.fullName, stage: 'unchanged', done, total });
          return;
        }
        mode = { kind: 'range', range: revs.join(' '), revs };
      }
      opts.onEvent?.({ type: 'repository', repository: repo.fullName, stage: 'scan', done, total });
      const result =
        Object.keys(tips).length === 0
          ? null // an empty repository: nothing to scan
          : await scan({
              source: new GitSource({ repo: dir, mode, maxFileSize: opts.maxFileSize ?? opts.config.maxFileSize, repository: repo.fullName }),
              cwd: dir,
              config: opts.config,
              providers,
              baseline,
              jobs: threads,
              signal: opts.signal,
            });
      if (result) {
        for (const s of result.stats.skipped) s.path = `${repo.fullName}/${s.path}`;
        results.push(result);
      }
      writeState(dir, { version: 1, repository: repo.fullName, scannedAt: new Date().toISOString(), tips });
      repoStats.scanned++;
      done++;
      opts.onEvent?.({ type: 'repository', repository: repo.fullName, stage: 'done', done, total, findings: result?.findings.length ?? 0 });
    } catch (e) {
      if (opts.signal?.aborted) throw e;
      const error = scrub((e as Error)?.message ?? String(e), secrets);
      repoStats.failed++;
      repoStats.failures.push({ repository: repo.fullName, stage, error });
      done++;
      opts.onEvent?.({ type: 'failed', repository: repo.fullName, stage, error, done, total });
    }
  };
  await Promise.all(sel.selected.map((r) => limit(() => one(r))));

  const merged = mergeResults(results);
  repoStats.failures.sort((a, b) => a.repository.localeCompare(b.repository));
  merged.stats.repositories = repoStats;
  merged.stats.durationMs = Date.now() - started;
  merged.stats.blobsScanned ??= 0;
  merged.stats.commitsScanned ??= 0;
  return merged;
}
