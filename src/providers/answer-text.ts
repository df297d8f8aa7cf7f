/** A provider's answer as reason text: one line, printable, bounded, never followed. */
import type { HttpOutcome } from './types.js';

export type Response = Extract<HttpOutcome, { kind: 'response' }>;

/** The response of an outcome, or undefined (then transportVerdict has the verdict). */
export function responseOf(o: HttpOutcome): Response | undefined {
  return o.kind === 'response' ? o : undefined;
}

/** A provider's answer, fit for a reason string: one line, printable, bounded. */
export function quote(body: string, max = 160): string {
  const one = body.replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' ').replace(/\s+/g, ' ').trim();
  if (!one) return '(empty body)';
  return JSON.stringify(one.length > max ? `${one.slice(0, max)}…` : one);
}

/** "HTTP 403 "invalid_token"" */
export function answer(r: Response): string {
  return `HTTP ${r.status} ${quote(r.body)}`;
}

/** Describes a control probe's outcome for a reason string. */
export function describeOutcome(o: HttpOutcome): string {
  return o.kind === 'response' ? answer(o) : o.kind === 'redirect' ? `a redirect (HTTP ${o.status})` : o.reason;
}
