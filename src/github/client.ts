/**
 * The GitHub REST client: @octokit/rest with the base URL of github.com or a GitHub Enterprise
 * Server. Transient failures (5xx answers, dropped connections) are retried by
 * @octokit/plugin-retry (3 times, 1 s, 4 s, 9 s apart); rate limits by a request hook here, which
 * honours them instead of failing:
 *  - primary limit: once `x-ratelimit-remaining` reaches 0, requests wait until
 *    `x-ratelimit-reset`; a 403/429 that says the limit is exhausted waits and retries;
 *  - secondary limits: a 403/429 with `retry-after` waits that many seconds and retries (without
 *    the header, one minute, as GitHub's documentation asks);
 *  - every wait is announced through `onWait` (the CLI prints a progress line) and is abortable.
 * The token goes to Octokit only; it is never part of an error message this module makes.
 *
 * @octokit/plugin-throttling was tried for the rate limits and not adopted: it treats a 403/429
 * as a secondary limit only when the message says "secondary rate" (a 429 with `retry-after` and
 * another message is not retried), it does not wait before a request once the budget is known to
 * be spent (each spent budget costs one refused request), and its waits cannot be aborted.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import type { Octokit } from '@octokit/rest';
import pLimit from 'p-limit';
import { EnvironmentError, UsageError } from '../errors.js';
import { VERSION } from '../version.js';

export const DEFAULT_API_URL = 'https://api.github.com';

export interface RateLimitWait {
  /** primary: the hourly budget is spent; secondary: GitHub asked to slow down (`retry-after`). */
  kind: 'primary' | 'secondary';
  waitMs: number;
  until: Date;
  /** The request that waits, as `GET /orgs/{org}/repos` (no query, no token). */
  request: string;
}

export interface GitHubClientOptions {
  token?: string;
  /** REST API root: https://api.github.com, or https://HOST/api/v3 for GitHub Enterprise Server. */
  baseUrl?: string;
  onWait?: (w: RateLimitWait) => void;
  signal?: AbortSignal;
  /** The longest single wait accepted (default one hour); a longer one fails the request. */
  maxWaitMs?: number;
  /** Rate-limit retries of one request (default 5). */
  maxRetries?: number;
  /** Retries of a 5xx answer or a dropped connection (default 3). */
  transientRetries?: number;
  /** Requests in flight at once (default 8; GitHub's secondary limit is about 100). */
  concurrency?: number;
  /** For tests: the clock. */
  now?: () => number;
}

export interface GitHubClient {
  octokit: Octokit;
  baseUrl: string;
  /** The API host (for messages). */
  host: string;
  /** What the last response said about the primary budget. */
  rateLimit(): { remaining?: number; resetAt?: Date };
}

interface HttpLikeError {
  status?: number;
  message?: string;
  response?: { headers?: Record<string, string | number | undefined>; data?: unknown };
}

function header(h: Record<string, string | number | undefined> | undefined, name: string): string | undefined {
  const v = h?.[name];
  return v === undefined ? undefined : String(v);
}

/** A request's path for messages: no origin, no API prefix, no query (Link-header pages are absolute URLs). */
function requestPath(url: string, baseUrl: string): string {
  if (!/^https?:\/\//i.test(url)) return url.split('?')[0];
  const path = new URL(url).pathname;
  const prefix = new URL(baseUrl).pathname.replace(/\/+$/, '');
  return prefix && path.startsWith(`${prefix}/`) ? path.slice(prefix.length) : path;
}

/** Normalises and checks an API root URL. */
export function apiBaseUrl(raw: string | undefined): string {
  const text = (raw ?? DEFAULT_API_URL).trim();
  let u: URL;
  try {
    u = new URL(text);
  } catch {
    throw new UsageError(`--github-api-url '${text}' is not a URL (github.com: ${DEFAULT_API_URL}; Enterprise Server: https://HOST/api/v3)`);
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') throw new UsageError(`--github-api-url must be an http(s) URL, got '${text}'`);
  if (u.username || u.password) throw new UsageError('--github-api-url must not hold credentials; pass the token through GITHUB_TOKEN or --token-env');
  return u.href.replace(/\/+$/, '');
}

/** Loads Octokit on first use (the scan commands never pay for it). */
export async function createGitHubClient(opts: GitHubClientOptions = {}): Promise<GitHubClient> {
  const [{ Octokit }, { retry }] = await Promise.all([import('@octokit/rest'), import('@octokit/plugin-retry')]);
  const baseUrl = apiBaseUrl(opts.baseUrl);
  const now = opts.now ?? Date.now;
  const maxWaitMs = opts.maxWaitMs ?? 60 * 60 * 1000;
  const maxRetries = opts.maxRetries ?? 5;
  const limit = pLimit(opts.concurrency ?? 8);
  const state: { remaining?: number; resetMs?: number } = {};
  const silent = () => {};
  const octokit = new (Octokit.plugin(retry))({
    // 403 and 429 are rate limits (the hook below) or permissions: never retried blindly.
    retry: { doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451], retries: opts.transientRetries ?? 3 },
    auth: opts.token || undefined,
    baseUrl,
    userAgent: `hookscan/${VERSION}`,
    log: { debug: silent, info: silent, warn: silent, error: silent },
    request: { signal: opts.signal },
  });

  const wait = async (kind: RateLimitWait['kind'], ms: number, request: string) => {
    const waitMs = Math.max(0, Math.ceil(ms));
    if (waitMs > maxWaitMs) {
      const until = new Date(now() + waitMs).toISOString();
      throw new EnvironmentError(`GitHub ${kind} rate limit: the next request is allowed at ${until}, later than the longest wait accepted (${Math.round(maxWaitMs / 1000)} s); run again later or with fewer repositories (--shard)`);
    }
    opts.onWait?.({ kind, waitMs, until: new Date(now() + waitMs), request });
    await sleep(waitMs, undefined, { signal: opts.signal });
  };

  const record = (h: Record<string, string | number | undefined> | undefined) => {
    const resource = header(h, 'x-ratelimit-resource');
    if (resource && resource !== 'core') return; // search and graphql budgets are separate
    const remaining = header(h, 'x-ratelimit-remaining');
    const reset = header(h, 'x-ratelimit-reset');
    if (remaining !== undefined && /^\d+$/.test(remaining)) state.remaining = Number(remaining);
    if (reset !== undefined && /^\d+$/.test(reset)) state.resetMs = Number(reset) * 1000;
  };

  octokit.hook.wrap('request', async (request, options) => {
    const name = `${options.method} ${requestPath(String(options.url), baseUrl)}`;
    for (let attempt = 0; ; attempt++) {
      // The budget is spent: wait for its reset before sending anything.
      if (state.remaining === 0 && state.resetMs !== undefined && state.resetMs > now()) {
        await wait('primary', state.resetMs - now() + 250, name);
        state.remaining = undefined;
      }
      try {
        const res = await limit(() => request(options));
        record(res.headers as Record<string, string | number | undefined>);
        return res;
      } catch (e) {
        const err = e as HttpLikeError;
        const h = err.response?.headers;
        record(h);
        if ((err.status !== 403 && err.status !== 429) || attempt >= maxRetries) throw e;
        const retryAfter = header(h, 'retry-after');
        const remaining = header(h, 'x-ratelimit-remaining');
        const reset = header(h, 'x-ratelimit-reset');
        const text = `${err.message ?? ''} ${JSON.stringify(err.response?.data ?? '')}`;
        if (retryAfter !== undefined && /^\d+$/.test(retryAfter)) {
          await wait('secondary', Number(retryAfter) * 1000, name);
        } else if (remaining === '0' && reset !== undefined && /^\d+$/.test(reset)) {
          await wait('primary', Number(reset) * 1000 - now() + 250, name);
          state.remaining = undefined;
        } else if (/secondary rate limit|abuse/i.test(text)) {
          await wait('secondary', 60_000, name);
        } else {
          throw e; // a plain 403: permissions, not a limit
        }
      }
    }
  });

  return {
    octokit,
    baseUrl,
    host: new URL(baseUrl).host,
    rateLimit: () => ({ remaining: state.remaining, resetAt: state.resetMs !== undefined ? new Date(state.resetMs) : undefined }),
  };
}

/** The HTTP status of an Octokit error, if it has one. */
export function statusOf(e: unknown): number | undefined {
  const s = (e as HttpLikeError | undefined)?.status;
  return typeof s === 'number' ? s : undefined;
}

/** A short, token-free description of a failed API call. */
export function describeApiError(e: unknown): string {
  const err = e as HttpLikeError & { name?: string };
  const status = statusOf(e);
  const msg = (err?.message ?? String(e)).split('\n')[0].replace(/\s+-\s+https:\/\/docs\.github\.com\S*/, '');
  return status ? `HTTP ${status}: ${msg}` : msg;
}
