/** What the GitHub commands (org, audit-hooks; merge reads their reports) share: options, the token, config, client, progress lines. */
import { appendFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { Command } from 'commander';
import { loadConfig, CONFIG_FILE, type HookscanConfig } from '../config/index.js';
import { maskCredentials } from '../secrets/index.js';
import { UsageError } from '../errors.js';
import { createGitHubClient, DEFAULT_API_URL, parseShard, tokenForms, type GitHubClient, type RateLimitWait, type Shard } from '../github/index.js';
import type { CliIO } from './io.js';
import { intArg } from './options.js';

export interface GithubCommandHelpers {
  writeReport(io: CliIO, file: string | undefined, text: string, secretsInside: boolean): void;
  readBaseline(file: string): Set<string>;
}


export interface GithubFlags {
  githubApiUrl?: string;
  tokenEnv?: string;
  includeForks?: boolean;
  includeArchived?: boolean;
  repos?: string;
  shard?: string;
  maxWait?: number;
  quiet?: boolean;
  config?: string;
}

/** The options org and audit-hooks share. */
export function githubOptions(cmd: Command): Command {
  return cmd
    .option('--github-api-url <url>', `REST API root: ${DEFAULT_API_URL} (default; or $GITHUB_API_URL), https://HOST/api/v3 for GitHub Enterprise Server`)
    .option('--token-env <name>', 'environment variable that holds the token (default GITHUB_TOKEN); the token is never printed')
    .option('--include-forks', 'also forks')
    .option('--include-archived', 'also archived repositories')
    .option('--repos <globs>', 'only repositories whose name matches (comma-separated globs; owner/name when a glob has a slash; !glob excludes)')
    .option('--shard <I/N>', 'only the I-th of N stable shares of the repositories (by name hash; 1 ≤ I ≤ N)')
    .option('--max-wait <seconds>', 'longest rate-limit wait accepted before giving up (default 3600)', intArg('--max-wait', 0))
    .option('-c, --config <file>', `configuration file (default: ${CONFIG_FILE} in the current folder)`)
    .option('-q, --quiet', 'no progress lines (failures and rate-limit waits are still reported)');
}

/** Wraps the CLI's streams so that no form of the token can be written. */
export function masked(io: CliIO, token: string | undefined): CliIO {
  const forms = tokenForms(token);
  if (forms.length === 0) return io;
  const mask = (s: string) => maskCredentials(s, forms);
  return { ...io, stdout: { write: (s: string) => io.stdout.write(mask(s)) }, stderr: { write: (s: string) => io.stderr.write(mask(s)) } };
}

export function tokenFrom(io: CliIO, flags: GithubFlags, required: boolean): { token?: string; variable: string } {
  const variable = flags.tokenEnv ?? 'GITHUB_TOKEN';
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(variable)) throw new UsageError(`--token-env '${variable}' is not an environment variable name`);
  const token = io.env[variable]?.trim() || undefined;
  if (!token && (required || flags.tokenEnv)) throw new UsageError(`no token: set ${variable}${flags.tokenEnv ? '' : ' (or name another variable with --token-env NAME)'} to a token with the scopes docs/org-scan.md lists`);
  return { token, variable };
}

export function configFrom(io: CliIO, flags: GithubFlags): HookscanConfig {
  return flags.config ? loadConfig(resolve(io.cwd, flags.config), true) : loadConfig(join(io.cwd, CONFIG_FILE), false);
}

export function waitLine(io: CliIO) {
  return (w: RateLimitWait) => {
    const secs = Math.ceil(w.waitMs / 1000);
    io.stderr.write(`hookscan: GitHub ${w.kind} rate limit: waiting ${secs} s (until ${w.until.toISOString().slice(11, 19)} UTC) before ${w.request}\n`);
  };
}

export function clientFor(io: CliIO, flags: GithubFlags, token: string | undefined): Promise<GitHubClient> {
  return createGitHubClient({
    token,
    baseUrl: flags.githubApiUrl ?? io.env.GITHUB_API_URL ?? DEFAULT_API_URL,
    onWait: waitLine(io),
    maxWaitMs: flags.maxWait !== undefined ? flags.maxWait * 1000 : undefined,
  });
}

export function shardFrom(flags: GithubFlags): Shard | undefined {
  return flags.shard ? parseShard(flags.shard) : undefined;
}

export function defaultCache(io: CliIO): string {
  const xdg = io.env.XDG_CACHE_HOME;
  const home = io.env.HOME ?? homedir();
  return xdg ? join(xdg, 'hookscan', 'mirrors') : home ? join(home, '.cache', 'hookscan', 'mirrors') : join(io.cwd, '.hookscan-cache');
}

export function appendSummary(io: CliIO, file: string, text: string): void {
  try {
    appendFileSync(resolve(io.cwd, file), text);
  } catch (e) {
    throw new UsageError(`cannot write the summary to ${file}: ${(e as Error).message}`, { cause: e });
  }
}
