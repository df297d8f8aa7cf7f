// Base64 and line breaks: a wrapped base64 text (64 or 76 characters per line, as PEM and MIME
// encoders write it) is joined across its line breaks; one base64 string per line is not, even when
// the lines happen to be 76 characters wide. Every planted URL is found with its exact secret.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { fabricate, findingsIn } from '../support/fabricate.js';

const b64 = (s: string) => Buffer.from(s).toString('base64');
const urlsIn = (text: string) => findingsIn(text).map((f) => f.url).sort();

describe('base64 across line breaks', () => {
  it('one string per line (160 characters): each line decoded alone', () => {
    const urls = Array.from({ length: 40 }, () => fabricate('discord').url);
    expect(urlsIn(urls.map(b64).join('\n'))).toEqual([...urls].sort());
  });

  it('one string per line that happens to be 76 characters wide (webhook.site URLs)', () => {
    const urls = Array.from({ length: 30 }, () => `https://webhook.site/${randomUUID()}`);
    expect(b64(urls[0])).toHaveLength(76);
    expect(urlsIn(urls.map(b64).join('\n'))).toEqual([...urls].sort());
    expect(urlsIn(urls.map(b64).join('\r\n'))).toEqual([...urls].sort());
  });

  it('a wrapped text at 76 (MIME) and 64 (PEM) characters per line is joined', () => {
    const url = fabricate('discord').url;
    const blob = b64(JSON.stringify({ name: 'bot', pad: 'x'.repeat(37), hook: url, more: 'y'.repeat(50) }));
    expect(urlsIn(`${blob.match(/.{1,76}/g)!.join('\n')}\n`)).toEqual([url]);
    expect(urlsIn(`-----BEGIN DATA-----\n${blob.match(/.{1,64}/g)!.join('\n')}\n-----END DATA-----\n`)).toEqual([url]);
    expect(urlsIn(`data = (\n    "${blob.match(/.{1,64}/g)!.join('"\n    "')}"\n)\n`)).toEqual([url]);
  });

  it('lines wider than any encoder wraps are never joined', () => {
    const a = fabricate('slack').url;
    const b = fabricate('slack').url;
    // two Slack URLs, each 108 base64 characters: joined they would glue a's secret to b's scheme
    expect(urlsIn(`${b64(a)}\n${b64(b)}\n`)).toEqual([a, b].sort());
  });
});
