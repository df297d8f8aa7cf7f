/** The seam between the verification runner (src/verify) and one provider's verifier. */
import type { Finding, VerificationStatus } from '../types.js';

/** What one guarded request came to. Reason strings are scrubbed of secrets; a body is raw. */
export type HttpOutcome =
  | { kind: 'response'; status: number; headers: Headers; body: string; attempts: number }
  /** A 3xx answer: never followed; `to` names only the target host. */
  | { kind: 'redirect'; status: number; to: string }
  | { kind: 'timeout'; reason: string }
  | { kind: 'network'; reason: string }
  /** Not sent: the policy refused it (host not allowed, private address). */
  | { kind: 'refused'; reason: string };

/** A verdict before the runner stamps `checkedAt`. */
export interface CheckResult {
  status: VerificationStatus;
  reason: string;
}

/** A request as a verifier asks for it: always at the host the finding's URL names. */
export interface ProbeRequest {
  method: 'GET' | 'POST';
  url: URL;
  headers?: Record<string, string>;
  body?: string;
}

export interface VerifierContext {
  /** Sends one request through the guarded helper (host policy, timeout, no redirects, retries). */
  send(req: ProbeRequest): Promise<HttpOutcome>;
  /**
   * A control probe: the same request for a randomized fake credential, sent once per `key` and
   * run, answer cached. Used where the provider's bad-token answer is not documented to differ.
   */
  control(key: string, make: () => Promise<HttpOutcome>): Promise<HttpOutcome>;
}

/** Stop verifying a provider after a run of answers that count against its abuse limit. */
export interface BreakerPolicy {
  statuses: number[];
  /** Consecutive counted answers that stop the provider for the rest of the run. */
  run: number;
  /** Counted answers within `windowMs` that stop it. */
  windowLimit: number;
  windowMs: number;
  why: string;
}

export interface Verifier {
  /** Provider id, as in patterns/<provider>.yaml. */
  provider: string;
  /** Pattern ids this verifier checks. */
  ruleIds: readonly string[];
  /** Hosts it may call ("*.example.com" covers subdomains). Empty for self-hosted providers. */
  hosts: readonly string[];
  /** Self-hosted: only hosts the user allowed explicitly (--verify-allow-host) are contacted. */
  selfHosted?: boolean;
  breaker?: BreakerPolicy;
  /** Findings with equal keys are verified once per run. */
  key(f: Finding): string;
  /** Sends only requests that cannot deliver a message or start a run. */
  check(f: Finding, ctx: VerifierContext): Promise<CheckResult>;
}

/** What the registry says to do with a finding. */
export type VerificationPlan = { verifier: Verifier } | { status: 'unverifiable' | 'skipped'; reason: string };
