/**
 * Telegram Bot API URLs. GET /bot<token>/getMe: read-only, returns the bot's own profile.
 * Never getUpdates (it consumes the bot's updates), sendMessage, logOut or close.
 * docs/providers/telegram.md; https://core.telegram.org/bots/api#getme.
 */
import { isVerdict, readable, webhookVerifier } from './verifier.js';
import { answer, quote } from './answer-text.js';
import { atHost } from './finding-url.js';
import { parseJson } from './json-body.js';
import { dead, live, unknown, unrecognised } from './verdicts.js';

export const telegram = webhookVerifier('telegram', {
  async check(f, ctx) {
    const o = await ctx.send({ method: 'GET', url: atHost(f, `/bot${f.secret}/getMe`) });
    const r = readable(o);
    if (isVerdict(r)) return r;
    const j = parseJson(r.body);
    if (r.status === 200 && j?.ok === true) {
      const bot = (j.result ?? {}) as { username?: unknown; is_bot?: unknown };
      if (bot.is_bot === true) return live(`HTTP 200: bot${typeof bot.username === 'string' ? ` @${quote(bot.username, 40).slice(1, -1)}` : ''} (getMe)`);
    }
    if (r.status === 401) return dead(`${answer(r)}: the bot token was revoked or never existed`);
    if (r.status === 404) return unknown(`${answer(r)}: Telegram does not recognise the URL (malformed token)`);
    return unrecognised(r);
  },
});
