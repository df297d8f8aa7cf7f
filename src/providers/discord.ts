/**
 * Discord webhooks. GET the webhook object with its token: read-only, documented as needing no
 * authentication ("Get Webhook with Token"). Never DELETE here (that is revocation).
 * docs/providers/discord.md; discord-api-docs developers/resources/webhook.mdx and topics/rate-limits.mdx.
 */
import { apiRevoker, failedAnswer, redactedRequest, transportFailure } from './revoker.js';
import { part } from './captures.js';
import { isVerdict, readable, webhookVerifier } from './verifier.js';
import { answer, quote, responseOf } from './answer-text.js';
import { atHost } from './finding-url.js';
import { parseJson } from './json-body.js';
import { dead, live, unrecognised } from './verdicts.js';

export const discord = webhookVerifier('discord', {
  // 401, 403 and 429 count towards Discord's 10,000-per-10-minutes invalid-request ban per IP.
  breaker: {
    statuses: [401, 403, 429],
    run: 50,
    windowLimit: 5000,
    windowMs: 10 * 60 * 1000,
    why: "Discord bans an IP that gets 10,000 answers of 401, 403 or 429 within 10 minutes",
  },
  async check(f, ctx) {
    const o = await ctx.send({ method: 'GET', url: atHost(f, `/api/v10/webhooks/${part(f, 'id')}/${part(f, 'token')}`) });
    const r = readable(o);
    if (isVerdict(r)) return r;
    const j = parseJson(r.body);
    const id = part(f, 'id');
    if (r.status === 200) {
      if (j && String(j.id) === id) {
        const what = [j.name ? `webhook ${quote(String(j.name), 60)}` : 'webhook', j.channel_id ? `channel ${String(j.channel_id)}` : '', j.guild_id ? `guild ${String(j.guild_id)}` : '']
          .filter(Boolean)
          .join(', ');
        // The body holds the token: quote only the fields above.
        return live(`HTTP 200: ${what}`);
      }
      return unrecognised(r);
    }
    const code = j?.code;
    if (r.status === 401 && code === 50027) return dead(`${answer(r)}: the webhook id exists but the token is wrong (regenerated or deleted)`);
    if (r.status === 404 && code === 10015) return dead(`${answer(r)}: the webhook was deleted or never existed`);
    return unrecognised(r);
  },
});

/**
 * Revocation with the URL alone: `DELETE /api/v10/webhooks/{id}/{token}` ("Delete Webhook with
 * Token", no authentication) → 204. 404 (10015) or 401 (50027) mean it is gone already. The
 * liveness checks before and after use the verifier above (through src/verify).
 */
export const discordRevoker = apiRevoker('discord', {
  action: 'delete',
  credentials: [],
  describe: (f) => redactedRequest('DELETE', atHost(f, `/api/v10/webhooks/${part(f, 'id')}/${part(f, 'token')}`).href, [f.secret]),
  async revoke(f, ctx) {
    const o = await ctx.send({
      method: 'DELETE',
      url: atHost(f, `/api/v10/webhooks/${part(f, 'id')}/${part(f, 'token')}`),
      headers: { 'x-audit-log-reason': 'hookscan: webhook URL leaked, revoked' },
    });
    const t = transportFailure(o);
    const r = responseOf(o);
    if (t || !r) return t!;
    const code = parseJson(r.body)?.code;
    if (r.status === 204 || r.status === 200) return { result: 'done', httpStatus: r.status, detail: `HTTP ${r.status}: deleted` };
    if (r.status === 404 && code === 10015) return { result: 'gone', httpStatus: 404, detail: `${answer(r)}: the webhook no longer exists` };
    if (r.status === 401 && code === 50027) return { result: 'gone', httpStatus: 401, detail: `${answer(r)}: the token no longer works (regenerated or deleted)` };
    return failedAnswer(r, 'Discord');
  },
});
