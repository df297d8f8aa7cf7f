// The prefilter's literals: the base64 variants are exactly what the encodings write at each
// alignment, the set stays small, and its one RE2 pass costs what the keyword-only pass costs on
// inputs that once drove a larger literal set out of RE2's DFA budget (a 300× NFA fallback).
import { randomBytes, randomInt } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { base64Variants, buildTriggers } from '../../src/detect/triggers.js';
import { compileLiterals, loadProviders } from '../../src/patterns/index.js';

const keywords = [...new Set(loadProviders().flatMap((p) => p.patterns.flatMap((x) => x.keywords)))];

describe('base64Variants', () => {
  it('finds the bytes at any alignment, with the phase of their first character', () => {
    for (let n = 0; n < 200; n++) {
      const word = randomBytes(randomInt(6, 20));
      const before = randomBytes(randomInt(0, 30));
      const enc = Buffer.concat([before, word, randomBytes(randomInt(0, 5))]).toString('base64');
      const a = before.length % 3;
      const v = base64Variants(word)[a];
      const at = Math.floor(before.length / 3) * 4 + v.phase;
      expect(enc.slice(at, at + v.text.length)).toBe(v.text);
      expect(v.phase).toBe([0, 2, 3][a]);
    }
  });
});

describe('buildTriggers', () => {
  const t = buildTriggers(keywords);

  it('holds every keyword, and a small set of encoded literals', () => {
    for (const k of keywords) expect(t.roles.get(k)?.some((r) => r.family === 'plain'), k).toBe(true);
    expect(t.literals.length).toBeLessThan(300); // grows with the keywords; the cost test below is the real guard
    expect(t.literals.join('').length).toBeLessThan(4000);
    for (const l of t.literals) {
      const roles = t.roles.get(l)!;
      // Short ones only where a call or a header carries a payload (a decode attempt near them, bounded).
      if (!roles.some((r) => r.family === 'plain' || r.family === 'compressed')) expect(l.length, l).toBeGreaterThanOrEqual(6);
    }
  });

  it('covers the scheme in every encoding', () => {
    const fam = (text: string) => t.roles.get(text.toLowerCase())?.map((r) => r.family);
    expect(fam(Buffer.from('https://').toString('base64').slice(0, 10))).toContain('base64');
    expect(fam(Buffer.from('https://').toString('hex'))).toContain('hex');
    expect(fam('//:sptth')).toContain('reversed');
    expect(fam('\\x68\\x74\\x74\\x70')).toContain('escape');
    expect(fam('&#104;&#116;&#116;&#112;')).toContain('escape');
    expect(fam('58, 47, 47')).toContain('char-codes');
  });

  it('costs what the keyword-only pass costs, on inputs that defeat a large literal set', () => {
    const plain = compileLiterals(keywords);
    const all = compileLiterals(t.literals);
    const MB = 1 << 20;
    const inputs = [
      Buffer.from(`${'é;x=1;\\n'.repeat(200_000)}${'—%zz&;'.repeat(200_000)}`),
      Buffer.from(randomBytes(3 * MB).toString('base64')),
      Buffer.from(randomBytes(2 * MB).toString('hex')),
      Buffer.from(Array.from({ length: 800_000 }, (_, i) => (i * 7919) % 256).join(', ')),
      Buffer.from('\\x68\\x74\\x00\\xff&#104;&#x74;%2F%3A '.repeat(100_000)),
    ];
    const pass = (re: typeof plain, b: Buffer) => {
      re.lastIndex = 0;
      for (let m = re.exec(b); m; m = re.exec(b)) re.lastIndex = m.index + 1;
    };
    const best = (re: typeof plain, b: Buffer) => {
      let min = Infinity;
      for (let i = 0; i < 3; i++) {
        const t0 = performance.now();
        pass(re, b);
        min = Math.min(min, performance.now() - t0);
      }
      return min;
    };
    for (const b of inputs) {
      const ratio = best(all, b) / Math.max(best(plain, b), 1);
      expect(ratio, b.subarray(0, 20).toString()).toBeLessThan(4);
    }
  });
});
