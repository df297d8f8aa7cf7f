// Property-based: random and adversarial bytes through the decoders, the split reassembler, the
// detector and the locator. Nothing throws or hangs, every offset a decoder or match reports lies
// inside the input, and every located position is a real line and column of it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Detector } from '../../src/detect/detector.js';
import {
  decodeAll,
  decodeBase64Around,
  decodeCharCodesAround,
  decodeHexAround,
  originalSpan,
  reverseAround,
  type Decoded,
} from '../../src/detect/decode.js';
import { locate } from '../../src/detect/locate.js';
import { SplitReader } from '../../src/detect/split.js';
import { loadProviders } from '../../src/patterns/index.js';
import { fabricate } from '../support/fabricate.js';

const patterns = loadProviders().flatMap((p) => p.patterns);
const detector = new Detector(patterns);
const url = fabricate('slack').url;
const b64 = Buffer.from(url).toString('base64');

/** Pieces that exercise every decoder and the split reader: quotes, escapes, entities, joins, keywords, encodings. */
const TOKENS = [
  '"', "'", '`', '\\', '\\/', '\\n', '\\u0041', '\\x2f', '&', '&amp;', '&#47;', '&#x2F;', ';', '%', '%2F', '%3A', '+', ' + ',
  '\n', '\r\n', '\t', ' ', '(', ')', '[', ']', '{', '}', '=', ',', '.', ':', '//', 'https', 'https://', 'hooks.slack.com',
  'discord', 'webhook', '/services/', 'api/webhooks', 'T0', 'B0', 'aGlzdG9yeQ', 'aHR0cHM6Ly', b64.slice(0, 20), b64, url,
  url.split('').reverse().join(''), Buffer.from(url).toString('hex'), '104,116,116,112', 'String.fromCharCode(', 'atob(',
  'const a = ', 'f"', '${', '}', 'é', '—', '\u0000', '\uFFFD', '\uD83D\uDE00', '==', '=',
];
const text = fc.array(fc.oneof(fc.constantFrom(...TOKENS), fc.string({ maxLength: 8 })), { maxLength: 120 }).map((xs) => xs.join(''));
const bytes = fc.oneof(
  text.map((t) => Buffer.from(t, 'utf8')),
  fc.uint8Array({ maxLength: 600 }).map((a) => Buffer.from(a)), // invalid UTF-8 included
);

function inside(d: Decoded | null, len: number): void {
  if (!d) return;
  for (let i = 0; i < d.bytes.length; i++) {
    const [s, e] = originalSpan(d, i, i + 1);
    expect(s).toBeGreaterThanOrEqual(0);
    expect(e).toBeLessThanOrEqual(len);
  }
}

const RUNS = { numRuns: 300, seed: 20261205 };

describe('hostile bytes, property-based', () => {
  it('the region decoders keep every decoded byte inside the input', () => {
    fc.assert(
      fc.property(bytes, fc.nat(), fc.nat({ max: 3 }), (buf, at, phase) => {
        if (buf.length === 0) return;
        const hit = at % buf.length;
        inside(decodeAll(buf), buf.length);
        inside(decodeBase64Around(buf, hit, phase), buf.length);
        inside(decodeBase64Around(buf, hit, phase, false), buf.length);
        inside(decodeHexAround(buf, hit), buf.length);
        inside(decodeCharCodesAround(buf, hit), buf.length);
        inside(reverseAround(buf, hit, Math.min(4, buf.length - hit)), buf.length);
      }),
      RUNS,
    );
  });

  it('the split reassembler maps every byte it assembles back into the input', () => {
    fc.assert(
      fc.property(bytes, fc.nat(), (buf, at) => {
        if (buf.length === 0) return;
        const reader = new SplitReader(buf);
        for (const a of reader.assembleAround(at % buf.length)) {
          expect(a.map.length).toBeGreaterThanOrEqual(a.bytes.length);
          for (let i = 0; i < a.bytes.length; i++) if (a.map[i] !== 0xffffffff) expect(a.map[i]).toBeLessThan(buf.length);
          for (const [s, e] of a.siteSpans) {
            expect(s).toBeGreaterThanOrEqual(0);
            expect(e).toBeLessThanOrEqual(buf.length);
          }
        }
      }),
      RUNS,
    );
  });

  it('the detector and the locator report only offsets, lines and columns that exist', () => {
    fc.assert(
      fc.property(bytes, (buf) => {
        const raw = detector.detect(buf);
        for (const m of raw) {
          expect(m.start).toBeGreaterThanOrEqual(0);
          expect(m.end).toBeLessThanOrEqual(buf.length);
          expect(m.start).toBeLessThanOrEqual(m.end);
        }
        const lines = buf.toString('utf8').split('\n');
        for (const l of locate(buf, raw)) {
          expect(l.line).toBeGreaterThanOrEqual(1);
          expect(l.endLine).toBeLessThanOrEqual(lines.length);
          expect(l.column).toBeGreaterThanOrEqual(1);
          expect(l.endLine > l.line || l.endColumn >= l.column).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it('a planted URL survives any prefix and suffix of hostile tokens', () => {
    fc.assert(
      fc.property(text, text, (before, after) => {
        const buf = Buffer.from(`${before}\n const u = "${url}";\n${after}`);
        expect(detector.detect(buf).some((m) => m.url === url)).toBe(true);
      }),
      { numRuns: 200, seed: 20261205 },
    );
  });
});
