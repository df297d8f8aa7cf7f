/**
 * The seam between the revocation runner (src/revoke/apply.ts) and one provider's revoker.
 * A revoker sends its requests through the same guarded HTTP helper as verification (host
 * allowlist, origin mapping, timeouts, bounded 429 retries, secrets scrubbed from reasons).
 */
import { redactSecret } from '../secrets/redact.js';
import { maskSecrets } from '../secrets/index.js';
import type { Finding } from '../types.js';
import { capturesOf, part } from './captures.js';
import type { CheckResult, HttpOutcome } from './types.js';
import { answer, quote, responseOf, type Response } from './answer-text.js';
import { apiHosts, revokedRules } from './catalog.js';

/** A credential a revoker needs. Only its name is ever printed, logged or written. */
export interface CredentialSpec {
  /** The environment variable read by default, and the key under `revoke-credentials` in .hookscan.yaml. */
  name: string;
  /** What it is and the permission it needs. */
  description: string;
}

/** A request a revoker asks for. Unlike a verifier's ProbeRequest it may DELETE. */
export interface ActionRequest {
  method: 'GET' | 'POST' | 'DELETE';
  url: URL;
  headers?: Record<string, string>;
  body?: string;
}

export interface RevokerContext {
  /** Sends one request through the guarded helper. */
  send(req: ActionRequest): Promise<HttpOutcome>;
  /** The value of one of the revoker's credentials (present: the runner checks before calling). */
  credential(name: string): string;
}

/** A read-only liveness check made with the revoker's credentials. */
export type RevokeCheck = CheckResult & { httpStatus?: number };

/** What the revoking request(s) came to, before the re-verification afterwards. */
export interface RevokeAttempt {
  /** done: the provider accepted it; gone: it answered that the webhook does not exist (any more). */
  result: 'done' | 'gone' | 'failed';
  httpStatus?: number;
  /** The provider's answer, for people (scrubbed of secrets by the runner). */
  detail: string;
}

export type RevokeActionKind = 'delete' | 'disable' | 'rotate';

export interface Revoker {
  /** Provider id, as in patterns/<provider>.yaml. */
  provider: string;
  /** Pattern ids it revokes. */
  ruleIds: readonly string[];
  /** delete the webhook, disable (deactivate) what serves it, or rotate the key that signs it. */
  action: RevokeActionKind;
  credentials: readonly CredentialSpec[];
  /** Hosts it may call ("*.suffix" covers subdomains). Empty for self-hosted providers. */
  hosts: readonly string[];
  /** Self-hosted: only the finding's own host, and only when the user allowed it (--verify-allow-host). */
  selfHosted?: boolean;
  /** Set when the API is not confirmed by a source read for docs/revocation.md: used only with --unconfirmed-apis. */
  unconfirmed?: string;
  /** Why this finding cannot be revoked by API (a URL form the API does not cover); undefined when it can. */
  unsupported?(f: Finding): string | undefined;
  /** The request(s) it will send, for the plan, the secret redacted. Pure. */
  describe(f: Finding): string;
  /** A read-only liveness check with the credentials; without one the provider's verifier (src/verify) is used. */
  check?(f: Finding, ctx: RevokerContext): Promise<RevokeCheck>;
  /** Sends the revocation. */
  revoke(f: Finding, ctx: RevokerContext): Promise<RevokeAttempt>;
}

// ---- helpers shared by revokers -------------------------------------------------------------

/** The finding's URL with the secret redacted (what a plan may show). */
export function redactedRequest(method: string, url: string, secrets: readonly string[]): string {
  return `${method} ${maskSecrets(url, secrets, redactSecret, { min: 4 })}`;
}

/** The base of a self-hosted server: scheme, host, port and any path before `/hooks/` (the pattern's `scheme`, `host`, `port` and `base` groups). */
export function selfHostedBase(f: Pick<Finding, 'provider' | 'ruleId' | 'url' | 'captures'>): { origin: string; basePath: string } {
  const c = capturesOf(f);
  return { origin: `${part(f, 'scheme').toLowerCase()}://${part(f, 'host')}${c.port ? `:${c.port}` : ''}`, basePath: c.base ?? '' };
}

/** origin + path (+ query). */
export function urlAt(origin: string, path: string, query?: Record<string, string>): URL {
  const u = new URL(origin);
  u.pathname = path;
  if (query) u.search = new URLSearchParams(query).toString();
  return u;
}

/** A transport outcome (no HTTP answer, redirect, refused) as a failed attempt; undefined for a response. */
export function transportFailure(o: HttpOutcome): RevokeAttempt | undefined {
  switch (o.kind) {
    case 'response':
      return undefined;
    case 'redirect':
      return { result: 'failed', httpStatus: o.status, detail: `redirected (HTTP ${o.status}) to ${o.to}; redirects are not followed` };
    default:
      return { result: 'failed', detail: o.reason };
  }
}

/** A response that is not the provider's verdict: 401/403 (credential), 429 after retries, 5xx. */
export function failedAnswer(r: Response, what = 'the provider'): RevokeAttempt {
  const why =
    r.status === 401 ? ': the credential was rejected' : r.status === 403 ? ': the credential lacks the permission' : r.status === 429 ? ': rate limited (after the bounded retries)' : r.status >= 500 ? `: ${what} failed` : '';
  return { result: 'failed', httpStatus: r.status, detail: `${answer(r)}${why}` };
}

/** A transport outcome as an `unknown` check; undefined for a response. */
export function transportCheck(o: HttpOutcome): RevokeCheck | undefined {
  if (o.kind === 'response') return undefined;
  if (o.kind === 'redirect') return { status: 'unknown', reason: `redirected (HTTP ${o.status}) to ${o.to}; redirects are not followed`, httpStatus: o.status };
  return { status: o.kind === 'refused' ? 'skipped' : 'unknown', reason: o.reason };
}

/**
 * The revoker of a provider's rules marked `revoke: true` (its pattern file), calling its admin
 * API's hosts (`api-hosts`, else its webhook domains; none for a self-hosted provider: only hosts
 * the user allowed).
 */
export function apiRevoker(provider: string, spec: Omit<Revoker, 'provider' | 'ruleIds' | 'hosts'>): Revoker {
  return { provider, ruleIds: revokedRules(provider), hosts: spec.selfHosted ? [] : apiHosts(provider), ...spec };
}

/** A revoker request's answer to read, or what its outcome already says (refused, redirect, no answer). */
export function checkable(o: HttpOutcome): Response | RevokeCheck {
  return transportCheck(o) ?? responseOf(o)!;
}

/** An answer to a check that says nothing about the webhook. */
export function unknownCheck(r: Response, why = 'unrecognised answer'): RevokeCheck {
  const extra = r.status === 401 ? ' (the credential was rejected)' : r.status === 403 ? ' (the credential lacks the permission)' : '';
  return { status: 'unknown', reason: `${why}: ${answer(r)}${extra}`, httpStatus: r.status };
}

export { quote };
