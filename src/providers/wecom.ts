/**
 * WeCom (WeChat Work) group robots. POST an unknown msgtype, so nothing can be posted. HTTP 200
 * always; errcode 93000 means the key is invalid. Other errors only count as live when a control
 * probe with a random key answers 93000. docs/providers/wecom.md.
 */
import { randomUUID } from 'node:crypto';
import type { HttpOutcome } from './types.js';
import { part } from './captures.js';
import { isVerdict, readable, webhookVerifier } from './verifier.js';
import { answer, describeOutcome } from './answer-text.js';
import { atHost } from './finding-url.js';
import { numField, parseJson } from './json-body.js';
import { acceptedProbe, dead, live, unknown, unrecognised } from './verdicts.js';

/** Not a WeCom msgtype (text, markdown, image, news, file, voice, template_card…). */
export const WECOM_PROBE_BODY = '{"msgtype":"hookscan_probe"}';

function invalidKey(o: HttpOutcome): boolean {
  return o.kind === 'response' && numField(parseJson(o.body), 'errcode') === 93000;
}

export const wecom = webhookVerifier('wecom', {
  key: (f) => f.secret.toLowerCase(),
  async check(f, ctx) {
    const host = part(f, 'host').toLowerCase();
    // Always the send endpoint (an upload_media URL carries the same key).
    const probe = (key: string) =>
      ctx.send({ method: 'POST', url: atHost(f, '/cgi-bin/webhook/send', { key }), headers: { 'content-type': 'application/json' }, body: WECOM_PROBE_BODY });
    const control = await ctx.control(`wecom ${host}`, () => probe(randomUUID()));
    const o = await probe(f.secret);
    const r = readable(o);
    if (isVerdict(r)) return r;
    const code = numField(parseJson(r.body), 'errcode');
    if (r.status !== 200 || code === undefined) return unrecognised(r);
    if (code === 93000) return dead(`${answer(r)}: the robot was removed or the key never existed`);
    if (code === 45009) return unknown(`rate limited: ${answer(r)}`);
    if (code === 0) return acceptedProbe(r, 'WeCom');
    if (invalidKey(control)) return live(`${answer(r)}: the probe was rejected for its content, while a random key gets 93000`);
    return unknown(`${answer(r)}, but the control probe with a random key answered ${describeOutcome(control)}: the check does not tell them apart`);
  },
});
