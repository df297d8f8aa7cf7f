// Growth, not speed: each hot path runs the same generated input at N and 4N in one test and fails
// when the time ratio says quadratic (linear is ×4; quadratic ×16). No absolute time limits.
import { describe, expect, it } from 'vitest';
import { locate } from '../../src/detect/locate.js';
import { decodeAll, decodeHtmlEntities } from '../../src/detect/decode.js';
import type { RawMatch } from '../../src/detect/detector.js';
import { fabricate, findingsIn } from '../support/fabricate.js';
import { literalScanner } from '../../src/detect/literal-scan.js';

/** Best of three wall times of f(n), in ms. */
function best(f: (n: number) => void, n: number): number {
  let t = Infinity;
  for (let i = 0; i < 3; i++) {
    const s = performance.now();
    f(n);
    t = Math.min(t, performance.now() - s);
  }
  return t;
}

/** Fails when 4× the input costs more than 8× the time (a floor keeps timer noise out). */
function expectLinear(f: (n: number) => void, n: number): void {
  f(n); // warm up the JIT
  const small = Math.max(best(f, n), 2);
  const large = best(f, 4 * n);
  expect(large / small, `N=${n}: ${small.toFixed(1)} ms, 4N: ${large.toFixed(1)} ms`).toBeLessThan(8);
}

function match(start: number, end: number): RawMatch {
  return { ruleId: 'slack-webhook', secret: 's', url: 'u', redactedUrl: 'r', encoding: 'plain', start, end };
}

describe('growth of the hot paths (4N input must not cost ~16× time)', () => {
  it('locate: a one-line minified file with a match every 2 KB, multi-byte text and a hookscan:allow', () => {
    const unit = Buffer.from(`var é="${'x'.repeat(2000)}";f("URL");`);
    expectLinear((n) => {
      const buf = Buffer.concat([Buffer.alloc(n * unit.length, unit), Buffer.from('// hookscan:allow')]);
      const ms = Array.from({ length: n }, (_, i) => match(i * unit.length + 2010, i * unit.length + 2013));
      const out = locate(buf, ms);
      expect(out).toHaveLength(n);
      expect(out[n - 1].line).toBe(1);
      expect(out.every((m) => m.allowed)).toBe(true);
    }, 500);
  });

  it('locate: one match per line, positions exact at both ends', () => {
    expectLinear((n) => {
      const buf = Buffer.from('ab ü URL\r\n'.repeat(n));
      const out = locate(buf, Array.from({ length: n }, (_, i) => match(i * 11 + 6, i * 11 + 9)));
      expect(out[n - 1]).toMatchObject({ line: n, column: 6, endColumn: 9, allowed: false });
    }, 5000);
  });

  it("HTML entities: runs of '&' with no ';' anywhere", () => {
    expectLinear((n) => {
      expect(decodeHtmlEntities(Buffer.from('&'.repeat(n)))).toBeNull();
      expect(decodeAll(Buffer.from(`${'&'.repeat(n)}&amp;`))?.bytes.toString()).toBe(`${'&'.repeat(n)}&`);
    }, 500_000);
  });

  it('literal prefilter: plain text across many windows, and text that is all matches', () => {
    const scanner = literalScanner(['hooks.slack.com', 'discord', 'aaaaa'])!;
    expectLinear((n) => {
      const buf = Buffer.alloc(n * 1024, 'const x = require("y"); // Discord hooks.slack.com\n');
      expect(scanner.scan(buf).at.length).toBeGreaterThan(n * 30);
    }, 1024);
    expectLinear((n) => {
      expect(scanner.scan(Buffer.alloc(n, 'a')).at).toHaveLength(n - 4);
    }, 100_000);
  });

  it('detector: a one-line bundle with a distinct Slack URL every 2 KB, every URL found', () => {
    expectLinear((n) => {
      // fabricate() retries a URL that the detector would not report alone (a random token that
      // happens to spell a placeholder word such as "your"), so a miss here is the bundle's fault.
      const urls = Array.from({ length: n }, () => fabricate('slack').url);
      const text = urls.map((u) => `f(function(){return "${'ab cd '.repeat(330)}"},"${u}");`).join('');
      const found = new Set(findingsIn(text).map((f) => f.url));
      expect(urls.filter((u) => !found.has(u))).toEqual([]);
    }, 100);
  });

  it('detector: base64-encoded webhooks, one per line', () => {
    expectLinear((n) => {
      const urls = Array.from({ length: n }, () => fabricate('discord').url);
      const text = urls.map((u) => Buffer.from(u).toString('base64')).join('\n');
      // Each line is its own string: every URL found as it was, none glued to the next line's.
      const found = findingsIn(text).map((f) => f.url);
      expect(found.sort()).toEqual([...urls].sort());
    }, 300);
  });
});
