/**
 * How a verifier is made: its rules and hosts come from its pattern file (catalog.ts), and each
 * probe's outcome is either a response to read or a verdict already (transportVerdict).
 */
import { verifiedRules, webhookHosts } from './catalog.js';
import type { CheckResult, HttpOutcome, Verifier } from './types.js';
import { responseOf, type Response } from './answer-text.js';
import { transportVerdict } from './verdicts.js';

/**
 * The verifier of a provider's rules marked `verify: true`, calling its webhook hosts (none for a
 * self-hosted provider: only hosts the user allowed); findings with the same secret are verified once.
 */
export function webhookVerifier(provider: string, spec: Pick<Verifier, 'check'> & Partial<Pick<Verifier, 'key' | 'breaker' | 'selfHosted'>>): Verifier {
  return { provider, ruleIds: verifiedRules(provider), hosts: spec.selfHosted ? [] : webhookHosts(provider), key: (f) => f.secret, ...spec };
}

/** A probe's answer to read, or the verdict its outcome already is (timeout, refusal, redirect, 429, 5xx). */
export function readable(o: HttpOutcome): Response | CheckResult {
  return transportVerdict(o) ?? responseOf(o)!;
}

/** Whether readable() (or a revoker's checkable()) gave a verdict rather than a response. */
export function isVerdict<V extends { status: string; reason: string }>(r: Response | V): r is V {
  return !('kind' in r);
}
