// The one-pass masker: every secret replaced, longest first at a position, linear in the text.
import { describe, expect, it } from 'vitest';
import { SecretMasker, maskSecrets } from '../../src/secrets/index.js';
import { rand } from '../support/fabricate.js';

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

describe('SecretMasker', () => {
  it('masks every occurrence of every secret, the longest at a position, and leaves short ones', () => {
    const a = rand(ALNUM, 24);
    const b = `${a}XYZ123`;
    const text = `x ${a} y ${b}\n${a}${a} abc`;
    expect(maskSecrets(text, [a, b, 'abc'], (s) => `<${s.length}>`)).toBe(`x <24> y <30>\n<24><24> abc`);
  });

  it('returns the text unchanged when no secret occurs', () => {
    expect(new SecretMasker([rand(ALNUM, 20)], () => '*').mask('nothing here at all')).toBe('nothing here at all');
  });

  it('grows linearly with the text and the number of secrets (4N not ~16× time)', () => {
    const run = (n: number) => {
      const secrets = Array.from({ length: n }, () => rand(ALNUM, 32));
      const text = secrets.map((s) => `{"secret":"${s}","url":"https://h/${s}"}`).join('\n');
      const s = performance.now();
      const out = new SecretMasker(secrets, () => '***').mask(text);
      const t = performance.now() - s;
      expect(secrets.some((x) => out.includes(x))).toBe(false);
      return t;
    };
    run(1000);
    const small = Math.max(Math.min(run(2000), run(2000)), 2);
    const large = Math.min(run(8000), run(8000));
    expect(large / small).toBeLessThan(8);
  });
});
