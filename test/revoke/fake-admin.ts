// Stateful fake provider APIs on 127.0.0.1 for revocation tests, reached through the origin
// mapping (--verify-origin PROVIDER=ORIGIN). Each speaks the answers docs/revocation.md relies on:
// Discord (GET/DELETE with the URL's token), Mattermost (GET/DELETE /api/v4/hooks/incoming/{id}
// with a bearer token), Rocket.Chat (integrations.get / integrations.remove with X-User-Id and
// X-Auth-Token), Make, n8n and Azure Resource Manager (unconfirmed APIs). Every request is logged.
import { startServer, type Answer, type FakeServer, type Logged } from '../support/fake-provider.js';

/**
 * live: exists; gone: does not exist; error: exists, but the revoking request answers 500; race:
 * exists for checks, but the revoking request answers "not found" (someone else deleted it);
 * opaque (Discord): checks answer 500 while it exists, the revoking request works.
 */
export type HookState = 'live' | 'gone' | 'error' | 'race' | 'opaque';

export interface FakeAdmin extends FakeServer {
  set(key: string, state: HookState): void;
  state(key: string): HookState | undefined;
  /** Requests that could have changed something (anything but GET and the read-only POSTs). */
  mutations(): Logged[];
}

const json = (status: number, body: unknown): Answer => ({ status, body: JSON.stringify(body), headers: { 'content-type': 'application/json' } });

function fake(handle: (req: Logged, states: Map<string, HookState>) => Answer, isMutation: (req: Logged) => boolean): Promise<FakeAdmin> {
  const states = new Map<string, HookState>();
  return startServer((req) => handle(req, states)).then((server) =>
    Object.assign(server, {
      set: (k: string, s: HookState) => void states.set(k, s),
      state: (k: string) => states.get(k),
      mutations: () => server.log.filter(isMutation),
    }),
  );
}

/** Discord: the webhook's own URL; no credential. */
export function fakeDiscord(): Promise<FakeAdmin> {
  return fake(
    (req, states) => {
      const m = /^\/api\/v10\/webhooks\/(\d+)\/([^/]+)$/.exec(req.path);
      if (!m) return json(404, { message: '404: Not Found', code: 0 });
      const key = `${m[1]}/${m[2]}`;
      const s = states.get(key) ?? 'gone';
      const unknown = json(404, { message: 'Unknown Webhook', code: 10015 });
      if (req.method === 'GET' && s === 'opaque') return { status: 500, body: '{"message":"Internal Server Error","code":0}' };
      if (req.method === 'GET') return s === 'gone' ? unknown : json(200, { id: m[1], type: 1, name: 'deploys', channel_id: '1100000000000000001', guild_id: '1100000000000000002', token: m[2] });
      if (req.method === 'DELETE') {
        if (s === 'error') return { status: 500, body: '{"message":"Internal Server Error","code":0}' };
        if (s === 'live' || s === 'opaque') {
          states.set(key, 'gone');
          return { status: 204 };
        }
        states.set(key, 'gone');
        return unknown;
      }
      return json(405, { message: '405: Method Not Allowed', code: 0 });
    },
    (req) => req.method !== 'GET',
  );
}

/** Mattermost: bearer token `token`. */
export function fakeMattermost(token: string): Promise<FakeAdmin> {
  return fake(
    (req, states) => {
      const m = /^(?:\/[^/]+)*\/api\/v4\/hooks\/incoming\/([a-z0-9]+)$/.exec(req.path);
      if (!m) return json(404, { id: 'api.context.404.app_error', message: 'Sorry, we could not find the page.', status_code: 404 });
      if (req.headers.authorization !== `Bearer ${token}`) return json(401, { id: 'api.context.session_expired.app_error', message: 'Invalid or expired session, please login again.', status_code: 401 });
      const s = states.get(m[1]) ?? 'gone';
      const notFound = json(404, { id: 'app.webhooks.get_incoming_webhook.app_error', message: 'Unable to get the webhook.', status_code: 404 });
      if (req.method === 'GET') return s === 'gone' ? notFound : json(200, { id: m[1], channel_id: 'c'.repeat(26), display_name: 'deploys', create_at: 1 });
      if (req.method === 'DELETE') {
        if (s === 'error') return json(500, { id: 'app.webhooks.delete_incoming.app_error', message: 'Unable to delete the webhook.', status_code: 500 });
        states.set(m[1], 'gone');
        return s === 'live' ? json(200, { status: 'OK' }) : notFound;
      }
      return json(405, { id: 'api.context.405', status_code: 405 });
    },
    (req) => req.method !== 'GET',
  );
}

/** Rocket.Chat: X-User-Id `user`, X-Auth-Token `token`. Keys are integration ids. */
export function fakeRocketChat(user: string, token: string, urlTokens: Map<string, string>): Promise<FakeAdmin> {
  return fake(
    (req, states) => {
      if (req.headers['x-user-id'] !== user || req.headers['x-auth-token'] !== token) return json(401, { status: 'error', message: 'You must be logged in to do this.' });
      const notFound = json(400, { success: false, error: 'The integration does not exists.' });
      if (req.method === 'GET' && req.path.endsWith('/api/v1/integrations.get')) {
        const id = req.query.get('integrationId') ?? '';
        const s = states.get(id) ?? 'gone';
        return s === 'gone' ? notFound : json(200, { integration: { _id: id, type: 'webhook-incoming', enabled: true, token: urlTokens.get(id), script: '' }, success: true });
      }
      if (req.method === 'POST' && req.path.endsWith('/api/v1/integrations.remove')) {
        const body = JSON.parse(req.body) as { type?: string; integrationId?: string };
        if (body.type !== 'webhook-incoming') return json(400, { success: false, error: 'Invalid integration type.' });
        const id = body.integrationId ?? '';
        const s = states.get(id) ?? 'gone';
        if (s === 'error') return { status: 500, body: 'internal error' };
        states.set(id, 'gone');
        return s === 'live' ? json(200, { integration: { _id: id, token: urlTokens.get(id) }, success: true }) : json(400, { success: false, error: 'No integration found. [error-invalid-integration]', errorType: 'error-invalid-integration' });
      }
      return json(404, { success: false, error: 'Not found' });
    },
    (req) => req.method !== 'GET',
  );
}

/** Make: `Authorization: Token <token>`, team `team`. Keys are hook tokens (udid); hook ids are assigned. */
export function fakeMake(token: string, team: string): Promise<FakeAdmin> {
  const ids = new Map<string, string>();
  return fake(
    (req, states) => {
      if (req.headers.authorization !== `Token ${token}`) return json(401, { message: 'Access denied', code: 'IM001' });
      for (const k of states.keys()) if (!ids.has(k)) ids.set(k, String(1000 + ids.size));
      if (req.method === 'GET' && req.path === '/api/v2/hooks') {
        if (req.query.get('teamId') !== team) return json(200, { hooks: [] });
        const hooks = [...states].filter(([, s]) => s !== 'gone').map(([udid]) => ({ id: Number(ids.get(udid)), name: 'hook', teamId: Number(team), udid, type: 'gateway-webhook', enabled: true }));
        return json(200, { hooks });
      }
      const m = /^\/api\/v2\/hooks\/(\d+)$/.exec(req.path);
      if (req.method === 'DELETE' && m) {
        const udid = [...ids].find(([, id]) => id === m[1])?.[0];
        const s = udid ? states.get(udid) : undefined;
        if (!udid || s === 'gone') return json(404, { message: 'Hook not found', code: 'IM005' });
        if (s === 'error') return { status: 500, body: 'internal error' };
        states.set(udid, 'gone');
        return json(200, { hook: Number(m[1]) });
      }
      return json(404, { message: 'Not found' });
    },
    (req) => req.method !== 'GET',
  );
}

/** n8n: `X-N8N-API-KEY`. Keys are webhook paths; live = active workflow, gone = inactive. */
export function fakeN8n(apiKey: string): Promise<FakeAdmin> {
  const ids = new Map<string, string>();
  return fake(
    (req, states) => {
      if (req.headers['x-n8n-api-key'] !== apiKey) return json(401, { message: 'unauthorized' });
      for (const k of states.keys()) if (!ids.has(k)) ids.set(k, `wf${ids.size + 1}`);
      if (req.method === 'GET' && req.path === '/api/v1/workflows') {
        const data = [...states].map(([path, s]) => ({ id: ids.get(path), name: `flow ${path.slice(0, 4)}`, active: s !== 'gone', nodes: [{ name: 'Webhook', type: 'n8n-nodes-base.webhook', parameters: { path, httpMethod: 'POST' }, webhookId: path }] }));
        return json(200, { data, nextCursor: null });
      }
      const m = /^\/api\/v1\/workflows\/([^/]+)\/deactivate$/.exec(req.path);
      if (req.method === 'POST' && m) {
        const path = [...ids].find(([, id]) => id === m[1])?.[0];
        if (!path) return json(404, { message: 'Not Found' });
        if (states.get(path) === 'error') return { status: 500, body: 'internal error' };
        states.set(path, 'gone');
        return json(200, { id: m[1], active: false });
      }
      return json(404, { message: 'Not Found' });
    },
    (req) => req.method !== 'GET',
  );
}

/** Azure Resource Manager: bearer `token`. Keys are workflow ids (32 hex); a workflow's sig changes when its keys are regenerated. */
export function fakeArm(token: string, sigs: Map<string, string>): Promise<FakeAdmin> {
  const rotated = new Map<string, number>();
  const resourceId = (wf: string) => `/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Logic/workflows/flow-${wf.slice(0, 6)}`;
  return fake(
    (req, states) => {
      if (req.headers.authorization !== `Bearer ${token}`) return json(401, { error: { code: 'InvalidAuthenticationToken', message: 'The access token is invalid.' } });
      if (req.method === 'POST' && req.path === '/providers/Microsoft.ResourceGraph/resources') {
        const q = (JSON.parse(req.body) as { query: string }).query;
        const wf = /\/workflows\/([0-9a-f]{32})'/.exec(q)?.[1] ?? '';
        return json(200, { totalRecords: states.has(wf) ? 1 : 0, count: states.has(wf) ? 1 : 0, data: states.has(wf) ? [{ id: resourceId(wf) }] : [], facets: [], resultTruncated: 'false' });
      }
      const wf = [...states.keys()].find((k) => req.path.startsWith(resourceId(k)));
      if (!wf) return json(404, { error: { code: 'ResourceNotFound', message: 'not found' } });
      const rest = req.path.slice(resourceId(wf).length);
      if (req.method === 'POST' && /^\/triggers\/[^/]+\/listCallbackUrl$/.test(rest)) {
        const sig = rotated.get(wf) ? `rotated${rotated.get(wf)}${'x'.repeat(40)}` : sigs.get(wf);
        return json(200, { value: `https://prod-01.westus.logic.azure.com/workflows/${wf}/triggers/manual/paths/invoke?api-version=2016-06-01&sig=${sig}`, method: 'POST' });
      }
      if (req.method === 'POST' && rest === '/regenerateAccessKey') {
        if (states.get(wf) === 'error') return json(500, { error: { code: 'InternalServerError', message: 'boom' } });
        rotated.set(wf, (rotated.get(wf) ?? 0) + 1);
        states.set(wf, 'gone');
        return { status: 200 };
      }
      return json(404, { error: { code: 'NotFound', message: 'no route' } });
    },
    (req) => req.method !== 'GET' && !/listCallbackUrl|ResourceGraph/.test(req.path),
  );
}
