/**
 * Verification: after dedupe, each distinct URL is checked once (cache) through its provider's
 * verifier, with p-limit concurrency overall and per provider, a per-request timeout, bounded
 * retries, circuit breakers, and progress through a callback. Never reads the environment or argv.
 */
import pLimit, { type LimitFunction } from 'p-limit';
import { hostAllowed } from '../config/index.js';
import { scrubSecrets } from '../secrets/redact.js';
import { UsageError } from '../errors.js';
import {
  capturesOf,
  findingUrl,
  GuardedHttp,
  planFor,
  type CheckResult,
  type HttpOutcome,
  type Lookup,
  type ProbeRequest,
  type RetryPolicy,
  type Verifier,
  type VerifierContext,
} from '../providers/index.js';
import type { Finding, Progress, Verdict } from '../types.js';
import { VERSION } from '../version.js';
import { ProviderBreaker } from './breaker.js';
import { secretForms } from '../secrets/index.js';
import { parseOrigin } from './origin.js';

export interface VerifyOptions {
  /** Only these provider ids are contacted; findings of others get `skipped`. Default: all. */
  providers?: readonly string[];
  /** Provider id → origin (`https://proxy.example.com[/base]`) that receives its calls, path and query kept. May be loopback. */
  origins?: Readonly<Record<string, string>>;
  /** Self-hosted servers (Mattermost…) that may be contacted; `*.example.com` covers subdomains. */
  allowHosts?: readonly string[];
  /** Per request, in milliseconds (default 5000). */
  timeoutMs?: number;
  /** Requests in flight overall (default 8). */
  concurrency?: number;
  /** Requests in flight per provider (default 2). */
  perProviderConcurrency?: number;
  retry?: RetryPolicy;
  /** Overrides the run length of a provider's abuse breaker (Discord: 50 answers of 401/403/429 in a row). */
  invalidRequestRun?: number;
  /** Stop contacting a provider after this many timeouts in a row (default 3). */
  timeoutRun?: number;
  /** Verdicts by verification key, shared between calls (a key is verified once per cache). */
  cache?: Map<string, Verdict>;
  onProgress?: (p: Progress) => void;
  signal?: AbortSignal;
  /** DNS resolution (tests); default: the system resolver. */
  lookup?: Lookup;
  userAgent?: string;
  now?: () => Date;
}

export const DEFAULT_VERIFY_TIMEOUT_MS = 5000;

export { parseOrigin } from './origin.js';

/** The strings scrubbed from every reason: every form of the secret (src/secrets). */
function secretsOf(f: Finding): string[] {
  return secretForms(f);
}

function positive(name: string, v: number | undefined, fallback: number): number {
  if (v === undefined) return fallback;
  if (!Number.isInteger(v) || v < 1) throw new UsageError(`${name} must be a whole number ≥ 1`);
  return v;
}

/** A response worth reusing as a control answer (not a transport failure, 429 or 5xx). */
function reusable(o: HttpOutcome): boolean {
  return o.kind === 'response' && o.status !== 429 && o.status < 500;
}

class BreakerOpen extends Error {}

interface Check {
  key: string;
  verifier: Verifier;
  finding: Finding;
}

/**
 * Verifies findings. Returns copies with `verification` set on every finding: a verdict from the
 * provider, or `unverifiable` / `skipped` with the reason nothing was sent.
 */
export async function verify(findings: readonly Finding[], options: VerifyOptions = {}): Promise<Finding[]> {
  const timeoutMs = positive('the verification timeout', options.timeoutMs, DEFAULT_VERIFY_TIMEOUT_MS);
  const concurrency = positive('the verification concurrency', options.concurrency, 8);
  const perProvider = positive('the per-provider concurrency', options.perProviderConcurrency, 2);
  const timeoutRun = positive('timeoutRun', options.timeoutRun, 3);
  const origins = new Map(Object.entries(options.origins ?? {}).map(([p, o]) => [p, parseOrigin(p, o)] as const));
  const allowHosts = options.allowHosts ?? [];
  const selected = options.providers ? new Set(options.providers) : undefined;
  const stamp = () => (options.now?.() ?? new Date()).toISOString();
  const signal = options.signal;
  const http = new GuardedHttp({
    timeoutMs,
    origins,
    namedHosts: allowHosts,
    retry: options.retry,
    lookup: options.lookup,
    signal,
    userAgent: options.userAgent ?? `hookscan/${VERSION} (webhook verification; sends no message)`,
  });

  // Plan: a fixed verdict, or a job shared by every finding with the same verification key.
  const fixed = new Map<number, CheckResult>();
  const keyOf = new Map<number, string>();
  const jobs = new Map<string, Check>();
  findings.forEach((f, i) => {
    const plan = planFor(f);
    if (!('verifier' in plan)) return fixed.set(i, plan);
    const v = plan.verifier;
    if (selected && !selected.has(f.provider)) return fixed.set(i, { status: 'skipped', reason: `not checked: ${f.provider} is not in the selected providers (--verify-providers)` });
    let host: string;
    try {
      host = findingUrl(f).hostname;
    } catch {
      return fixed.set(i, { status: 'skipped', reason: 'not checked: the URL does not parse' });
    }
    // Verifiers read the parts the pattern names (the host above all), which the detector gives:
    // a finding without them (built by hand, or read back from a report without finding its URL
    // again) names nothing to check.
    if (!capturesOf(f).host) return fixed.set(i, { status: 'skipped', reason: `not checked: the finding has no parts of its URL from the ${f.ruleId} pattern (read back from a report? findingsFromReport finds them again)` });
    if (v.selfHosted && !hostAllowed(host, allowHosts)) {
      return fixed.set(i, { status: 'skipped', reason: `not checked: ${host} is a self-hosted ${f.providerName} server; allow it with --verify-allow-host ${host}` });
    }
    const key = `${v.provider}\0${v.key(f)}`;
    keyOf.set(i, key);
    if (!jobs.has(key)) jobs.set(key, { key, verifier: v, finding: f });
  });

  const total = jobs.size;
  let done = 0;
  const progress = () => options.onProgress?.({ phase: 'verify', done, total, bytes: 0, findings: findings.length });
  progress();

  const cache = options.cache ?? new Map<string, Verdict>();
  const global = pLimit(concurrency);
  const limiters = new Map<string, LimitFunction>();
  const breakers = new Map<string, ProviderBreaker>();
  const controls = new Map<string, Promise<HttpOutcome>>();
  const limiterFor = (p: string) => limiters.get(p) ?? limiters.set(p, pLimit(perProvider)).get(p)!;
  const breakerFor = (v: Verifier) => {
    let b = breakers.get(v.provider);
    if (!b) {
      const policy = v.breaker && options.invalidRequestRun ? { ...v.breaker, run: options.invalidRequestRun } : v.breaker;
      b = new ProviderBreaker(v.provider, policy, timeoutRun);
      breakers.set(v.provider, b);
    }
    return b;
  };

  const runJob = async (job: Check): Promise<Verdict> => {
    if (signal?.aborted) throw signal.reason;
    const { verifier: v, finding: f } = job;
    const breaker = breakerFor(v);
    // A provider that just timed out: let its requests in flight finish (and count) before
    // deciding whether to send more, so a silent provider costs one wave of timeouts, not two.
    if (breaker.timeoutStreak > 0 && breaker.pending.size) await Promise.allSettled([...breaker.pending]);
    if (breaker.tripped) return { ...breaker.tripped, checkedAt: stamp() };
    const secrets = secretsOf(f);
    const matchedHost = findingUrl(f).hostname;
    const send = async (req: ProbeRequest) => {
      // A breaker tripped while this job was under way: send nothing more.
      if (breaker.tripped) throw new BreakerOpen();
      const pending = http.request({ ...req, provider: v.provider, matchedHost, allowedHosts: v.selfHosted ? allowHosts : v.hosts, secrets });
      breaker.pending.add(pending);
      try {
        const o = await pending;
        breaker.observe(o);
        return o;
      } finally {
        breaker.pending.delete(pending);
      }
    };
    const ctx: VerifierContext = {
      send,
      control: (key, make) => {
        const k = `${v.provider}\0${key}`;
        let p = controls.get(k);
        if (!p) {
          p = make().then((o) => {
            if (!reusable(o)) controls.delete(k);
            return o;
          });
          controls.set(k, p);
          p.catch(() => controls.delete(k));
        }
        return p;
      },
    };
    let r: CheckResult;
    try {
      r = await v.check(f, ctx);
    } catch (e) {
      if (signal?.aborted) throw signal.reason;
      const tripped = breaker.tripped as CheckResult | undefined; // set since the check above, by another job
      if (e instanceof BreakerOpen && tripped) return { ...tripped, checkedAt: stamp() };
      r = { status: 'unknown', reason: `verifier error: ${(e as Error)?.message ?? String(e)}` };
    }
    return { status: r.status, reason: scrubSecrets(r.reason, secrets), checkedAt: stamp() };
  };

  await Promise.all(
    [...jobs.values()].map((job) =>
      limiterFor(job.verifier.provider)(() =>
        global(async () => {
          if (!cache.has(job.key)) cache.set(job.key, await runJob(job));
          done++;
          progress();
        }),
      ),
    ),
  );

  return findings.map((f, i) => {
    const key = keyOf.get(i);
    const verdict: Verdict = key ? { ...cache.get(key)! } : { ...fixed.get(i)!, checkedAt: stamp() };
    return { ...f, verification: verdict };
  });
}
