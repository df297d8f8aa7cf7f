/** Pieces every verifier shares: URL normalisation, randomness, quoting answers, transport verdicts. */
import { randomBytes } from 'node:crypto';
import type { Finding } from '../types.js';
import type { CheckResult, HttpOutcome } from './types.js';
import { part } from './captures.js';

export type Response = Extract<HttpOutcome, { kind: 'response' }>;

/** The finding's URL as a URL object (a scheme-less match gets https). */
export function findingUrl(f: Pick<Finding, 'url'>): URL {
  const raw = /^[a-z][a-z0-9+.-]*:\/\//i.test(f.url) ? f.url : `https://${f.url}`;
  return new URL(raw);
}

/** https://<host of the finding><path>[?query] — the finding's host (its pattern's `host` group), the verifier's path. */
export function atHost(f: Pick<Finding, 'provider' | 'ruleId' | 'url' | 'captures'>, path: string, query?: Record<string, string>): URL {
  const u = new URL(`https://${part(f, 'host')}`);
  u.pathname = path;
  if (query) u.search = new URLSearchParams(query).toString();
  return u;
}

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** Random characters from an alphabet (crypto random). */
export function randomFrom(alphabet: string, n: number): string {
  let out = '';
  while (out.length < n) {
    for (const b of randomBytes(n * 2)) {
      // Rejection sampling keeps the distribution uniform.
      if (b < 256 - (256 % alphabet.length)) out += alphabet[b % alphabet.length];
      if (out.length === n) break;
    }
  }
  return out;
}
export const randomHex = (n: number) => randomFrom('0123456789abcdef', n);
export const randomAlnum = (n: number) => randomFrom(ALNUM, n);

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

export function parseJson(body: string): Record<string, unknown> | undefined {
  try {
    const j = JSON.parse(body) as unknown;
    return j && typeof j === 'object' && !Array.isArray(j) ? (j as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

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

/** The response of an outcome, or undefined (then transportVerdict has the verdict). */
export function responseOf(o: HttpOutcome): Response | undefined {
  return o.kind === 'response' ? o : undefined;
}

/** A JSON body field as a number (DingTalk and WeCom send errcode as a number, some proxies as a string). */
export function numField(j: Record<string, unknown> | undefined, ...keys: string[]): number | undefined {
  for (const k of keys) {
    const v = j?.[k];
    if (typeof v === 'number') return v;
    if (typeof v === 'string' && /^-?\d+$/.test(v)) return Number(v);
  }
  return undefined;
}
export function strField(j: Record<string, unknown> | undefined, ...keys: string[]): string {
  for (const k of keys) if (typeof j?.[k] === 'string') return j[k] as string;
  return '';
}

/** Describes a control probe's outcome for a reason string. */
export function describeOutcome(o: HttpOutcome): string {
  return o.kind === 'response' ? answer(o) : o.kind === 'redirect' ? `a redirect (HTTP ${o.status})` : o.reason;
}
