/**
 * Feishu / Lark custom bots. POST {}: no msg_type, so nothing can be posted. HTTP 200 always;
 * code 19001 means the token is invalid whatever the body, 19002/9499 mean the token passed and
 * the payload failed. docs/providers/feishu.md (a public health-check implementation's contract test).
 */
import { part } from './captures.js';
import { isVerdict, readable, webhookVerifier } from './verifier.js';
import { answer } from './answer-text.js';
import { numField, parseJson, strField } from './json-body.js';
import { acceptedProbe, dead, live, unknown, unrecognised } from './verdicts.js';

export const FEISHU_PROBE_BODY = '{}';

export const feishu = webhookVerifier('feishu', {
  key: (f) => f.secret.toLowerCase(),
  async check(f, ctx) {
    const url = new URL(`https://${part(f, 'host')}`);
    url.pathname = `${part(f, 'route')}${f.secret}`;
    const o = await ctx.send({ method: 'POST', url, headers: { 'content-type': 'application/json' }, body: FEISHU_PROBE_BODY });
    const r = readable(o);
    if (isVerdict(r)) return r;
    const j = parseJson(r.body);
    const code = numField(j, 'code', 'StatusCode');
    const msg = strField(j, 'msg', 'StatusMessage');
    if (code === undefined) return unrecognised(r);
    if (code === 19001) return dead(`${answer(r)}: the bot was removed or the token never existed`);
    if (code === 19002) return live(`${answer(r)}: the token was accepted and the empty payload rejected`);
    if (code === 9499) {
      if (/too many/i.test(msg)) return unknown(`rate limited: ${answer(r)}`);
      return live(`${answer(r)}: the token was accepted and the empty payload rejected`);
    }
    if (code === 19021) return live(`${answer(r)}: the bot exists and requires signed requests`);
    if (code === 19022 || code === 19024) return live(`${answer(r)}: the bot exists; an IP or keyword restriction blocks posts`);
    if (code === 0) return acceptedProbe(r, 'Feishu');
    return unrecognised(r);
  },
});
