/**
 * Google Chat incoming webhooks. POST {}: an empty message cannot be rendered, so nothing is
 * posted. The order of Google's token and payload checks is not documented, so a control probe
 * (same space and key, random token) must answer 403 PERMISSION_DENIED before a 400 is trusted.
 * docs/providers/google-chat.md; glpi-webhook issue 30 (403 text), GitGuardian google_chat_webhook_url.
 */
import type { HttpOutcome } from './types.js';
import { capturesOf, part } from './captures.js';
import { isVerdict, readable, webhookVerifier } from './verifier.js';
import { answer, describeOutcome } from './answer-text.js';
import { randomFrom } from './random-text.js';
import { acceptedProbe, dead, live, unknown, unrecognised } from './verdicts.js';

export const GOOGLE_CHAT_PROBE_BODY = '{}';
const B64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

function isPermissionDenied(o: HttpOutcome): boolean {
  return o.kind === 'response' && o.status === 403 && /PERMISSION_DENIED/.test(o.body);
}

export const googleChat = webhookVerifier('google-chat', {
  async check(f, ctx) {
    const host = part(f, 'host').toLowerCase();
    // The project's API key, when the URL names it before the token (the pattern's `key` group).
    const key = capturesOf(f).key;
    const build = (token: string) => {
      const url = new URL(`https://${host}`);
      url.pathname = `/v1/spaces/${part(f, 'space')}/messages`;
      const q = new URLSearchParams();
      if (key) q.set('key', key);
      q.set('token', token);
      url.search = q.toString();
      return url;
    };
    const probe = (token: string) =>
      ctx.send({ method: 'POST', url: build(token), headers: { 'content-type': 'application/json; charset=UTF-8' }, body: GOOGLE_CHAT_PROBE_BODY });
    const control = await ctx.control(`google-chat ${host}`, () => probe(`${randomFrom(B64URL, 43)}=`));
    const o = await probe(part(f, 'token'));
    const r = readable(o);
    if (isVerdict(r)) return r;
    if (isPermissionDenied(r)) return dead(`${answer(r)}: the token is wrong or the webhook was deleted`);
    if (r.status === 200 && /"name"\s*:\s*"spaces\//.test(r.body)) return acceptedProbe(r, 'Google Chat');
    if (r.status === 400 && /API_KEY_INVALID/.test(r.body)) return unknown(`${answer(r)}: the key part of the URL is broken`);
    if (r.status === 400) {
      if (isPermissionDenied(control)) return live(`${answer(r)}: the empty message was rejected, while a random token gets 403 PERMISSION_DENIED`);
      return unknown(`${answer(r)}, but the control probe with a random token answered ${describeOutcome(control)}: the check does not tell them apart`);
    }
    if (r.status === 404 && /NOT_FOUND/.test(r.body)) return dead(`${answer(r)}: the space is gone`);
    return unrecognised(r);
  },
});
