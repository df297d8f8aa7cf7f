/**
 * n8n Cloud webhooks: no safe check by URL (a request with the registered method runs the
 * workflow), so only a revoker, through the instance's public API with an API key
 * (`X-N8N-API-KEY`): list the workflows, find the one whose Webhook node serves the URL's path,
 * `POST /api/v1/workflows/{id}/deactivate`. The webhook is dead when its workflow is inactive.
 * The paths are UNCONFIRMED (docs/providers/n8n.md): used only with --unconfirmed-apis.
 */
import { apiRevoker, checkable, failedAnswer, redactedRequest, transportFailure, unknownCheck, urlAt, type RevokerContext, type RevokeCheck } from './revoker.js';
import { isVerdict } from './verifier.js';
import type { Finding } from '../types.js';
import { part } from './captures.js';
import { answer, responseOf } from './answer-text.js';
import { parseJson } from './json-body.js';

/** The n8n Cloud instance of the webhook (the pattern's `host` group): always https. */
const originOf = (f: Finding) => `https://${part(f, 'host').toLowerCase()}`;

const KEY = 'HOOKSCAN_N8N_API_KEY';
const MAX_PAGES = 40;

type Found = { id: string; name: string; active: boolean } | { check: RevokeCheck };

function servesPath(node: Record<string, unknown>, path: string): boolean {
  if (typeof node.type !== 'string' || !/webhook|formtrigger/i.test(node.type)) return false;
  const p = String((node.parameters as Record<string, unknown> | undefined)?.path ?? '').replace(/^\/+|\/+$/g, '');
  const id = typeof node.webhookId === 'string' ? node.webhookId : '';
  return p === path || (!!id && (id === path || `${id}/${p}` === path));
}

async function findWorkflow(f: Finding, ctx: RevokerContext): Promise<Found> {
  const origin = originOf(f);
  let cursor: string | undefined;
  for (let page = 0; page < MAX_PAGES; page++) {
    const o = await ctx.send({
      method: 'GET',
      url: urlAt(origin, '/api/v1/workflows', { limit: '250', ...(cursor ? { cursor } : {}) }),
      headers: { 'x-n8n-api-key': ctx.credential(KEY) },
    });
    const r = checkable(o);
    if (isVerdict(r)) return { check: r };
    const j = parseJson(r.body);
    if (r.status !== 200 || !Array.isArray(j?.data)) return { check: unknownCheck(r) };
    for (const w of j.data as Record<string, unknown>[]) {
      const nodes = Array.isArray(w.nodes) ? (w.nodes as Record<string, unknown>[]) : [];
      if (nodes.some((n) => servesPath(n, f.secret))) return { id: String(w.id), name: String(w.name ?? ''), active: w.active === true };
    }
    cursor = typeof j.nextCursor === 'string' && j.nextCursor ? j.nextCursor : undefined;
    if (!cursor) break;
  }
  return { check: { status: 'unknown', httpStatus: 200, reason: 'no workflow visible to this API key has a Webhook node with this path' } };
}

export const n8nRevoker = apiRevoker('n8n', {
  action: 'disable',
  credentials: [{ name: KEY, description: 'an n8n API key of the instance (Settings → n8n API) that can read and deactivate the workflow' }],
  unconfirmed: 'the n8n public API paths (GET /api/v1/workflows, POST /api/v1/workflows/{id}/deactivate) were not confirmed against a running instance',
  describe: (f) => {
    const origin = originOf(f);
    return `GET ${origin}/api/v1/workflows to find the workflow serving the path, then ${redactedRequest('POST', `${origin}/api/v1/workflows/<id>/deactivate`, [])}`;
  },
  async check(f, ctx) {
    const w = await findWorkflow(f, ctx);
    if ('check' in w) return w.check;
    return w.active
      ? { status: 'live', httpStatus: 200, reason: `HTTP 200: workflow ${w.id} is active and serves this path` }
      : { status: 'dead', httpStatus: 200, reason: `HTTP 200: workflow ${w.id} serves this path but is inactive` };
  },
  async revoke(f, ctx) {
    const w = await findWorkflow(f, ctx);
    if ('check' in w) return { result: 'failed', httpStatus: w.check.httpStatus, detail: w.check.reason };
    if (!w.active) return { result: 'gone', httpStatus: 200, detail: `workflow ${w.id} is already inactive` };
    const o = await ctx.send({ method: 'POST', url: urlAt(originOf(f), `/api/v1/workflows/${w.id}/deactivate`), headers: { 'x-n8n-api-key': ctx.credential(KEY) } });
    const t = transportFailure(o);
    const r = responseOf(o);
    if (t || !r) return t!;
    if (r.status === 200) return { result: 'done', httpStatus: 200, detail: `HTTP 200: workflow ${w.id} deactivated` };
    if (r.status === 404) return { result: 'gone', httpStatus: 404, detail: `${answer(r)}: workflow ${w.id} no longer exists` };
    return failedAnswer(r, 'n8n');
  },
});
