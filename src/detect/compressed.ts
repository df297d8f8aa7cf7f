/**
 * Compressed payloads: `exec(zlib.decompress(base64.b64decode("eJy…")))`,
 * `eval(zlib.inflateSync(Buffer.from("…", "base64")).toString())`, a gzip blob in base64
 * (`H4sI…`). A compressed URL has no readable literal, so these are found by what carries them:
 * a decompress call (the string literal that follows it) or the gzip header's base64. The literal
 * is decoded (base64 or hex), inflated (zlib, gzip or raw deflate, by its header) into at most
 * MAX_OUTPUT bytes, and the result is scanned again like any decoded region. bz2 and lzma are
 * recognised by their headers but not expanded: Node has no decoder for them built in.
 */
import { nodeZlib } from '../builtin.js';
import { B64, HEX, type Decoded } from './decode.js';

/** Output of one literal, and of one file in total. */
const MAX_OUTPUT = 1 << 20;
export const MAX_OUTPUT_PER_FILE = 8 << 20;
/** A literal is looked for this far after a decompress call, and read up to this length. */
const LOOK_AHEAD = 2048;
const MAX_LITERAL = 4 << 20;

/** A byte of base64 text (padding included), and of hex text. */
const isBase64 = (c: number) => B64[c] >= 0 || c === 0x3d;
const isHex = (c: number) => HEX[c] >= 0;

export type Algorithm = 'zlib' | 'gzip' | 'deflate';

export interface Inflated {
  decoded: Decoded;
  algorithm: Algorithm;
  /** The text form of the compressed bytes. */
  outer: 'base64' | 'hex';
  /** Where that text is. */
  start: number;
  end: number;
}

/** The run of base64 (or hex) characters starting at `s`, bounded. */
function runFrom(buf: Buffer, s: number, accepts: (c: number) => boolean): number {
  let e = s;
  while (e < buf.length && e - s < MAX_LITERAL && accepts(buf[e])) e++;
  return e;
}

/** Decompresses by the header: zlib (0x78), gzip (1f 8b), else raw deflate. Null when it is not compressed data. */
function inflate(bytes: Buffer, budget: number): { out: Buffer; algorithm: Algorithm } | null {
  if (bytes.length < 8) return null;
  const zlib = nodeZlib();
  const max = Math.min(MAX_OUTPUT, budget);
  if (max <= 0) return null;
  const tries: [Algorithm, (b: Buffer) => Buffer][] =
    bytes[0] === 0x1f && bytes[1] === 0x8b
      ? [['gzip', (b) => zlib.gunzipSync(b, { maxOutputLength: max })]]
      : bytes[0] === 0x78 && (bytes[0] * 256 + bytes[1]) % 31 === 0
        ? [['zlib', (b) => zlib.inflateSync(b, { maxOutputLength: max })]]
        : [['deflate', (b) => zlib.inflateRawSync(b, { maxOutputLength: max })]];
  for (const [algorithm, run] of tries) {
    try {
      return { out: run(bytes), algorithm };
    } catch (e) {
      // Too large for the budget: keep what a bounded read gives (zlib reports the range error only).
      if ((e as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') return null;
    }
  }
  return null;
}

function decodedOver(out: Buffer, start: number, end: number): Decoded {
  // Decompressed bytes have no byte-for-byte place in the file: every one maps to the literal.
  const map = new Uint32Array(out.length + 1).fill(start);
  const endMap = new Uint32Array(out.length + 1).fill(end);
  return { bytes: out, map, endMap };
}

function fromLiteral(buf: Buffer, s: number, budget: number): Inflated | null {
  const hexEnd = runFrom(buf, s, isHex);
  const b64End = runFrom(buf, s, isBase64);
  let outer: 'base64' | 'hex';
  let e: number;
  let bytes: Buffer;
  if (hexEnd === b64End && (hexEnd - s) % 2 === 0) {
    outer = 'hex';
    e = hexEnd;
    bytes = Buffer.from(buf.toString('latin1', s, e), 'hex');
  } else {
    outer = 'base64';
    e = b64End;
    bytes = Buffer.from(buf.toString('latin1', s, e), 'base64');
  }
  if (e - s < 16) return null;
  const r = inflate(bytes, budget);
  if (!r || r.out.length === 0) return null;
  return { decoded: decodedOver(r.out, s, e), algorithm: r.algorithm, outer, start: s, end: e };
}

/** At a decompress call: the first string literal within LOOK_AHEAD bytes after it, decoded and inflated. */
export function inflateAfterCall(buf: Buffer, at: number, budget: number): Inflated | null {
  const to = Math.min(buf.length, at + LOOK_AHEAD);
  for (let i = at; i < to; i++) {
    const c = buf[i];
    if (c !== 0x22 && c !== 0x27 && c !== 0x60) continue;
    const s = i + 1;
    if (runFrom(buf, s, isBase64) - s >= 16) return fromLiteral(buf, s, budget);
  }
  return null;
}

/** At a gzip header written in base64 (`H4sI…`). */
export function inflateGzipBase64(buf: Buffer, at: number, budget: number): Inflated | null {
  return fromLiteral(buf, at, budget);
}

/** Base64 text: at least 16 characters, all of the alphabet (line breaks allowed), as a decoder accepts it. */
function looksBase64(b: Buffer): boolean {
  if (b.length < 16) return false;
  let n = 0;
  for (const c of b) if (isBase64(c) || c === 0x0a || c === 0x0d) n++;
  return n === b.length;
}

export interface Nested {
  decoded: Decoded;
  /** Layers decoded, outermost first: 'base64' or a compression algorithm. */
  layers: string[];
  start: number;
  end: number;
}

/**
 * At a base64-decoding call (`b64decode(`, `atob(`, `FromBase64String(`, `base64_decode(`): the
 * literal that follows, when it holds base64 inside base64 — decoded layer after layer (at most
 * four, compressed layers inflated on the way) until it is no longer base64. A single layer is left
 * to the base64 pass, which maps every byte back to its place.
 */
export function decodeNestedAfterCall(buf: Buffer, at: number, budget: number): Nested | null {
  const to = Math.min(buf.length, at + 512);
  let s = -1;
  for (let i = at; i < to; i++) {
    const c = buf[i];
    if (c === 0x22 || c === 0x27 || c === 0x60) {
      s = i + 1;
      break;
    }
  }
  if (s < 0) return null;
  const e = runFrom(buf, s, isBase64);
  if (e - s < 24) return null;
  let bytes: Buffer = Buffer.from(buf.toString('latin1', s, e), 'base64');
  if (!looksBase64(bytes)) return null;
  const layers = ['base64'];
  for (let depth = 0; depth < 4; depth++) {
    if (looksBase64(bytes)) {
      bytes = Buffer.from(bytes.toString('latin1').replace(/\s+/g, ''), 'base64');
      layers.push('base64');
      continue;
    }
    const z = inflate(bytes, budget);
    if (!z) break;
    bytes = z.out;
    layers.push(z.algorithm);
  }
  if (bytes.length === 0) return null;
  return { decoded: decodedOver(bytes, s, e), layers, start: s, end: e };
}
