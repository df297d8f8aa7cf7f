/**
 * RE2 through re2js, a pure-JavaScript port of RE2: the same syntax and the same linear-time
 * guarantee, slower. The stand-in for the native `re2` package wherever its addon cannot load
 * (installs without a compiler or with --ignore-scripts, the Action bundle off Linux x64 Node 24);
 * src/patterns/regex-engine.ts chooses.
 *
 * Only the part of node-re2's API that hookscan uses is provided: `new RE2(source, flags)` with
 * flags from `gimsd`, `lastIndex`, `exec()` and `test()` on a Buffer (byte offsets) or a string
 * (UTF-16 offsets), `source`, `flags`, `global`.
 *
 * re2js has no DFA: its NFA reads a few hundred KB/s for the keyword prefilter (one alternation of
 * every keyword, run over every byte scanned). A pure alternation of ASCII literals cannot
 * backtrack catastrophically (at most the total length of the literals per position), so that one
 * shape runs on V8's own engine, over the bytes read as Latin-1 (one character per byte, so
 * offsets stay byte offsets); every other pattern runs on re2js.
 */
import { RE2JS } from 're2js';

type Input = Buffer | string;

export interface RegexExecArray extends Array<Input | undefined> {
  index: number;
  input: Input;
  indices?: ([number, number] | undefined)[] & { groups?: Record<string, [number, number] | undefined> };
  /** Named groups, as node-re2 gives them (only when the pattern names a group). */
  groups?: Record<string, Input | undefined>;
}

/**
 * `(?i)(?:lit|lit|…)` or `(?:lit|…)` with printable ASCII literals, metacharacters escaped (what
 * compileLiterals in src/patterns builds): the same alternation for V8, or null for any other shape.
 */
export function literalAlternation(source: string, flags: string): RegExp | null {
  let s = source;
  let ci = flags.includes('i');
  if (s.startsWith('(?i)')) {
    ci = true;
    s = s.slice(4);
  }
  if (!s.startsWith('(?:') || !s.endsWith(')')) return null;
  const body = s.slice(3, -1);
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c === '\\') {
      // An escaped ASCII punctuation character is a literal.
      if (!/^[!-/:-@[-`{-~]$/.test(body[i + 1] ?? '')) return null;
      i++;
    } else if (c !== '|' && (c < ' ' || c > '~' || '()[]{}*+?.^$'.includes(c))) {
      return null;
    }
  }
  return new RegExp(body, ci ? 'gi' : 'g');
}

/** RE2 through re2js: node-re2's exec() semantics for the flags hookscan uses. */
export class JsRE2 {
  lastIndex = 0;
  readonly source: string;
  readonly flags: string;
  readonly global: boolean;
  readonly hasIndices: boolean;
  private readonly re: RE2JS | undefined;
  private readonly literal: RegExp | null;
  private lastInput: Input | undefined;
  private matcher: ReturnType<RE2JS['matcher']> | undefined;
  private latin1: string | undefined;
  /** Named groups and their ordinals (empty for most patterns). */
  private names: [string, number][] = [];

  constructor(source: string | { source: string; flags?: string }, flags?: string) {
    if (typeof source !== 'string') {
      flags ??= source.flags;
      source = source.source;
    }
    this.source = source;
    this.flags = [...new Set(flags ?? '')].sort().join('');
    for (const f of this.flags) if (!'dgims'.includes(f)) throw new SyntaxError(`hookscan's RE2 fallback does not support the '${f}' flag`);
    this.global = this.flags.includes('g');
    this.hasIndices = this.flags.includes('d');
    this.literal = literalAlternation(source, this.flags);
    if (this.literal) return;
    let opts = 0;
    if (this.flags.includes('i')) opts |= RE2JS.CASE_INSENSITIVE;
    if (this.flags.includes('m')) opts |= RE2JS.MULTILINE;
    if (this.flags.includes('s')) opts |= RE2JS.DOTALL;
    try {
      this.re = RE2JS.compile(source, opts);
      this.names = Object.entries(this.re.namedGroups());
    } catch (e) {
      throw new SyntaxError(`invalid regular expression /${source}/: ${(e as Error).message}`, { cause: e });
    }
  }

  exec(input: Input): RegexExecArray | null {
    const start = this.global ? this.lastIndex : 0;
    if (start > input.length) {
      this.lastIndex = 0;
      return null;
    }
    const slice = (s: number, e: number): Input => (typeof input === 'string' ? input.slice(s, e) : input.subarray(s, e));
    if (this.literal) return this.execLiteral(this.literal, input, start, slice);
    if (this.lastInput !== input || !this.matcher) {
      this.matcher = this.re!.matcher(input);
      this.lastInput = input;
    }
    const m = this.matcher;
    if (!m.find(start)) {
      if (this.global) this.lastIndex = 0;
      return null;
    }
    const groups = m.groupCount();
    const out = [] as unknown as RegexExecArray;
    const indices: ([number, number] | undefined)[] = [];
    for (let g = 0; g <= groups; g++) {
      const s = m.start(g), e = m.end(g);
      if (s < 0) {
        out.push(undefined);
        indices.push(undefined);
      } else {
        out.push(slice(s, e));
        indices.push([s, e]);
      }
    }
    out.index = m.start(0);
    out.input = input;
    const names = this.names;
    if (names.length) {
      // node-re2's shape: null-prototype objects keyed by group name.
      out.groups = Object.create(null) as Record<string, Input | undefined>;
      const at = Object.create(null) as Record<string, [number, number] | undefined>;
      for (const [name, g] of names) {
        out.groups[name] = out[g];
        at[name] = indices[g];
      }
      (indices as NonNullable<RegexExecArray['indices']>).groups = at;
    }
    if (this.hasIndices) out.indices = indices;
    if (this.global) this.lastIndex = m.end(0);
    return out;
  }

  private execLiteral(re: RegExp, input: Input, start: number, slice: (s: number, e: number) => Input): RegexExecArray | null {
    if (this.lastInput !== input || this.latin1 === undefined) {
      this.latin1 = typeof input === 'string' ? input : input.toString('latin1');
      this.lastInput = input;
    }
    re.lastIndex = start;
    const m = re.exec(this.latin1);
    if (!m) {
      if (this.global) this.lastIndex = 0;
      return null;
    }
    const s = m.index, e = s + m[0].length;
    const out = [slice(s, e)] as unknown as RegexExecArray;
    out.index = s;
    out.input = input;
    if (this.hasIndices) out.indices = [[s, e]];
    if (this.global) this.lastIndex = e;
    return out;
  }

  test(input: Input): boolean {
    return this.exec(input) !== null;
  }
}
