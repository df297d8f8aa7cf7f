// The one-pass masker: every secret replaced, longest first at a position, linear in the text.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { SecretMasker, maskSecrets } from '../../src/secrets/index.js';
import { rand } from '../support/fabricate.js';

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

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

  /**
   * Time of masking n secrets in the text made from them (every one masked), at n and 4n: best of
   * three at sizes that take tens of milliseconds, so a busy 2-core machine does not read as growth.
   * The heap is collected before each timed run: without that, the earlier runs' garbage, collected
   * during a large run, read as growth (the shared-starts case gave 4.3-7.7 for the linear masker,
   * and once over 8; with it, 3.7-5.3, and the quadratic masker before 5f7f20c 10.8-13.4 at 8,000).
   */
  function growth(n: number, secretsOf: (n: number) => string[], textOf: (secrets: string[]) => string): number {
    const run = (k: number) => {
      const secrets = secretsOf(k);
      const text = textOf(secrets);
      gc();
      const s = performance.now();
      const out = new SecretMasker(secrets, () => '***').mask(text);
      const t = performance.now() - s;
      // Every secret masked: each looked for at the warm-up size, every 100th at the timed sizes
      // (looking for each in the whole output is quadratic: 11 s at 32,000 secrets).
      expect(secrets.some((x, i) => (k < n || i % 100 === 0) && out.includes(x))).toBe(false);
      return t;
    };
    run(n / 4); // warm up
    const small = Math.max(Math.min(run(n), run(n), run(n)), 5);
    return Math.min(run(4 * n), run(4 * n), run(4 * n)) / small;
  }

  it('grows linearly with the text and the number of secrets (4N not ~16× time)', () => {
    const ratio = growth(
      5000,
      (n) => Array.from({ length: n }, () => rand(ALNUM, 32)),
      (secrets) => secrets.map((s) => `{"secret":"${s}","url":"https://h/${s}"}`).join('\n'),
    );
    expect(ratio).toBeLessThan(8);
  });

  it('stays linear when many secrets share their first characters (Discord ids are digits)', () => {
    const DIGITS = '0123456789';
    const ratio = growth(
      8000,
      // 100 four-digit starts for every size: the lists behind one start grow with n.
      (n) => Array.from({ length: n }, (_, i) => `${String(i % 100).padStart(4, '1')}${rand(DIGITS, 14)}/${rand(ALNUM, 68)}`),
      (secrets) => secrets.map((s) => `id ${s.slice(0, 4)}… ${s} ${s.slice(0, 18)}`).join('\n'),
    );
    expect(ratio).toBeLessThan(8);
  });

  it('masks the longest secret at a position among secrets that share a start, short and long', () => {
    const long = `12345678${rand(ALNUM, 20)}`;
    const longer = `${long}EXTRA9`;
    const text = `a 123456 b 1234567 c ${long} d ${longer} e 12345670`;
    expect(maskSecrets(text, ['123456', '1234567', long, longer], (x) => `<${x.length}>`, { min: 6 })).toBe(`a <6> b <7> c <28> d <34> e <7>0`);
  });
});

describe('secret forms and credential masking: the one place', () => {
  it('lists the secret, its percent-encoded and JSON-escaped forms and its long parts', async () => {
    const { secretForms } = await import('../../src/secrets/index.js');
    const forms = secretForms({ secret: 'T0W4IGKJX9/B0NF86WTKGH/u88Y7FKaS9S4JMkLgsN2uPfl' });
    expect(forms).toEqual(expect.arrayContaining(['T0W4IGKJX9/B0NF86WTKGH/u88Y7FKaS9S4JMkLgsN2uPfl', 'T0W4IGKJX9%2FB0NF86WTKGH%2Fu88Y7FKaS9S4JMkLgsN2uPfl', 'T0W4IGKJX9\\/B0NF86WTKGH\\/u88Y7FKaS9S4JMkLgsN2uPfl', 'u88Y7FKaS9S4JMkLgsN2uPfl', 'B0NF86WTKGH']));
    expect(secretForms({ secret: '' })).toEqual([]);
  });

  it('masks credentials whole, four characters and up, in one pass', async () => {
    const { maskCredentials, tokenForms } = await import('../../src/secrets/index.js');
    expect(maskCredentials('token abcd and abcdefgh, abc stays', ['abcd', 'abcdefgh', 'abc'], '[credential]')).toBe('token [credential] and [credential], abc stays');
    const [raw, header] = tokenForms('ghp_0123456789abcdefghij');
    expect(maskCredentials(`git failed: Authorization: Basic ${header} for ${raw}`, tokenForms('ghp_0123456789abcdefghij'))).toBe('git failed: Authorization: Basic *** for ***');
  });
});
