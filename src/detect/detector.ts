/**
 * The detector. One prefilter pass (case-insensitive literals: the pattern keywords and the
 * keywords as encodings write them, see triggers.ts; found by WebAssembly, literal-scan.ts, or by
 * one RE2 alternation where that cannot run), then:
 * - plain: each candidate pattern's RE2 in windows around its keyword hits (as far as a match
 *   can reach from a keyword, regex-bounds.ts), or over the whole buffer when that is not known;
 * - escaped: JSON/JS escapes, HTML entities and percent-encoding decoded in windows around hits;
 * - split: literals joined with `+`, adjacent literals, continuations, constants (split.ts);
 * - encoded: the base64 / hex / character-code / reversed region around an encoded keyword is
 *   decoded and scanned again, recursively (base64 inside base64), offsets mapped back;
 * then boundary and placeholder checks on the decoded URL, and matches with exact byte offsets into
 * the original buffer, how the URL was written, and what the code around it does (context.ts).
 * Pure: bytes in, matches out.
 */
import type { Captures, CompiledPattern } from '../patterns/index.js';
import { capturesAt, compileLiterals, compilePattern, regexEngine, type RE2 } from '../patterns/index.js';
import type { Encoding, Pattern } from '../types.js';
import { installScriptAt, sendsNearEach, templateNear, type MatchContext } from './context.js';
import {
  decodeAll,
  decodeBase64Around,
  decodeCharCodesAround,
  decodeHexAround,
  originalSpan,
  percentDecodeString,
  reverseAround,
  type Decoded,
} from './decode.js';
import { documentationHost, placeholderReason } from './placeholder.js';
import { redactSpan } from '../secrets/redact.js';
import { piecesOf, SplitReader, type Assembly } from './split.js';
import { buildTriggers, type TriggerRole } from './triggers.js';
import { literalScanner, type LiteralScanner } from './literal-scan.js';
import { byWeight, type Language } from './evidence.js';
import { flowsOf } from './flow.js';
import { decodeNestedAfterCall, inflateAfterCall, inflateGzipBase64, MAX_OUTPUT_PER_FILE } from './compressed.js';

/** A match dropped as a placeholder, kept so that `--verbose` can say what was not reported and why. */
export interface DroppedMatch {
  ruleId: string;
  redactedUrl: string;
  reason: string;
  /** Offset in the scanned buffer, when the match was in it as written (not in a decoded copy). */
  start?: number;
}

/** Bytes a detector reads through RE2 before it builds the faster WebAssembly prefilter. */
export const WASM_AFTER = 4 * 1024 * 1024;

/** Dropped matches kept per buffer (the rest are not listed). */
const MAX_DROPPED = 50;

export interface RawMatch {
  ruleId: string;
  /** The secret, percent-decoded. */
  secret: string;
  /** The usable URL as matched (decoded when found encoded, reassembled when split). */
  url: string;
  redactedUrl: string;
  encoding: Encoding;
  /** Byte offsets of the URL in the original buffer (a split URL: where it is assembled). */
  start: number;
  end: number;
  /** A split URL: the byte ranges of its pieces, in the order of the URL. */
  parts?: { start: number; end: number }[];
  /** The pattern's named groups (host, id, token, …), percent-decoded: secrets, like `secret`. */
  captures?: Captures;
  /** What the bytes around the URL say (exfiltration context). */
  context?: MatchContext;
}

/** A match of one pattern in one text, before it is placed in the original bytes. */
interface Hit {
  s: number;
  e: number;
  /** The secret group. */
  gs: number;
  ge: number;
  secret: string;
  url: string;
  redactedUrl: string;
  captures?: Captures;
}

interface EncodedHit {
  at: number;
  len: number;
  roles: TriggerRole[];
}

interface Hits {
  /** Patterns whose keywords occur. */
  patterns: number[];
  /** Offsets of plain keywords. */
  plain: number[];
  /**
   * Each candidate pattern's keyword occurrences: start and byte length, in pairs, by start. Kept
   * only where windows can run (WINDOWED_FROM bytes and more, windows not switched off).
   */
  near?: Map<number, number[]>;
  /** Offsets of keywords escaped character by character. */
  escaped: number[];
  /** Keywords in base64, hex, reversed, and `://` as character codes. */
  encoded: EncodedHit[];
}

const ELLIPSIS = Buffer.from('…');
/** What hits() gives a buffer with no literal at all (shared: nothing reads it to change it). */
const NONE: never[] = Object.freeze([]) as never[];
const NO_HITS: Hits = Object.freeze({ patterns: NONE, plain: NONE, escaped: NONE, encoded: NONE });
/** Escapes (not percent-encoding, which URLs use legitimately) that make a matched URL unusable as is. */
const ESCAPE_IN_URL = /\\|&(?:#[0-9]+|#x[0-9a-f]+|[a-z]+);/i;
const HOST_CHAR = new Uint8Array(256);
for (const c of 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.-') HOST_CHAR[c.charCodeAt(0)] = 1;
const HOST_PATH_WINDOW = 1024;
const HOST_PATH_CANDIDATES = 8;
/** `POST /trigger/x/with/key/… HTTP/1.1` */
const REQUEST_LINE = /(?:^|\n)[ \t]*(?:GET|POST|PUT|PATCH|DELETE)[ \t]+(\/[^\s"'`]{6,400})[ \t]+HTTP\/\d/g;
/** A quoted absolute path: `'/trigger/x/with/key/…'` */
const QUOTED_PATH = /["'`](\/[^"'`\s]{6,400})["'`]/g;

/** Bytes decoded around a keyword hit; an encoded URL longer than this is not reassembled. */
const WINDOW_BEFORE = 1024;
const WINDOW_AFTER = 4096;
const DECODE_TRIGGERS = [0x5c, 0x25, 0x26]; // \ % &
/** Encodings inside encodings (base64 of base64 of …) followed at most this deep. */
const MAX_DEPTH = 3;

const FAMILY_ENCODING: Record<string, Encoding> = { base64: 'base64', hex: 'hex', 'char-codes': 'char-codes', reversed: 'reversed' };

function lowerAscii(b: number): number {
  return b >= 65 && b <= 90 ? b + 32 : b;
}
const isAlnum = (b: number) => (b >= 48 && b <= 57) || (b >= 65 && b <= 90) || (b >= 97 && b <= 122);

export class Detector {
  /** Patterns are compiled on first use: a small scan only pays for the patterns its keywords hit. */
  private readonly compiled: (CompiledPattern | undefined)[];
  readonly patterns: Pattern[];
  /**
   * The prefilter: one RE2 alternation, then WebAssembly (literal-scan.ts) once this detector has
   * read WASM_AFTER bytes, where it runs. Both find the same (test/detect/literal-scan.test.ts);
   * RE2 starts in 2.5 ms, the WebAssembly tables take about 8, and read 3× as fast.
   */
  private scanner: LiteralScanner | undefined;
  private triggerRe: RE2 | undefined;
  /** Bytes read through RE2 so far; undefined once the choice is final. */
  private re2Bytes: number | undefined;
  private readonly literals: string[];
  /** Byte length of each trigger literal, by the scanner's literal index. */
  private readonly literalBytes: number[];
  /** The patterns of each trigger literal that is a keyword, by the scanner's literal index. */
  private readonly keywordPatterns: (number[] | undefined)[];
  private readonly roles: Map<string, TriggerRole[]>;
  private readonly keywords: { bytes: Buffer; patterns: number[] }[];
  /** Whether a pattern with a known reach runs only around its keyword hits. */
  private readonly windows: boolean;

  /**
   * `prefilter`: 'auto' (RE2, then WebAssembly after WASM_AFTER bytes), or one of them from the
   * start: 're2', or 'wasm' where it runs (the tests compare both). `windows: false` runs every
   * candidate pattern over the whole buffer (the tests compare both ways).
   */
  constructor(patterns: Pattern[], opts: { prefilter?: 'auto' | 're2' | 'wasm'; windows?: boolean } = {}) {
    this.patterns = patterns;
    this.windows = opts.windows ?? true;
    this.compiled = new Array(patterns.length);
    const byKeyword = new Map<string, number[]>();
    this.patterns.forEach((p, i) => {
      for (const k of p.keywords) {
        const list = byKeyword.get(k) ?? [];
        if (!list.includes(i)) list.push(i);
        byKeyword.set(k, list);
      }
    });
    this.keywords = [...byKeyword].map(([k, patterns]) => ({ bytes: Buffer.from(k, 'utf8'), patterns }));
    const triggers = buildTriggers(byKeyword.keys());
    this.roles = triggers.roles;
    this.literalBytes = triggers.literals.map((l) => Buffer.byteLength(l));
    const byText = new Map(this.keywords.map((k) => [k.bytes.toString('utf8'), k.patterns]));
    this.keywordPatterns = triggers.literals.map((l) => byText.get(l));
    this.literals = triggers.literals;
    // Without the native addon RE2 is re2js (src/patterns/re2js.ts), far slower than WebAssembly
    // from the first byte: go straight to it.
    const mode = opts.prefilter ?? (regexEngine.name === 're2' ? 'auto' : 'wasm');
    if (mode === 'wasm') this.scanner = literalScanner(triggers.literals);
    if (!this.scanner) this.triggerRe = compileLiterals(triggers.literals);
    if (mode === 'auto') this.re2Bytes = 0;
  }

  /** Which prefilter runs: 'wasm' (literal-scan.ts) or 're2' (no WebAssembly, or a literal under 4 bytes). */
  get prefilter(): 'wasm' | 're2' {
    return this.scanner ? 'wasm' : 're2';
  }

  /** Indices of the patterns whose keywords occur in the buffer (case-insensitive), and where. */
  candidates(buf: Buffer): { patterns: number[]; hits: number[] } {
    const h = this.hits(buf);
    return { patterns: h.patterns, hits: h.plain };
  }

  /** The one prefilter pass: keyword hits (and the patterns they name) and encoded-keyword hits. */
  private hits(buf: Buffer): Hits {
    if (this.re2Bytes !== undefined && (this.re2Bytes += buf.length) >= WASM_AFTER) {
      this.re2Bytes = undefined;
      this.scanner = literalScanner(this.literals);
      if (this.scanner) this.triggerRe = undefined;
    }
    // Every literal that starts at each position (WebAssembly): nearly every file has none.
    const all = this.scanner?.scanAll(buf);
    if (all && all.at.length === 0) return NO_HITS;
    const found = new Set<number>();
    const out: Hits = { patterns: [], plain: [], escaped: [], encoded: [], near: this.windows && buf.length >= WINDOWED_FROM ? new Map() : undefined };
    if (all) {
      // The keywords among the literals at a position are the plain hits (what hitAt finds by
      // comparing every keyword there), the first is the longest.
      const { at, lit } = all;
      for (let i = 0; i < at.length; ) {
        const start = at[i];
        let plain = false;
        let j = i;
        for (; j < at.length && at[j] === start; j++) {
          const patterns = this.keywordPatterns[lit[j]];
          if (patterns) {
            plain = true;
            for (const p of patterns) {
              found.add(p);
              nearPattern(out, p, start, this.literalBytes[lit[j]]);
            }
          }
        }
        if (plain) out.plain.push(start);
        else this.rolesAt(buf, start, this.literalBytes[lit[i]], out);
        i = j;
      }
    } else {
      const re = this.triggerRe!;
      re.lastIndex = 0;
      for (let m = re.exec(buf); m; m = re.exec(buf)) {
        re.lastIndex = m.index + 1;
        this.hitAt(buf, m.index, (m[0] as unknown as Buffer).length, found, out);
      }
    }
    out.patterns = [...found].sort((a, b) => a - b);
    return out;
  }

  /** One prefilter hit: the longest literal that starts at `at` is `len` bytes long. */
  private hitAt(buf: Buffer, at: number, len: number, found: Set<number>, out: Hits): void {
    // Every keyword that starts here (one hit names only the longest of overlapping literals).
    let plain = false;
    for (const k of this.keywords) {
      if (at + k.bytes.length > buf.length) continue;
      let j = 0;
      while (j < k.bytes.length && lowerAscii(buf[at + j]) === k.bytes[j]) j++;
      if (j === k.bytes.length) {
        plain = true;
        for (const p of k.patterns) {
          found.add(p);
          nearPattern(out, p, at, k.bytes.length);
        }
      }
    }
    if (plain) {
      out.plain.push(at);
      return;
    }
    this.rolesAt(buf, at, len, out);
  }

  /** A hit that is no keyword: an escaped or encoded one, by the role of the literal (`len` bytes) there. */
  private rolesAt(buf: Buffer, at: number, len: number, out: Hits): void {
    const roles = this.roles.get(buf.toString('latin1', at, at + len).toLowerCase());
    if (!roles) return;
    if (roles.some((r) => r.family === 'escape')) out.escaped.push(at);
    const enc = roles.filter((r) => r.family !== 'escape' && r.family !== 'plain');
    if (enc.length) out.encoded.push({ at, len, roles: enc });
  }

  private compile(indices: number[]): CompiledPattern[] {
    return indices.map((i) => this.compiledAt(i));
  }

  private compiledAt(i: number): CompiledPattern {
    return (this.compiled[i] ??= compilePattern(this.patterns[i]));
  }

  /** Matches the last detect() dropped as placeholders (documentation values, templates, example hosts). */
  private dropped: DroppedMatch[] = [];
  /** Bytes decompressed from payloads of the current file (bounded per file). */
  private inflatedBytes = 0;
  /** The language of the file detect() was given (which evidence indicators apply), when known. */
  private language: Language | undefined;
  /** The buffer detect() was given: offsets of matches in it are positions in the file. */
  private original: Buffer | undefined;

  /** What the last detect() dropped and why (at most MAX_DROPPED; `start` where it is an offset of the buffer). */
  lastDropped(): DroppedMatch[] {
    return this.dropped;
  }

  private drop(p: CompiledPattern, x: { redactedUrl: string }, reason: string, start: number | undefined): void {
    if (this.dropped.length < MAX_DROPPED) this.dropped.push({ ruleId: p.id, redactedUrl: x.redactedUrl, reason, ...(start !== undefined ? { start } : {}) });
  }

  /** All matches in one buffer, deduplicated by (rule, secret, position). */
  detect(buf: Buffer, opts: { language?: Language } = {}): RawMatch[] {
    this.language = opts.language;
    this.inflatedBytes = 0;
    this.dropped = [];
    this.original = buf;
    const found = this.scan(buf, 0);
    for (const m of found) {
      const script = installScriptAt(buf, m.start);
      if (script) m.context = { ...m.context, installScript: script };
    }
    return found;
  }

  /** One level: the buffer itself, or the decoded bytes of an encoded region (depth > 0). */
  private scan(buf: Buffer, depth: number): RawMatch[] {
    const h = this.hits(buf);
    if (h.patterns.length === 0 && h.escaped.length === 0 && h.encoded.length === 0) return [];
    const all: RawMatch[] = [];
    for (const i of h.patterns) {
      const p = this.compiledAt(i);
      this.matchNear(p, buf, h.near?.get(i), (x) => all.push(this.raw(p, x, x.s, x.e, 'plain')));
    }
    this.escapedPass(buf, h, all);
    if (h.plain.length) this.splitPass(buf, h.plain, all);
    if (h.plain.length) this.hostPathPass(buf, h.plain, all);
    if (depth < MAX_DEPTH && h.encoded.length) this.encodedPass(buf, h.encoded, depth, all);
    const kept = finish(all);
    sendsNearEach(buf, kept, this.language).forEach((near, i) => {
      const m = kept[i];
      const { sends, hints } = byWeight(near);
      if (sends.length) m.context = { ...m.context, sends: [...new Set([...(m.context?.sends ?? []), ...sends])] };
      if (hints.length) m.context = { ...m.context, hints: [...new Set([...(m.context?.hints ?? []), ...hints])] };
    });
    if (depth === 0 && kept.length) {
      // Which call sends to each URL, and what it sends (lines are lines of the file as written).
      flowsOf(buf, kept, this.language).forEach((flows, i) => {
        const best = flows.find((f) => f.sends.length) ?? flows.find((f) => f.hints.length);
        if (best) kept[i].context = { ...kept[i].context, flow: best };
      });
      for (const m of kept) if (templateNear(buf, m.start, m.end)) m.context = { ...m.context, template: true };
    }
    return kept;
  }

  /** JSON/JS escapes, HTML entities, percent-encoding: decoded in windows around keyword hits. */
  private escapedPass(buf: Buffer, h: Hits, all: RawMatch[]): void {
    const at = h.escaped.length ? [...h.plain, ...h.escaped].sort((a, b) => a - b) : h.plain;
    for (const [ws, we, own] of windows(at, buf.length)) {
      const win = buf.subarray(ws, we);
      if (!DECODE_TRIGGERS.some((t) => win.includes(t))) continue;
      const d = decodeAll(win);
      if (!d) continue;
      const cands = this.hits(d.bytes).patterns;
      for (const p of this.compile(cands)) {
        this.matchIn(p, d.bytes, (x) => {
          // A window that ends inside the URL: the full URL may be longer (rare: 4 KB windows).
          if (x.e === d.bytes.length && we < buf.length) return;
          // A piece of a long window: what starts in the overlap is the next piece's.
          if (ws + d.map[x.s] >= own) return;
          const start = ws + d.map[x.s];
          const end = ws + d.map[x.e];
          if (end - start === x.e - x.s) return; // unchanged by decoding: the plain pass has it
          const m = this.raw(p, x, start, end, encodingOf(buf.subarray(start, end)));
          if (lettersEncoded(d, x.s, x.e, buf, ws)) m.context = { hidden: ['escapes of every character'] };
          all.push(m);
        });
      }
    }
  }

  /**
   * Host and path apart: a host literal (`maker.ifttt.com`) and, near it, a path that holds the key —
   * a quoted `/trigger/…/with/key/…` (an options object, `HTTPSConnection(host)` then
   * `request("POST", path)`), or a raw request line (`POST /trigger/… HTTP/1.1` with a `Host:` line).
   * The two are put together as https://host/path and matched like any URL; the finding is split,
   * with the host and the path as its pieces. Bounded: a window of HOST_PATH_WINDOW bytes each way
   * and HOST_PATH_CANDIDATES paths per host.
   */
  private hostPathPass(buf: Buffer, plain: number[], all: RawMatch[]): void {
    // Hits covered by a match are the other passes': one sweep over the matches by start (hits ascend).
    const byStart = all.map((m) => [m.start, m.end] as const).sort((a, b) => a[0] - b[0]);
    let k = 0;
    let coveredTo = -1;
    let lastHost = -1;
    for (const at of plain) {
      while (k < byStart.length && byStart[k][0] <= at) coveredTo = Math.max(coveredTo, byStart[k++][1]);
      if (at < lastHost || at < coveredTo) continue;
      let hs = at;
      while (hs > 0 && HOST_CHAR[buf[hs - 1]]) hs--;
      let he = at;
      while (he < buf.length && he - hs < 253 && HOST_CHAR[buf[he]]) he++;
      lastHost = he;
      const host = buf.toString('latin1', hs, he).replace(/^[.-]+|[.-]+$/g, '');
      if (!host.includes('.') || buf[he] === 0x2f || buf[hs - 1] === 0x2f) continue; // a URL with its path is the other passes'
      const from = Math.max(0, hs - HOST_PATH_WINDOW);
      const text = buf.toString('latin1', from, Math.min(buf.length, he + HOST_PATH_WINDOW));
      const paths: [number, number][] = [];
      for (const re of [REQUEST_LINE, QUOTED_PATH]) {
        re.lastIndex = 0;
        for (let m = re.exec(text); m && paths.length < HOST_PATH_CANDIDATES; m = re.exec(text)) {
          const s = from + m.index + m[0].indexOf(m[1]);
          paths.push([s, s + m[1].length]);
        }
      }
      for (const [ps, pe] of paths) {
        const url = Buffer.from(`https://${host}${buf.toString('latin1', ps, pe)}`, 'latin1');
        const hostAt = 8;
        for (const p of this.compile(this.hits(url).patterns)) {
          // Webhook credentials only: a capture service's id is any short word, and a list of hosts
          // beside any path would read as one.
          if (p.kind !== 'credential') continue;
          this.matchIn(p, url, (x) => {
            if (x.s > hostAt || x.e <= hostAt + host.length) return; // the match must use both pieces
            const m = this.raw(p, x, Math.min(hs, ps), Math.max(he, pe), 'split');
            if (all.some((o) => o.ruleId === m.ruleId && o.secret === m.secret)) return; // already reassembled where it is used
            m.parts = [{ start: hs, end: he }, { start: ps, end: pe }];
            all.push(m);
          });
        }
      }
    }
  }

  /** URLs written in pieces, around keyword hits that no match covers (or that end at a literal's end). */
  private splitPass(buf: Buffer, plain: number[], all: RawMatch[]): void {
    // Matches that end for good (not at a closing quote or continuation), by start: hits are ascending.
    const ends = all.filter((m) => !continues(buf, m.end)).sort((a, b) => a.start - b.start);
    let k = 0;
    let coveredTo = -1;
    let reader: SplitReader | undefined;
    for (const at of plain) {
      while (k < ends.length && ends[k].start <= at) coveredTo = Math.max(coveredTo, ends[k++].end);
      if (at < coveredTo) continue;
      reader ??= new SplitReader(buf);
      for (const a of reader.assembleAround(at)) this.matchAssembly(a, all);
    }
  }

  private matchAssembly(a: Assembly, all: RawMatch[]): void {
    const texts: { bytes: Buffer; back: (i: number) => number }[] = [{ bytes: a.bytes, back: (i) => i }];
    if (DECODE_TRIGGERS.some((t) => a.bytes.includes(t))) {
      const d = decodeAll(a.bytes);
      if (d) texts.push({ bytes: d.bytes, back: (i) => d.map[i] });
    }
    for (const t of texts) {
      for (const p of this.compile(this.hits(t.bytes).patterns)) {
        this.matchIn(p, t.bytes, (x) => {
          const s = t.back(x.s);
          const e = t.back(x.e);
          const parts = piecesOf(a, s, e);
          if (parts.length < 2) return;
          const [ss, se] = a.siteSpans[a.site[s]];
          const [es, ee] = a.siteSpans[a.site[e - 1]];
          const start = a.map[s] >= ss && a.map[s] < se ? a.map[s] : ss;
          const end = a.map[e - 1] >= es && a.map[e - 1] < ee ? a.map[e - 1] + 1 : ee;
          const m = this.raw(p, x, start, end, 'split');
          m.parts = parts;
          const cut = midWordCut(a, s, t.back(x.gs));
          if (cut) m.context = { hidden: [`pieces split inside a word (${cut})`] };
          all.push(m);
        });
      }
    }
  }

  /** Base64, hex, character codes, reversed strings: the region around the hit, decoded and scanned. */
  private encodedPass(buf: Buffer, hits: EncodedHit[], depth: number, all: RawMatch[]): void {
    // Decoded regions still ahead of the hits (hits arrive in order: a region that ends before a hit
    // is dropped for good, so the check costs the few regions in reach, not every region so far).
    let done: [number, number][] = [];
    for (const hit of hits) {
      if (done.length > 8 || (done.length && done[0][1] <= hit.at)) done = done.filter(([, e]) => e > hit.at);
      if (done.some(([s, e]) => hit.at >= s && hit.at < e)) continue;
      for (const role of hit.roles) {
        let d: Decoded | null = null;
        // The prefilter matches case-insensitively; base64 text is case-sensitive.
        if ((role.family === 'base64' || role.carrier === 'gzip-header') && buf.toString('latin1', hit.at, hit.at + role.text.length) !== role.text) continue;
        if (role.family === 'base64') d = decodeBase64Around(buf, hit.at, role.phase!);
        else if (role.family === 'hex') d = decodeHexAround(buf, hit.at);
        else if (role.family === 'char-codes') d = decodeCharCodesAround(buf, hit.at);
        else if (role.family === 'reversed') d = reverseAround(buf, hit.at, hit.len);
        // Compressed and nested payloads name their own layers and outer encoding.
        let label: string | undefined;
        let encoding: Encoding = FAMILY_ENCODING[role.family];
        if (role.family === 'compressed') {
          // At most MAX_OUTPUT_PER_FILE decompressed bytes per file, whatever the number of payloads.
          const budget = MAX_OUTPUT_PER_FILE - this.inflatedBytes;
          if (role.carrier === 'decode-call') {
            const n = decodeNestedAfterCall(buf, hit.at + hit.len, budget);
            if (!n) continue;
            d = n.decoded;
            encoding = 'base64';
            label = `${[...n.layers].reverse().map((l) => (l === 'base64' ? 'base64' : `${l}-compressed data`)).join(' inside ')} (${n.layers.length} layers, decoded with ${role.text.slice(0, -1)}())`;
          } else {
            const z = role.carrier === 'gzip-header' ? inflateGzipBase64(buf, hit.at, budget) : inflateAfterCall(buf, hit.at + hit.len, budget);
            if (!z) continue;
            d = z.decoded;
            encoding = z.outer;
            label = `${z.algorithm}-compressed data inside ${describeLayer(z.outer, buf, z.start, z.end)}`;
          }
          this.inflatedBytes += d.bytes.length;
        }
        if (!d || d.bytes.length === 0) continue;
        const [rs, re] = originalSpan(d, 0, d.bytes.length);
        let found: { d: Decoded; m: RawMatch }[] = this.scan(d.bytes, depth + 1).map((m) => ({ d: d!, m }));
        let covered: [number, number] = [rs, re];
        // Lines of the same short width are either one wrapped base64 text or one string per line:
        // decode the hit's line alone as well and keep, where both found something at one place, the
        // reading that explains it (the line alone, unless its match runs to the line's end). When the
        // line alone explains the hit, only that line is done: the next lines get their own reading.
        if (d.wrapped) {
          const line = decodeBase64Around(buf, hit.at, role.phase!, false);
          const merged = preferLine(found, line, (x) => this.scan(x, depth + 1));
          found = merged.found;
          if (merged.lineKept && line) covered = originalSpan(line, 0, line.bytes.length);
        }
        done.push(covered);
        if (found.length === 0) continue;
        label ??= describeLayer(role.family, buf, rs, re);
        for (const { d, m } of found) {
          const [start, end] = originalSpan(d, m.start, m.end);
          all.push({
            ...m,
            encoding,
            start,
            end,
            ...(m.parts ? { parts: m.parts.map((p) => { const [s, e] = originalSpan(d, p.start, p.end); return { start: s, end: e }; }) } : {}),
            context: { ...m.context, hidden: [label, ...(m.context?.hidden ?? [])] },
          });
        }
        break;
      }
    }
  }

  /**
   * Runs one pattern over a buffer: only in the windows around its keyword occurrences (`spots`,
   * given for large buffers only, see Hits.near) when every match holds a keyword and its length is bounded (`p.reach`), else over the whole
   * buffer. A match the window's edge could have cut sends the pattern back to the whole buffer.
   */
  private matchNear(p: CompiledPattern, text: Buffer, spots: number[] | undefined, emit: (x: Hit) => void): void {
    const windows = p.reach !== undefined && spots ? windowsAround(spots, p.reach + WINDOW_MARGIN, text.length) : undefined;
    if (!windows) {
      this.matchIn(p, text, emit);
      return;
    }
    const got: Hit[] = [];
    const dropped = this.dropped.length;
    for (let w = 0; w < windows.length; w += 2) {
      if (this.matchIn(p, text, (x) => got.push(x), windows[w], windows[w + 1])) continue;
      this.dropped.length = dropped;
      this.matchIn(p, text, emit);
      return;
    }
    for (const x of got) emit(x);
  }

  /**
   * Runs one pattern over a text, or over its bytes [from, to), with the boundary, elision and
   * placeholder checks; offsets are the text's. Returns false, at once, for a match that reaches
   * within a few bytes of a cut edge of [from, to) (the text beyond could have changed it).
   */
  private matchIn(p: CompiledPattern, whole: Buffer, emit: (x: Hit) => void, from = 0, to = whole.length): boolean {
    const re = p.re;
    const text = from === 0 && to === whole.length ? whole : whole.subarray(from, to);
    const cutAfter = to < whole.length;
    const original = whole === this.original;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const [s, e] = m.indices![0];
      if (e === s) {
        re.lastIndex = s + 1;
        continue;
      }
      if ((s === 0 && from > 0) || (cutAfter && e + EDGE_LOOK > text.length)) return false;
      const g = m.indices![p.layout.secret];
      if (!g) continue;
      const next = text[e];
      if (next !== undefined && p.boundaryBytes[next]) continue;
      if (next === 0x2e && text[e + 1] === 0x2e && text[e + 2] === 0x2e) continue; // "..." elided
      if (next === ELLIPSIS[0] && text.subarray(e, e + 3).equals(ELLIPSIS)) continue;
      const rawSecret = text.toString('utf8', g[0], g[1]);
      const secret = percentDecodeString(rawSecret);
      const ph = placeholderReason(secret, p.placeholders) ?? placeholderReason(rawSecret, p.placeholders);
      const url = text.toString('utf8', s, e);
      const doc = ph ? null : documentationHost(url); // chat.example.com, mm.localhost, team.invalid: documentation
      if (ph || doc) {
        const secretStart = text.toString('utf8', s, g[0]).length;
        this.drop(p, { redactedUrl: redactSpan(url, secretStart, secretStart + rawSecret.length) }, ph ? `placeholder: ${ph}` : `documentation host ${doc}`, original ? from + s : undefined);
        continue;
      }
      const secretStart = text.toString('utf8', s, g[0]).length;
      const captures = capturesAt(p.layout, m.indices!, text, percentDecodeString);
      emit({ s: from + s, e: from + e, gs: from + g[0], ge: from + g[1], secret, url, redactedUrl: redactSpan(url, secretStart, secretStart + rawSecret.length), ...(captures ? { captures } : {}) });
    }
    return true;
  }

  private raw(p: CompiledPattern, x: Hit, start: number, end: number, encoding: Encoding): RawMatch {
    return { ruleId: p.id, secret: x.secret, url: x.url, redactedUrl: x.redactedUrl, encoding, start, end, ...(x.captures ? { captures: x.captures } : {}) };
  }
}

/** Buffers shorter than this are matched whole: one pass over them costs less than the windows. */
const WINDOWED_FROM = 64 * 1024;
/** Bytes added to each side of a window beyond a match's reach, so that no match found inside needs a byte outside. */
const WINDOW_MARGIN = 16;
/** The checks after a match look at up to this many bytes from its end (`...`, `…`). */
const EDGE_LOOK = 3;

/**
 * Keyword occurrences recorded per pattern, at most: a pattern with more is matched over the whole
 * buffer (so many windows would cover most of it anyway), and a buffer dense with keywords holds
 * bounded lists, not millions of numbers.
 */
const MAX_SPOTS = 4096;
/** A pattern whose occurrences passed MAX_SPOTS: no windows. */
const DENSE: number[] = [];

/** Records a keyword occurrence of pattern `p` (start, byte length), in ascending order of start. */
function nearPattern(out: Hits, p: number, at: number, len: number): void {
  const near = out.near;
  if (!near) return;
  const list = near.get(p);
  if (list === DENSE) return;
  if (!list) near.set(p, [at, len]);
  else if (list.length >= 2 * MAX_SPOTS) near.set(p, DENSE);
  else list.push(at, len);
}

/**
 * The windows [start, end) of a buffer of `length` bytes that hold every match within `reach` of a
 * keyword occurrence (`spots`: start and length in pairs, ascending by start): each occurrence
 * widened by `reach` on both sides, overlapping ones merged; as a flat list of starts and ends.
 * Undefined when they would cover half the buffer or more (then one pass is cheaper) or when the
 * pattern had too many occurrences to record.
 */
export function windowsAround(spots: number[], reach: number, length: number): number[] | undefined {
  if (spots === DENSE) return undefined;
  const out: number[] = [];
  let covered = 0;
  for (let i = 0; i < spots.length; i += 2) {
    const s = Math.max(0, spots[i] - reach);
    const e = Math.min(length, spots[i] + spots[i + 1] + reach);
    const last = out.length - 1;
    if (last > 0 && s <= out[last]) {
      if (e > out[last]) {
        covered += e - out[last];
        out[last] = e;
      }
    } else {
      out.push(s, e);
      covered += e - s;
    }
    if (covered * 2 >= length) return undefined;
  }
  return out;
}

/** After a match: a closing quote or a continuation, so the URL may go on in the next piece. */
function continues(buf: Buffer, end: number): boolean {
  const c = buf[end];
  return c === 0x22 || c === 0x27 || c === 0x60 || (c === 0x5c && (buf[end + 1] === 0x0a || buf[end + 1] === 0x0d));
}

/** Whether letters or digits of the URL were encoded (`\x68`, `%74`, `&#116;`), not just punctuation. */
function lettersEncoded(d: Decoded, s: number, e: number, buf: Buffer, offset: number): boolean {
  for (let i = s; i < e; i++) {
    const b = d.bytes[i];
    if (isAlnum(b) && buf[offset + d.map[i]] !== b) return true;
  }
  return false;
}

/** A join inside a word before the secret (`"…/api/web" + "hooks/…"`): the text around the cut, or null. */
function midWordCut(a: Assembly, s: number, secretStart: number): string | null {
  for (let i = s + 1; i < secretStart; i++) {
    if (a.map[i] === a.map[i - 1] + 1) continue;
    if (!isAlnum(a.bytes[i - 1]) || !isAlnum(a.bytes[i])) continue;
    let l = i - 1;
    while (l > s && isAlnum(a.bytes[l - 1]) && i - l < 12) l--;
    let r = i;
    while (r < secretStart && isAlnum(a.bytes[r]) && r - i < 12) r++;
    return `"${a.bytes.toString('latin1', l, i)}" + "${a.bytes.toString('latin1', i, r)}"`;
  }
  return null;
}

/** How an encoded region is decoded by the code around it, for the evidence line. */
function describeLayer(family: string, buf: Buffer, start: number, end: number): string {
  const before = buf.toString('latin1', Math.max(0, start - 80), start);
  const after = buf.toString('latin1', end, Math.min(buf.length, end + 80));
  const call = (re: RegExp) => re.exec(before)?.[1];
  if (family === 'base64') {
    const via =
      call(/\b(atob|b64decode|urlsafe_b64decode|standard_b64decode|decodebytes|FromBase64String|base64_decode|decodeBase64|decode64|Base64\.decode|getDecoder\(\)\.decode)\s*\(\s*[bBuU]?["'`]?\s*$/) ??
      (/Buffer\.from\s*\(\s*["'`]?\s*$/.test(before) && /^["'`]?\s*,\s*["'`]base64/.test(after) ? "Buffer.from(…, 'base64')" : undefined) ??
      (/^\S{0,3}\s*\|\s*base64\s+(?:-d|--decode|-D)\b/.test(after) ? 'base64 -d' : undefined) ??
      (/\s-(?:e|ec|en|enc|encodedcommand)\s+["']?$/i.test(before) ? 'PowerShell -EncodedCommand' : undefined);
    return via ? `base64 (decoded with ${via.endsWith(')') || via.includes(' ') ? via : `${via}()`})` : 'base64';
  }
  if (family === 'hex') {
    const via = call(/\b(fromhex|unhexlify|hex2bin|decodeHex)\s*\(\s*[bB]?["'`]?\s*$/) ?? (/^["'`]?\s*,\s*["'`]hex/.test(after) ? "Buffer.from(…, 'hex')" : undefined);
    return via ? `hex (decoded with ${via.endsWith(')') ? via : `${via}()`})` : 'hex';
  }
  if (family === 'char-codes') {
    const via = /fromCharCode\s*\(\s*(?:\.\.\.\s*)?\[?\s*$/.test(before) ? 'String.fromCharCode' : /chr\s*\(\s*$/.test(before) ? 'chr()' : 'a byte array';
    return `character codes (${via})`;
  }
  const via = /^["'`]?\s*\.\s*split\(\s*["'`]{2}\s*\)\s*\.\s*reverse\(\)|^["'`]?\s*\[\s*::\s*-1\s*\]|^["'`]?\s*\|\s*rev\b/.test(after) || /strrev\s*\(\s*["']?$/.test(before);
  return via ? 'a reversed string (reversed back at run time)' : 'a reversed string';
}

/**
 * One match per place: the passes often see the same URL. Of overlapping matches of one rule and
 * secret the earliest, longest one stays; at the same start a decoded URL beats a plain one that
 * still holds escapes (`&amp;`, `\u0026`). A split URL supersedes a shorter match of the same rule
 * whose secret it extends (a token cut between two literals).
 */
function finish(all: RawMatch[]): RawMatch[] {
  const splits = all.filter((m) => m.parts);
  if (splits.length === 0) return dedupeOverlaps(all);
  const byRule = new Map<string, SplitsOfRule>();
  for (const x of splits) {
    const r = byRule.get(x.ruleId);
    if (r) r.list.push(x);
    else byRule.set(x.ruleId, { list: [x], maxEnd: [] });
  }
  for (const r of byRule.values()) {
    r.list.sort((a, b) => a.start - b.start);
    let max = -1;
    for (const x of r.list) r.maxEnd.push((max = Math.max(max, x.end)));
  }
  return dedupeOverlaps(all.filter((m) => m.parts || !supersededBySplit(m, byRule.get(m.ruleId))));
}

/** One rule's split matches by start, and the furthest end among the first i + 1 of them. */
interface SplitsOfRule {
  list: RawMatch[];
  maxEnd: number[];
}

/**
 * Whether a split match of m's rule overlaps m and extends its secret. A binary search finds the
 * splits that start before m ends; going back from there, the running maximum of their ends says
 * when no earlier split can reach m any more. Linear overall, exact (no cap on what is looked at).
 */
function supersededBySplit(m: RawMatch, r: SplitsOfRule | undefined): boolean {
  if (!r) return false;
  let lo = 0;
  let hi = r.list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (r.list[mid].start < m.end) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo - 1; i >= 0 && r.maxEnd[i] > m.start; i--) {
    const x = r.list[i];
    if (x.end > m.start && x.secret !== m.secret && x.secret.startsWith(m.secret)) return true;
  }
  return false;
}

function dedupeOverlaps(all: RawMatch[]): RawMatch[] {
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: RawMatch[] = [];
  const last = new Map<string, number>(); // rule+secret → index in kept
  for (const m of all) {
    const key = `${m.ruleId}\0${m.secret}`;
    const k = last.get(key);
    const prev = k === undefined ? undefined : kept[k];
    if (prev && m.start < prev.end) {
      if (m.start === prev.start && prev.encoding === 'plain' && m.encoding !== 'plain' && ESCAPE_IN_URL.test(prev.url)) kept[k!] = m;
      continue;
    }
    last.set(key, kept.length);
    kept.push(m);
  }
  return kept;
}

/**
 * A merged window longer than this is decoded in pieces of this size, each overlapping the next by
 * WINDOW_BEFORE + WINDOW_AFTER: a file dense with keywords (every window merged into one) then costs
 * a few megabytes of decode buffers, not several times its size.
 */
const MAX_WINDOW = 256 * 1024;

/**
 * Merged byte ranges around keyword hits: far enough back for a scheme, forward for a long URL.
 * Each is [start, end, own]: a match that starts at or after `own` belongs to the next piece.
 */
function windows(hits: number[], len: number): [number, number, number][] {
  const merged: [number, number][] = [];
  for (const h of hits) {
    const s = Math.max(0, h - WINDOW_BEFORE), e = Math.min(len, h + WINDOW_AFTER);
    const last = merged[merged.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else merged.push([s, e]);
  }
  const out: [number, number, number][] = [];
  for (const [s, e] of merged) {
    for (let p = s; ; p += MAX_WINDOW) {
      if (e - p <= MAX_WINDOW + WINDOW_BEFORE + WINDOW_AFTER) {
        out.push([p, e, e]);
        break;
      }
      out.push([p, p + MAX_WINDOW + WINDOW_BEFORE + WINDOW_AFTER, p + MAX_WINDOW]);
    }
  }
  return out;
}

/** Names the decoding that a found URL needed, from its original bytes. */
function encodingOf(original: Buffer): Encoding {
  if (original.includes(0x5c)) return 'escaped';
  if (original.includes(0x25)) return 'percent';
  return 'html';
}

/**
 * Merges the matches of a base64 text decoded across line breaks (`wrapped`) with those of the hit's
 * line decoded alone (`line`). Where both found something at one place in the original, the line's
 * match wins unless it ends at the end of the line's data (it may go on in the next line).
 */
function preferLine(wrapped: { d: Decoded; m: RawMatch }[], line: Decoded | null, scan: (b: Buffer) => RawMatch[]): { found: { d: Decoded; m: RawMatch }[]; lineKept: boolean } {
  if (!line || line.bytes.length === 0) return { found: wrapped, lineKept: false };
  const own = scan(line.bytes).map((m) => ({ d: line, m }));
  if (own.length === 0) return { found: wrapped, lineKept: false };
  const span = (x: { d: Decoded; m: RawMatch }) => originalSpan(x.d, x.m.start, x.m.end);
  const out: { d: Decoded; m: RawMatch }[] = [];
  const dropped = new Set<{ d: Decoded; m: RawMatch }>();
  for (const o of own) {
    const [s, e] = span(o);
    const over = wrapped.filter((w) => {
      const [ws, we] = span(w);
      return ws < e && s < we;
    });
    const atLineEnd = o.m.end >= line.bytes.length - 2;
    if (over.length && atLineEnd) continue; // the wrapped reading goes on where the line stops
    for (const w of over) dropped.add(w);
    out.push(o);
  }
  if (out.length === 0) return { found: wrapped, lineKept: false };
  // The wrapped matches that lie beyond this line are left to the hits of their own lines.
  const [ls, le] = originalSpan(line, 0, line.bytes.length);
  const kept = wrapped.filter((w) => {
    if (dropped.has(w)) return false;
    const [ws, we] = span(w);
    return ws < le && ls < we;
  });
  return { found: [...kept, ...out], lineKept: true };
}
