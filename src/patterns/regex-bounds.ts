/**
 * What a pattern's regex says about where its matches can be, read from its RE2 source: the most
 * bytes one match can span, and whether every match contains one of the pattern's keywords. When
 * both are known, a match lies within `reach` bytes of a keyword occurrence, and the detector runs
 * the regex only in windows around the keyword hits the prefilter found (two-stage matching, as
 * Nosey Parker does) instead of over the whole buffer: a 38 MB file that names every provider once
 * costs one pass, not one per pattern.
 *
 * Conservative by construction: whatever the reader does not understand (a construct outside the
 * RE2 subset below, a set of strings that grows too large) makes the answer "unknown", and an
 * unknown pattern runs over the whole buffer as before. A keyword that is a hint elsewhere in the
 * file (`telegram` for a bare bot token) is not in every match, and such a pattern is unknown too.
 */

/** What one piece of a regex can match. */
interface Info {
  /** The most bytes a match can span (UTF-8: a character that may be non-ASCII counts 4). */
  max: number;
  /** Every string it can match, lower-cased, when that set is small; else null. */
  exact: string[] | null;
  /** Whether every match contains one of the keywords. */
  req: boolean;
}

/** Sets of exact strings are dropped (null) past these sizes. */
const MAX_STRINGS = 64;
const MAX_STRING_LENGTH = 256;
/** A class of at most this many characters (`[23]`, `[.]`) is read as that set of strings. */
const MAX_CLASS_MEMBERS = 4;

class Unsupported extends Error {}

export interface RegexBounds {
  /** The most bytes one match spans; Infinity when unbounded or unknown. */
  maxBytes: number;
  /** Whether every match contains one of the keywords (ASCII case-insensitively). */
  keywordInEveryMatch: boolean;
}

/** Reads an RE2 source; `keywords` are matched case-insensitively. Never throws. */
export function regexBounds(source: string, keywords: readonly string[]): RegexBounds {
  const kws = keywords.map((k) => k.toLowerCase()).filter((k) => k.length > 0);
  try {
    const r = new Reader(source, kws).all();
    return { maxBytes: r.max, keywordInEveryMatch: r.req };
  } catch (e) {
    if (e instanceof Unsupported) return { maxBytes: Infinity, keywordInEveryMatch: false };
    throw e;
  }
}

/** How far from a keyword occurrence a match can reach: maxBytes when every match holds a keyword, else undefined. */
export function keywordReach(source: string, keywords: readonly string[]): number | undefined {
  const b = regexBounds(source, keywords);
  return b.keywordInEveryMatch && Number.isFinite(b.maxBytes) ? b.maxBytes : undefined;
}

const utf8Length = (c: string) => Buffer.byteLength(c, 'utf8');

function cross(a: string[] | null, b: string[] | null): string[] | null {
  if (!a || !b || a.length * b.length > MAX_STRINGS) return null;
  const out = new Set<string>();
  for (const x of a) for (const y of b) {
    if (x.length + y.length > MAX_STRING_LENGTH) return null;
    out.add(x + y);
  }
  return [...out];
}

function union(sets: (string[] | null)[]): string[] | null {
  const out = new Set<string>();
  for (const s of sets) {
    if (!s) return null;
    for (const x of s) out.add(x);
    if (out.size > MAX_STRINGS) return null;
  }
  return [...out];
}

/** Escapes that stand for one control character. */
const SIMPLE_ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', f: '\f', v: '\v', a: '\x07' };

/** Sticky: matched where the reader stands. */
const REPEAT = /\{(\d+)(,(\d*))?\}/y;
const NAMED = /\?P?<[A-Za-z_][A-Za-z0-9_]*>/y;
const FLAGS = /\?[imsU-]*(:|\))/y;
const HEX = /(?:\{([0-9A-Fa-f]{1,6})\}|([0-9A-Fa-f]{2}))/y;

class Reader {
  private i = 0;

  /** `re` (sticky) matched at the reader's position, or null. */
  private at(re: RegExp): RegExpExecArray | null {
    re.lastIndex = this.i;
    return re.exec(this.s);
  }

  constructor(
    private readonly s: string,
    private readonly keywords: string[],
  ) {}

  all(): Info {
    const r = this.alternation();
    if (this.i < this.s.length) throw new Unsupported(`unexpected ')' at ${this.i}`);
    return r;
  }

  private holdsKeyword(strings: string[] | null): boolean {
    return !!strings && strings.length > 0 && strings.every((x) => this.keywords.some((k) => x.includes(k)));
  }

  private alternation(): Info {
    const branches = [this.concatenation()];
    while (this.s[this.i] === '|') {
      this.i++;
      branches.push(this.concatenation());
    }
    if (branches.length === 1) return branches[0];
    return {
      max: Math.max(...branches.map((b) => b.max)),
      exact: union(branches.map((b) => b.exact)),
      req: branches.every((b) => b.req),
    };
  }

  /**
   * A sequence: its runs of pieces with exact strings are joined, so a keyword written across
   * pieces (`hooks\.slack`, one character each) is seen whole.
   */
  private concatenation(): Info {
    let max = 0;
    let req = false;
    let exact: string[] | null = [''];
    let run: string[] | null = [''];
    const closeRun = () => {
      if (this.holdsKeyword(run)) req = true;
      run = [''];
    };
    for (;;) {
      const c = this.s[this.i];
      if (c === undefined || c === '|' || c === ')') break;
      const piece = this.repeat(this.atom());
      max += piece.max;
      if (piece.req) req = true;
      exact = cross(exact, piece.exact);
      if (piece.exact) {
        const joined = cross(run, piece.exact);
        if (joined) run = joined;
        else {
          closeRun();
          run = piece.exact;
        }
      } else closeRun();
    }
    closeRun();
    return { max, exact, req };
  }

  private repeat(a: Info): Info {
    let r = a;
    for (;;) {
      const c = this.s[this.i];
      let lo: number;
      let hi: number;
      if (c === '*' || c === '+' || c === '?') {
        this.i++;
        [lo, hi] = c === '*' ? [0, Infinity] : c === '+' ? [1, Infinity] : [0, 1];
      } else if (c === '{') {
        const m = this.at(REPEAT);
        if (!m) return r; // not a repetition: a literal '{', read as an atom next
        this.i += m[0].length;
        lo = Number(m[1]);
        hi = m[2] === undefined ? lo : m[3] === '' ? Infinity : Number(m[3]);
      } else return r;
      if (this.s[this.i] === '?') this.i++; // non-greedy: the same strings
      r = repeated(r, lo, hi);
    }
  }

  private atom(): Info {
    const s = this.s;
    const c = s[this.i];
    if (c === '(') return this.group();
    if (c === '[') return this.charClass();
    if (c === '\\') return this.escape();
    if (c === '*' || c === '+' || c === '?') throw new Unsupported('a repetition of nothing');
    const ch = this.char();
    if (ch === '.') return { max: 4, exact: null, req: false };
    if (ch === '^' || ch === '$') return { max: 0, exact: [''], req: false };
    return { max: utf8Length(ch), exact: [ch.toLowerCase()], req: false };
  }

  /** The character (a whole code point) where the reader stands; the reader moves past it. */
  private char(): string {
    const ch = String.fromCodePoint(this.s.codePointAt(this.i)!);
    this.i += ch.length;
    return ch;
  }

  private group(): Info {
    const s = this.s;
    this.i++; // (
    if (s[this.i] === '?') {
      const named = this.at(NAMED);
      const flags = named ? null : this.at(FLAGS);
      if (named) this.i += named[0].length;
      else if (flags) {
        this.i += flags[0].length;
        if (flags[1] === ')') return { max: 0, exact: [''], req: false }; // (?i): flags for what follows
      } else throw new Unsupported(`group syntax at ${this.i}`);
    }
    const inner = this.alternation();
    if (s[this.i] !== ')') throw new Unsupported('an unclosed group');
    this.i++;
    return inner;
  }

  private escape(): Info {
    const s = this.s;
    const c = s[this.i + 1];
    if (c === undefined) throw new Unsupported('a trailing backslash');
    this.i += 2;
    if ('bBAz'.includes(c)) return { max: 0, exact: [''], req: false };
    if (c === 'C') return { max: 4, exact: null, req: false };
    const cls = this.classEscape(c);
    if (cls) return { max: cls.wide ? 4 : 1, exact: null, req: false };
    if (c === 'Q') {
      const end = s.indexOf('\\E', this.i);
      const text = s.slice(this.i, end < 0 ? s.length : end);
      this.i = end < 0 ? s.length : end + 2;
      return { max: utf8Length(text), exact: [text.toLowerCase()], req: false };
    }
    const ch = this.escapedChar(c);
    return { max: utf8Length(ch), exact: [ch.toLowerCase()], req: false };
  }

  /** The character an escape stands for (`c` is the character after the backslash; this.i is past it). */
  private escapedChar(c: string): string {
    if (c in SIMPLE_ESCAPES) return SIMPLE_ESCAPES[c];
    if (c === 'x') {
      const m = this.at(HEX);
      if (!m) throw new Unsupported('a bad \\x escape');
      this.i += m[0].length;
      return String.fromCodePoint(parseInt(m[1] ?? m[2], 16));
    }
    if (/[0-9]/.test(c)) throw new Unsupported('an octal escape or a back reference');
    if (/[A-Za-z]/.test(c)) throw new Unsupported(`the escape \\${c}`);
    return c; // \. \\ \/ \- …: the character itself
  }

  /** `[...]`: one character; its strings when it lists a few characters and no range. */
  private charClass(): Info {
    const s = this.s;
    this.i++; // [
    const negated = s[this.i] === '^';
    if (negated) this.i++;
    const members = new Set<string>();
    let wide = negated; // may match a non-ASCII character (up to 4 bytes)
    let open = false; // holds a range or a class of characters: not one character
    for (let first = true; ; first = false) {
      const c = s[this.i];
      if (c === undefined) throw new Unsupported('an unclosed character class');
      if (c === ']' && !first) {
        this.i++;
        break;
      }
      const lo = this.classMember();
      if (typeof lo !== 'string') {
        wide ||= lo.wide;
        open = true;
        continue;
      }
      if (lo.codePointAt(0)! > 0x7f) wide = true;
      if (s[this.i] === '-' && s[this.i + 1] !== ']' && s[this.i + 1] !== undefined) {
        this.i++;
        const hi = this.classMember();
        if (typeof hi !== 'string') throw new Unsupported('a range ending in a class');
        if (hi.codePointAt(0)! > 0x7f) wide = true;
        open = true;
        continue;
      }
      members.add(lo);
    }
    const folded = new Set([...members].map((m) => m.toLowerCase()));
    const exact = !negated && !open && folded.size <= MAX_CLASS_MEMBERS ? [...folded] : null;
    return { max: wide ? 4 : Math.max(1, ...[...members].map(utf8Length)), exact, req: false };
  }

  /** One member of a character class: a character, or a class of them (`\d`, `[:alpha:]`, `\pL`). */
  private classMember(): string | { wide: boolean } {
    const s = this.s;
    const c = s[this.i];
    if (c === '[' && s[this.i + 1] === ':') {
      const close = s.indexOf(':]', this.i);
      if (close < 0) throw new Unsupported('an unclosed [:class:]');
      const negated = s[this.i + 2] === '^'; // [:^alpha:]
      this.i = close + 2;
      return { wide: negated };
    }
    if (c !== '\\') return this.char();
    const e = s[this.i + 1];
    if (e === undefined) throw new Unsupported('a trailing backslash');
    this.i += 2;
    return this.classEscape(e) ?? this.escapedChar(e);
  }

  /**
   * An escape that stands for a class of characters (`c` is the character after the backslash;
   * this.i is past it, and past the name of a `\p` class): whether it may match a
   * non-ASCII character. Undefined for any other escape.
   */
  private classEscape(c: string): { wide: boolean } | undefined {
    if ('dsw'.includes(c)) return { wide: false };
    if ('DSW'.includes(c)) return { wide: true };
    if (c !== 'p' && c !== 'P') return undefined;
    if (this.s[this.i] !== '{') this.i++; // \pL: a one-letter name
    else {
      const close = this.s.indexOf('}', this.i);
      if (close < 0) throw new Unsupported('an unclosed \\p{');
      this.i = close + 1;
    }
    return { wide: true };
  }
}

function repeated(a: Info, lo: number, hi: number): Info {
  const max = hi === Infinity ? (a.max === 0 ? 0 : Infinity) : a.max * hi;
  let exact: string[] | null = null;
  if (a.exact && hi !== Infinity && hi <= 8) {
    const powers: (string[] | null)[] = [];
    let p: string[] | null = [''];
    for (let k = 0; k <= hi; k++) {
      if (k >= lo) powers.push(p);
      p = cross(p, a.exact);
    }
    exact = union(powers);
  }
  return { max, exact, req: lo >= 1 && a.req };
}
