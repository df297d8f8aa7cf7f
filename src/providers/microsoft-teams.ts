/**
 * Microsoft Teams Office 365 connector webhooks (legacy, retired 2025-2026). POST {"text":""}:
 * an empty text fails the MessageCard check before delivery. docs/providers/microsoft-teams.md; trufflehog
 * microsoftteamswebhook/v1, Kingfisher microsoftteamswebhook.yml; MicrosoftDocs/msteams-docs
 * issues 906 (410 when removed), 402 (errors wrapped in 200), 7385.
 */
import { part } from './captures.js';
import { isVerdict, readable, webhookVerifier } from './verifier.js';
import { answer } from './answer-text.js';
import { dead, live, unrecognised } from './verdicts.js';

export const TEAMS_PROBE_BODY = '{"text":""}';

export const microsoftTeams = webhookVerifier('microsoft-teams', {
  async check(f, ctx) {
    const url = new URL(`https://${part(f, 'host')}`);
    url.pathname = `${part(f, 'route')}${f.secret}`; // the secret holds the /V2… segment when there is one
    const o = await ctx.send({ method: 'POST', url, headers: { 'content-type': 'application/json' }, body: TEAMS_PROBE_BODY });
    const r = readable(o);
    if (isVerdict(r)) return r;
    const b = r.body;
    if (r.status === 400 && /(Summary or )?Text is required|Bad payload received by generic incoming webhook/i.test(b)) {
      return live(`${answer(r)}: the connector exists (empty text rejected)`);
    }
    if (r.status === 410) return dead(`${answer(r)}: the connector configuration was removed`);
    if (r.status === 404 || r.status === 401 || r.status === 403) return dead(`${answer(r)}: no such connector`);
    if (r.status === 200 && /Webhook message delivery failed/i.test(b)) return dead(`${answer(r)}: the channel behind the connector is gone`);
    if (r.status === 200 && b.trim() === '1') return live(`${answer(r)}: Teams accepted a probe it should have rejected (report this to the hookscan maintainers)`);
    return unrecognised(r);
  },
});
