/**
 * Mattermost incoming webhooks (self-hosted: only hosts the user allows). Mattermost checks the
 * body, then the hook, then the channel named in the body before posting
 * (mattermost/mattermost server/channels/app/webhook.go HandleIncomingWebhook). The probe names a
 * random channel that cannot exist and carries no text, so a valid hook fails on the channel
 * lookup ("web.incoming_webhook.channel.app_error") and an invalid one on the hook lookup
 * ("web.incoming_webhook.invalid.app_error"). A control probe with a random hook id must give the
 * latter. providers.md §8 and §21.
 */
import { acceptedProbe, answer, dead, describeOutcome, findingUrl, live, randomFrom, randomHex, responseOf, transportVerdict, unknown, unrecognised } from './probe.js';
import type { HttpOutcome, Verifier } from './types.js';

/** A channel name that cannot exist (never "@…", which would address a direct message). */
export function mattermostProbeBody(): string {
  return JSON.stringify({ channel: `hookscan-probe-${randomHex(32)}`, attachments: [] });
}

const has = (o: HttpOutcome, id: string) => o.kind === 'response' && o.body.includes(id);

export const mattermost: Verifier = {
  provider: 'mattermost',
  ruleIds: ['mattermost-webhook'],
  hosts: [],
  selfHosted: true,
  key: (f) => `${findingUrl(f).host}/${f.secret}`,
  async check(f, ctx) {
    const u = findingUrl(f);
    const base = u.pathname.slice(0, u.pathname.lastIndexOf('/'));
    const probe = (id: string) => {
      const url = new URL(`${u.protocol}//${u.host}`);
      url.pathname = `${base}/${id}`;
      return ctx.send({ method: 'POST', url, headers: { 'content-type': 'application/json' }, body: mattermostProbeBody() });
    };
    const control = await ctx.control(`mattermost ${u.host}${base}`, () => probe(randomFrom('abcdefghijkmnopqrstuwxyz13456789', 26)));
    const o = await probe(f.secret);
    const t = transportVerdict(o);
    const r = responseOf(o);
    if (t || !r) return t!;
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
};
