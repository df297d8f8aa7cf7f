/**
 * Mattermost incoming webhooks (self-hosted: only hosts the user allows). Mattermost checks the
 * body, then the hook, then the channel named in the body before posting
 * (mattermost/mattermost server/channels/app/webhook.go HandleIncomingWebhook). The probe names a
 * random channel that cannot exist and carries no text, so a valid hook fails on the channel
 * lookup ("web.incoming_webhook.channel.app_error") and an invalid one on the hook lookup
 * ("web.incoming_webhook.invalid.app_error"). A control probe with a random hook id must give the
 * latter. docs/providers/mattermost.md.
 */
import { apiRevoker, checkable, failedAnswer, redactedRequest, selfHostedBase, transportFailure, unknownCheck, urlAt } from './revoker.js';
import type { HttpOutcome } from './types.js';
import { isVerdict, readable, webhookVerifier } from './verifier.js';
import { answer, describeOutcome, quote, responseOf } from './answer-text.js';
import { parseJson } from './json-body.js';
import { randomFrom, randomHex } from './random-text.js';
import { acceptedProbe, dead, live, unknown, unrecognised } from './verdicts.js';

/** A channel name that cannot exist (never "@…", which would address a direct message). */
export function mattermostProbeBody(): string {
  return JSON.stringify({ channel: `hookscan-probe-${randomHex(32)}`, attachments: [] });
}

const has = (o: HttpOutcome, id: string) => o.kind === 'response' && o.body.includes(id);

export const mattermost = webhookVerifier('mattermost', {
  selfHosted: true,
  key: (f) => `${selfHostedBase(f).origin.replace(/^[a-z]+:\/\//, '').toLowerCase()}/${f.secret}`,
  async check(f, ctx) {
    const { origin, basePath } = selfHostedBase(f);
    const base = `${basePath}/hooks`;
    const probe = (id: string) => {
      const url = new URL(origin);
      url.pathname = `${base}/${id}`;
      return ctx.send({ method: 'POST', url, headers: { 'content-type': 'application/json' }, body: mattermostProbeBody() });
    };
    const control = await ctx.control(`mattermost ${new URL(origin).host}${base}`, () => probe(randomFrom('abcdefghijkmnopqrstuwxyz13456789', 26)));
    const o = await probe(f.secret);
    const r = readable(o);
    if (isVerdict(r)) return r;
    if (r.status === 200 && r.body.trim() === 'ok') return acceptedProbe(r, 'Mattermost');
    if (r.status === 501 || has(r, 'web.incoming_webhook.disabled.app_error')) return unknown(`${answer(r)}: incoming webhooks are disabled on this server`);
    if (has(r, 'web.incoming_webhook.invalid.app_error')) return dead(`${answer(r)}: no such hook on this server`);
    if (has(r, 'web.incoming_webhook.channel_locked.app_error')) return live(`${answer(r)}: the hook exists (locked to its channel)`);
    if (has(r, 'web.incoming_webhook.channel.app_error')) {
      if (has(control, 'web.incoming_webhook.invalid.app_error')) return live(`${answer(r)}: the hook exists (the probe's random channel was not found)`);
      return unknown(`${answer(r)}, but the control probe with a random hook id answered ${describeOutcome(control)}: the check does not tell them apart`);
    }
    if (has(r, 'web.incoming_webhook.text.app_error') || has(r, 'web.incoming_webhook.parse.app_error')) {
      return unknown(`${answer(r)}: this server rejected the probe before looking up the hook`);
    }
    return unrecognised(r);
  },
});

/** A Mattermost API error body (`{"id": "...app_error", "status_code": N}`): tells Mattermost's own 404 from a proxy's. */
function mattermostError(body: string, status: number): boolean {
  const j = parseJson(body);
  return typeof j?.id === 'string' && Number(j.status_code) === status;
}

/**
 * Revocation with a personal access token: `DELETE /api/v4/hooks/incoming/{id}` (the id is the
 * URL's last segment); checks before and after with `GET /api/v4/hooks/incoming/{id}` (200 = it
 * exists, Mattermost's 404 = gone). Only hosts the user allowed receive the token. docs/providers/mattermost.md.
 */
export const mattermostRevoker = apiRevoker('mattermost', {
  action: 'delete',
  credentials: [{ name: 'HOOKSCAN_MATTERMOST_TOKEN', description: 'a Mattermost personal access token (or session token) with manage_incoming_webhooks, or manage_others_incoming_webhooks for hooks of other users' }],
  selfHosted: true,
  describe(f) {
    const { origin, basePath } = selfHostedBase(f);
    return redactedRequest('DELETE', `${origin}${basePath}/api/v4/hooks/incoming/${f.secret}`, [f.secret]);
  },
  async check(f, ctx) {
    const { origin, basePath } = selfHostedBase(f);
    const o = await ctx.send({
      method: 'GET',
      url: urlAt(origin, `${basePath}/api/v4/hooks/incoming/${f.secret}`),
      headers: { authorization: `Bearer ${ctx.credential('HOOKSCAN_MATTERMOST_TOKEN')}` },
    });
    const r = checkable(o);
    if (isVerdict(r)) return r;
    const j = parseJson(r.body);
    if (r.status === 200 && j?.id === f.secret) {
      return { status: 'live', httpStatus: 200, reason: `HTTP 200: incoming webhook${typeof j.display_name === 'string' && j.display_name ? ` ${quote(j.display_name, 60)}` : ''} exists` };
    }
    if (r.status === 404 && mattermostError(r.body, 404)) return { status: 'dead', httpStatus: 404, reason: `${answer(r)}: no such incoming webhook on this server` };
    return unknownCheck(r);
  },
  async revoke(f, ctx) {
    const { origin, basePath } = selfHostedBase(f);
    const o = await ctx.send({
      method: 'DELETE',
      url: urlAt(origin, `${basePath}/api/v4/hooks/incoming/${f.secret}`),
      headers: { authorization: `Bearer ${ctx.credential('HOOKSCAN_MATTERMOST_TOKEN')}` },
    });
    const t = transportFailure(o);
    const r = responseOf(o);
    if (t || !r) return t!;
    if (r.status === 200) return { result: 'done', httpStatus: 200, detail: `${answer(r)}: deleted` };
    if (r.status === 404 && mattermostError(r.body, 404)) return { result: 'gone', httpStatus: 404, detail: `${answer(r)}: the hook no longer exists` };
    return failedAnswer(r, 'Mattermost');
  },
});
