/**
 * Rocket.Chat incoming webhooks: no safe check without credentials (an accepted request runs the
 * integration's script, see no-safe-check.ts), so only a revoker. With an admin user id and token
 * (`X-User-Id`, `X-Auth-Token`): `GET /api/v1/integrations.get?integrationId=<id>` to check and
 * `POST /api/v1/integrations.remove` `{"type":"webhook-incoming","integrationId":"<id>"}` to
 * remove. The integration id is the first path segment after `/hooks/`. Only hosts the user
 * allowed receive the credentials. docs/providers/rocket-chat.md.
 */
import { redactSecret } from '../secrets/redact.js';
import { apiRevoker, checkable, failedAnswer, redactedRequest, selfHostedBase, transportFailure, unknownCheck, urlAt, type RevokerContext } from './revoker.js';
import { isVerdict } from './verifier.js';
import { part } from './captures.js';
import { answer, responseOf } from './answer-text.js';
import { parseJson } from './json-body.js';

const USER = 'HOOKSCAN_ROCKETCHAT_USER_ID';
const TOKEN = 'HOOKSCAN_ROCKETCHAT_TOKEN';

/** Rocket.Chat's answers for an integration that does not exist (wording varies across versions). */
const NOT_FOUND = /does not exists?|not found|no integration found|invalid[-_ ]integration/i;

const headers = (ctx: RevokerContext) => ({ 'x-user-id': ctx.credential(USER), 'x-auth-token': ctx.credential(TOKEN) });

function notFound(status: number, body: string): boolean {
  const j = parseJson(body);
  return (status === 400 || status === 404) && j?.success === false && NOT_FOUND.test(`${String(j.error ?? '')} ${String(j.errorType ?? '')}`);
}

export const rocketChatRevoker = apiRevoker('rocket-chat', {
  action: 'delete',
  credentials: [
    { name: USER, description: 'the user id of a Rocket.Chat user holding manage-incoming-integrations (or manage-own-incoming-integrations for its own)' },
    { name: TOKEN, description: "that user's personal access token (X-Auth-Token)" },
  ],
  selfHosted: true,
  describe(f) {
    const { origin, basePath } = selfHostedBase(f);
    const id = part(f, 'id');
    return `${redactedRequest('POST', `${origin}${basePath}/api/v1/integrations.remove`, [])} {"type":"webhook-incoming","integrationId":"${redactSecret(id)}"}`;
  },
  async check(f, ctx) {
    const { origin, basePath } = selfHostedBase(f);
    const id = part(f, 'id');
    const token = part(f, 'token');
    const o = await ctx.send({ method: 'GET', url: urlAt(origin, `${basePath}/api/v1/integrations.get`, { integrationId: id }), headers: headers(ctx) });
    const r = checkable(o);
    if (isVerdict(r)) return r;
    const j = parseJson(r.body);
    if (r.status === 200 && j?.success === true) {
      // The body holds the integration's token and script: never quoted.
      const i = (j.integration ?? {}) as { _id?: unknown; token?: unknown; enabled?: unknown };
      if (i._id !== id) return { status: 'unknown', httpStatus: 200, reason: 'HTTP 200, but not the integration asked for' };
      if (typeof i.token === 'string' && i.token !== token) return { status: 'dead', httpStatus: 200, reason: 'HTTP 200: the integration exists but its token differs from the URL (the URL no longer works)' };
      return { status: 'live', httpStatus: 200, reason: `HTTP 200: incoming integration exists${i.enabled === false ? ' (disabled)' : ''}` };
    }
    if (notFound(r.status, r.body)) return { status: 'dead', httpStatus: r.status, reason: `${answer(r)}: no such integration on this server` };
    return unknownCheck(r);
  },
  async revoke(f, ctx) {
    const { origin, basePath } = selfHostedBase(f);
    const id = part(f, 'id');
    const o = await ctx.send({
      method: 'POST',
      url: urlAt(origin, `${basePath}/api/v1/integrations.remove`),
      headers: { ...headers(ctx), 'content-type': 'application/json' },
      body: JSON.stringify({ type: 'webhook-incoming', integrationId: id }),
    });
    const t = transportFailure(o);
    const r = responseOf(o);
    if (t || !r) return t!;
    if (r.status === 200 && parseJson(r.body)?.success === true) return { result: 'done', httpStatus: 200, detail: 'HTTP 200: integration removed' };
    if (notFound(r.status, r.body)) return { result: 'gone', httpStatus: r.status, detail: `${answer(r)}: the integration no longer exists` };
    return failedAnswer(r, 'Rocket.Chat');
  },
});
