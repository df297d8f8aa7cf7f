/**
 * Webex incoming webhooks. POST {}: no text or markdown, so nothing can be posted. Neither answer
 * is documented, so the verdict comes only from a difference with a control probe (a webhook id
 * built from a random UUID): same answer as the control = dead, a different 4xx = live.
 * docs/providers/webex.md.
 */
import { randomUUID } from 'node:crypto';
import { part } from './captures.js';
import { isVerdict, readable, webhookVerifier } from './verifier.js';
import { answer, describeOutcome, responseOf } from './answer-text.js';
import { atHost } from './finding-url.js';
import { acceptedProbe, dead, live, unknown, unrecognised } from './verdicts.js';

export const WEBEX_PROBE_BODY = '{}';

export const webex = webhookVerifier('webex', {
  async check(f, ctx) {
    const host = part(f, 'host').toLowerCase();
    const probe = (id: string) =>
      ctx.send({ method: 'POST', url: atHost(f, `/v1/webhooks/incoming/${id}`), headers: { 'content-type': 'application/json' }, body: WEBEX_PROBE_BODY });
    const fakeId = Buffer.from(`ciscospark://us/WEBHOOK/${randomUUID()}`).toString('base64url');
    const control = await ctx.control(`webex ${host}`, () => probe(fakeId));
    const o = await probe(f.secret);
    const r = readable(o);
    if (isVerdict(r)) return r;
    if (r.status === 204) return acceptedProbe(r, 'Webex');
    const c = responseOf(control);
    if (!c || c.status !== 404) {
      return unknown(`${answer(r)}, but the control probe with a random webhook id answered ${describeOutcome(control)} instead of 404: the check does not tell them apart`);
    }
    if (r.status === 404) return dead(`${answer(r)}: answers like a webhook that does not exist`);
    if (r.status >= 400 && r.status < 500) return live(`${answer(r)}: the empty message was rejected, while a random webhook id gets 404`);
    return unrecognised(r);
  },
});
