// The placeholder filter: documentation values, templates and elided secrets are not findings,
// random-looking secrets are.
import { describe, expect, it } from 'vitest';
import { placeholderReason } from '../../src/detect/placeholder.js';

describe('placeholderReason', () => {
  it.each([
    'TKEI7RZGUH4/BIEFWNRJBB6/2bAAxHBBvjdeqEVesrJLFPx0',
    '1772011764405211927/A8YZ0xEq4DV3mGRWfMn-OqbSogZR42YXDAxJbBxyPj1GR61hXWJYPWP62BosUYxfuhN9',
    'qwAlN7i5nKO1T0itzHtCnSCojVAuvfM4p8iK9EXUmdE',
    'aaaaaaaQ', // a run of 7 is allowed
    'abcdefgQ', // 7 sequential characters are allowed
  ])('lets a real-looking secret through: %s', (s) => {
    expect(placeholderReason(s)).toBeNull();
  });

  it.each([
    ['${SLACK_TEAM}/${SLACK_HOOK}/${SLACK_TOKEN}', "'${'"],
    ['{{ webhook_token }}', "'{{'"],
    ['{id}/{token}', "'{'"],
    ['<webhook-id>/<token>', "'<'"],
    ['%s/%s', "'%s'"],
    ['$TOKEN', "'$'"],
    ['T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX', "'xxxx'"],
    ['****************', "'****'"],
    ['abc...', "'...'"],
    ['abc…', "'…'"],
    ['YOUR_WEBHOOK_ID/YOUR_WEBHOOK_TOKEN', "'your'"],
    ['ExampleToken1234', "'example'"],
    ['REPLACE_ME_WITH_TOKEN', "'replace'"],
    ['placeholder-token', "'placeholder'"],
    ['REDACTED', "'redacted'"],
    ['dummytoken99', "'dummy'"],
    ['ChangeMe2024', "'changeme'"],
    ['sample_secret_q7', "'sample'"],
    ['insert-token-here', "'insert'"],
  ])('rejects %s as containing a marker', (s, marker) => {
    expect(placeholderReason(s)).toBe(`contains ${marker}`);
  });

  it('matches marks regardless of case, and words where they are written as words', () => {
    expect(placeholderReason('XXXXq1w2e3r4')).toBe("contains 'xxxx'");
    expect(placeholderReason('q1w2-xxxxe3r4')).toBe("contains 'xxxx'");
    expect(placeholderReason('BHRPKXXXXMT')).toBeNull(); // an upper-case random id
    expect(placeholderReason('q1w2XxXxe3r4')).toBeNull(); // random tokens hold mixed-case runs
    for (const s of ['YOUR_TOKEN', 'your-token', 'YourTokenHere', 'webhookYourToken', 'yourtokenhere', 'T0/B0/your_secret']) expect(placeholderReason(s), s).toBe("contains 'your'");
  });

  it('does not take a word inside a random token for a placeholder (a real webhook would be lost)', () => {
    // Random base62 tokens hold "your" in some casing about once in 40,000 Slack secrets.
    for (const s of ['Q1YoUrW2kd9', 'aB3yourX9Lq', 'kYOURp81Zs', 'h7yOURs', 'Xq2SampleZ', 'k9dUmMy3']) expect(placeholderReason(s), s).toBeNull();
  });

  it('rejects runs of 8 repeated or sequential characters', () => {
    expect(placeholderReason('Q7aaaaaaaaZ')).toBe('a run of repeated or sequential characters');
    expect(placeholderReason('T00000000')).toBe('a run of repeated or sequential characters');
    expect(placeholderReason('q9abcdefghZ')).toBe('a run of repeated or sequential characters');
    expect(placeholderReason('T0123456789')).toBe('a run of repeated or sequential characters');
    expect(placeholderReason('xABCDEFGHy')).toBe('a run of repeated or sequential characters');
  });

  it('does not count a sequence through non-alphanumeric characters', () => {
    // '5' '6' '7' '8' '9' ':' ';' '<' are consecutive code points, but ':' ';' '<' are not alphanumeric.
    // ('<' is itself a marker, so use a string that stops before it.)
    expect(placeholderReason('q56789:;')).toBeNull();
  });

  it('rejects secrets that contain a documented placeholder of the pattern', () => {
    const known = ['3d89bb7572e0fb30d8128367b3b1b44fecd1726de135cbe28a41f8b2f777c372ba2939e72279b94526ff5d1bd4358d65cf11'];
    expect(placeholderReason(`223704706495545344/${known[0]}`, known)).toBe('a documented placeholder');
    expect(placeholderReason('223704706495545344/Qm8sT2vX9pLw', known)).toBeNull();
  });
});

describe('documentation hosts', () => {
  it('a webhook URL on a host reserved for documentation is a placeholder, whatever its token', async () => {
    const { documentationHost } = await import('../../src/detect/placeholder.js');
    for (const u of ['https://chat.example.com/hooks/x', 'example.org/hooks/x', 'http://mm.localhost/hooks/x', 'https://localhost:8065/hooks/x', 'https://team.invalid/x', 'https://chat.example/x', 'https://ci.test/x']) expect(documentationHost(u), u).not.toBeNull();
    for (const u of ['https://chat.acme-corp.io/hooks/x', 'https://example.io/hooks/x', 'https://myexample.com/x', 'https://hooks.slack.com/services/x', 'https://chat-q.example.io/hooks/x']) expect(documentationHost(u), u).toBeNull();
  });
});
