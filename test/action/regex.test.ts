// The Action bundle's regex engine when the native addon cannot load: re2js (linear time), and
// V8 for the keyword alternation only. Same results as the native re2 on what hookscan asks of it.
import RE2 from 're2';
import { describe, expect, it } from 'vitest';
import { JsRE2, literalAlternation } from '../../src/action/regex.js';
import { loadProviders } from '../../src/patterns/index.js';

function all(re: { lastIndex: number; exec(b: Buffer): { index: number; indices?: ([number, number] | undefined)[] } | null }, buf: Buffer) {
  const out: unknown[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(buf); m; m = re.exec(buf)) {
    out.push([m.index, m.indices]);
    if (m.indices![0]![1] === m.indices![0]![0]) re.lastIndex++;
  }
  return out;
}

describe('JsRE2', () => {
  it('matches like node-re2 on bytes: byte offsets, group indices, inline flags, non-ASCII text', () => {
    const buf = Buffer.from('é ünïcödé x=HOOKS.example.COM/abc é y=hooks.example.com/DEF\n');
    for (const [src, flags] of [
      ['(?i:hooks\\.example\\.com)/([a-z]+)', 'gd'],
      ['(?i)hooks\\.example\\.com/([A-Z]{3})', 'gd'],
      ['\\b([a-z]{1})=', 'gd'],
      ['[^\\s"]{0,8}?/([a-zA-Z]+)', 'gd'],
    ] as const) {
      expect(all(new JsRE2(src, flags), buf), src).toEqual(all(new RE2(src, flags), buf));
    }
  });

  it('every built-in pattern compiles and finds what the native engine finds in its examples', () => {
    for (const p of loadProviders().flatMap((x) => x.patterns)) {
      for (const text of [...p.examples.map((e) => e.text), ...p.negativeExamples]) {
        const buf = Buffer.from(text);
        expect(all(new JsRE2(p.regex, 'gd'), buf), `${p.id}: ${text}`).toEqual(all(new RE2(p.regex, 'gd'), buf));
      }
    }
  });

  it('runs a literal alternation (the keyword prefilter) on V8, and nothing else', () => {
    expect(literalAlternation('(?i)(?:hooks\\.slack\\.com|discord|/hooks/)', 'g')).toBeInstanceOf(RegExp);
    expect(literalAlternation('(?:a+|b)', 'g')).toBeNull();
    expect(literalAlternation('(?:a)|(?:b)', 'g')).toBeNull();
    expect(literalAlternation('(?:\\d|b)', 'g')).toBeNull();
    const buf = Buffer.from('ü Discord … /HOOKS/ x');
    const src = '(?i)(?:discord|/hooks/)';
    expect(all(new JsRE2(src, 'gd'), buf)).toEqual(all(new RE2(src, 'gd'), buf));
  });

  it('rejects flags it does not implement', () => {
    expect(() => new JsRE2('a', 'y')).toThrow(/'y' flag/);
  });
});
