// Fake provider servers on 127.0.0.1, reached through --verify-origin. Each speaks the answers
// providers.md documents for its provider; tokens registered with a scenario get that scenario,
// every other token (control probes) gets the provider's "never existed" answer. Every request is
// logged so tests can check that nothing sent could have delivered a message or run a workflow.
import { createServer, type IncomingHttpHeaders, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

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

const json = (status: number, body: unknown): Answer => ({ status, body: JSON.stringify(body), headers: { 'content-type': 'application/json' } });
const text = (status: number, body: string): Answer => ({ status, body, headers: { 'content-type': 'text/plain' } });
const html = (status: number): Answer => ({ status, body: '<html><body>Scheduled maintenance</body></html>', headers: { 'content-type': 'text/html' } });
const lastSegment = (req: Logged) => decodeURIComponent(req.path.split('/').pop() ?? '');
const parsed = (body: string): unknown => {
  try {
    return JSON.parse(body);
  } catch {
    return undefined;
  }
};
const isEmptyObject = (v: unknown) => !!v && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length === 0;
const needs = (req: Logged, method: string) => (req.method !== method ? `method ${req.method}, expected ${method}` : null);

export const SPEAKERS: Record<string, Speaker> = {
  slack: {
    tokenOf: (req) => (req.path.startsWith('/services/') ? req.path.slice('/services/'.length) : undefined),
    tokenOfSecret: (s) => s,
    live: () => text(400, 'invalid_payload'),
    revoked: () => text(403, 'invalid_token'),
    neverExisted: () => text(404, 'no_service'),
    unexpected: () => text(400, 'something_we_never_documented'),
    unsafe: (req) => needs(req, 'POST') ?? (parsed(req.body) !== undefined ? 'the body is valid JSON, so it could be a message' : null),
  },
  discord: {
    tokenOf: (req) => /^\/api\/v10\/webhooks\/(\d+\/[^/]+)$/.exec(req.path)?.[1],
    tokenOfSecret: (s) => s,
    live: (req) => {
      const [, , , , id, token] = req.path.split('/');
      return json(200, { id, type: 1, name: 'deploys', channel_id: '1100000000000000001', guild_id: '1100000000000000002', token });
    },
    revoked: () => json(401, { message: 'Invalid Webhook Token', code: 50027 }),
    neverExisted: () => json(404, { message: 'Unknown Webhook', code: 10015 }),
    unexpected: () => html(200),
    unsafe: (req) => needs(req, 'GET') ?? (req.body ? 'a GET with a body' : null),
  },
  'microsoft-teams': {
    tokenOf: (req) => req.path.replace(/^\/webhookb2\/|^\/webhook\//, ''),
    tokenOfSecret: (s) => s,
    live: () => text(400, 'Summary or Text is required.'),
    revoked: () => text(410, ''),
    neverExisted: () => text(404, ''),
    unexpected: () => text(400, 'Webhook Bad Request - Null or empty event'),
    unsafe: (req) => {
      const j = parsed(req.body) as { text?: unknown } | undefined;
      return needs(req, 'POST') ?? (!j || Object.keys(j).length !== 1 || j.text !== '' ? `body ${req.body} is not {"text":""}` : null);
    },
  },
  'google-chat': {
    tokenOf: (req) => req.query.get('token')?.replace(/=+$/, ''),
    tokenOfSecret: (s) => s,
    live: () => json(400, { error: { code: 400, message: 'Message cannot be empty. Discarding empty message.', status: 'INVALID_ARGUMENT' } }),
    revoked: () =>
      json(403, { error: { code: 403, message: 'The API is called without a valid token. Instructions on how to use incoming webhooks are here', status: 'PERMISSION_DENIED' } }),
    neverExisted: () =>
      json(403, { error: { code: 403, message: 'The API is called without a valid token. Instructions on how to use incoming webhooks are here', status: 'PERMISSION_DENIED' } }),
    unexpected: () => html(418),
    unsafe: (req) => needs(req, 'POST') ?? (!isEmptyObject(parsed(req.body)) ? `body ${req.body} is not {}` : null),
  },
  telegram: {
    tokenOf: (req) => /^\/bot([^/]+)\/getMe$/.exec(req.path)?.[1],
    tokenOfSecret: (s) => s,
    live: () => json(200, { ok: true, result: { id: 7000000001, is_bot: true, first_name: 'Deploy', username: 'deploy_notifier_bot' } }),
    revoked: () => json(401, { ok: false, error_code: 401, description: 'Unauthorized' }),
    neverExisted: () => json(401, { ok: false, error_code: 401, description: 'Unauthorized' }),
    unexpected: () => html(200),
    unsafe: (req) =>
      needs(req, 'GET') ?? (!/^\/bot[^/]+\/getMe$/.test(req.path) ? `method path ${req.path} is not getMe` : req.body ? 'a GET with a body' : null),
  },
  dingtalk: {
    tokenOf: (req) => req.query.get('access_token') ?? undefined,
    tokenOfSecret: (s) => s,
    live: () => json(200, { errcode: 300001, errmsg: 'message msgtype not support' }),
    revoked: () => json(200, { errcode: 300005, errmsg: 'token is not exist' }),
    neverExisted: () => json(200, { errcode: 300001, errmsg: 'token is not exist' }),
    unexpected: () => html(200),
    unsafe: (req) => {
      const j = parsed(req.body) as Record<string, unknown> | undefined;
      const valid = ['text', 'link', 'markdown', 'actionCard', 'feedCard'];
      if (needs(req, 'POST')) return needs(req, 'POST');
      if (!j || typeof j.msgtype !== 'string' || valid.includes(j.msgtype)) return `msgtype ${String(j?.msgtype)} could be delivered`;
      return valid.some((k) => k in j) ? 'the body carries message content' : null;
    },
  },
  feishu: {
    tokenOf: lastSegment,
    tokenOfSecret: (s) => s,
    live: () => json(200, { code: 19002, msg: 'params error, msg_type need', data: {} }),
    revoked: () => json(200, { code: 19001, msg: 'param invalid: incoming webhook access token invalid', data: {} }),
    neverExisted: () => json(200, { code: 19001, msg: 'param invalid: incoming webhook access token invalid', data: {} }),
    unexpected: () => json(200, { code: 12345, msg: 'a code nobody documented', data: {} }),
    unsafe: (req) => needs(req, 'POST') ?? (!isEmptyObject(parsed(req.body)) ? `body ${req.body} is not {}` : null),
  },
  wecom: {
    tokenOf: (req) => req.query.get('key') ?? undefined,
    tokenOfSecret: (s) => s,
    live: () => json(200, { errcode: 40008, errmsg: 'invalid message type, hint: [1718000000_1_abc]' }),
    revoked: () => json(200, { errcode: 93000, errmsg: 'invalid webhook url, hint: [1718000000_1_def]' }),
    neverExisted: () => json(200, { errcode: 93000, errmsg: 'invalid webhook url, hint: [1718000000_1_ghi]' }),
    unexpected: () => html(200),
    unsafe: (req) => {
      const j = parsed(req.body) as Record<string, unknown> | undefined;
      const valid = ['text', 'markdown', 'markdown_v2', 'image', 'news', 'file', 'voice', 'template_card'];
      if (needs(req, 'POST')) return needs(req, 'POST');
      if (req.path !== '/cgi-bin/webhook/send') return `path ${req.path}`;
      if (!j || typeof j.msgtype !== 'string' || valid.includes(j.msgtype)) return `msgtype ${String(j?.msgtype)} could be delivered`;
      return valid.some((k) => k in j) ? 'the body carries message content' : null;
    },
  },
  webex: {
    tokenOf: lastSegment,
    tokenOfSecret: (s) => s,
    live: () => json(400, { message: 'Either text or markdown is required', trackingId: 'ROUTER_0001' }),
    revoked: () => json(404, { message: 'The requested resource could not be found.', trackingId: 'ROUTER_0002' }),
    neverExisted: () => json(404, { message: 'The requested resource could not be found.', trackingId: 'ROUTER_0003' }),
    unexpected: () => html(200),
    unsafe: (req) => needs(req, 'POST') ?? (!isEmptyObject(parsed(req.body)) ? `body ${req.body} is not {}` : null),
  },
  ifttt: {
    tokenOf: (req) => /^\/trigger\/[^/]+\/with\/key\/([^/]+)$/.exec(req.path)?.[1],
    tokenOfSecret: (s) => s,
    live: (req) => text(200, `Congratulations! You've fired the ${req.path.split('/')[2]} event`),
    revoked: () => json(401, { errors: [{ message: 'You sent an invalid key.' }] }),
    neverExisted: () => json(401, { errors: [{ message: 'You sent an invalid key.' }] }),
    unexpected: () => html(200),
    unsafe: (req) => {
      if (needs(req, 'POST')) return needs(req, 'POST');
      const event = req.path.split('/')[2] ?? '';
      if (!/^hookscan_probe_[0-9a-f]{24}$/.test(event)) return `event ${event} could be one an applet listens to`;
      return req.body ? 'the probe carries values' : null;
    },
  },
  mattermost: {
    tokenOf: lastSegment,
    tokenOfSecret: (s) => s,
    live: () => json(404, { id: 'web.incoming_webhook.channel.app_error', message: "Couldn't find the channel.", status_code: 404 }),
    revoked: () => json(400, { id: 'web.incoming_webhook.invalid.app_error', message: 'Invalid webhook.', status_code: 400 }),
    neverExisted: () => json(400, { id: 'web.incoming_webhook.invalid.app_error', message: 'Invalid webhook.', status_code: 400 }),
    unexpected: () => html(200),
    unsafe: (req) => {
      if (needs(req, 'POST')) return needs(req, 'POST');
      const j = parsed(req.body) as { text?: unknown; channel?: unknown; attachments?: unknown } | undefined;
      if (!j) return 'body is not JSON';
      if (j.text) return 'the body has text';
      if (!Array.isArray(j.attachments) || j.attachments.length) return 'the body has attachments';
      if (typeof j.channel !== 'string' || !/^hookscan-probe-[0-9a-f]{32}$/.test(j.channel)) return `channel ${String(j.channel)} could exist`;
      return null;
    },
  },
};

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
