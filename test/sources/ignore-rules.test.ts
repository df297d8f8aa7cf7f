// IgnoreRules: gitignore rules (through the `ignore` package) whose remembered answers stay bounded
// however many paths are asked about, with the same answers as `ignore` itself.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import ignore from 'ignore';
import { describe, expect, it } from 'vitest';
import { IgnoreRules, pathAloneWorks, RESET_AFTER } from '../../src/sources/ignore-rules.js';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

const RULES = '# build output\n*.log\n!keep.log\nbuild/\n/top.txt\nsrc/**/gen-*.ts\n';
const pathAt = (i: number) => `src/d${i % 97}/${['a.ts', 'gen-b.ts', 'c.log', 'keep.log', 'top.txt', 'build/'][i % 6]}${i}`;

describe('IgnoreRules', () => {
  it('answers as `ignore` does, across the points where its remembered answers are dropped', () => {
    const rules = new IgnoreRules(RULES);
    const plain = ignore().add(RULES);
    const asked = ['top.txt', 'a/top.txt', 'x.log', 'a/keep.log', 'build/', 'a/build/', 'build', 'src/a/b/gen-x.ts', 'src/gen-x.ts', 'lib/gen-x.ts'];
    // (`a/**/b` matches a/b too: src/gen-x.ts is ignored.)
    for (let i = 0; i < 3 * RESET_AFTER; i++) {
      const p = asked[i % asked.length];
      expect(rules.withParents(p)).toEqual(plain.test(p));
      // None of these lies in a folder the rules ignore: the path alone gets the same answer.
      expect(rules.test(p)).toEqual(plain.test(p));
    }
    expect(asked.map((p) => rules.ignores(p))).toEqual([true, false, true, false, true, true, false, true, true, false]);
  });

  it('keeps memory bounded: 4N paths retain no more than N (the `ignore` package alone keeps every answer)', () => {
    const retained = (n: number, make: () => { test(p: string): unknown; withParents?(p: string): unknown }) => {
      const rules = make();
      gc();
      const before = process.memoryUsage().heapUsed;
      for (let i = 0; i < n; i++) rules.test(pathAt(i));
      // The public answer, parents included (a folder the walk starts in): bounded too.
      for (let i = 0; i < n; i++) rules.withParents?.(pathAt(i));
      gc();
      const after = process.memoryUsage().heapUsed;
      rules.test('kept/alive'); // the instance is live through the measurement
      return after - before;
    };
    const N = 25_000;
    const ours = [retained(N, () => new IgnoreRules(RULES)), retained(4 * N, () => new IgnoreRules(RULES))];
    const theirs = [retained(N, () => ignore().add(RULES)), retained(4 * N, () => ignore().add(RULES))];
    // The yardstick: without the bound, 4N paths keep about 4 times what N keep (MBs).
    expect(theirs[1] - theirs[0]).toBeGreaterThan(5e6);
    expect(ours[1] - ours[0]).toBeLessThan(1e6);
    expect(ours[1]).toBeLessThan(3e6);
  });

  it('asks about a path alone: a file in a folder the rules ignore is not ignored by that (the walk never gets there unless a deeper .gitignore re-included it)', () => {
    const rules = new IgnoreRules('sub/*\n*.log\n');
    expect(pathAloneWorks()).toBe(true);
    expect(rules.test('sub/b/')).toMatchObject({ ignored: true, unignored: false });
    expect(rules.test('sub/b/f.txt')).toMatchObject({ ignored: false, unignored: false });
    expect(rules.test('sub/b/f.log').ignored).toBe(true);
    expect(rules.withParents('sub/b/f.txt').ignored).toBe(true);
  });

  it('has nothing to ask for an empty set (no rules, or only comments and blank lines)', () => {
    expect(new IgnoreRules([]).empty).toBe(true);
    expect(new IgnoreRules('# nothing here\n\n   \n').empty).toBe(true);
    expect(new IgnoreRules([]).ignores('anything')).toBe(false);
    const later = new IgnoreRules([]);
    later.add('*.log');
    expect(later.empty).toBe(false);
    expect(later.ignores('a/b.log')).toBe(true);
    expect(new IgnoreRules('\\#not-a-comment\n').ignores('#not-a-comment')).toBe(true);
  });
});
