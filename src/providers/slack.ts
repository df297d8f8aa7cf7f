/**
 * Slack incoming webhooks (/services/). POST a body that is not JSON: Slack rejects it before
 * anything is posted, after checking the token. docs/providers/slack.md; Slack changelog
 * https://api.slack.com/changelog/2016-05-17-changes-to-errors-for-incoming-webhooks.
 */
import { isVerdict, readable, webhookVerifier } from './verifier.js';
import { answer } from './answer-text.js';
import { atHost } from './finding-url.js';
import { acceptedProbe, dead, live, unrecognised } from './verdicts.js';

/** Not JSON, so it can never be a message. */
export const SLACK_PROBE_BODY = 'hookscan verification probe: intentionally not JSON, so nothing can be posted';

/** The token was accepted and the payload rejected. */
const LIVE = new Set(['invalid_payload', 'no_text', 'missing_text_or_fallback_or_attachments']);
/** The webhook, its workspace or its channel is gone. */
const DEAD = new Set(['invalid_token', 'no_service', 'no_service_id', 'no_team', 'team_disabled', 'channel_not_found', 'channel_is_archived']);

export const slack = webhookVerifier('slack', {
  async check(f, ctx) {
    const o = await ctx.send({
      method: 'POST',
      url: atHost(f, `/services/${f.secret}`),
      headers: { 'content-type': 'application/json' },
      body: SLACK_PROBE_BODY,
    });
    const r = readable(o);
    if (isVerdict(r)) return r;
    const code = r.body.trim();
    if (r.status >= 200 && r.status < 300) return code === 'ok' ? acceptedProbe(r, 'Slack') : unrecognised(r);
    if (LIVE.has(code)) return live(`${answer(r)}: the webhook exists (token accepted, malformed body rejected)`);
    if (code === 'action_prohibited') return live(`${answer(r)}: the webhook exists; workspace policy blocks posting`);
    if (DEAD.has(code) || (r.status === 400 && code.includes('invalid_token'))) return dead(`${answer(r)}: revoked, removed, or its workspace or channel is gone`);
    return unrecognised(r);
  },
});
