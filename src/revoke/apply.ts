/**
 * Applying a revocation plan: the effects. One step at a time (destructive requests, small
 * numbers): check the webhook just before acting, act only when it is live (or, with
 * --include-unverified, when that cannot be established), send the revocation through the guarded
 * HTTP helper, check again, and call it `revoked` only when the provider now answers dead. Every
 * step is appended to the audit log as it happens. Credentials come in as values from the caller
 * (the CLI reads the environment); they are scrubbed from every string that goes out.
 */
import { hostAllowed } from '../config/index.js';
import { scrubSecrets } from '../secrets/redact.js';
import { maskCredentials, secretForms } from '../secrets/index.js';
import { findingUrl, GuardedHttp, revokerFor, type HttpOutcome, type Lookup, type RetryPolicy, type Revoker, type RevokeCheck, type RevokerContext } from '../providers/index.js';
import type { Finding } from '../types.js';
import { DEFAULT_VERIFY_TIMEOUT_MS, parseOrigin, verify } from '../verify/index.js';
import { VERSION } from '../version.js';
import { appendAudit, type AuditEntry } from './audit-log.js';
import type { RevocationOutcome, RevocationPlan, RevocationResult, RevocationStep, StepResult } from './types.js';

export interface ApplyOptions {
  /** Credential values by name (HOOKSCAN_MATTERMOST_TOKEN…). Never printed, logged or written. */
  credentials?: Readonly<Record<string, string | undefined>>;
  /** Where the user should set a missing credential, by name (default: the name itself), e.g. a variable named in .hookscan.yaml. */
  credentialHints?: Readonly<Record<string, string>>;
  /** Provider id → origin that receives its calls (path and query kept); the same mapping as verification. */
  origins?: Readonly<Record<string, string>>;
  /** Self-hosted servers (Mattermost, Rocket.Chat) that may receive a credential; `*.example.com` covers subdomains. */
  allowHosts?: readonly string[];
  /** Per request, in milliseconds (default 5000). */
  timeoutMs?: number;
  retry?: RetryPolicy;
  /** JSON Lines file the audit entries are appended to, one per step, as they happen (absolute path). */
  auditLog?: string;
  /** Called after each step. */
  onResult?: (r: StepResult) => void;
  signal?: AbortSignal;
  /** DNS resolution (tests). */
  lookup?: Lookup;
  userAgent?: string;
  now?: () => Date;
}

const CREDENTIAL_MASK = '[credential]';

/** The strings scrubbed from every detail: the URL, the secret and its parts. */
function secretsOf(f: Finding): string[] {
  return secretForms(f);
}

export function toAuditEntry(r: StepResult): AuditEntry {
  return {
    time: r.time,
    fingerprint: r.fingerprint,
    provider: r.provider,
    action: r.action,
    ...(r.httpStatus !== undefined ? { httpStatus: r.httpStatus } : {}),
    outcome: r.outcome,
    detail: r.detail,
  };
}

/** The plan carried out. `findings` supply the full URLs (the plan has only redacted ones), matched by fingerprint. */
export async function applyRevocation(plan: RevocationPlan, findings: readonly Finding[], options: ApplyOptions = {}): Promise<RevocationResult> {
  const stamp = () => (options.now?.() ?? new Date()).toISOString();
  const originUrls = new Map(Object.entries(options.origins ?? {}).map(([p, o]) => [p, parseOrigin(p, o)] as const));
  const allowHosts = options.allowHosts ?? [];
  const timeoutMs = options.timeoutMs ?? DEFAULT_VERIFY_TIMEOUT_MS;
  const userAgent = options.userAgent ?? `hookscan/${VERSION} (webhook revocation)`;
  const http = new GuardedHttp({ timeoutMs, origins: originUrls, namedHosts: allowHosts, retry: options.retry, lookup: options.lookup, signal: options.signal, userAgent });
  const credentials = options.credentials ?? {};
  const credentialValues = Object.values(credentials).filter((v): v is string => !!v);
  const byFingerprint = new Map(findings.map((f) => [f.fingerprint, f] as const));

  const clean = (s: string, f?: Finding) => {
    const out = maskCredentials(s, credentialValues, CREDENTIAL_MASK);
    return f ? scrubSecrets(out, secretsOf(f)) : out;
  };

  /** Liveness with the revoker's credentials, or through the provider's verifier. */
  const check = async (r: Revoker, f: Finding, ctx: RevokerContext): Promise<RevokeCheck> => {
    if (r.check) return r.check(f, ctx);
    const [v] = await verify([f], {
      providers: [f.provider],
      origins: options.origins,
      allowHosts,
      timeoutMs,
      retry: options.retry,
      lookup: options.lookup,
      signal: options.signal,
      userAgent: `hookscan/${VERSION} (webhook verification; sends no message)`,
    });
    return { status: v.verification!.status, reason: v.verification!.reason };
  };

  const act = async (step: RevocationStep, f: Finding, r: Revoker): Promise<Omit<StepResult, 'time' | 'fingerprint' | 'provider' | 'action' | 'counted'>> => {
    const url = findingUrl(f);
    const host = url.hostname;
    if (r.selfHosted && !hostAllowed(host, allowHosts)) {
      return { outcome: 'skipped', detail: `not contacted: ${host} is a self-hosted ${f.providerName} server; allow it with --verify-allow-host ${host} to send it the credential` };
    }
    const missing = r.credentials.filter((c) => !credentials[c.name]);
    if (missing.length) {
      const where = missing.map((c) => options.credentialHints?.[c.name] ?? c.name);
      return { outcome: 'skipped', detail: `missing credential: set ${where.join(' and ')} (${missing.map((c) => c.description).join('; ')})` };
    }
    if (r.credentials.length && url.protocol === 'http:' && !originUrls.has(f.provider)) {
      return {
        outcome: 'skipped',
        detail: `not contacted: ${host} is plain http and the credential would travel unencrypted; name the origin explicitly with --verify-origin ${f.provider}=ORIGIN if that is intended`,
      };
    }
    const ctx: RevokerContext = {
      send: (req): Promise<HttpOutcome> =>
        http.request({
          ...req,
          provider: f.provider,
          // Self-hosted: only the finding's own (allowed) host. Otherwise the revoker's API hosts.
          matchedHost: r.selfHosted ? host : req.url.hostname,
          allowedHosts: r.selfHosted ? allowHosts : r.hosts,
          // Credentials are masked whole by clean() below (scrubSecrets would keep their first characters).
          secrets: secretsOf(f),
        }),
      credential: (name) => credentials[name] ?? '',
    };

    const before = await check(r, f, ctx);
    const beforeNote = { status: before.status, reason: before.reason };
    if (before.status === 'dead') {
      return { outcome: 'already-gone', httpStatus: before.httpStatus, detail: `re-verified dead before acting, nothing sent: ${before.reason}`, before: beforeNote };
    }
    if (before.status !== 'live' && !plan.includeUnverified) {
      return {
        outcome: 'skipped',
        httpStatus: before.httpStatus,
        detail: `not revoked: the check just before acting gave ${before.status} (${before.reason}); only webhooks confirmed live are revoked (--include-unverified to act anyway)`,
        before: beforeNote,
      };
    }
    const attempt = await r.revoke(f, ctx);
    const sent = `${step.action} → ${attempt.detail}`;
    if (attempt.result === 'failed') return { outcome: 'failed', httpStatus: attempt.httpStatus, detail: `${sent}`, before: beforeNote };
    const after = await check(r, f, ctx);
    const afterNote = { status: after.status, reason: after.reason };
    if (after.status === 'dead') {
      return {
        outcome: attempt.result === 'gone' ? 'already-gone' : 'revoked',
        httpStatus: attempt.httpStatus,
        detail: `${sent}; re-verified dead: ${after.reason}`,
        before: beforeNote,
        after: afterNote,
      };
    }
    return {
      outcome: 'failed',
      httpStatus: attempt.httpStatus,
      detail: `${sent}; but the check afterwards gave ${after.status} (${after.reason}), so it is not known to be revoked`,
      before: beforeNote,
      after: afterNote,
    };
  };

  const results: StepResult[] = [];
  for (const step of plan.steps) {
    options.signal?.throwIfAborted();
    const head = { fingerprint: step.fingerprint, provider: step.provider, action: step.action };
    const f = byFingerprint.get(step.fingerprint);
    const r = step.action === 'manual' ? undefined : revokerFor(step.ruleId);
    let body: Omit<StepResult, 'time' | 'fingerprint' | 'provider' | 'action' | 'counted'>;
    let counted = false;
    if (step.action === 'manual') {
      body = { outcome: 'manual', detail: `by hand, following the runbook: ${step.why}` };
    } else if (!step.eligible) {
      body = { outcome: 'skipped', detail: step.why };
    } else if (!f || !r) {
      counted = true;
      body = { outcome: 'skipped', detail: !f ? 'the finding is not in the findings given to apply' : `no revoker for ${step.ruleId}` };
    } else {
      counted = true;
      try {
        body = await act(step, f, r);
      } catch (e) {
        if (options.signal?.aborted) throw options.signal.reason;
        body = { outcome: 'failed', detail: `error: ${(e as Error)?.message ?? String(e)}` };
      }
    }
    const result: StepResult = {
      time: stamp(),
      ...head,
      ...body,
      detail: clean(body.detail, f),
      ...(body.before ? { before: { status: body.before.status, reason: clean(body.before.reason, f) } } : {}),
      ...(body.after ? { after: { status: body.after.status, reason: clean(body.after.reason, f) } } : {}),
      counted,
    };
    results.push(result);
    if (options.auditLog) appendAudit(options.auditLog, [toAuditEntry(result)]);
    options.onResult?.(result);
  }

  const counts: Record<RevocationOutcome, number> = { revoked: 0, 'already-gone': 0, failed: 0, skipped: 0, manual: 0 };
  for (const r of results) counts[r.outcome]++;
  const ok = results.every((r) => !r.counted || r.outcome === 'revoked' || r.outcome === 'already-gone');
  return { results, ok, counts };
}
