/**
 * IFTTT Webhooks (Maker) keys. The key is account-wide and the event name free text: fire a random
 * event name no applet listens to, never the event named in the URL. 200 "Congratulations" = live,
 * 401 = dead. docs/providers/ifttt.md (the probe may appear in the account's Webhooks activity log).
 */
import { isVerdict, readable, webhookVerifier } from './verifier.js';
import { answer } from './answer-text.js';
import { atHost } from './finding-url.js';
import { randomHex } from './random-text.js';
import { dead, live, unrecognised } from './verdicts.js';

export const IFTTT_EVENT_PREFIX = 'hookscan_probe_';

export const ifttt = webhookVerifier('ifttt', {
  async check(f, ctx) {
    const event = `${IFTTT_EVENT_PREFIX}${randomHex(24)}`;
    const o = await ctx.send({ method: 'POST', url: atHost(f, `/trigger/${event}/with/key/${f.secret}`) });
    const r = readable(o);
    if (isVerdict(r)) return r;
    if (r.status === 200 && /Congratulations/i.test(r.body)) return live(`HTTP 200 for the unused event name ${event}: the key is valid`);
    if (r.status === 401) return dead(`${answer(r)}: the key was regenerated or never existed`);
    return unrecognised(r);
  },
});
