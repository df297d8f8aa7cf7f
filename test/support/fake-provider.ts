// Fake provider servers on 127.0.0.1, reached through --verify-origin. Each speaks the answers
// docs/providers/<provider>.md documents, as data in speakers.yaml read by one generic speaker; tokens registered with a scenario get that scenario,
// every other token (control probes) gets the provider's "never existed" answer. Every request is
// logged so tests can check that nothing sent could have delivered a message or run a workflow.
import { readFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { parse } from 'yaml';

export interface Logged {
  method: string;
  /** Path and query as received. */
  url: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  body: string;
  /** When it arrived (ms since the epoch). */
  at: number;
}

export interface Answer {
  status: number;
  body?: string;
  headers?: Record<string, string>;
}

export type Scenario =
  | 'live'
  | 'revoked'
  | 'never-existed'
  | 'rate-limited-then-live'
  | 'rate-limited'
  | 'error'
  | 'hang'
  | 'redirect'
  | 'unexpected';

export const SCENARIOS: readonly Scenario[] = ['live', 'revoked', 'never-existed', 'rate-limited-then-live', 'rate-limited', 'error', 'hang', 'redirect', 'unexpected'];

/** The verdict each scenario must produce. */
export const EXPECTED: Record<Scenario, string> = {
  live: 'live',
  revoked: 'dead',
  'never-existed': 'dead',
  'rate-limited-then-live': 'live',
  'rate-limited': 'unknown',
  error: 'unknown',
  hang: 'unknown',
  redirect: 'unknown',
  unexpected: 'unknown',
};

export interface Speaker {
  /** The token a request is about (the part of the secret the scenario is registered under). */
  tokenOf(req: Logged): string | undefined;
  /** The token a finding's requests will carry. */
  tokenOfSecret(secret: string): string;
  live(req: Logged): Answer;
  revoked(req: Logged): Answer;
  neverExisted(req: Logged): Answer;
  unexpected(req: Logged): Answer;
  /** Why this request could have delivered a message or run something; null when it could not. */
  unsafe(req: Logged): string | null;
}

/** One provider's entry of speakers.yaml (the file's header documents the keys). */
export interface SpeakerSpec {
  token: { path: string } | { query: string; trim?: string };
  answers: Record<'live' | 'revoked' | 'never-existed' | 'unexpected', AnswerSpec>;
  safe: { method: string; path?: string; param?: Record<string, string>; body: BodyRule };
}
type AnswerSpec = { status: number } & ({ json: unknown } | { text: string } | { html: 'maintenance' });
type FieldRule = { field: string; 'not-in'?: string[]; matches?: string; equals?: unknown; falsy?: true } | { 'no-keys': string[] };
type BodyRule = 'none' | 'not-json' | { equals: unknown } | { json: FieldRule[] };

/** The fake servers' answers and safety rules, as data. */
export const SPEAKER_SPECS: Record<string, SpeakerSpec> = parse(readFileSync(fileURLToPath(new URL('./speakers.yaml', import.meta.url)), 'utf8'));

const parsed = (body: string): unknown => {
  try {
    return JSON.parse(body);
  } catch {
    return undefined;
  }
};

/** Fills `{name}` in every string of a value from the named groups of the request's token. */
function fill(v: unknown, groups: Record<string, string>): unknown {
  if (typeof v === 'string') return v.replace(/\{([a-z]+)\}/g, (m, k: string) => groups[k] ?? m);
  if (Array.isArray(v)) return v.map((x) => fill(x, groups));
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, fill(x, groups)]));
  return v;
}

/** Why a JSON body breaks a field rule; null when it keeps it. */
function breaks(j: Record<string, unknown>, r: FieldRule): string | null {
  if ('no-keys' in r) {
    const k = r['no-keys'].find((x) => x in j);
    return k ? `the body carries message content (${k})` : null;
  }
  const v = j[r.field];
  if (r['not-in'] && (typeof v !== 'string' || r['not-in'].includes(v))) return `${r.field} ${String(v)} could be delivered`;
  if (r.matches && (typeof v !== 'string' || !new RegExp(r.matches).test(v))) return `${r.field} ${String(v)} could exist`;
  if ('equals' in r && !isDeepStrictEqual(v, r.equals)) return `${r.field} is ${JSON.stringify(v)}, not ${JSON.stringify(r.equals)}`;
  if (r.falsy && v) return `the body has ${r.field}`;
  return null;
}

function bodyBreaks(body: string, rule: BodyRule): string | null {
  if (rule === 'none') return body ? 'the request carries a body' : null;
  const j = parsed(body);
  if (rule === 'not-json') return j !== undefined ? 'the body is valid JSON, so it could be a message' : null;
  if ('equals' in rule) return isDeepStrictEqual(j, rule.equals) ? null : `body ${body} is not ${JSON.stringify(rule.equals)}`;
  if (!j || typeof j !== 'object' || Array.isArray(j)) return 'body is not a JSON object';
  for (const r of rule.json) {
    const why = breaks(j as Record<string, unknown>, r);
    if (why) return why;
  }
  return null;
}

/** The one generic speaker: a provider's entry of speakers.yaml made into answers and checks. */
export function speakerFrom(provider: string, spec: SpeakerSpec): Speaker {
  const pathRe = 'path' in spec.token ? new RegExp(spec.token.path) : undefined;
  const trim = 'query' in spec.token && spec.token.trim ? new RegExp(spec.token.trim) : undefined;
  const groupsOf = (req: Logged): Record<string, string> | undefined => {
    if (!pathRe) {
      const v = req.query.get((spec.token as { query: string }).query);
      return v === null ? undefined : { key: trim ? v.replace(trim, '') : v };
    }
    const m = pathRe.exec(req.path);
    if (!m?.groups) return undefined;
    const out: Record<string, string> = {};
    for (const [k, v] of Object.entries(m.groups)) {
      try {
        out[k] = decodeURIComponent(v);
      } catch {
        out[k] = v;
      }
    }
    return out;
  };
  const answer = (which: keyof SpeakerSpec['answers']) => (req: Logged): Answer => {
    const a = spec.answers[which];
    if (!a) throw new Error(`speakers.yaml: ${provider} has no '${which}' answer`);
    if ('json' in a) return { status: a.status, body: JSON.stringify(fill(a.json, groupsOf(req) ?? {})), headers: { 'content-type': 'application/json' } };
    if ('text' in a) return { status: a.status, body: fill(a.text, groupsOf(req) ?? {}) as string, headers: { 'content-type': 'text/plain' } };
    return { status: a.status, body: '<html><body>Scheduled maintenance</body></html>', headers: { 'content-type': 'text/html' } };
  };
  const { safe } = spec;
  const pathRule = safe.path ? new RegExp(safe.path) : undefined;
  const params = Object.entries(safe.param ?? {}).map(([k, re]) => [k, new RegExp(re)] as const);
  return {
    tokenOf: (req) => groupsOf(req)?.key,
    tokenOfSecret: (s) => s,
    live: answer('live'),
    revoked: answer('revoked'),
    neverExisted: answer('never-existed'),
    unexpected: answer('unexpected'),
    unsafe(req) {
      if (req.method !== safe.method) return `method ${req.method}, expected ${safe.method}`;
      if (pathRule && !pathRule.test(req.path)) return `path ${req.path}`;
      const g = groupsOf(req) ?? {};
      for (const [k, re] of params) if (!re.test(g[k] ?? '')) return `${k} ${g[k]} could be one that is in use`;
      return bodyBreaks(req.body, safe.body);
    },
  };
}

export const SPEAKERS: Record<string, Speaker> = Object.fromEntries(Object.entries(SPEAKER_SPECS).map(([p, spec]) => [p, speakerFrom(p, spec)]));

export interface FakeServer {
  origin: string;
  log: Logged[];
  /** Requests in flight right now, and the most seen at once. */
  maxInFlight: number;
  close(): Promise<void>;
}

/** A bare server: the handler answers, or returns 'hang' to never answer. */
export async function startServer(handler: (req: Logged, hits: number) => Answer | 'hang' | Promise<Answer | 'hang'>): Promise<FakeServer> {
  const log: Logged[] = [];
  const hitsBy = new Map<string, number>();
  let inFlight = 0;
  const state = { maxInFlight: 0 };
  const server: Server = createServer((req, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', async () => {
      const u = new URL(req.url ?? '/', 'http://127.0.0.1');
      const entry: Logged = { method: req.method ?? '', url: req.url ?? '', path: u.pathname, query: u.searchParams, headers: req.headers, body: Buffer.concat(chunks).toString('utf8'), at: Date.now() };
      log.push(entry);
      const hits = (hitsBy.get(entry.url) ?? 0) + 1;
      hitsBy.set(entry.url, hits);
      inFlight++;
      state.maxInFlight = Math.max(state.maxInFlight, inFlight);
      const a = await handler(entry, hits);
      if (a === 'hang') return; // never answer; closed by close()
      inFlight--;
      res.writeHead(a.status, a.headers ?? {});
      res.end(a.body ?? '');
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    log,
    get maxInFlight() {
      return state.maxInFlight;
    },
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}

export interface FakeProvider extends FakeServer {
  /** Gives a token a scenario; unregistered tokens get the "never existed" answer. */
  set(token: string, scenario: Scenario): void;
}

/** A provider's fake server speaking its documented answers; `redirectTo` receives redirects. */
export async function startFakeProvider(provider: string, opts: { redirectTo?: string; delayMs?: number } = {}): Promise<FakeProvider> {
  const speaker = SPEAKERS[provider];
  if (!speaker) throw new Error(`no fake speaker for ${provider}`);
  const scenarios = new Map<string, Scenario>();
  const server = await startServer(async (req) => {
    if (opts.delayMs) await new Promise((r) => setTimeout(r, opts.delayMs));
    const token = speaker.tokenOf(req);
    const s = (token && scenarios.get(token)) || 'never-existed';
    const tokenHits = server ? server.log.filter((l) => speaker.tokenOf(l) === token).length : 1;
    switch (s) {
      case 'live':
        return speaker.live(req);
      case 'revoked':
        return speaker.revoked(req);
      case 'never-existed':
        return speaker.neverExisted(req);
      case 'rate-limited-then-live':
        return tokenHits === 1 ? { status: 429, headers: { 'retry-after': '1', 'content-type': 'application/json' }, body: '{"message":"You are being rate limited."}' } : speaker.live(req);
      case 'rate-limited':
        return { status: 429, headers: { 'retry-after': '3600' }, body: 'rate limited' };
      case 'error':
        return { status: 500, body: 'internal error' };
      case 'hang':
        return 'hang';
      case 'redirect':
        return { status: 302, headers: { location: `${opts.redirectTo ?? 'http://elsewhere.invalid'}/captured${req.url}` }, body: '' };
      case 'unexpected':
        return speaker.unexpected(req);
    }
  });
  return Object.assign(server, { set: (token: string, scenario: Scenario) => void scenarios.set(token, scenario) }) as FakeProvider;
}
