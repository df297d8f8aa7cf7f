// The Detector with the real pattern files: plain and encoded URLs, exact byte offsets into the
// original bytes, and the filters (boundary, elision, placeholders) that keep noise out.
import { describe, expect, it } from 'vitest';
import { Detector, type RawMatch } from '../../src/detect/detector.js';
import { placeholderReason } from '../../src/detect/placeholder.js';
import { loadProviders } from '../../src/patterns/index.js';
import { rand } from '../support/fabricate.js';

const detector = new Detector(loadProviders().flatMap((p) => p.patterns));

// Fabricated secrets in valid format, random at every run: the repository scans itself, and a
// secret literal next to a URL template in the same file is a split URL that hookscan reassembles.
const UP = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
const B64U = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-';
/** A random secret the placeholder filter accepts. */
function fabricated(make: () => string): string {
  for (;;) {
    const s = make();
    if (!placeholderReason(s)) return s;
  }
}
const slackSecret = () => fabricated(() => `T${rand(UP, 10)}/B${rand(UP, 10)}/${rand(B64U.slice(0, 62), 24)}`);
const discordSecret = () => fabricated(() => `1${rand('0123456789', 18)}/${rand(B64U, 68)}`);
const SLACK = slackSecret();
const SLACK2 = slackSecret();
const DISCORD = discordSecret();
const DISCORD2 = discordSecret();
const GCHAT_SPACE = fabricated(() => `AAAA${rand(B64U, 7)}`);
const GCHAT_KEY = fabricated(() => `AIza${rand(B64U, 35)}`);
const GCHAT_TOKEN = fabricated(() => rand(B64U, 43));

const slackUrl = (s = SLACK) => `https://hooks.slack.com/services/${s}`;
const discordUrl = (s = DISCORD) => `https://discord.com/api/webhooks/${s}`;

function detect(text: string, ruleId?: string): RawMatch[] {
  const all = detector.detect(Buffer.from(text, 'utf8'));
  return ruleId ? all.filter((m) => m.ruleId === ruleId) : all;
}

/** Byte offsets of `needle` (its first occurrence) in `text`. */
function span(text: string, needle: string): { start: number; end: number } {
  const i = text.indexOf(needle);
  expect(i, `${needle} in the text`).toBeGreaterThanOrEqual(0);
  const start = Buffer.byteLength(text.slice(0, i));
  return { start, end: start + Buffer.byteLength(needle) };
}

describe('Detector: plain URLs', () => {
  it('reports a plain Slack URL with exact byte offsets (multi-byte text before it)', () => {
    const text = `// 通知 🚀 → Slack\nconst hook = "${slackUrl()}";\n`;
    const [m, ...rest] = detect(text, 'slack-incoming-webhook');
    expect(rest).toEqual([]);
    expect(m).toMatchObject({ secret: SLACK, url: slackUrl(), encoding: 'plain', ...span(text, slackUrl()) });
    const [team, bot, key] = SLACK.split('/');
    expect(m.redactedUrl).toBe(`https://hooks.slack.com/services/${team.slice(0, 2)}…/${bot.slice(0, 2)}…/${key.slice(0, 4)}…`);
  });

  it('reports a plain Discord URL', () => {
    const text = `DISCORD_WEBHOOK=${discordUrl()}\n`;
    const found = detect(text, 'discord-webhook');
    expect(found).toEqual([expect.objectContaining({ secret: DISCORD, url: discordUrl(), encoding: 'plain', ...span(text, discordUrl()) })]);
  });

  it('returns nothing for text without any keyword', () => {
    expect(detector.detect(Buffer.from('nothing to see here: https://example.com/services/x'))).toEqual([]);
  });
});

describe('Detector: encoded URLs', () => {
  it('decodes JSON-escaped slashes: encoding "escaped", offsets of the escaped text', () => {
    const escaped = slackUrl().replace(/\//g, '\\/');
    const text = `{"notify":{"slack":"${escaped}","on":"fail"}}`;
    const found = detect(text, 'slack-incoming-webhook');
    expect(found).toEqual([expect.objectContaining({ secret: SLACK, url: slackUrl(), encoding: 'escaped', ...span(text, escaped) })]);
    expect(found[0].redactedUrl).not.toContain(SLACK.slice(-20));
  });

  it('decodes \\u002F escapes: encoding "escaped"', () => {
    const escaped = discordUrl().replace(/\//g, '\\u002F');
    const text = `var cfg = {hook: "${escaped}"};`;
    const found = detect(text, 'discord-webhook');
    expect(found).toEqual([expect.objectContaining({ secret: DISCORD, url: discordUrl(), encoding: 'escaped', ...span(text, escaped) })]);
  });

  it('decodes a percent-encoded webhook inside a redirect link: encoding "percent"', () => {
    const inner = encodeURIComponent(discordUrl(DISCORD2)); // https%3A%2F%2Fdiscord.com%2Fapi%2F…
    expect(inner).toContain('%2Fapi%2Fwebhooks%2F');
    const text = `Click https://example.com/r?u=${inner}&src=mail to continue`;
    const found = detect(text, 'discord-webhook');
    expect(found).toEqual([expect.objectContaining({ secret: DISCORD2, url: discordUrl(DISCORD2), encoding: 'percent', ...span(text, inner) })]);
  });

  it('decodes a doubly percent-encoded redirect link (%252F)', () => {
    const inner = encodeURIComponent(encodeURIComponent(discordUrl(DISCORD2)));
    expect(inner).toContain('%252F');
    const text = `location: https://example.com/out?next=${inner}`;
    const found = detect(text, 'discord-webhook');
    expect(found).toEqual([expect.objectContaining({ secret: DISCORD2, url: discordUrl(DISCORD2), encoding: 'percent', ...span(text, inner) })]);
  });

  describe('an &amp;-escaped Google Chat URL in HTML', () => {
    const written = `https://chat.googleapis.com/v1/spaces/${GCHAT_SPACE}/messages?key=${GCHAT_KEY}&amp;token=${GCHAT_TOKEN}`;
    const usable = `https://chat.googleapis.com/v1/spaces/${GCHAT_SPACE}/messages?key=${GCHAT_KEY}&token=${GCHAT_TOKEN}`;
    const text = `<p>Status</p>\n<a href="${written}">post</a>\n`;

    it('is found once, with the secret and the exact offsets of the written URL', () => {
      const found = detect(text, 'google-chat-webhook');
      expect(found).toHaveLength(1);
      expect(found[0]).toMatchObject({ secret: GCHAT_TOKEN, ...span(text, written) });
    });

    it('is labelled "html" and carries the decoded, usable URL (no &amp;)', () => {
      const [m] = detect(text, 'google-chat-webhook');
      expect({ encoding: m.encoding, url: m.url }).toEqual({ encoding: 'html', url: usable });
    });
  });

  it('keeps exact offsets for encoded URLs far into a large buffer', () => {
    const escaped = slackUrl().replace(/\//g, '\\/');
    const encoded = encodeURIComponent(discordUrl(DISCORD2));
    const text = `${'é;x=1;\\n'.repeat(20_000)}{"a":"${escaped}"}${'—%zz&;'.repeat(30_000)}<a href="/r?u=${encoded}">`;
    expect(detect(text, 'slack-incoming-webhook')).toEqual([expect.objectContaining({ secret: SLACK, encoding: 'escaped', ...span(text, escaped) })]);
    expect(detect(text, 'discord-webhook')).toEqual([expect.objectContaining({ secret: DISCORD2, encoding: 'percent', ...span(text, encoded) })]);
  });

  it('reports the same secret written plainly and escaped as two matches with their own encodings', () => {
    const escaped = slackUrl().replace(/\//g, '\\/');
    const text = `a = "${slackUrl()}"\nb = "${escaped}"\n`;
    const found = detect(text, 'slack-incoming-webhook');
    expect(found.map((m) => [m.encoding, m.start, m.secret])).toEqual([
      ['plain', span(text, slackUrl()).start, SLACK],
      ['escaped', span(text, escaped).start, SLACK],
    ]);
  });
});

describe('Detector: boundaries and elision', () => {
  it('does not report a token one character too long, but does report it at the right length', () => {
    expect(detect(`"${slackUrl()}Q"`, 'slack-incoming-webhook')).toEqual([]);
    expect(detect(`"${slackUrl()}_"`, 'slack-incoming-webhook')).toEqual([]);
    expect(detect(`"${slackUrl()}"`, 'slack-incoming-webhook')).toHaveLength(1);
    const long = `${DISCORD.split('/')[0]}/${'Ab3-'.repeat(25)}x`; // 101-character token, max is 100
    expect(detect(`"${discordUrl(long)}"`, 'discord-webhook')).toEqual([]);
  });

  it('applies the boundary in the decoded text too', () => {
    const escaped = `${slackUrl()}Q`.replace(/\//g, '\\/');
    expect(detect(`"${escaped}"`, 'slack-incoming-webhook')).toEqual([]);
  });

  it.each(['...', '…'])('does not report a URL elided with %s right after it', (dots) => {
    expect(detect(`see ${slackUrl()}${dots} for details`, 'slack-incoming-webhook')).toEqual([]);
    expect(detect(`see ${discordUrl()}${dots}`, 'discord-webhook')).toEqual([]);
  });

  it('still reports a URL followed by a sentence-ending period', () => {
    expect(detect(`Posted to ${slackUrl()}. Done.`, 'slack-incoming-webhook')).toHaveLength(1);
  });
});

describe('Detector: placeholders', () => {
  it.each([
    'https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX',
    'https:\\/\\/hooks.slack.com\\/services\\/T00000000\\/B00000000\\/XXXXXXXXXXXXXXXXXXXXXXXX',
    'https://example.com/r?u=https%3A%2F%2Fhooks.slack.com%2Fservices%2FT00000000%2FB00000000%2FXXXXXXXXXXXXXXXXXXXXXXXX',
    'https://hooks.slack.com/services/TABCDEFGHI/BYOURHOOKID/yourSecretTokenGoesHere1',
  ])('does not report the Slack placeholder %s', (text) => {
    expect(detect(text, 'slack-incoming-webhook')).toEqual([]);
  });

  it.each([
    'https://discord.com/api/webhooks/223704706495545344/3d89bb7572e0fb30d8128367b3b1b44fecd1726de135cbe28a41f8b2f777c372ba2939e72279b94526ff5d1bd4358d65cf11',
    'url = `https://discord.com/api/webhooks/${id}/${token}`',
    'https://discord.com/api/webhooks/123456789012345678/abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ1234567890abcdef',
  ])('does not report the Discord placeholder %s', (text) => {
    expect(detect(text, 'discord-webhook')).toEqual([]);
  });
});

describe('Detector: repetition and case', () => {
  it('reports the same URL twice in one buffer as two raw matches', () => {
    const text = `primary: ${slackUrl()}\nfallback: ${slackUrl()}\n`;
    const found = detect(text, 'slack-incoming-webhook');
    const first = span(text, slackUrl()).start;
    const second = Buffer.byteLength(text.slice(0, text.lastIndexOf(slackUrl())));
    expect(found.map((m) => [m.start, m.secret])).toEqual([[first, SLACK], [second, SLACK]]);
  });

  it('reports the same escaped URL twice as two raw matches', () => {
    const escaped = slackUrl(SLACK2).replace(/\//g, '\\/');
    const found = detect(`["${escaped}","${escaped}"]`, 'slack-incoming-webhook');
    expect(found.map((m) => [m.start, m.encoding])).toEqual([[2, 'escaped'], [2 + escaped.length + 3, 'escaped']]);
  });

  it('finds a keyword in upper case where the regex is case-insensitive (the keyword prefilter ignores case)', () => {
    const upper = `https://HOOKS.SLACK.COM/services/${SLACK}`;
    const text = `x = "${upper}"`;
    expect(detect(text, 'slack-incoming-webhook')).toEqual([expect.objectContaining({ secret: SLACK, ...span(text, upper) })]);
    const d = `https://Discord.COM/api/webhooks/${DISCORD}`;
    expect(detect(d, 'discord-webhook')).toEqual([expect.objectContaining({ secret: DISCORD, start: 0, end: d.length })]);
    expect(detect(`HTTPS://HOOKS.SLACK.COM/services/${SLACK}`, 'slack-incoming-webhook').map((m) => m.secret)).toEqual([SLACK]);
  });

  it('does not match where the regex is case-sensitive (the /services/ path)', () => {
    expect(detect(`https://hooks.slack.com/SERVICES/${SLACK}`, 'slack-incoming-webhook')).toEqual([]);
  });
});
