// Two-stage matching (issue 14): a pattern whose every match holds one of its keywords and is
// bounded in length runs only in windows around its keyword hits (src/patterns/regex-bounds.ts,
// Detector.matchNear), not over the whole buffer. First the reader of a regex's bounds on known
// shapes, then its claims checked on every pattern example, then the detector with and without
// windows: the same matches and the same dropped placeholders on every pattern example, negative
// example and fixture file put at seeded random places in buffers large enough for windows
// (64 KB and more), at the edges of buffers, next to each other and among keywords that lead nowhere.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { Detector, windowsAround } from '../../src/detect/detector.js';
import { compilePattern, loadPatternFiles } from '../../src/patterns/index.js';
import { keywordReach, regexBounds } from '../../src/patterns/regex-bounds.js';
import { RE2 } from '../../src/patterns/regex-engine.js';

const ROOT = join(import.meta.dirname, '..', '..');
const patterns = loadPatternFiles().flatMap((f) => f.patterns);

/** A seeded generator of integers in [0, n): a failure reproduces. */
function seeded(seed: number): (n: number) => number {
  return (n) => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return (seed >>> 8) % n;
  };
}

/** A spy on the detector's matchIn: arguments (pattern, buffer, emit, from, to) and results of each run. */
const spyMatchIn = () => vi.spyOn(Detector.prototype as unknown as { matchIn: (...a: unknown[]) => boolean }, 'matchIn');

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((f) => join(dir, f))
    .filter((f) => statSync(f).isFile());
}

describe('regexBounds', () => {
  it('counts the most bytes a match spans', () => {
    const max = (re: string) => regexBounds(re, []).maxBytes;
    expect(max('abc')).toBe(3);
    expect(max('a{2,5}b?')).toBe(6);
    expect(max('a{2,5}?')).toBe(5); // non-greedy: the same bound
    expect(max('[a-z]{3}\\.[0-9]{1,2}')).toBe(6);
    expect(max('[^x]{0,10}')).toBe(40); // a negated class may match a 4-byte character
    expect(max('.')).toBe(4);
    expect(max('é')).toBe(2);
    expect(max('(?:ab|c{1,4}d)')).toBe(5);
    expect(max('(?P<host>a)(?i:b)(?i)c\\b\\.$')).toBe(4);
    expect(max('\\Qa.b\\E')).toBe(3);
    expect(max('\\x60{2}\\x{263A}')).toBe(5);
    expect(max('a{,3}')).toBe(5); // RE2: not a repetition, the characters themselves
    expect(max('\\pLx\\p{Greek}\\C')).toBe(13); // Unicode classes and any byte: 4 each
    expect(max('[\\d_][\\p{L}a][^a]\\w')).toBe(10);
    for (const unbounded of ['a*', 'a+', '\\s*x', 'a{2,}', '(?:ab)+']) expect(max(unbounded), unbounded).toBe(Infinity);
  });

  it('says whether every match holds a keyword, and says no when it cannot tell', () => {
    const req = (re: string, kws: string[]) => regexBounds(re, kws).keywordInEveryMatch;
    expect(req('https://hooks\\.slack\\.com/x', ['hooks.slack'])).toBe(true);
    expect(req('(?i:HOOKS\\.SLACK)', ['hooks.slack'])).toBe(true); // case-insensitive, as the prefilter
    expect(req('(?:https?://)?hooks\\.slack\\.com', ['hooks.slack.com'])).toBe(true);
    expect(req('(?:hooks|api)\\.slack\\.com', ['hooks.slack'])).toBe(false); // api.slack.com holds none
    expect(req('(?:hooks|api)\\.slack\\.com', ['slack.com'])).toBe(true);
    expect(req('ptsv[23]\\.com', ['ptsv2.com', 'ptsv3.com'])).toBe(true);
    expect(req('ptsv[23]\\.com', ['ptsv2.com'])).toBe(false);
    expect(req('ngrok(?:-free)?\\.(?:io|app)', ['ngrok.io', 'ngrok.app', 'ngrok-free.app'])).toBe(false); // ngrok-free.io
    expect(req('a(?:bc)?d', ['abcd'])).toBe(false); // "ad" holds no keyword
    expect(req('x(?:hooks){1,3}', ['hooks'])).toBe(true);
    expect(req('x(?:hooks){0,3}', ['hooks'])).toBe(false);
    // A keyword that is a hint elsewhere in the file: the bare bot token holds none.
    expect(req('\\b([0-9]{8,10}:AA[A-Za-z0-9_-]{33})', ['telegram', 'chat_id'])).toBe(false);
    expect(req('abc', [])).toBe(false);
    for (const unknown of ['(?=x)hooks', 'hooks\\1', '(hooks', 'hooks)', '\\', '[hooks', '\\khooks', '*hooks'])
      expect(regexBounds(unknown, ['hooks']), unknown).toEqual({ maxBytes: Infinity, keywordInEveryMatch: false });
  });

  it('gives a reach only when both are known', () => {
    expect(keywordReach('https://hooks\\.slack\\.com/[A-Z]{8}', ['hooks.slack'])).toBe(32);
    expect(keywordReach('https://hooks\\.slack\\.com/[A-Z]+', ['hooks.slack'])).toBeUndefined();
    expect(keywordReach('[0-9]{8}:AA', ['telegram'])).toBeUndefined();
  });

  it('holds on every example of every built-in pattern: each match holds a keyword and fits the reach', () => {
    let bounded = 0;
    for (const p of patterns) {
      const reach = keywordReach(p.regex, p.keywords);
      if (reach === undefined) continue;
      bounded++;
      const c = compilePattern(p);
      expect(c.reach).toBe(reach);
      for (const text of [...p.examples.map((e) => e.text), ...p.negativeExamples]) {
        const buf = Buffer.from(text);
        c.re.lastIndex = 0;
        for (let m = c.re.exec(buf); m; m = c.re.exec(buf)) {
          const [s, e] = m.indices![0];
          if (e === s) {
            c.re.lastIndex = s + 1;
            continue;
          }
          const got = buf.toString('latin1', s, e).toLowerCase();
          expect(p.keywords.some((k) => got.includes(k.toLowerCase())), `${p.id}: ${got}`).toBe(true);
          expect(e - s, p.id).toBeLessThanOrEqual(reach);
        }
      }
    }
    // Most patterns run in windows; a change to the reader that loses them shows here.
    expect(bounded).toBeGreaterThanOrEqual(patterns.length - 8);
  });
});

describe('regexBounds against RE2 on random regexes (seeded)', () => {
  it('never claims less than a match spans, nor a keyword that a match lacks', () => {
    const rnd = seeded(3);
    const pick = <T,>(xs: T[]) => xs[rnd(xs.length)];
    const atoms = ['a', 'b', 'c', 'A', '\\.', '.', '\\d', '\\w', '\\s', '\\S', '[ab]', '[a-c]', '[^a]', '[.]', '[Bb]', '\\x61', 'é', '\\pL', '\\b', '^', '$'];
    const quantifiers = ['', '', '', '?', '*', '+', '{2}', '{1,3}', '{0,2}', '{2,}', '??', '{1,2}?'];
    const regex = (depth: number): string => {
      const parts: string[] = [];
      for (let n = 1 + rnd(4); n > 0; n--) {
        let piece: string;
        if (depth < 3 && rnd(4) === 0) {
          const body = Array.from({ length: 1 + rnd(3) }, () => regex(depth + 1)).join('|');
          piece = `${pick(['(?:', '(', '(?P<g>', '(?i:'])}${body})`;
        } else piece = pick(atoms);
        parts.push(piece + (piece === '^' || piece === '$' || piece === '\\b' ? '' : pick(quantifiers)));
      }
      return parts.join('');
    };
    const alphabet = ['a', 'b', 'c', 'A', 'B', '.', '1', ' ', '_', '\n', 'é', '€'];
    let checked = 0;
    let claimed = 0;
    for (let round = 0; round < 400; round++) {
      const source = regex(0).replace(/\(\?P<g>/g, () => `(?P<g${round}x${rnd(1e6)}>`);
      const keywords = [pick(['ab', 'a', 'ca', 'bc', 'a.', 'ba'])];
      const bounds = regexBounds(source, keywords);
      let re: RE2;
      try {
        re = new RE2(source, 'gu');
      } catch {
        continue; // not a regex RE2 takes (a repeated empty group, a bad name)
      }
      if (bounds.keywordInEveryMatch) claimed++;
      for (let t = 0; t < 4; t++) {
        const text = Buffer.from(Array.from({ length: 40 + rnd(80) }, () => pick(alphabet)).join(''));
        re.lastIndex = 0;
        for (let m = re.exec(text); m; m = re.exec(text)) {
          const len = (m[0] as unknown as Buffer).length;
          if (len === 0) {
            re.lastIndex = m.index + 1;
            continue;
          }
          checked++;
          expect(len, `${source} on ${JSON.stringify(text.toString())}`).toBeLessThanOrEqual(bounds.maxBytes);
          if (bounds.keywordInEveryMatch) expect((m[0] as unknown as Buffer).toString('utf8').toLowerCase(), source).toContain(keywords[0]);
        }
      }
    }
    expect(checked).toBeGreaterThan(1000);
    expect(claimed).toBeGreaterThan(10);
  });
});

describe('windowsAround', () => {
  it('widens each occurrence by the reach on both sides, merges overlapping windows and keeps them inside the buffer', () => {
    expect(windowsAround([100, 5, 300, 5], 10, 10_000)).toEqual([90, 115, 290, 315]);
    expect(windowsAround([100, 5, 110, 5], 10, 10_000)).toEqual([90, 125]);
    expect(windowsAround([2, 5, 9990, 5], 10, 10_000)).toEqual([0, 17, 9980, 10_000]);
    // A later, shorter keyword inside the last window does not shorten it.
    expect(windowsAround([100, 30, 105, 2], 40, 10_000)).toEqual([60, 170]);
  });

  it('gives up (one pass over the buffer) when the windows would cover half of it', () => {
    expect(windowsAround([100, 5, 300, 5], 150, 600)).toBeUndefined();
    expect(windowsAround([100, 5], 150, 10_000)).toEqual([0, 255]);
  });
});

describe('the detector with and without windows', () => {
  const snippets = [
    ...patterns.flatMap((p) => [...p.examples.map((e) => e.text), ...p.negativeExamples]),
    ...['providers', 'obfuscation', 'exfil', 'messy']
      .flatMap((d) => filesUnder(join(ROOT, 'fixtures', d)))
      .map((f) => readFileSync(f))
      .filter((b) => !b.includes(0))
      .map((b) => b.toString('utf8')),
  ];
  const keywords = [...new Set(patterns.flatMap((p) => p.keywords))];
  const words = ['const', 'value', 'return', 'https://example.org/a/b', '"quoted"', "'x'", '\\n', '...', '…', 'é', '%2F', '&amp;', 'function', '{', '}', '=', '+', '\n'];

  const windowed = new Detector(patterns);
  const whole = new Detector(patterns, { windows: false });
  const run = (d: Detector, buf: Buffer) => ({ matches: d.detect(buf), dropped: d.lastDropped() });

  /** Filler text with no keyword (checked), `n` bytes or a little more. */
  function filler(rnd: (n: number) => number, n: number): string {
    const out: string[] = [];
    for (let len = 0; len < n; ) {
      const w = words[rnd(words.length)];
      out.push(w, rnd(3) ? ' ' : '');
      len += w.length + 1;
    }
    return out.join('');
  }

  it('find the same on every example and fixture, at random places in large buffers (seeded)', () => {
    const rnd = seeded(11);
    const spy = spyMatchIn();
    let found = 0;
    let inWindows = 0;
    // Every snippet appears in at least one round; each round is about 200-400 KB.
    const order = snippets.map((_, i) => i).sort(() => rnd(3) - 1);
    for (let start = 0; start < order.length; start += 25) {
      const parts: string[] = [];
      const mine = order.slice(start, start + 25);
      // One at the very start of the buffer, one at its very end, the rest in between; some
      // back to back, some among keywords that lead nowhere.
      parts.push(snippets[mine[0]]);
      for (const i of mine.slice(1, -1)) {
        parts.push(rnd(4) ? filler(rnd, 4_000 + rnd(20_000)) : '');
        if (rnd(3) === 0) parts.push(` ${keywords[rnd(keywords.length)]} `);
        parts.push(snippets[i]);
      }
      parts.push(filler(rnd, 70_000), snippets[mine[mine.length - 1]]);
      const buf = Buffer.from(parts.join(''));
      spy.mockClear();
      const a = run(windowed, buf);
      inWindows += spy.mock.calls.filter((c) => (c[3] as number | undefined) !== undefined && (c[3] as number) > 0).length;
      const b = run(whole, buf);
      expect(a, `round at ${start}`).toEqual(b);
      found += a.matches.length;
    }
    spy.mockRestore();
    expect(found).toBeGreaterThan(300);
    expect(inWindows).toBeGreaterThan(100); // the windows did run
  });

  it('find the same when one pattern has many keyword hits and when hits sit at window seams', () => {
    const url = patterns.find((p) => p.id === 'slack-incoming-webhook')!.examples[0].text;
    const parts: string[] = [];
    const rnd = seeded(5);
    for (let i = 0; i < 400; i++) parts.push(filler(rnd, 1 + rnd(1200)), i % 7 === 0 ? ` ${url} ` : 'hooks.slack');
    const buf = Buffer.from(parts.join(''));
    const spy = spyMatchIn();
    const a = run(windowed, buf);
    const windowsRun = spy.mock.calls.filter((c) => (c[3] as number | undefined) !== undefined).length;
    spy.mockRestore();
    expect(windowsRun).toBeGreaterThan(50);
    expect(a.matches).toHaveLength(58);
    expect(a).toEqual(run(whole, buf));
  });

  it('matches a pattern with thousands of keyword occurrences over the whole buffer (bounded lists), finding the same', () => {
    const url = patterns.find((p) => p.id === 'slack-incoming-webhook')!.examples[0].text;
    const buf = Buffer.from(`${'hooks.slack '.repeat(5000)}${'x'.repeat(200_000)} ${url} `);
    const spy = spyMatchIn();
    const a = run(windowed, buf);
    const calls = spy.mock.calls.filter((c) => (c[0] as { id: string }).id === 'slack-incoming-webhook' && c[1] === buf);
    spy.mockRestore();
    expect(calls.map((c) => c[3])).toEqual([undefined]); // one pass over the whole buffer
    expect(a.matches.map((m) => m.ruleId)).toEqual(['slack-incoming-webhook']);
    expect(a).toEqual(run(whole, buf));
  });

  it('runs only the patterns it cannot bound over the whole buffer of a large file that names every provider', () => {
    const body = 'const total = items.reduce((a, b) => a + b.price, 0);\n'.repeat(20_000); // 1 MB
    const buf = Buffer.from(`// ${keywords.join(' ')}\n${body}`);
    const spy = spyMatchIn();
    new Detector(patterns).detect(buf);
    const calls = spy.mock.calls.filter((c) => c[1] === buf);
    spy.mockRestore();
    const unbounded = patterns.filter((p) => keywordReach(p.regex, p.keywords) === undefined).length;
    const wholeBuffer = calls.filter((c) => c[3] === undefined).length;
    const windowBytes = calls.filter((c) => c[3] !== undefined).reduce((n, c) => n + (c[4] as number) - (c[3] as number), 0);
    expect(wholeBuffer).toBe(unbounded);
    expect(calls.length - wholeBuffer).toBeGreaterThanOrEqual(patterns.length - unbounded);
    expect(windowBytes).toBeLessThan(64 * 1024); // one window of a few KB per pattern, near the top
  });

  it('falls back to the whole buffer when a match runs into a cut edge (a reach set too short)', () => {
    // A greedy tail that a window cuts still matches up to the cut: that is seen, and the pattern
    // runs over the whole buffer instead. (A cut that leaves no match at all is not seen: the reach
    // must be right, which is why regexBounds answers "unknown" rather than guess.)
    const base = patterns.find((x) => x.id === 'discord-webhook')!;
    const p = { ...base, id: 'test-tail', keywords: ['hooks.zzhost.io'], regex: '(?:https?://)?\\b(?i:hooks\\.zzhost\\.io)/([a-z0-9]{1,300})', examples: [], negativeExamples: [], placeholders: [] };
    const token = 'q7'.repeat(100);
    const buf = Buffer.from('x '.repeat(40_000) + `https://hooks.zzhost.io/${token}` + ' y'.repeat(40_000));
    const d = new Detector([p]);
    (d as unknown as { compiled: unknown[] }).compiled[0] = { ...compilePattern(p), reach: 40 }; // the URL is 224 bytes
    const spy = spyMatchIn();
    const got = d.detect(buf);
    const results = spy.mock.results.map((r) => r.value);
    spy.mockRestore();
    expect(results).toContain(false); // the window cut the token…
    expect(got.map((m) => m.secret)).toEqual([token]); // …and it was found whole
    expect(compilePattern(p).reach).toBe(324); // what the reader gives: 8 + 15 + 1 + 300 bytes
  });
});
