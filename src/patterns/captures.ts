/**
 * The capture groups of a pattern's regex: exactly one unnamed group (the secret) and any number of
 * named groups, `(?P<name>…)`, that name the other parts of the match a verifier or revoker needs
 * (`host`, `id`, `token`, `workflow`, …). The pattern file is the only place a URL's shape is
 * written: code reads the named parts instead of parsing the URL again.
 */
import type { Captures } from '../types.js';

export type { Captures };

/** Where the secret and the named parts are among a regex's capture groups (1-based ordinals). */
export interface CaptureLayout {
  /** The ordinal of the unnamed group that holds the secret. */
  secret: number;
  /** Named groups: name and ordinal, in the order of the regex. */
  named: readonly (readonly [string, number])[];
}

const NAME = /^[a-z][a-z0-9]*$/;

/**
 * Reads the capture groups of an RE2 pattern source (escapes and character classes understood).
 * Returns a layout, or a sentence saying why the groups are not one secret plus named parts.
 */
export function captureLayout(source: string): CaptureLayout | string {
  const unnamed: number[] = [];
  const named: [string, number][] = [];
  let ordinal = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') { i++; continue; }
    if (inClass) { if (c === ']') inClass = false; continue; }
    if (c === '[') {
      inClass = true;
      if (source[i + 1] === '^') i++;
      if (source[i + 1] === ']') i++; // a leading ] is literal
      continue;
    }
    if (c !== '(') continue;
    if (source[i + 1] !== '?') {
      unnamed.push(++ordinal);
      continue;
    }
    const open = source[i + 2] === 'P' && source[i + 3] === '<' ? i + 4 : source[i + 2] === '<' && source[i + 3] !== '=' && source[i + 3] !== '!' ? i + 3 : -1;
    if (open < 0) continue;
    const close = source.indexOf('>', open);
    const name = close < 0 ? '' : source.slice(open, close);
    ordinal++;
    if (!NAME.test(name)) return `the group name '${name}' must be lower-case letters and digits`;
    if (name === 'secret') return "the group name 'secret' is reserved (the secret is the one unnamed group)";
    if (named.some(([n]) => n === name)) return `the group name '${name}' is used twice`;
    named.push([name, ordinal]);
  }
  if (unnamed.length !== 1) return `regex must have exactly one unnamed capturing group (the secret), found ${unnamed.length}`;
  return { secret: unnamed[0], named };
}

/** The layout of a source already validated by the pattern loader. */
export function layoutOf(source: string): CaptureLayout {
  const l = captureLayout(source);
  if (typeof l === 'string') throw new Error(l);
  return l;
}

/**
 * The named parts of a match, from its group spans over `text` (undefined spans: optional groups
 * that did not take part). `decode` turns each raw part into its usable form (percent-decoding).
 */
export function capturesAt(
  layout: CaptureLayout,
  spans: readonly ([number, number] | undefined)[],
  text: Buffer,
  decode: (raw: string) => string,
): Captures | undefined {
  if (layout.named.length === 0) return undefined;
  const out: Record<string, string> = {};
  for (const [name, ordinal] of layout.named) {
    const g = spans[ordinal];
    if (g) out[name] = decode(text.toString('utf8', g[0], g[1]));
  }
  return out;
}
