// The byte decoders: what they decode, what they leave alone, and the offset map that takes every
// decoded byte back to the original bytes (map[i] = original offset, map[length] = original length).
import { describe, expect, it } from 'vitest';
import { compose, decodeAll, decodeEscapes, decodeHtmlEntities, decodePercent, percentDecodeString, type Decoded } from '../../src/detect/decode.js';

/** A piece of input: plain text (copied as is), or [encoded, decoded byte] for one decoded character. */
type Piece = string | [encoded: string, decoded: string];

/** Builds an input and the decoding we expect for it, with the offset map derived by construction. */
function build(...pieces: Piece[]): { input: Buffer; bytes: Buffer; map: number[] } {
  const input: Buffer[] = [];
  const out: Buffer[] = [];
  const map: number[] = [];
  let offset = 0;
  for (const p of pieces) {
    if (typeof p === 'string') {
      const b = Buffer.from(p, 'utf8');
      for (let i = 0; i < b.length; i++) map.push(offset + i);
      input.push(b);
      out.push(b);
      offset += b.length;
    } else {
      const [enc, dec] = p;
      expect(Buffer.byteLength(dec), 'a decoded piece is one byte').toBe(1);
      map.push(offset);
      input.push(Buffer.from(enc, 'utf8'));
      out.push(Buffer.from(dec, 'utf8'));
      offset += Buffer.byteLength(enc);
    }
  }
  map.push(offset);
  return { input: Buffer.concat(input), bytes: Buffer.concat(out), map };
}

function expectDecoded(d: Decoded | null, want: { bytes: Buffer; map: number[] }): void {
  expect(d).not.toBeNull();
  expect(d!.bytes.toString('utf8')).toBe(want.bytes.toString('utf8'));
  expect(Buffer.compare(d!.bytes, want.bytes)).toBe(0);
  expect([...d!.map]).toEqual(want.map);
}

describe('decodeEscapes', () => {
  it('undoes JSON-escaped slashes and maps each byte back', () => {
    const c = build('https:', ['\\/', '/'], ['\\/', '/'], 'hooks.slack.com', ['\\/', '/'], 'services');
    expectDecoded(decodeEscapes(c.input), c);
  });

  it('undoes \\u00XX and \\xXX escapes of printable ASCII (either hex case)', () => {
    const c = build('a', ['\\u002F', '/'], 'b', ['\\u002f', '/'], 'c', ['\\x3A', ':'], ['\\x3a', ':'], 'd');
    expectDecoded(decodeEscapes(c.input), c);
  });

  it('gives exact small maps', () => {
    const d = decodeEscapes(Buffer.from('a\\/b'));
    expect(d!.bytes.toString()).toBe('a/b');
    expect([...d!.map]).toEqual([0, 1, 3, 4]);
    const u = decodeEscapes(Buffer.from('x\\u002Fy'));
    expect(u!.bytes.toString()).toBe('x/y');
    expect([...u!.map]).toEqual([0, 1, 7, 8]);
  });

  it('leaves other escapes alone: \\n, \\", non-printable and non-ASCII \\u escapes, a trailing backslash', () => {
    const c = build('"a\\nb\\"c\\u00e9\\u0000\\u2F00\\x0A', ['\\/', '/'], 'end\\');
    expectDecoded(decodeEscapes(c.input), c);
  });

  it('returns null when there is nothing to decode', () => {
    expect(decodeEscapes(Buffer.from('no backslash here https://x.example/a'))).toBeNull();
    expect(decodeEscapes(Buffer.from('C:\\temp\\new "\\n" \\u00e9 \\x7f \\'))).toBeNull();
    expect(decodeEscapes(Buffer.alloc(0))).toBeNull();
  });

  it('leaves multi-byte UTF-8 untouched and keeps its offsets', () => {
    const c = build('日本語 ✓ 🚀', ['\\/', '/'], 'ü');
    expectDecoded(decodeEscapes(c.input), c);
  });
});

describe('decodePercent', () => {
  it('undoes %XX of printable ASCII, upper or lower case hex', () => {
    const c = build('https', ['%3A', ':'], ['%2F', '/'], ['%2f', '/'], 'discord.com', ['%2F', '/'], 'api', ['%3d', '=']);
    expectDecoded(decodePercent(c.input), c);
  });

  it('gives an exact small map', () => {
    const d = decodePercent(Buffer.from('a%2Fb'));
    expect(d!.bytes.toString()).toBe('a/b');
    expect([...d!.map]).toEqual([0, 1, 4, 5]);
  });

  it('leaves invalid, truncated, control and non-ASCII sequences alone', () => {
    const c = build('100% %zz %0A %C3%A9 %7F ', ['%41', 'A'], ' %4');
    expectDecoded(decodePercent(c.input), c);
  });

  it('leaves multi-byte UTF-8 untouched', () => {
    const c = build('é', ['%2F', '/'], '中文');
    expectDecoded(decodePercent(c.input), c);
    expect([...decodePercent(Buffer.from('é%2F'))!.bytes]).toEqual([0xc3, 0xa9, 0x2f]);
    expect([...decodePercent(Buffer.from('é%2F'))!.map]).toEqual([0, 1, 2, 5]);
  });

  it('returns null when there is nothing to decode', () => {
    expect(decodePercent(Buffer.from('https://hooks.slack.com/services/T1/B2/c3'))).toBeNull();
    expect(decodePercent(Buffer.from('50% off, %zz, %C3%A9, trailing %'))).toBeNull();
  });
});

describe('decodeHtmlEntities', () => {
  it('undoes &amp;, decimal and hex references and the named URL characters', () => {
    const c = build(
      '?key=k', ['&amp;', '&'], 'token=t', ['&#47;', '/'], ['&#x2F;', '/'], ['&#X2f;', '/'],
      ['&sol;', '/'], ['&colon;', ':'], ['&quest;', '?'], ['&equals;', '='], ['&quot;', '"'], 'x',
    );
    expectDecoded(decodeHtmlEntities(c.input), c);
  });

  it('gives an exact small map', () => {
    const d = decodeHtmlEntities(Buffer.from('a&amp;b'));
    expect(d!.bytes.toString()).toBe('a&b');
    expect([...d!.map]).toEqual([0, 1, 6, 7]);
  });

  it('leaves unknown names, missing semicolons, control characters and non-ASCII references alone', () => {
    const c = build('AT&T &nbsp; &amp &#0; &#233; &#x;', ['&amp;', '&'], 'ü');
    expectDecoded(decodeHtmlEntities(c.input), c);
  });

  it('returns null when there is nothing to decode', () => {
    expect(decodeHtmlEntities(Buffer.from('<a href="https://x.example/?a=1">'))).toBeNull();
    expect(decodeHtmlEntities(Buffer.from('AT&T &nbsp; &copy; &#233;'))).toBeNull();
  });
});

describe('compose', () => {
  it('maps an outer decoding through an inner one back to the original offsets', () => {
    const inner = decodeEscapes(Buffer.from('a\\u00252Fb'))!; // a%2Fb
    expect(inner.bytes.toString()).toBe('a%2Fb');
    const outer = decodePercent(inner.bytes)!; // a/b
    const c = compose(inner, outer);
    expect(c.bytes.toString()).toBe('a/b');
    expect([...c.map]).toEqual([0, 1, 9, 10]);
  });
});

describe('decodeAll', () => {
  it('decodes JSON-escaped percent-encoding (\\/ around %3A%2F%2F) in one go', () => {
    const c = build(
      'https:', ['\\/', '/'], ['\\/', '/'], 'example.com', ['\\/', '/'], 'r?u=https',
      ['%3A', ':'], ['%2F', '/'], ['%2F', '/'], 'discord.com', ['%2F', '/'], 'api',
    );
    expectDecoded(decodeAll(c.input), c);
  });

  it('decodes a JSON-escaped percent sign (\\u0025 2F) to the byte it finally stands for', () => {
    const c = build('a', ['\\u00252F', '/'], 'b');
    expectDecoded(decodeAll(c.input), c);
  });

  it('decodes doubly percent-encoded bytes (%252F) to one byte mapped to the first %', () => {
    const c = build('u=https', ['%253A', ':'], ['%252F', '/'], ['%252F', '/'], 'hooks.slack.com', ['%252F', '/'], 'services');
    expectDecoded(decodeAll(c.input), c);
  });

  it('decodes HTML entities and percent-encoding together, with non-ASCII untouched', () => {
    const c = build('<a href="/go?to=https', ['%3A', ':'], ['%2F', '/'], ['%2F', '/'], 'x.example', ['&amp;', '&'], 'lang=', 'ü✓🚀', '">');
    expectDecoded(decodeAll(c.input), c);
  });

  it('maps the end of the decoded bytes to the original length', () => {
    const input = Buffer.from('x%2F%2F');
    const d = decodeAll(input)!;
    expect(d.bytes.toString()).toBe('x//');
    expect(d.map[d.bytes.length]).toBe(input.length);
    expect(d.map.length).toBe(d.bytes.length + 1);
  });

  it('returns null when nothing is decodable, even with trigger characters present', () => {
    expect(decodeAll(Buffer.from('https://hooks.slack.com/services/T1/B2/c3'))).toBeNull();
    expect(decodeAll(Buffer.from('C:\\temp 100% AT&T &copy; %C3%A9 \\u00e9 ü'))).toBeNull();
  });
});

describe('percentDecodeString', () => {
  it('decodes %XX and returns other strings unchanged', () => {
    expect(percentDecodeString('abc%3D')).toBe('abc=');
    expect(percentDecodeString('plain')).toBe('plain');
    expect(percentDecodeString('100%')).toBe('100%');
  });
});
