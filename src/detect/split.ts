/**
 * Split strings: a URL written in pieces is put back together before matching. Handles literals
 * joined with `+` (also PHP ` . `, Lua `..`), implicit concatenation of adjacent literals (Python,
 * C, shell `"a""b"`), line continuations (`\` + newline, inside or between literals), template
 * literals, f-strings and shell strings that interpolate a constant, and identifiers that name a
 * string constant of the same file (`BASE + "/123/abc"`, `HOST + PATH`).
 *
 * A small, language-agnostic reader of string literals and `+` chains — no parser — started only
 * at keyword hits that no match covers, with bounded work per buffer. Pure: bytes in, assembled
 * texts (with the original offset of every byte) out.
 */

/** Offset of a byte that has no place in the original (an unresolved identifier). */
export const NOWHERE = 0xffffffff;

/** A text put together from pieces, with where every byte came from. */
export interface Assembly {
  bytes: Buffer;
  /** Original offset of each byte (NOWHERE for none). A new piece starts wherever offsets jump. */
  map: Uint32Array;
  /** Index into `siteSpans` of the use-site token each byte comes from. */
  site: Uint16Array;
  /** The tokens of the expression where the URL is assembled (literals, identifiers), as byte spans. */
  siteSpans: [number, number][];
}

interface Literal {
  kind: 'lit';
  /** First byte of the token (a prefix such as f, r, b, $ included). */
  start: number;
  contentStart: number;
  contentEnd: number;
  /** After the closing quote. */
  end: number;
  quote: number;
  fstring: boolean;
}
interface Bare {
  kind: 'bare';
  start: number;
  end: number;
}
interface Ident {
  kind: 'id';
  start: number;
  end: number;
  /** The last segment of a dotted name (`this.BASE` → BASE). */
  name: string;
}
type Token = Literal | Bare | Ident;

/** Part of the assembled text: bytes with their original offsets. */
interface Chunk {
  bytes: number[];
  map: number[];
}

const MAX_CHAIN = 32;
const MAX_LITERAL = 16 * 1024;
const MAX_EVALUATIONS = 256;
const MAX_ASSEMBLED = 16 * 1024;
const MAX_OCCURRENCES = 200;
const MAX_DEPTH = 4;
const LEX_BACK = 4096;
const LEX_AHEAD = LEX_BACK + MAX_LITERAL + 4096;
/** Distinct constants looked up per buffer (each costs a search of the buffer). */
const MAX_RESOLUTIONS = 64;

const isIdentStart = (b: number) => (b >= 65 && b <= 90) || (b >= 97 && b <= 122) || b === 95 || b === 36;
const isIdent = (b: number) => isIdentStart(b) || (b >= 48 && b <= 57);
const isQuote = (b: number) => b === 0x22 || b === 0x27 || b === 0x60;
const isBlank = (b: number) => b === 0x20 || b === 0x09;
const isSpace = (b: number) => b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d;
/** Bytes of an unquoted word (shell arguments, .env and YAML values). */
const isBareByte = (b: number) => b > 0x20 && b !== 0x7f && !isQuote(b) && b !== 0x2c && b !== 0x3b && b !== 0x28 && b !== 0x29 && b !== 0x3c && b !== 0x3e && b !== 0x5b && b !== 0x5d && b !== 0x7c && b !== 0x5c;

export class SplitReader {
  private readonly lines = new Map<number, Literal[]>();
  private readonly resolved = new Map<string, Chunk | null>();
  private readonly resolving = new Set<string>();
  private readonly done = new Set<string>();
  private readonly usesSearched = new Set<string>();
  private evaluations = 0;
  private attempts = 0;

  constructor(private readonly buf: Buffer) {}

  /**
   * The texts assembled around a keyword at `hit`: the expression that holds it, and — when that
   * expression is the value of a constant — the expressions of the same file that use the constant.
   * Only texts joined from at least two pieces are returned (one piece is the plain pass's).
   */
  assembleAround(hit: number): Assembly[] {
    if (this.evaluations >= MAX_EVALUATIONS || ++this.attempts > 2 * MAX_EVALUATIONS) return [];
    const tok = this.tokenContaining(hit);
    if (!tok) return [];
    const out: Assembly[] = [];
    const chain = this.chainAround(tok);
    const a = this.evaluateChain(chain);
    if (a) out.push(a);
    const name = this.assignedName(chain[0]);
    if (name && !this.usesSearched.has(name)) {
      this.usesSearched.add(name);
      for (const use of this.usesOf(name, chain[0].start)) {
        if (this.evaluations >= MAX_EVALUATIONS) break;
        const u = this.evaluateChain(use);
        if (u) out.push(u);
      }
    }
    return out;
  }

  /** The literal (or unquoted word) that holds byte `at`. */
  tokenContaining(at: number): Literal | Bare | null {
    const lit = this.literalsFrom(this.lexStart(at)).find((l) => l.contentStart <= at && at < l.contentEnd);
    if (lit) return lit;
    return this.bareAround(at);
  }

  /**
   * Where to start reading the line of `at`: its start, or on a very long line (minified code) a
   * point 4–5 KB back, rounded so that nearby hits share one reading.
   */
  private lexStart(at: number): number {
    const floor = Math.max(0, Math.floor((at - LEX_BACK) / 1024) * 1024);
    // Only the bytes after the floor are searched: a one-line file is not read back to its start per hit.
    const nl = at > floor ? this.buf.subarray(floor, at).lastIndexOf(0x0a) : -1;
    return nl < 0 ? floor : floor + nl + 1;
  }

  /** The string literals of a line (a literal may go on over line continuations or, for backticks, lines). */
  private literalsFrom(start: number): Literal[] {
    const hit = this.lines.get(start);
    if (hit) return hit;
    const buf = this.buf;
    const out: Literal[] = [];
    const limit = Math.min(buf.length, start + LEX_AHEAD); // a minified file is one long line
    let i = start;
    while (i < limit) {
      const c = buf[i];
      if (c === 0x0a) break;
      if (isQuote(c)) {
        const lit = this.readLiteral(i);
        if (lit) {
          out.push(lit);
          i = lit.end;
          continue;
        }
        i++;
        continue;
      }
      // Comments: // (not in a URL's scheme) and # after a blank (shell, Python, YAML).
      if ((c === 0x2f && buf[i + 1] === 0x2f && buf[i - 1] !== 0x3a) || (c === 0x23 && (i === start || isBlank(buf[i - 1])) && buf[i + 1] !== 0x7b)) {
        const nl = buf.subarray(i, limit).indexOf(0x0a);
        i = nl < 0 ? limit : i + nl;
        continue;
      }
      i++;
    }
    this.lines.set(start, out);
    return out;
  }

  /** Reads the literal whose opening quote is at `open`, or null when it does not close. */
  private readLiteral(open: number): Literal | null {
    const buf = this.buf;
    const q = buf[open];
    let start = open;
    let fstring = false;
    // String prefixes: Python f/r/b/u (two at most), C# $ and @.
    for (let k = 1; k <= 2; k++) {
      const p = buf[open - k];
      if (p === undefined || !/[fFrRbBuU$@]/.test(String.fromCharCode(p))) break;
      if (isIdent(buf[open - k - 1] ?? 0x20) && buf[open - k - 1] !== 0x24) break;
      start = open - k;
      if (p === 0x66 || p === 0x46 || p === 0x24) fstring = true;
    }
    const triple = q !== 0x60 && buf[open + 1] === q && buf[open + 2] === q;
    const cs = triple ? open + 3 : open + 1;
    for (let i = cs; i < buf.length && i - cs < MAX_LITERAL; i++) {
      const c = buf[i];
      if (c === 0x5c) {
        i++;
        continue;
      }
      if (c === q) {
        if (!triple) return { kind: 'lit', start, contentStart: cs, contentEnd: i, end: i + 1, quote: q, fstring };
        if (buf[i + 1] === q && buf[i + 2] === q) return { kind: 'lit', start, contentStart: cs, contentEnd: i, end: i + 3, quote: q, fstring };
      }
      if (c === 0x0a && q !== 0x60 && !triple) return null;
    }
    return null;
  }

  /** The unquoted word around `at` (with `\`-newline continuations). */
  private bareAround(at: number): Bare | null {
    const buf = this.buf;
    if (!isBareByte(buf[at])) return null;
    let s = at;
    while (s > 0 && at - s < LEX_BACK) {
      if (isBareByte(buf[s - 1])) s--;
      else if (buf[s - 1] === 0x0a && buf[s - 2] === 0x5c) s -= 2;
      else break;
    }
    // `NAME=value` (shell, .env): the word is the value.
    for (let k = s; k < at; k++) {
      if (buf[k] === 0x3d) {
        if (k > s && isIdentStart(buf[s]) && buf.subarray(s, k).every(isIdent)) s = k + 1;
        break;
      }
      if (!isIdent(buf[k])) break;
    }
    let e = at;
    while (e < buf.length && e - at < MAX_LITERAL) {
      if (isBareByte(buf[e])) e++;
      else if (buf[e] === 0x5c && buf[e + 1] === 0x0a && isBareByte(buf[e + 2])) e += 2;
      else if (buf[e] === 0x5c && buf[e + 1] === 0x0d && buf[e + 2] === 0x0a && isBareByte(buf[e + 3])) e += 3;
      else break;
    }
    return { kind: 'bare', start: s, end: e };
  }

  /** Skips blanks, up to three line breaks and `\`-newline continuations going right. */
  private skipRight(i: number, limit = this.buf.length): number {
    const buf = this.buf;
    let lines = 0;
    while (i < limit) {
      const c = buf[i];
      if (isBlank(c) || c === 0x0d) i++;
      else if (c === 0x0a && ++lines <= 3) i++;
      else if (c === 0x5c && (buf[i + 1] === 0x0a || (buf[i + 1] === 0x0d && buf[i + 2] === 0x0a))) i += buf[i + 1] === 0x0a ? 2 : 3;
      else break;
    }
    return i;
  }

  private skipLeft(i: number): number {
    const buf = this.buf;
    let lines = 0;
    while (i >= 0) {
      const c = buf[i];
      if (isBlank(c) || c === 0x0d) i--;
      else if (c === 0x0a && ++lines <= 3) i -= buf[i - 1] === 0x5c ? 2 : 1;
      else break;
    }
    return i;
  }

  /** The token that starts at `at`: a literal (prefix included) or an identifier. */
  private tokenAt(at: number): Literal | Ident | null {
    const buf = this.buf;
    for (let k = 0; k <= 2; k++) {
      if (isQuote(buf[at + k])) {
        const lit = this.readLiteral(at + k);
        return lit && lit.start === at ? lit : null;
      }
      if (!/[fFrRbBuU$@]/.test(String.fromCharCode(buf[at + k] ?? 0))) break;
    }
    if (!isIdentStart(buf[at]) || (at > 0 && isIdent(buf[at - 1]) && buf[at - 1] !== 0x24)) return null;
    let e = at;
    while (e < buf.length && (isIdent(buf[e]) || (buf[e] === 0x2e && isIdentStart(buf[e + 1])))) e++;
    return this.ident(at, e);
  }

  private ident(start: number, end: number): Ident {
    const text = this.buf.toString('latin1', start, end);
    return { kind: 'id', start, end, name: text.slice(text.lastIndexOf('.') + 1) };
  }

  /** The next token of a `+` chain to the right of `prev`, or null. */
  private nextRight(prev: Token, limit = this.buf.length): Token | null {
    if (prev.kind === 'bare') return null;
    const buf = this.buf;
    let j = this.skipRight(prev.end, limit);
    let joined = false;
    if (buf[j] === 0x2b && buf[j + 1] !== 0x2b && buf[j + 1] !== 0x3d) {
      j++;
      joined = true;
    } else if (buf[j] === 0x2e && buf[j + 1] === 0x2e && buf[j + 2] !== 0x2e) {
      j += 2;
      joined = true;
    } else if (buf[j] === 0x2e && isSpace(buf[j + 1]) && j > prev.end) {
      j++;
      joined = true;
    }
    j = this.skipRight(j, limit);
    if (j >= limit) return null;
    const t = this.tokenAt(j);
    if (!t || t.end > limit) return null;
    if (!joined && (t.kind !== 'lit' || prev.kind !== 'lit')) return null;
    if (t.kind === 'id' && buf[this.skipRight(t.end, limit)] === 0x28) return null; // a call: not a constant
    return t;
  }

  /** The previous token of a `+` chain to the left of `next`, or null. */
  private nextLeft(next: Token): Token | null {
    if (next.kind === 'bare') return null;
    const buf = this.buf;
    let j = this.skipLeft(next.start - 1);
    let joined = false;
    if (buf[j] === 0x2b && buf[j - 1] !== 0x2b) {
      j--;
      joined = true;
    } else if (buf[j] === 0x2e && buf[j - 1] === 0x2e && buf[j - 2] !== 0x2e) {
      j -= 2;
      joined = true;
    } else if (buf[j] === 0x2e && isSpace(buf[j - 1]) && isSpace(buf[j + 1])) {
      j--;
      joined = true;
    }
    j = this.skipLeft(j);
    if (j < 0) return null;
    let t: Token | null = null;
    if (isQuote(buf[j])) {
      t = this.literalsFrom(this.lexStart(j)).find((l) => l.end === j + 1) ?? null;
    } else if (isIdent(buf[j])) {
      let s = j;
      while (s > 0 && (isIdent(buf[s - 1]) || (buf[s - 1] === 0x2e && isIdent(buf[s - 2] ?? 0)))) s--;
      if (isIdentStart(buf[s]) && !isQuote(buf[s - 1] ?? 0)) t = this.ident(s, j + 1);
    }
    if (!t) return null;
    if (!joined && (t.kind !== 'lit' || next.kind !== 'lit')) return null;
    return t;
  }

  /** The whole `+` chain (or run of adjacent literals) a token belongs to. */
  private chainAround(tok: Token): Token[] {
    const chain: Token[] = [tok];
    for (let t = this.nextRight(tok); t && chain.length < MAX_CHAIN; t = this.nextRight(t)) chain.push(t);
    for (let t = this.nextLeft(tok); t && chain.length < MAX_CHAIN; t = this.nextLeft(t)) chain.unshift(t);
    return chain;
  }

  /** The constant a chain is assigned to (`NAME = …`, `NAME: …`, `NAME := …`, `"NAME": …`, shell `NAME=…`). */
  private assignedName(first: Token): string | null {
    const buf = this.buf;
    let j = first.start - 1;
    while (j >= 0 && isBlank(buf[j])) j--;
    if (buf[j] === 0x3d) {
      if (buf[j - 1] === 0x3d || buf[j - 1] === 0x21 || buf[j - 1] === 0x3c || buf[j - 1] === 0x3e) return null;
      j--;
      if (buf[j] === 0x3a || buf[j] === 0x2b) j--; // := (Go); += is not a definition but still names it
    } else if (buf[j] === 0x3a && buf[j - 1] !== 0x3a) {
      j--;
    } else {
      return null;
    }
    while (j >= 0 && isBlank(buf[j])) j--;
    if (isQuote(buf[j])) j--; // "NAME": …
    const end = j + 1;
    while (j >= 0 && isIdent(buf[j])) j--;
    const name = buf.toString('latin1', j + 1, end);
    return name && isIdentStart(name.charCodeAt(0)) && name.length >= 2 ? name : null;
  }

  /** Word-bounded occurrences of a name (bounded in number). */
  private occurrences(name: string): number[] {
    const buf = this.buf;
    const needle = Buffer.from(name, 'latin1');
    const out: number[] = [];
    for (let i = buf.indexOf(needle); i >= 0 && out.length < MAX_OCCURRENCES; i = buf.indexOf(needle, i + 1)) {
      if ((i > 0 && isIdent(buf[i - 1]) && buf[i - 1] !== 0x24) || isIdent(buf[i + needle.length] ?? 0x20)) continue;
      out.push(i);
    }
    return out;
  }

  /** The chains that use a constant: `NAME + …`, `${NAME}`, `{NAME}` in an f-string, `$NAME`. */
  private usesOf(name: string, definedAt: number): Token[][] {
    const out: Token[][] = [];
    const buf = this.buf;
    for (const at of this.occurrences(name)) {
      if (at >= definedAt - name.length - 8 && at < definedAt) continue; // the definition itself
      const interpolated = buf[at - 1] === 0x24 || (buf[at - 1] === 0x7b && (buf[at - 2] === 0x24 || buf[at - 2] === 0x23)) || buf[at - 1] === 0x7b;
      if (interpolated) {
        const tok = this.tokenContaining(at);
        if (tok) out.push(this.chainAround(tok));
        continue;
      }
      let s = at;
      while (s > 0 && (isIdent(buf[s - 1]) || (buf[s - 1] === 0x2e && isIdent(buf[s - 2] ?? 0)))) s--;
      const tok = this.ident(s, at + name.length);
      const chain = this.chainAround(tok);
      if (chain.length >= 2) out.push(chain);
    }
    return out;
  }

  /** The value of a string constant of this file, or null. */
  private resolve(name: string, depth: number): Chunk | null {
    if (this.resolved.has(name)) return this.resolved.get(name)!;
    if (depth > MAX_DEPTH || this.resolving.has(name) || this.resolved.size >= MAX_RESOLUTIONS) return null;
    this.resolving.add(name);
    let value: Chunk | null = null;
    const buf = this.buf;
    for (const at of this.occurrences(name)) {
      let j = at + name.length;
      if (isQuote(buf[j]) && buf[j] === buf[at - 1]) j++;
      const tight = buf[j] === 0x3d; // shell NAME=value
      while (isBlank(buf[j])) j++;
      if (buf[j] === 0x3a && buf[j + 1] === 0x3d) j += 2;
      else if (buf[j] === 0x3d && buf[j + 1] !== 0x3d && buf[j + 1] !== 0x3e) j++;
      else if (buf[j] === 0x3a && buf[j + 1] !== 0x3a) j++;
      else continue;
      while (isBlank(buf[j])) j++;
      let tok: Token | null = tight ? this.bareAround(j) : this.tokenAt(j);
      if (tok?.kind === 'id' && isBareByte(buf[tok.end]) && !isIdent(buf[tok.end])) tok = this.bareAround(j); // `https://…` unquoted
      if (tok?.kind === 'id') {
        // TypeScript `NAME: string = "…"`
        let k = tok.end;
        while (isBlank(buf[k])) k++;
        if (buf[k] === 0x3d && buf[k + 1] !== 0x3d && buf[k + 1] !== 0x3e) {
          k++;
          while (isBlank(buf[k])) k++;
          tok = this.tokenAt(k);
        } else if (buf[k] === 0x28) {
          continue; // a call
        }
      }
      if (!tok && (tight || buf[j - 1] === 0x20)) tok = this.bareAround(j);
      if (!tok) continue;
      const chain = this.chainAround(tok);
      const chunk: Chunk = { bytes: [], map: [] };
      if (!this.appendChain(chain, chunk, depth + 1)) continue;
      value = chunk;
      break;
    }
    this.resolving.delete(name);
    this.resolved.set(name, value);
    return value;
  }

  /** Appends the value of a chain; false when it holds nothing resolvable. */
  private appendChain(chain: Token[], out: Chunk, depth: number, sites?: number[], siteBase = 0): boolean {
    let any = false;
    chain.forEach((t, k) => {
      const before = out.bytes.length;
      if (t.kind === 'id') {
        const v = this.resolve(t.name, depth);
        if (v) {
          out.bytes.push(...v.bytes);
          out.map.push(...v.map);
          any = true;
        } else {
          out.bytes.push(0);
          out.map.push(NOWHERE);
        }
      } else {
        this.appendContent(t, out, depth);
        any = true;
      }
      if (sites) for (let i = before; i < out.bytes.length; i++) sites.push(siteBase + k);
    });
    return any && out.bytes.length <= MAX_ASSEMBLED;
  }

  /** Appends the content of a literal or word, with interpolations resolved where they can be. */
  private appendContent(t: Literal | Bare, out: Chunk, depth: number): void {
    const buf = this.buf;
    const s = t.kind === 'lit' ? t.contentStart : t.start;
    const e = t.kind === 'lit' ? t.contentEnd : t.end;
    const single = t.kind === 'lit' && t.quote === 0x27;
    const fstring = t.kind === 'lit' && t.fstring;
    // Python's '…/bot{0}/sendDocument'.format(TOKEN) and '{}/{}'.format(A, B): the arguments fill the fields.
    const format = t.kind === 'lit' && !fstring ? this.formatArguments(t.end) : null;
    let positional = 0;
    for (let i = s; i < e && out.bytes.length <= MAX_ASSEMBLED; ) {
      const c = buf[i];
      if (c === 0x5c && (buf[i + 1] === 0x0a || (buf[i + 1] === 0x0d && buf[i + 2] === 0x0a))) {
        i += buf[i + 1] === 0x0a ? 2 : 3; // line continuation
        if (t.kind === 'bare') while (i < e && isBlank(buf[i])) i++;
        continue;
      }
      let exprStart = -1;
      let exprEnd = -1;
      let next = -1;
      if (format && c === 0x7b && buf[i + 1] !== 0x7b) {
        const close = buf.subarray(i + 1, Math.min(e, i + 40)).indexOf(0x7d);
        const field = close < 0 ? null : buf.toString('latin1', i + 1, i + 1 + close).split(/[!:]/)[0].trim();
        const arg = field === null ? undefined : field === '' ? format.positional[positional++] : /^\d+$/.test(field) ? format.positional[Number(field)] : format.named.get(field);
        const v = arg ? this.evaluateExpression(arg[0], arg[1], depth) : null;
        if (v) {
          out.bytes.push(...v.bytes);
          out.map.push(...v.map);
          i = i + 2 + close;
          continue;
        }
      }
      if (!single && (c === 0x24 || c === 0x23) && buf[i + 1] === 0x7b) {
        exprStart = i + 2; // ${…}, #{…}
      } else if (fstring && c === 0x7b && buf[i + 1] !== 0x7b) {
        exprStart = i + 1; // {…} in an f-string
      } else if (!single && c === 0x24 && isIdentStart(buf[i + 1]) && (t.kind === 'bare' || t.quote === 0x22)) {
        let k = i + 1;
        while (k < e && isIdent(buf[k]) && buf[k] !== 0x24) k++;
        exprStart = i + 1;
        exprEnd = k;
        next = k;
      }
      if (exprStart >= 0) {
        if (exprEnd < 0) {
          const found = buf.subarray(exprStart, Math.min(e, exprStart + 201)).indexOf(0x7d);
          const close = found < 0 ? -1 : exprStart + found;
          if (close < 0 || close >= e || close - exprStart > 200) {
            pushByte(out, c, i++);
            continue;
          }
          exprEnd = close;
          next = close + 1;
        }
        const v = this.evaluateExpression(exprStart, exprEnd, depth);
        if (v) {
          out.bytes.push(...v.bytes);
          out.map.push(...v.map);
        } else {
          for (let k = i; k < next; k++) pushByte(out, buf[k], k); // left as written: `${id}` stays a placeholder
        }
        i = next;
        continue;
      }
      pushByte(out, c, i++);
    }
  }

  /**
   * The arguments of a `.format(…)` call right after a literal (at `at`): their spans, positional
   * and by name. Only simple arguments (a name, a literal, a dotted name) up to eight; null when the
   * literal is not followed by `.format(`.
   */
  private formatArguments(at: number): { positional: [number, number][]; named: Map<string, [number, number]> } | null {
    const buf = this.buf;
    let i = at;
    while (i < buf.length && isBlank(buf[i])) i++;
    if (buf.toString('latin1', i, i + 8) !== '.format(') return null;
    const close = buf.subarray(i + 8, Math.min(buf.length, i + 8 + 400)).indexOf(0x29);
    if (close < 0) return null;
    const inner = buf.toString('latin1', i + 8, i + 8 + close);
    if (/[()[\]{}]/.test(inner)) return null; // a call or a structure inside: not simple
    const positional: [number, number][] = [];
    const named = new Map<string, [number, number]>();
    let from = i + 8;
    for (const part of inner.split(',').slice(0, 8)) {
      const lead = part.length - part.trimStart().length;
      const text = part.trim();
      const kw = /^([A-Za-z_]\w*)\s*=\s*/.exec(text);
      const start = from + lead + (kw ? kw[0].length : 0);
      const end = from + lead + text.length;
      if (end > start) {
        if (kw) named.set(kw[1], [start, end]);
        else positional.push([start, end]);
      }
      from += part.length + 1;
    }
    return { positional, named };
  }

  /** The value of a `${…}` / `{…}` expression: a constant, a literal or a `+` chain of them. */
  private evaluateExpression(s: number, e: number, depth: number): Chunk | null {
    const buf = this.buf;
    let i = s;
    while (i < e && isBlank(buf[i])) i++;
    const first = this.tokenAt(i);
    if (!first || first.end > e) return null;
    const chain: Token[] = [first];
    for (let t = this.nextRight(first, e); t && chain.length < MAX_CHAIN; t = this.nextRight(t, e)) chain.push(t);
    let k = chain[chain.length - 1].end;
    while (k < e && isBlank(buf[k])) k++;
    if (k !== e) return null; // more than a chain of constants (a call, arithmetic…)
    const out: Chunk = { bytes: [], map: [] };
    if (!this.appendChain(chain, out, depth + 1)) return null;
    if (out.map.includes(NOWHERE)) return null;
    return out;
  }

  /** Evaluates a chain into an assembly, once per chain. */
  private evaluateChain(chain: Token[]): Assembly | null {
    const key = `${chain[0].start}:${chain[chain.length - 1].end}`;
    if (this.done.has(key)) return null;
    this.done.add(key);
    this.evaluations++;
    const out: Chunk = { bytes: [], map: [] };
    const sites: number[] = [];
    if (!this.appendChain(chain, out, 0, sites)) return null;
    // Only a text joined from pieces is new: a single contiguous piece is the plain pass's.
    let pieces = 1;
    for (let i = 1; i < out.map.length; i++) if (out.map[i] !== out.map[i - 1] + 1) pieces++;
    if (pieces < 2) return null;
    return {
      bytes: Buffer.from(out.bytes),
      map: Uint32Array.from(out.map),
      site: Uint16Array.from(sites),
      siteSpans: chain.map((t) => [t.start, t.end]),
    };
  }
}

function pushByte(out: Chunk, b: number, at: number): void {
  out.bytes.push(b);
  out.map.push(at);
}

/**
 * The contiguous original ranges that assembled bytes [s, e) come from, in the order of the text
 * (the parts of a split URL).
 */
export function piecesOf(a: Assembly, s: number, e: number): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (let i = s; i < e; i++) {
    const at = a.map[i];
    if (at === NOWHERE) continue;
    const last = out[out.length - 1];
    if (last && last.end === at) last.end = at + 1;
    else out.push({ start: at, end: at + 1 });
  }
  return out;
}
