/**
 * The literal prefilter: every position of a buffer where one of a set of literals starts (ASCII
 * case-insensitive), with the longest literal starting there — what one RE2 alternation of the
 * literals, longest first, reports when it is run again from each match's start + 1.
 *
 * The loop is WebAssembly (wasm/literals.wat, assembled by scripts/build-wasm.mjs): each literal is
 * anchored on 4 of its bytes, the rarest by a list of common 4-byte sequences (gram-frequency.ts);
 * each position of the buffer costs a hash and a bit test, and only where the bit is set are the
 * anchors and then whole literals compared. RE2's DFA reads about 550 MB/s per core here; this loop
 * about 1.3 GB/s, the copy into WebAssembly memory included (docs/benchmarks.md).
 *
 * Exact, not approximate: a literal occurrence always has its anchor's bit set, and every reported
 * match was compared byte by byte. `literalScanner` returns undefined (the caller keeps RE2) where
 * WebAssembly is missing or a literal is shorter than the 4-byte anchor.
 */
import { COMMON_GRAMS } from './gram-frequency.js';
import { LITERALS_WASM } from './wasm/literals.js';

/** Where each literal starts, ascending, and the index of the longest literal starting there. */
export interface LiteralHits {
  at: number[];
  lit: number[];
}

export interface LiteralScanner {
  /** Each start with the longest literal there (what the RE2 alternation reports). */
  scan(buf: Uint8Array): LiteralHits;
  /** Every (start, literal) pair: by start, then literal index (longest first). */
  scanAll(buf: Uint8Array): LiteralHits;
}

/** Bytes looked at per window (plus the longest literal's length - 1, so a match never straddles). */
const WINDOW = 256 * 1024;
/** Match slots per call into WebAssembly (a full array is read out and the call resumed). */
const OUT_SLOTS = 16 * 1024;
const ANCHOR = 4;
const BITS = 0;
const HEADS = 32768;
const ENTRIES = 49152;
const HASH = 0x9e3779b1;

interface Exports {
  memory: WebAssembly.Memory;
  resume: WebAssembly.Global;
  setup(entries: number, litdir: number, perPosition: number, step: number): void;
  scan(q: number, end: number, win: number, limit: number, out: number, max: number): number;
}

let compiled: WebAssembly.Module | null | undefined;
function module(): WebAssembly.Module | null {
  if (compiled !== undefined) return compiled;
  try {
    compiled = new WebAssembly.Module(Buffer.from(LITERALS_WASM, 'base64'));
  } catch {
    compiled = null;
  }
  return compiled;
}

let rank: Map<number, number> | undefined;
/**
 * How common 4 lower-case bytes are (as a little-endian u32): their place in COMMON_GRAMS (0 most
 * common), or the list's length when absent. Numbers, not strings: this runs at every start-up.
 */
function commonness(gram: number): number {
  if (!rank) {
    rank = new Map();
    const n = COMMON_GRAMS.length >> 2;
    for (let i = n - 1; i >= 0; i--) {
      const j = i << 2;
      rank.set((COMMON_GRAMS.charCodeAt(j) | (COMMON_GRAMS.charCodeAt(j + 1) << 8) | (COMMON_GRAMS.charCodeAt(j + 2) << 16) | (COMMON_GRAMS.charCodeAt(j + 3) << 24)) >>> 0, i);
    }
  }
  return rank.get(gram) ?? COMMON_GRAMS.length >> 2;
}

/**
 * The first offset of a literal's `step` anchors (4 bytes each, at consecutive offsets): where the
 * most common of them is least common by the list (the earliest of equals).
 */
function anchorOffset(bytes: Uint8Array, step: number): number {
  let best = 0;
  let bestScore = -1;
  for (let o = 0; o + ANCHOR + step - 1 <= bytes.length; o++) {
    let score = Infinity; // a higher place in the list is rarer
    for (let k = 0; k < step; k++) score = Math.min(score, commonness(word(bytes, o + k)));
    if (score > bestScore) {
      bestScore = score;
      best = o;
    }
  }
  return best;
}

/** The 4 bytes at o as a little-endian u32. */
const word = (b: Uint8Array, o: number) => (b[o] | (b[o + 1] << 8) | (b[o + 2] << 16) | (b[o + 3] << 24)) >>> 0;
const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

/**
 * A scanner for `literals` (lower case; the order gives the tie-break, longest first as the
 * trigger table lists them), or undefined where this path cannot run.
 */
export function literalScanner(literals: string[]): LiteralScanner | undefined {
  if (literals.length === 0 || !LITTLE_ENDIAN) return undefined;
  const bytes = literals.map((l) => Buffer.from(l, 'utf8'));
  const shortest = Math.min(...bytes.map((b) => b.length));
  if (shortest < ANCHOR) return undefined;
  // Every second position is looked at when each literal has room for two anchors.
  const step = shortest >= ANCHOR + 1 ? 2 : 1;
  const anchors = literals.length * step;
  const slots = Math.max(OUT_SLOTS, 2 * anchors);
  const mod = module();
  if (!mod) return undefined;
  let inst: WebAssembly.Instance;
  try {
    inst = new WebAssembly.Instance(mod, {});
  } catch {
    return undefined;
  }
  const x = inst.exports as unknown as Exports;

  const maxLen = Math.max(...bytes.map((b) => b.length));
  const litdir = ENTRIES + anchors * 16;
  const litBytes = litdir + literals.length * 8;
  const litEnd = litBytes + bytes.reduce((a, b) => a + b.length, 0);
  const data = (litEnd + 15) & ~15;
  const out = (data + WINDOW + maxLen + 15) & ~15;
  const size = out + slots * 8;
  x.memory.grow(Math.ceil(size / 65536) - x.memory.buffer.byteLength / 65536);
  const mem = new Uint8Array(x.memory.buffer);
  // Word views (this host is little-endian, as WebAssembly memory is: checked above); addresses / 4.
  const u32 = new Uint32Array(x.memory.buffer);

  let at = litBytes;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    mem.set(b, at);
    u32[(litdir >> 2) + i * 2] = at;
    u32[(litdir >> 2) + i * 2 + 1] = b.length;
    at += b.length;
    const first = anchorOffset(b, step);
    for (let k = 0; k < step; k++) {
      const off = first + k;
      const g = (word(b, off) | 0x20202020) >>> 0;
      const h = Math.imul(g, HASH) >>> 0;
      u32[(BITS >> 2) + (h >>> 19)] |= 1 << ((h >>> 14) & 31);
      const head = (HEADS >> 2) + ((h & 0x3ffc) >> 2);
      const n = i * step + k;
      const e = (ENTRIES >> 2) + n * 4;
      u32[e] = g;
      u32[e + 1] = u32[head]; // the chain so far
      u32[e + 2] = off;
      u32[e + 3] = i;
      u32[head] = n + 1;
    }
  }
  x.setup(ENTRIES, litdir, anchors, step);
  const pairs = new Uint32Array(x.memory.buffer, out, slots * 2);

  return {
    scan(buf: Uint8Array): LiteralHits {
      return longestPerStart(this.scanAll(buf));
    },
    scanAll(buf: Uint8Array): LiteralHits {
      const starts: number[] = [];
      const lits: number[] = [];
      for (let s = 0; s < buf.length; s += WINDOW) {
        const e = Math.min(buf.length, s + WINDOW + maxLen - 1);
        mem.set(buf.subarray(s, e), data);
        const end = data + (e - s);
        const limit = data + Math.min(WINDOW, buf.length - s);
        let q = data;
        while (q <= end - ANCHOR) {
          const n = x.scan(q, end, data, limit, out, slots);
          for (let i = 0; i < n; i++) {
            starts.push(s + pairs[2 * i]);
            lits.push(pairs[2 * i + 1]);
          }
          q = x.resume.value as number;
        }
      }
      return byStart(starts, lits);
    },
  };
}

/** (start, literal) pairs sorted by start, then literal index. */
function byStart(starts: number[], lits: number[]): LiteralHits {
  if (starts.length < 2) return { at: starts, lit: lits };
  const order = starts.map((_, i) => i).sort((a, b) => starts[a] - starts[b] || lits[a] - lits[b]);
  return { at: order.map((i) => starts[i]), lit: order.map((i) => lits[i]) };
}

/** The first pair of each start: the lowest literal index, the longest literal. */
function longestPerStart({ at: starts, lit: lits }: LiteralHits): LiteralHits {
  const at: number[] = [];
  const lit: number[] = [];
  for (let i = 0; i < starts.length; i++) {
    if (at.length && at[at.length - 1] === starts[i]) continue;
    at.push(starts[i]);
    lit.push(lits[i]);
  }
  return { at, lit };
}
