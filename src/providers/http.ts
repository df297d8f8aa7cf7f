/**
 * The one guarded HTTP helper. Every verification request goes through `GuardedHttp.request`:
 *  - only to the exact host the finding's URL names, and only to a host the verifier allows;
 *  - DNS is resolved first and private, loopback and link-local addresses are refused, unless the
 *    user named that origin (`--verify-origin`, or an allowed self-hosted host); the connection is
 *    then pinned to the addresses that were checked (a `lookup` on the request that answers only
 *    them), so a name that resolves differently a second time cannot reach another address;
 *  - a timeout on every attempt (AbortSignal), `redirect: 'manual'` (a redirect is reported, never
 *    followed), bodies read up to a size cap;
 *  - bounded retries on 429/503 honouring `Retry-After` within a per-run budget;
 *  - every reason string it returns is scrubbed of the secrets it was given (bodies stay raw for
 *    the verifier to parse; the runner scrubs the reason made from them).
 * Uses node:http/node:https (a `lookup` per request is how Node lets a caller pin the address it
 * connects to; the built-in fetch has no such option). No extra dependency.
 */
import { lookup as dnsLookup } from 'node:dns/promises';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { BlockList, isIP, type LookupFunction } from 'node:net';
import { hostAllowed } from '../config/index.js';
import { scrubSecrets } from '../secrets/redact.js';
import type { HttpOutcome, ProbeRequest } from './types.js';

export interface ResolvedAddress {
  address: string;
  family: number;
}
export type Lookup = (hostname: string) => Promise<ResolvedAddress[]>;

/** What resolving a target came to: the addresses to connect to, or why not to connect. */
type Resolution = { addresses: readonly ResolvedAddress[] } | { refused: string } | { unresolved: string };

export interface RetryPolicy {
  /** Retries after the first attempt (default 2). */
  attempts?: number;
  /** The longest single wait honoured (default 10 s); a longer Retry-After ends the retries. */
  maxWaitMs?: number;
  /** Total waiting allowed across the whole run (default 30 s). */
  budgetMs?: number;
}

export interface HttpPolicy {
  /** Per attempt, body included. */
  timeoutMs: number;
  /** Provider id → origin that receives its calls instead (path and query kept). May be loopback. */
  origins?: ReadonlyMap<string, URL>;
  /** Hosts the user named (allowed self-hosted servers): private addresses are not refused for them. */
  namedHosts?: readonly string[];
  retry?: RetryPolicy;
  maxBodyBytes?: number;
  lookup?: Lookup;
  signal?: AbortSignal;
  userAgent: string;
}

export interface GuardedRequest extends Omit<ProbeRequest, 'method'> {
  /** Verifiers send GET or POST only (ProbeRequest); revokers (src/revoke) may also DELETE. */
  method: ProbeRequest['method'] | 'DELETE';
  provider: string;
  /** The host of the URL that was found; the request must go to exactly this host. */
  matchedHost: string;
  /** The verifier's host allowlist ("*.suffix" patterns allowed). */
  allowedHosts: readonly string[];
  /** Scrubbed from every string returned. */
  secrets: readonly string[];
}

const DEFAULT_BODY_CAP = 64 * 1024;

// ---- address policy ------------------------------------------------------------------------

const BLOCKED = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16],
  ['172.16.0.0', 12], ['192.0.0.0', 24], ['192.0.2.0', 24], ['192.168.0.0', 16], ['198.18.0.0', 15],
  ['198.51.100.0', 24], ['203.0.113.0', 24], ['224.0.0.0', 4], ['240.0.0.0', 4],
] as const) BLOCKED.addSubnet(net, prefix, 'ipv4');
for (const [net, prefix] of [
  ['::', 128], ['::1', 128], ['fc00::', 7], ['fe80::', 10], ['fec0::', 10], ['ff00::', 8], ['2001:db8::', 32], ['100::', 64],
] as const) BLOCKED.addSubnet(net, prefix, 'ipv6');

/** Expands an IPv6 address into 8 groups (dotted IPv4 tails converted). */
function ipv6Groups(addr: string): number[] | null {
  let a = addr.toLowerCase().split('%')[0];
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(a);
  if (dotted) {
    const o = dotted[1].split('.').map(Number);
    a = `${a.slice(0, -dotted[1].length)}${((o[0] << 8) | o[1]).toString(16)}:${((o[2] << 8) | o[3]).toString(16)}`;
  }
  const [head, tail] = a.includes('::') ? a.split('::') : [a, undefined];
  const h = head ? head.split(':') : [];
  const t = tail !== undefined ? (tail ? tail.split(':') : []) : [];
  const fill = tail !== undefined ? 8 - h.length - t.length : 0;
  const groups = [...h, ...Array(Math.max(0, fill)).fill('0'), ...t].map((g) => parseInt(g, 16));
  return groups.length === 8 && groups.every((g) => Number.isInteger(g) && g >= 0 && g <= 0xffff) ? groups : null;
}

/** True for loopback, private, link-local, shared, documentation, multicast and reserved addresses. */
export function isBlockedAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 4) return BLOCKED.check(address, 'ipv4');
  if (family !== 6) return true;
  const g = ipv6Groups(address);
  if (!g) return true;
  // IPv4-mapped (::ffff:a.b.c.d), IPv4-compatible (::a.b.c.d) and NAT64 (64:ff9b::a.b.c.d) carry an IPv4 address.
  const mapped = g.slice(0, 5).every((x) => x === 0) && (g[5] === 0xffff || g[5] === 0);
  const nat64 = g[0] === 0x64 && g[1] === 0xff9b && g.slice(2, 6).every((x) => x === 0);
  if ((mapped && (g[6] || g[7])) || nat64) {
    const v4 = `${g[6] >> 8}.${g[6] & 0xff}.${g[7] >> 8}.${g[7] & 0xff}`;
    return BLOCKED.check(v4, 'ipv4');
  }
  return BLOCKED.check(address, 'ipv6');
}

const defaultLookup: Lookup = (hostname) => dnsLookup(hostname, { all: true, verbatim: true });

// ---- helpers ------------------------------------------------------------------------------

/** Milliseconds asked for by `Retry-After` (seconds or an HTTP date), or a JSON `retry_after`. */
export function retryAfterMs(headers: Headers, body: string, now = Date.now()): number | undefined {
  const h = headers.get('retry-after')?.trim();
  if (h) {
    if (/^\d+(\.\d+)?$/.test(h)) return Math.ceil(Number(h) * 1000);
    const t = Date.parse(h);
    if (!Number.isNaN(t)) return Math.max(0, t - now);
  }
  try {
    const j = JSON.parse(body) as { retry_after?: unknown; parameters?: { retry_after?: unknown } };
    const s = j?.retry_after ?? j?.parameters?.retry_after; // Discord, Telegram
    if (typeof s === 'number' && s >= 0) return Math.ceil(s * 1000);
  } catch {
    /* not JSON */
  }
  return undefined;
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const t = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(t);
      reject(signal!.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/**
 * A `lookup` for one request that answers only the addresses checked before it; any other name
 * (there is none in a direct request) is an error. Handles both `all: true` (Node's family
 * autoselection) and the single-address form.
 */
export function pinnedLookup(hostname: string, addresses: readonly ResolvedAddress[]): LookupFunction {
  const name = hostname.toLowerCase();
  return ((host: string, options: { all?: boolean }, callback: (...args: unknown[]) => void) => {
    if (host.toLowerCase() !== name || addresses.length === 0) {
      callback(Object.assign(new Error(`refused: ${host} is not the checked host`), { code: 'EPINNED' }));
      return;
    }
    if (options?.all) callback(null, addresses.map((a) => ({ address: a.address, family: a.family })));
    else callback(null, addresses[0].address, addresses[0].family);
  }) as unknown as LookupFunction;
}

interface RawResponse {
  status: number;
  headers: Headers;
  body: string;
}

function toHeaders(res: IncomingMessage): Headers {
  const h = new Headers();
  for (const [k, v] of Object.entries(res.headers)) {
    if (v === undefined) continue;
    for (const one of Array.isArray(v) ? v : [v]) h.append(k, one);
  }
  return h;
}

/**
 * One request with node:http(s), connecting through `lookup`; the body is read up to `cap` bytes
 * unless `readBody` says the status does not need it. Aborting `signal` destroys the request.
 */
function send(
  target: URL,
  init: { method: string; headers: Record<string, string>; body?: string; signal: AbortSignal; lookup?: LookupFunction; cap: number },
  readBody: (status: number) => boolean,
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const body = init.body === undefined ? undefined : Buffer.from(init.body, 'utf8');
    const headers = { ...init.headers, ...(body ? { 'content-length': String(body.byteLength) } : {}) };
    const make = target.protocol === 'https:' ? httpsRequest : httpRequest;
    const req = make(target, { method: init.method, headers, signal: init.signal, lookup: init.lookup });
    req.on('error', reject);
    req.on('response', (res) => {
      const status = res.statusCode ?? 0;
      const out = { status, headers: toHeaders(res) };
      if (!readBody(status)) {
        res.destroy();
        req.destroy();
        resolve({ ...out, body: '' });
        return;
      }
      const chunks: Buffer[] = [];
      let size = 0;
      let done = false;
      const finish = () => {
        if (done) return;
        done = true;
        resolve({ ...out, body: Buffer.concat(chunks).subarray(0, init.cap).toString('utf8') });
      };
      res.on('data', (c: Buffer) => {
        chunks.push(c);
        size += c.byteLength;
        if (size >= init.cap) {
          finish();
          res.destroy();
          req.destroy();
        }
      });
      res.on('end', finish);
      res.on('error', (e) => (done ? undefined : ((done = true), reject(e))));
      res.on('aborted', () => (done ? undefined : ((done = true), reject(init.signal.reason ?? new Error('aborted')))));
    });
    req.end(body);
  });
}

function networkReason(e: unknown): string {
  const err = e as { message?: string; code?: string; cause?: { code?: string; message?: string } };
  const code = err?.cause?.code ?? err?.code;
  const msg = err?.cause?.message ?? err?.message ?? String(e);
  return code && !msg.includes(code) ? `${code}: ${msg}` : msg;
}

function isTimeout(e: unknown, signal: AbortSignal): boolean {
  const name = (e as { name?: string })?.name;
  return name === 'TimeoutError' || (signal.aborted && (signal.reason as { name?: string } | undefined)?.name === 'TimeoutError');
}

/** Joins an origin (scheme, host, port and optional base path) with a URL's path and query. */
export function rewriteToOrigin(origin: URL, url: URL): URL {
  const base = origin.pathname.replace(/\/+$/, '');
  const out = new URL(origin.origin);
  out.pathname = base + url.pathname;
  out.search = url.search;
  return out;
}

// ---- the client -----------------------------------------------------------------------------

export class GuardedHttp {
  private budgetLeft: number;
  private readonly attempts: number;
  private readonly maxWait: number;
  private readonly lookup: Lookup;
  private readonly dnsCache = new Map<string, Promise<Resolution>>();

  constructor(private readonly policy: HttpPolicy) {
    this.attempts = policy.retry?.attempts ?? 2;
    this.maxWait = policy.retry?.maxWaitMs ?? 10_000;
    this.budgetLeft = policy.retry?.budgetMs ?? 30_000;
    this.lookup = policy.lookup ?? defaultLookup;
  }

  async request(req: GuardedRequest): Promise<HttpOutcome> {
    const scrub = (s: string) => scrubSecrets(s, req.secrets);
    const url = new URL(req.url);
    const host = url.hostname.toLowerCase();
    const matched = req.matchedHost.toLowerCase();
    if (url.username || url.password) return { kind: 'refused', reason: 'refused: the URL carries credentials' };
    if (host !== matched) return { kind: 'refused', reason: scrub(`refused: request host ${host} is not the matched host ${matched}`) };
    if (!hostAllowed(host, req.allowedHosts)) {
      return { kind: 'refused', reason: scrub(`refused: ${host} is not a known ${req.provider} host`) };
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return { kind: 'refused', reason: `refused: scheme ${url.protocol}` };

    const origin = this.policy.origins?.get(req.provider);
    const target = origin ? rewriteToOrigin(origin, url) : url;
    const named = !!origin || hostAllowed(host, this.policy.namedHosts ?? []);
    const resolved = await this.resolve(target.hostname, !named);
    if ('refused' in resolved) return { kind: 'refused', reason: scrub(resolved.refused) };
    if ('unresolved' in resolved) return { kind: 'network', reason: scrub(resolved.unresolved) };
    // The connection goes to the addresses just checked, never to a second answer from DNS.
    const lookup = resolved.addresses.length ? pinnedLookup(target.hostname.replace(/^\[|\]$/g, ''), resolved.addresses) : undefined;

    for (let attempt = 1; ; attempt++) {
      const r = await this.once(target, req, scrub, lookup);
      if (r.kind !== 'response' || (r.status !== 429 && r.status !== 503) || attempt > this.attempts) {
        return r.kind === 'response' ? { ...r, attempts: attempt } : r;
      }
      const asked = retryAfterMs(r.headers, r.body);
      // 429 without Retry-After: a short backoff; 503 is retried only when the server asks for it.
      const wait = asked ?? (r.status === 429 ? 1000 * attempt : undefined);
      if (wait === undefined || wait > this.maxWait || wait > this.budgetLeft) return { ...r, attempts: attempt };
      this.budgetLeft -= wait;
      await sleep(wait, this.policy.signal);
    }
  }

  /**
   * Resolves a host once per run. An IP literal needs no lookup (empty `addresses`: connect to it
   * as written). With `guard`, any private, loopback or link-local address refuses the host.
   */
  private resolve(hostname: string, guard: boolean): Promise<Resolution> {
    const h = hostname.replace(/^\[|\]$/g, '').toLowerCase();
    const key = `${guard ? 'g' : 'n'}:${h}`;
    let p = this.dnsCache.get(key);
    if (!p) {
      p = (async (): Promise<Resolution> => {
        if (isIP(h)) {
          return guard && isBlockedAddress(h) ? { refused: `refused: ${h} is a private, loopback or link-local address` } : { addresses: [] };
        }
        let addrs: ResolvedAddress[];
        try {
          addrs = await this.lookup(h);
        } catch (e) {
          return { unresolved: `cannot resolve ${h}: ${networkReason(e)}` };
        }
        if (addrs.length === 0) return { unresolved: `cannot resolve ${h}: no addresses` };
        const bad = guard ? addrs.find((a) => isBlockedAddress(a.address)) : undefined;
        if (bad) {
          return { refused: `refused: ${h} resolves to ${bad.address}, a private, loopback or link-local address (name the origin with --verify-origin if this is intended)` };
        }
        return { addresses: addrs.map((a) => ({ address: a.address, family: a.family || isIP(a.address) })) };
      })();
      this.dnsCache.set(key, p);
    }
    return p;
  }

  private async once(target: URL, req: GuardedRequest, scrub: (s: string) => string, lookup: LookupFunction | undefined): Promise<HttpOutcome> {
    const outer = this.policy.signal;
    if (outer?.aborted) throw outer.reason;
    const signal = outer ? AbortSignal.any([AbortSignal.timeout(this.policy.timeoutMs), outer]) : AbortSignal.timeout(this.policy.timeoutMs);
    const headers: Record<string, string> = {
      'user-agent': this.policy.userAgent,
      accept: 'application/json, text/plain;q=0.9, */*;q=0.5',
      ...(req.headers ?? {}),
    };
    const isRedirect = (status: number) => status >= 300 && status < 400;
    try {
      const cap = this.policy.maxBodyBytes ?? DEFAULT_BODY_CAP;
      const res = await send(target, { method: req.method, headers, body: req.body, signal, lookup, cap }, (status) => !isRedirect(status));
      if (isRedirect(res.status)) {
        const loc = res.headers.get('location');
        let to = 'an unnamed location';
        if (loc) {
          try {
            const l = new URL(loc, target);
            to = l.host === target.host ? 'the same host' : l.host;
          } catch {
            to = 'an unparsable location';
          }
        }
        return { kind: 'redirect', status: res.status, to: scrub(to) };
      }
      // The raw body goes to the verifier to interpret; the runner scrubs the reason it makes of it.
      return { kind: 'response', status: res.status, headers: res.headers, body: res.body, attempts: 1 };
    } catch (e) {
      if (outer?.aborted) throw outer.reason;
      if (isTimeout(e, signal)) return { kind: 'timeout', reason: `no answer within ${this.policy.timeoutMs} ms` };
      return { kind: 'network', reason: scrub(`network error: ${networkReason(e)}`) };
    }
  }
}
