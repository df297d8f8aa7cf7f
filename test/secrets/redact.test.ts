// Redaction keeps at most four characters of each part of a secret; fingerprints are a stable
// function of rule id + secret only.
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { fingerprint, redactSecret, redactSpan, scrubSecrets } from '../../src/secrets/redact.js';

const SLACK = 'TKEI7RZGUH4/BIEFWNRJBB6/2bAAxHBBvjdeqEVesrJLFPx0';
const DISCORD = '1772011764405211927/A8YZ0xEq4DV3mGRWfMn-OqbSogZR42YXDAxJbBxyPj1GR61hXWJYPWP62BosUYxfuhN9';
const TEAMS =
  'd5f21aad-5082-4883-8760-db890525b9c9@f2097678-413a-41b9-b071-ef97b0a832fc/IncomingWebhook/1f94956514297bf50b01fc3a8f14d707/c4a4ebcd-1469-4b6b-88e7-cb67de30fef8/V2HMPjfx5Ddnt2q-pJ67F6bxwU9hBBIQcCJUkdwMKcc3-0';
// Joined at run time: the token on its own is what the telegram-bot-token rule reports.
const TELEGRAM = ['7139284051', 'AAHq3xZr9Vt2LmKpWc8YdN4bFsJ6gQe1Uo0'].join(':');
const PIPEDREAM = 'eo5k2m9x7q4w1z8';

describe('redactSecret', () => {
  it('redacts a Slack secret part by part', () => {
    expect(redactSecret(SLACK)).toBe('TK…/BI…/2bAA…');
  });

  it.each([SLACK, DISCORD, TEAMS, TELEGRAM, PIPEDREAM, 'abc', 'a/b', 'x'.repeat(200)])(
    'keeps at most four leading characters of each part: %s',
    (secret) => {
      const red = redactSecret(secret);
      const parts = secret.split(/[/:@.]/);
      const redParts = red.split(/[/:@.]/);
      expect(redParts.length).toBe(parts.length);
      redParts.forEach((rp, i) => {
        expect(rp.endsWith('…'), rp).toBe(true);
        const kept = rp.slice(0, -1);
        expect(kept.length).toBeLessThanOrEqual(4);
        expect(parts[i].startsWith(kept)).toBe(true);
        if (parts[i].length > 4) expect(kept.length).toBeLessThan(parts[i].length);
      });
      expect(red).not.toContain(secret);
    },
  );

  it('keeps the separators and nothing of short parts', () => {
    expect(redactSecret(TELEGRAM)).toBe('71…:AAHq…'); // 10 chars keep 2, 16+ keep 4
    expect(redactSecret('abc/defghijk')).toBe('…/de…'); // <8 keep 0, 8–15 keep 2
  });

  it('never leaves the long secret-bearing part of a Discord or Teams secret readable', () => {
    const d = redactSecret(DISCORD);
    expect(d).toBe('1772…/A8YZ…');
    const t = redactSecret(TEAMS);
    expect(t).not.toContain('V2HMPjfx5Ddnt2q');
    expect(t).not.toContain('1f94956514297bf5');
  });
});

describe('redactSpan', () => {
  it('replaces only the secret span of a URL', () => {
    // made at run time: a token literal next to this URL template would be a split URL to hookscan
    const token = randomBytes(32).toString('base64url').slice(0, 43);
    const url = `https://chat.googleapis.com/v1/spaces/AAAAav2l5dD/messages?key=AIzaSyw64&token=${token}&x=1`;
    const start = url.indexOf(token);
    const end = start + token.length;
    expect(redactSpan(url, start, end)).toBe(
      `https://chat.googleapis.com/v1/spaces/AAAAav2l5dD/messages?key=AIzaSyw64&token=${token.slice(0, 4)}…&x=1`,
    );
  });
});

describe('scrubSecrets', () => {
  it('replaces every occurrence of every known secret, and leaves very short strings alone', () => {
    // made at run time: the SLACK literal next to this URL template would be a split URL to hookscan
    const secret = [...SLACK.split('/').slice(0, 2), randomBytes(18).toString('base64url').replace(/[-_]/g, 'x').slice(0, 24)].join('/');
    const text = `failed: POST https://hooks.slack.com/services/${secret} (again ${secret}) id=abc`;
    const out = scrubSecrets(text, [secret, 'abc']);
    expect(out).not.toContain(secret);
    expect(out.split(`TK…/BI…/${secret.split('/')[2].slice(0, 4)}…`).length - 1).toBe(2);
    expect(out).toContain('id=abc');
  });
});

describe('fingerprint', () => {
  it('is a stable 32-hex-digit value (baselines written today must match tomorrow)', () => {
    const fp = fingerprint('slack-incoming-webhook', SLACK);
    expect(fp).toMatch(/^[0-9a-f]{32}$/);
    expect(fp).toBe('70d28ff20f04634ffa0938922300dfaf');
    expect(fingerprint('slack-incoming-webhook', SLACK)).toBe(fp);
  });

  it('changes with the rule id and with the secret, and with nothing else', () => {
    const fp = fingerprint('slack-incoming-webhook', SLACK);
    expect(fingerprint('slack-workflow-webhook', SLACK)).not.toBe(fp);
    expect(fingerprint('slack-incoming-webhook', SLACK.replace(/0$/, '1'))).not.toBe(fp);
    expect(fingerprint.length).toBe(2); // no hidden inputs such as a path, a line or a time
  });

  it('does not confuse the rule/secret split', () => {
    expect(fingerprint('a-b', 'c')).not.toBe(fingerprint('a', 'b-c'));
    expect(fingerprint('ab', 'c')).not.toBe(fingerprint('a', 'bc'));
  });
});
