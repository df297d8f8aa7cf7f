/**
 * Make (Integromat) custom webhooks: no safe check by URL (any accepted request queues a run), so
 * only a revoker, through the Make API of the hook's zone with an API token
 * (`Authorization: Token <token>`): list the team's hooks, find the one whose address is the URL,
 * `DELETE /api/v2/hooks/{id}?confirmed=true`. The paths are UNCONFIRMED (docs/providers/make.md: from
 * memory of the Make API "Hooks" section): used only with --unconfirmed-apis.
 */
import { apiRevoker, checkable, failedAnswer, redactedRequest, transportFailure, unknownCheck, urlAt, type Revoker, type RevokerContext, type RevokeCheck } from './revoker.js';
import { isVerdict } from './verifier.js';
import { capturesOf } from './captures.js';
import type { Finding } from '../types.js';
import { answer, responseOf } from './answer-text.js';
import { parseJson } from './json-body.js';

const TOKEN = 'HOOKSCAN_MAKE_TOKEN';
const TEAM = 'HOOKSCAN_MAKE_TEAM_ID';

/**
 * `hook.eu1.make.com` → `https://eu1.make.com` (the pattern's `zone` and `domain` groups);
 * undefined for hosts without a zone (legacy integromat.com).
 */
export function makeApiOrigin(f: Pick<Finding, 'provider' | 'ruleId' | 'url' | 'captures'>): string | undefined {
  const { zone, domain } = capturesOf(f);
  return zone && domain && /^make\./i.test(domain) ? `https://${zone.toLowerCase()}.${domain.toLowerCase()}` : undefined;
}

const auth = (ctx: RevokerContext) => ({ authorization: `Token ${ctx.credential(TOKEN)}` });

type Found = { id: string; enabled: boolean } | { check: RevokeCheck };

async function findHook(f: Parameters<Revoker['revoke']>[0], ctx: RevokerContext): Promise<Found> {
  const origin = makeApiOrigin(f)!;
  const team = ctx.credential(TEAM);
  const o = await ctx.send({ method: 'GET', url: urlAt(origin, '/api/v2/hooks', { teamId: team }), headers: auth(ctx) });
  const r = checkable(o);
  if (isVerdict(r)) return { check: r };
  const j = parseJson(r.body);
  if (r.status !== 200 || !Array.isArray(j?.hooks)) return { check: unknownCheck(r) };
  // The body lists every hook of the team with its address: never quoted.
  for (const h of j.hooks as Record<string, unknown>[]) {
    const url = typeof h.url === 'string' ? h.url : '';
    if (h.udid === f.secret || url.replace(/\/+$/, '').endsWith(`/${f.secret}`)) return { id: String(h.id), enabled: h.enabled !== false };
  }
  return { check: { status: 'dead', httpStatus: 200, reason: `HTTP 200: team ${team} has no hook with this address` } };
}

export const makeRevoker = apiRevoker('make', {
  action: 'delete',
  credentials: [
    { name: TOKEN, description: 'a Make API token with the hooks:read and hooks:write scopes' },
    { name: TEAM, description: 'the id of the Make team that owns the hook (not in the URL; a wrong team makes the hook look gone)' },
  ],
  unconfirmed: 'the Make API paths (GET /api/v2/hooks?teamId=…, DELETE /api/v2/hooks/{id}?confirmed=true) are from memory of the Make API reference and were not confirmed against Make',
  unsupported: (f) => (makeApiOrigin(f) ? undefined : 'the hook host has no Make zone (legacy integromat.com address): delete it in the Make UI'),
  describe: (f) => `GET ${makeApiOrigin(f) ?? 'https://<zone>.make.com'}/api/v2/hooks?teamId=<team> to find the hook, then ${redactedRequest('DELETE', `${makeApiOrigin(f)}/api/v2/hooks/<hook id>?confirmed=true`, [])}`,
  async check(f, ctx) {
    const found = await findHook(f, ctx);
    if ('check' in found) return found.check;
    return { status: 'live', httpStatus: 200, reason: `HTTP 200: hook ${found.id} has this address${found.enabled ? '' : ' (disabled)'}` };
  },
  async revoke(f, ctx) {
    const found = await findHook(f, ctx);
    if ('check' in found) {
      const c = found.check;
      return c.status === 'dead' ? { result: 'gone', httpStatus: c.httpStatus, detail: c.reason } : { result: 'failed', httpStatus: c.httpStatus, detail: c.reason };
    }
    const origin = makeApiOrigin(f)!;
    const o = await ctx.send({ method: 'DELETE', url: urlAt(origin, `/api/v2/hooks/${found.id}`, { confirmed: 'true' }), headers: auth(ctx) });
    const t = transportFailure(o);
    const r = responseOf(o);
    if (t || !r) return t!;
    if (r.status === 200 || r.status === 204) return { result: 'done', httpStatus: r.status, detail: `HTTP ${r.status}: hook ${found.id} deleted` };
    if (r.status === 404) return { result: 'gone', httpStatus: 404, detail: `${answer(r)}: hook ${found.id} no longer exists` };
    return failedAnswer(r, 'Make');
  },
});
