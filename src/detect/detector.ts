/**
 * The detector: keyword prefilter → RE2 over the bytes and over a decoded copy → boundary and
 * placeholder checks → matches with exact byte offsets into the original buffer.
 * Pure: bytes in, matches out.
 */
import type { CompiledPattern } from '../patterns/index.js';
import { compileLiterals, compilePattern } from '../patterns/index.js';
import type { Encoding, Pattern } from '../types.js';
import { decodeAll, percentDecodeString, type Decoded } from './decode.js';
import { placeholderReason } from './placeholder.js';
import { redactSpan } from './redact.js';

export interface RawMatch {
  ruleId: string;
  /** The secret, percent-decoded. */
  secret: string;
  /** The usable URL as matched (decoded when found encoded). */
  url: string;
  redactedUrl: string;
  encoding: Encoding;
  /** Byte offsets of the URL in the original buffer. */
  start: number;
  end: number;
}

const ELLIPSIS = Buffer.from('…');
/** Escapes (not percent-encoding, which URLs use legitimately) that make a matched URL unusable as is. */
const ESCAPE_IN_URL = /\\|&(?:#[0-9]+|#x[0-9a-f]+|[a-z]+);/i;
/** Bytes decoded around a keyword hit; an encoded URL longer than this is not reassembled. */
const WINDOW_BEFORE = 1024;
const WINDOW_AFTER = 4096;

function lowerAscii(b: number): number {
  return b >= 65 && b <= 90 ? b + 32 : b;
}

export class Detector {
  /** Patterns are compiled on first use: a small scan only pays for the patterns its keywords hit. */
  private readonly compiled: (CompiledPattern | undefined)[];
  readonly patterns: Pattern[];
  private readonly keywordRe;
  private readonly keywords: { bytes: Buffer; patterns: number[] }[];
  private readonly decodeTriggers = [0x5c, 0x25, 0x26]; // \ % &

  constructor(patterns: Pattern[]) {
    this.patterns = patterns;
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
    this.keywordRe = compileLiterals([...byKeyword.keys()].sort((a, b) => b.length - a.length));
  }

  /** Indices of the patterns whose keywords occur in the buffer (case-insensitive), and where. */
  candidates(buf: Buffer): { patterns: number[]; hits: number[] } {
    const re = this.keywordRe;
    re.lastIndex = 0;
    const found = new Set<number>();
    const hits: number[] = [];
    for (let m = re.exec(buf); m; m = re.exec(buf)) {
      const at = m.index;
      hits.push(at);
      // Every keyword that starts here (alternation reports only one of overlapping literals).
      for (const k of this.keywords) {
        if (at + k.bytes.length > buf.length) continue;
        let j = 0;
        while (j < k.bytes.length && lowerAscii(buf[at + j]) === k.bytes[j]) j++;
        if (j === k.bytes.length) for (const p of k.patterns) found.add(p);
      }
      re.lastIndex = at + 1;
    }
    return { patterns: [...found].sort((a, b) => a - b), hits };
  }

  /** All matches in one buffer, deduplicated by (rule, secret, position). */
  detect(buf: Buffer): RawMatch[] {
    const { patterns: cands, hits } = this.candidates(buf);
    if (cands.length === 0) return [];
    const all: RawMatch[] = [];
    const add = (m: RawMatch) => void all.push(m);
    const compiled = cands.map((i) => (this.compiled[i] ??= compilePattern(this.patterns[i])));
    for (const p of compiled) this.matchPattern(p, buf, buf, null, add);
    // Encoded URLs: decode only windows around keyword hits (hosts survive every encoding here).
    for (const [ws, we] of windows(hits, buf.length)) {
      const win = buf.subarray(ws, we);
      if (!this.decodeTriggers.some((t) => win.includes(t))) continue;
      const decoded = decodeAll(win);
      if (!decoded) continue;
      for (let i = 0; i < decoded.map.length; i++) decoded.map[i] += ws;
      for (const p of compiled) this.matchPattern(p, buf, decoded.bytes, decoded, add);
    }
    return dedupeOverlaps(all);
  }

  private matchPattern(p: CompiledPattern, original: Buffer, text: Buffer, decoded: Decoded | null, add: (m: RawMatch) => void): void {
    const re = p.re;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const [s, e] = m.indices![0];
      if (e === s) { re.lastIndex = s + 1; continue; }
      const g = m.indices![1];
      if (!g) continue;
      const next = text[e];
      if (next !== undefined && p.boundaryBytes[next]) continue;
      // A decoded window that ends inside the URL: the full URL may be longer (rare: 4 KB windows).
      if (decoded && e === text.length && decoded.map[e] < original.length) continue;
      if (next === 0x2e && text[e + 1] === 0x2e && text[e + 2] === 0x2e) continue; // "..." elided
      if (next === ELLIPSIS[0] && text.subarray(e, e + 3).equals(ELLIPSIS)) continue;
      const rawSecret = text.toString('utf8', g[0], g[1]);
      const secret = percentDecodeString(rawSecret);
      if (placeholderReason(secret, p.placeholders) || placeholderReason(rawSecret, p.placeholders)) continue;
      const url = text.toString('utf8', s, e);
      const secretStart = text.toString('utf8', s, g[0]).length;
      const redactedUrl = redactSpan(url, secretStart, secretStart + rawSecret.length);
      let start = s, end = e;
      let encoding: Encoding = 'plain';
      if (decoded) {
        start = decoded.map[s];
        end = decoded.map[e];
        if (end - start === e - s) continue; // unchanged by decoding: the plain pass has it
        encoding = encodingOf(original.subarray(start, end));
      }
      add({ ruleId: p.id, secret, url, redactedUrl, encoding, start, end });
    }
  }
}

/**
 * One match per place: the plain and the decoded pass (or a scheme-less and a full match) often
 * see the same URL. Of overlapping matches of one rule and secret the earliest, longest one stays;
 * at the same start a decoded URL beats a plain one that still holds escapes (`&amp;`, `\u0026`).
 */
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

/** Merged byte ranges around keyword hits: far enough back for a scheme, forward for a long URL. */
function windows(hits: number[], len: number): [number, number][] {
  const out: [number, number][] = [];
  for (const h of hits) {
    const s = Math.max(0, h - WINDOW_BEFORE), e = Math.min(len, h + WINDOW_AFTER);
    const last = out[out.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else out.push([s, e]);
  }
  return out;
}

/** Names the decoding that a found URL needed, from its original bytes. */
function encodingOf(original: Buffer): Encoding {
  if (original.includes(0x5c)) return 'escaped';
  if (original.includes(0x25)) return 'percent';
  return 'html';
}
