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

function lowerAscii(b: number): number {
  return b >= 65 && b <= 90 ? b + 32 : b;
}

export class Detector {
  readonly patterns: CompiledPattern[];
  private readonly keywordRe;
  private readonly keywords: { bytes: Buffer; patterns: number[] }[];
  private readonly decodeTriggers = [0x5c, 0x25, 0x26]; // \ % &

  constructor(patterns: Pattern[]) {
    this.patterns = patterns.map(compilePattern);
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

  /** Indices of the patterns whose keywords occur in the buffer (case-insensitive). */
  candidates(buf: Buffer): number[] {
    const re = this.keywordRe;
    re.lastIndex = 0;
    const found = new Set<number>();
    const seenKeywords = new Set<number>();
    for (let m = re.exec(buf); m; m = re.exec(buf)) {
      const at = m.index;
      // Every keyword that starts here (alternation reports only one of overlapping literals).
      this.keywords.forEach((k, ki) => {
        if (seenKeywords.has(ki) || at + k.bytes.length > buf.length) return;
        for (let j = 0; j < k.bytes.length; j++) if (lowerAscii(buf[at + j]) !== k.bytes[j]) return;
        seenKeywords.add(ki);
        for (const p of k.patterns) found.add(p);
      });
      if (seenKeywords.size === this.keywords.length) break;
      re.lastIndex = at + 1;
    }
    return [...found].sort((a, b) => a - b);
  }

  /** All matches in one buffer, deduplicated by (rule, secret, position). */
  detect(buf: Buffer): RawMatch[] {
    const cands = this.candidates(buf);
    if (cands.length === 0) return [];
    const out: RawMatch[] = [];
    const seen = new Set<string>();
    const add = (m: RawMatch) => {
      const key = `${m.ruleId}\0${m.secret}\0${m.start}`;
      if (!seen.has(key)) { seen.add(key); out.push(m); }
    };
    for (const i of cands) this.matchPattern(this.patterns[i], buf, buf, null, add);
    if (this.decodeTriggers.some((t) => buf.includes(t))) {
      const decoded = decodeAll(buf);
      if (decoded) for (const i of cands) this.matchPattern(this.patterns[i], buf, decoded.bytes, decoded, add);
    }
    return out.sort((a, b) => a.start - b.start);
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

/** Names the decoding that a found URL needed, from its original bytes. */
function encodingOf(original: Buffer): Encoding {
  if (original.includes(0x5c)) return 'escaped';
  if (original.includes(0x25)) return 'percent';
  return 'html';
}
