/** A verifier's verdicts: the provider's answer read as live, dead or unknown, and the transport outcomes every provider reads alike. */
import { answer, type Response } from './answer-text.js';
import type { CheckResult, HttpOutcome } from './types.js';

export const live = (reason: string): CheckResult => ({ status: 'live', reason });
export const dead = (reason: string): CheckResult => ({ status: 'dead', reason });
export const unknown = (reason: string): CheckResult => ({ status: 'unknown', reason });
export const unrecognised = (r: Response): CheckResult => unknown(`unrecognised answer: ${answer(r)}`);
/** 2xx where the probe must be rejected: the hook is live, and something may have happened. */
export const acceptedProbe = (r: Response, provider: string): CheckResult =>
  live(`${answer(r)}: ${provider} accepted a probe it should have rejected (report this to the hookscan maintainers)`);

/**
 * Outcomes that mean "could not tell", whatever the provider: no answer, a network error, a
 * redirect (never followed), a refused request, 429 after the bounded retries, 5xx.
 * Undefined when the answer is the provider's to interpret.
 */
export function transportVerdict(o: HttpOutcome): CheckResult | undefined {
  switch (o.kind) {
    case 'timeout':
    case 'network':
      return unknown(o.reason);
    case 'refused':
      return { status: 'skipped', reason: o.reason };
    case 'redirect':
      return unknown(`redirected (HTTP ${o.status}) to ${o.to}; redirects are not followed`);
    case 'response':
      if (o.status === 429) return unknown(`rate limited: ${answer(o)}${o.attempts > 1 ? ` after ${o.attempts} attempts` : ''}`);
      if (o.status >= 500) return unknown(`provider error: ${answer(o)}`);
      return undefined;
  }
}
