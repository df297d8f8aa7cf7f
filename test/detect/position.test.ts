// LineCounter: byte offsets → 1-based line and column, columns counted in Unicode code points.
import { describe, expect, it } from 'vitest';
import { LineCounter } from '../../src/detect/position.js';

/** The position of `needle` in `text` computed independently: split at LF, count code points. */
function expected(text: string, needle: string): { line: number; column: number } {
  const at = text.indexOf(needle);
  const before = text.slice(0, at).split('\n');
  return { line: before.length, column: [...before[before.length - 1]].length + 1 };
}

const offsetOf = (text: string, needle: string) => Buffer.byteLength(text.slice(0, text.indexOf(needle)));

describe('LineCounter.position', () => {
  it('is 1:1 at offset 0 and counts columns on line 1', () => {
    const lc = new LineCounter(Buffer.from('abc def'));
    expect(lc.position(0)).toEqual({ line: 1, column: 1 });
    expect(lc.position(4)).toEqual({ line: 1, column: 5 });
  });

  it('counts LF lines', () => {
    const text = 'one\ntwo\n\nfour URL';
    const lc = new LineCounter(Buffer.from(text));
    expect(lc.position(offsetOf(text, 'two'))).toEqual({ line: 2, column: 1 });
    expect(lc.position(offsetOf(text, 'URL'))).toEqual({ line: 4, column: 6 });
  });

  it('puts the line break itself at the end of its line', () => {
    const lc = new LineCounter(Buffer.from('ab\ncd'));
    expect(lc.position(2)).toEqual({ line: 1, column: 3 });
    expect(lc.position(3)).toEqual({ line: 2, column: 1 });
  });

  it('counts CRLF as one line break and does not count the CR in the next line', () => {
    const text = 'first\r\nsecond\r\n  URL here';
    const lc = new LineCounter(Buffer.from(text));
    expect(lc.position(offsetOf(text, 'second'))).toEqual({ line: 2, column: 1 });
    expect(lc.position(offsetOf(text, 'URL'))).toEqual({ line: 3, column: 3 });
  });

  it.each([
    ['two-byte (Latin)', 'café → URL'],
    ['three-byte (CJK)', '通知: URL'],
    ['four-byte (emoji)', '🚀🔥 URL'],
    ['a mix, on a later CRLF line', 'x\r\nß中🚀é URL'],
    ['combining marks count as code points', 'e\u0301e\u0301 URL'],
  ])('counts code points, not bytes or UTF-16 units: %s', (_name, text) => {
    const lc = new LineCounter(Buffer.from(text));
    const want = expected(text.replace(/\r/g, ''), 'URL');
    expect(lc.position(offsetOf(text, 'URL'))).toEqual(want);
  });

  it('gives an emoji one column (not two UTF-16 units, not four bytes)', () => {
    const lc = new LineCounter(Buffer.from('🚀X'));
    expect(lc.position(4)).toEqual({ line: 1, column: 2 });
  });

  it('handles the last line without a trailing newline, up to the end of the buffer', () => {
    const text = 'a\nlast URL';
    const buf = Buffer.from(text);
    const lc = new LineCounter(buf);
    expect(lc.position(offsetOf(text, 'URL'))).toEqual({ line: 2, column: 6 });
    expect(lc.position(buf.length)).toEqual({ line: 2, column: 9 });
  });

  it('gives the same answers for offsets asked out of order (resets going back)', () => {
    const text = 'l1\nl2 🚀 A\nl3 B\nl4 C';
    const buf = Buffer.from(text);
    const lc = new LineCounter(buf);
    const c = lc.position(offsetOf(text, 'C'));
    const a = lc.position(offsetOf(text, 'A'));
    const b = lc.position(offsetOf(text, 'B'));
    expect([a, b, c]).toEqual([expected(text, 'A'), expected(text, 'B'), expected(text, 'C')]);
    expect(lc.position(offsetOf(text, 'B'))).toEqual(expected(text, 'B'));
  });

  it('counts an invalid byte that is a lone continuation byte (Latin-1 "©") as one column', () => {
    // 'x © y' written in Latin-1: © is the single byte 0xA9, which UTF-8 decoders show as one U+FFFD.
    const buf = Buffer.concat([Buffer.from('x '), Buffer.from([0xa9]), Buffer.from(' URL')]);
    const want = [...new TextDecoder().decode(buf.subarray(0, 4))].length + 1; // 5
    expect(new LineCounter(buf).position(4)).toEqual({ line: 1, column: want });
  });
});

describe('LineCounter.lineAt', () => {
  it('returns the line holding an offset, without LF or CRLF', () => {
    const buf = Buffer.from('one\r\ntwo hookscan:allow\r\nthree');
    const lc = new LineCounter(buf);
    expect(lc.lineAt(0).toString()).toBe('one');
    expect(lc.lineAt(buf.indexOf('two') + 2).toString()).toBe('two hookscan:allow');
    expect(lc.lineAt(buf.indexOf('three')).toString()).toBe('three');
    expect(lc.lineAt(buf.length).toString()).toBe('three');
  });
});
