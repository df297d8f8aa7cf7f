/** Where a verifier sends its request: the finding's URL and host. */
import type { Finding } from '../types.js';
import { part } from './captures.js';

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
