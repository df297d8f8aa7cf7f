/**
 * DingTalk custom robots. POST a message type DingTalk does not support, so nothing can be
 * posted. Answers are HTTP 200 with errcode/errmsg; "token is not exist" means dead. The order of
 * checks is undocumented, so a payload error only counts as live when a control probe with a
 * random token answers "token is not exist". docs/providers/dingtalk.md.
 */
import type { HttpOutcome } from './types.js';
import { part } from './captures.js';
import { isVerdict, readable, webhookVerifier } from './verifier.js';
import { answer, describeOutcome } from './answer-text.js';
import { atHost } from './finding-url.js';
import { numField, parseJson, strField } from './json-body.js';
import { randomHex } from './random-text.js';
import { acceptedProbe, dead, live, unknown, unrecognised } from './verdicts.js';

/** Not a DingTalk msgtype (text, link, markdown, actionCard, feedCard): rejected before delivery. */
export const DINGTALK_PROBE_BODY = '{"msgtype":"hookscan_probe"}';

function tokenMissing(o: HttpOutcome): boolean {
  if (o.kind !== 'response') return false;
  const j = parseJson(o.body);
  const code = numField(j, 'errcode');
  return (code === 300001 || code === 300005) && /token is not exist/i.test(strField(j, 'errmsg'));
}

export const dingtalk = webhookVerifier('dingtalk', {
  key: (f) => f.secret.toLowerCase(),
  async check(f, ctx) {
    const host = part(f, 'host').toLowerCase();
    const probe = (token: string) =>
      ctx.send({ method: 'POST', url: atHost(f, '/robot/send', { access_token: token }), headers: { 'content-type': 'application/json' }, body: DINGTALK_PROBE_BODY });
    const control = await ctx.control(`dingtalk ${host}`, () => probe(randomHex(64)));
    const o = await probe(f.secret);
    const r = readable(o);
    if (isVerdict(r)) return r;
    const j = parseJson(r.body);
    const code = numField(j, 'errcode');
    if (r.status !== 200 || code === undefined) return unrecognised(r);
    if (tokenMissing(r)) return dead(`${answer(r)}: the robot was removed or never existed`);
    if (code === 310000) return live(`${answer(r)}: the robot exists; a security setting (signature, keyword or IP list) blocks unsigned posts`);
    if (code === 130101 || code === 90030) return unknown(`rate limited or over quota: ${answer(r)}`);
    if (code === 0) return acceptedProbe(r, 'DingTalk');
    if (tokenMissing(control)) return live(`${answer(r)}: the probe was rejected for its content, while a random token gets "token is not exist"`);
    return unknown(`${answer(r)}, but the control probe with a random token answered ${describeOutcome(control)}: the check does not tell them apart`);
  },
});
