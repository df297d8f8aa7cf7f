/**
 * Byte-level decoders that undo the encodings URLs hide behind in real files, keeping a map from
 * every decoded byte back to its offset in the original bytes (so locations stay exact).
 */

/** Decoded bytes plus map[i] = original offset of decoded byte i (map[length] = end). */
export interface Decoded {
  bytes: Buffer;
  map: Uint32Array;
  /**
   * Where the encoded text of decoded bytes [.., e) ends: endMap[e] (default map[e]). Differs from
   * map[e] where one encoded character carries bits of two decoded bytes (base64).
   */
  endMap?: Uint32Array;
  /** The decoded bytes run backwards through the original (a reversed string). */
  reversed?: boolean;
  /** Base64 joined across a line break (wrapped lines): the caller also tries the hit's line alone. */
  wrapped?: boolean;
}

/** The original byte range [start, end) of the decoded bytes [s, e) (s < e). */
export function originalSpan(d: Decoded, s: number, e: number): [number, number] {
  if (d.reversed) return [d.map[e - 1], d.map[s] + 1];
  return [d.map[s], d.endMap ? d.endMap[e] : d.map[e]];
}

/** Hex digit values (-1: not a hex digit). */
export const HEX = new Int8Array(256).fill(-1);
for (let i = 0; i < 10; i++) HEX[48 + i] = i;
for (let i = 0; i < 6; i++) { HEX[65 + i] = 10 + i; HEX[97 + i] = 10 + i; }

function hexByte(buf: Buffer, i: number): number {
  const a = HEX[buf[i]], b = HEX[buf[i + 1]];
  return a < 0 || b < 0 || i + 1 >= buf.length ? -1 : (a << 4) | b;
}

/** Runs a step function over the buffer. Returns null when nothing was decoded. */
function run(buf: Buffer, trigger: number, step: (buf: Buffer, i: number, out: { byte: number; len: number }) => boolean): Decoded | null {
  let first = buf.indexOf(trigger);
  if (first < 0) return null;
  const out = Buffer.allocUnsafe(buf.length);
  const map = new Uint32Array(buf.length + 1);
  const r = { byte: 0, len: 0 };
  let o = 0;
  let changed = false;
  buf.copy(out, 0, 0, first);
  for (let k = 0; k < first; k++) map[k] = k;
  o = first;
  let i = first;
  while (i < buf.length) {
    const c = buf[i];
    if (c === trigger && step(buf, i, r)) {
      out[o] = r.byte;
      map[o++] = i;
      i += r.len;
      changed = true;
      continue;
    }
    out[o] = c;
    map[o++] = i++;
  }
  if (!changed) return null;
  map[o] = buf.length;
  return { bytes: out.subarray(0, o), map: map.subarray(0, o + 1) };
}

const PRINTABLE = (b: number) => b >= 0x20 && b < 0x7f;

/** A backslash before punctuation stands for the punctuation (JSON `\/`, Java properties `\:` `\=`). */
const ESCAPED_PUNCT = new Uint8Array(256);
for (const c of '/:=#!.-_?&%~') ESCAPED_PUNCT[c.charCodeAt(0)] = 1;

/** JSON / JavaScript / properties escapes: `\/`, `\:`, `\uXXXX` and `\xXX` that stand for printable ASCII. */
export function decodeEscapes(buf: Buffer): Decoded | null {
  return run(buf, 0x5c /* \ */, (b, i, r) => {
    const n = b[i + 1];
    if (ESCAPED_PUNCT[n]) { r.byte = n; r.len = 2; return true; }
    if (n === 0x75 /* u */ && b[i + 2] === 0x30 && b[i + 3] === 0x30) {
      const v = hexByte(b, i + 4);
      if (v >= 0 && PRINTABLE(v)) { r.byte = v; r.len = 6; return true; }
    }
    if (n === 0x78 /* x */) {
      const v = hexByte(b, i + 2);
      if (v >= 0 && PRINTABLE(v)) { r.byte = v; r.len = 4; return true; }
    }
    return false;
  });
}

/** Percent-encoding (`%2F`), for printable ASCII only. */
export function decodePercent(buf: Buffer): Decoded | null {
  return run(buf, 0x25 /* % */, (b, i, r) => {
    const v = hexByte(b, i + 1);
    if (v >= 0 && PRINTABLE(v)) { r.byte = v; r.len = 3; return true; }
    return false;
  });
}

const NAMED: Record<string, number> = { amp: 0x26, sol: 0x2f, colon: 0x3a, quest: 0x3f, equals: 0x3d, quot: 0x22, apos: 0x27, period: 0x2e, lowbar: 0x5f, hyphen: 0x2d };

/** HTML character references: `&amp;`, `&#47;`, `&#x2F;` and a few named ones, for printable ASCII. */
export function decodeHtmlEntities(buf: Buffer): Decoded | null {
  return run(buf, 0x26 /* & */, (b, i, r) => {
    // an entity is short: look for its `;` in the next 10 bytes only (not to the end of the buffer)
    let end = -1;
    for (let j = i + 1, stop = Math.min(b.length, i + 11); j < stop; j++) if (b[j] === 0x3b /* ; */) { end = j; break; }
    if (end < 0) return false;
    const body = b.toString('latin1', i + 1, end);
    let v = -1;
    if (body[0] === '#') {
      v = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      if (!/^#(?:[xX][0-9a-fA-F]+|[0-9]+)$/.test(body)) v = -1;
    } else {
      v = NAMED[body] ?? -1;
    }
    if (v >= 0 && PRINTABLE(v)) { r.byte = v; r.len = end - i + 1; return true; }
    return false;
  });
}

/** Composes an outer decode on top of an inner one: offsets map all the way back to the original. */
export function compose(inner: Decoded, outer: Decoded): Decoded {
  const map = new Uint32Array(outer.map.length);
  for (let i = 0; i < map.length; i++) map[i] = inner.map[outer.map[i]];
  return { bytes: outer.bytes, map };
}

/**
 * Applies every decoder in turn (escapes, HTML entities, percent-encoding twice for doubly
 * encoded redirect links). Returns null when the bytes contain nothing to decode.
 */
export function decodeAll(buf: Buffer): Decoded | null {
  let cur: Decoded | null = null;
  for (const dec of [decodeEscapes, decodeEscapes, decodeHtmlEntities, decodePercent, decodePercent]) {
    const next = dec(cur ? cur.bytes : buf);
    if (next) cur = cur ? compose(cur, next) : next;
  }
  return cur;
}

/** Percent-decodes a string when it holds `%XX` sequences; returns it unchanged otherwise. */
export function percentDecodeString(s: string): string {
  if (!s.includes('%')) return s;
  const d = decodePercent(Buffer.from(s, 'utf8'));
  return d ? d.bytes.toString('utf8') : s;
}

/*
 * Region decoders. Each takes the offset of a prefilter hit that the encoding wrote (base64 of a
 * keyword, hex of a keyword, `58,47,47`, a reversed keyword), finds the encoded region around it
 * and decodes it with an offset map back into the original bytes. Regions are bounded: a URL is
 * short, so about 1 KB of decoded bytes before the hit and 4 KB after are enough.
 */

/** Base64 and base64url character values (-1: not one; `=` padding is not a value). */
export const B64 = new Int8Array(256).fill(-1);
{
  const std = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  for (let i = 0; i < 64; i++) B64[std.charCodeAt(i)] = i;
  B64[0x2d] = 62; // - (base64url)
  B64[0x5f] = 63; // _ (base64url)
}
const B64_BEFORE = 1400;
const B64_AFTER = 5600;
const isBlank = (b: number) => b === 0x20 || b === 0x09;
/**
 * Encoders wrap base64 at 76 (MIME, GNU base64, Python) or 64 (PEM, OpenSSL) characters, always a
 * multiple of 4. A line break is only crossed after such a line: longer lines are one string each.
 */
export const MAX_WRAP_WIDTH = 76;

/** Whether the base64 run that ends just before `end` (exclusive) looks like a wrapped line. */
function wrapWidthBefore(buf: Buffer, end: number): boolean {
  let n = 0;
  for (let k = end - 1; k >= 0 && B64[buf[k]] >= 0; k--) if (++n > MAX_WRAP_WIDTH) return false;
  return n > 0 && n % 4 === 0;
}
const isSpace = (b: number) => b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d;
const isQuote = (b: number) => b === 0x22 || b === 0x27 || b === 0x60;

/**
 * Going right from a byte that is not base64: skips what may sit inside a wrapped base64 text — a
 * line break and indentation, `\n` escapes, a string join (`"…" + "…"`, `"…"\n"…"`). Returns where
 * the base64 goes on, or -1.
 */
function wrapRight(buf: Buffer, i: number, lineWraps: boolean): number {
  const c = buf[i];
  if (c === 0x0d || c === 0x0a) {
    if (!lineWraps || !wrapWidthBefore(buf, i)) return -1;
    let j = c === 0x0d ? i + 1 : i;
    if (buf[j] !== 0x0a) return -1;
    j++;
    while (j < buf.length && isBlank(buf[j])) j++;
    return j;
  }
  if (c === 0x5c) {
    const n = buf[i + 1];
    if (n === 0x2f) return i + 1; // \/ : the slash is base64
    if (n !== 0x6e && n !== 0x72) return -1;
    let j = i;
    while (buf[j] === 0x5c && (buf[j + 1] === 0x6e || buf[j + 1] === 0x72)) j += 2;
    return j;
  }
  if (isQuote(c)) {
    let j = i + 1;
    while (j < buf.length && isSpace(buf[j])) j++;
    if (buf[j] === 0x2b) {
      j++;
      while (j < buf.length && isSpace(buf[j])) j++;
    }
    return buf[j] === c ? j + 1 : -1;
  }
  return -1;
}

/** The mirror of wrapRight, going left from a byte that is not base64. Returns the next byte to look at, or -1. */
function wrapLeft(buf: Buffer, i: number, lineWraps: boolean): number {
  const c = buf[i];
  if (isBlank(c) || c === 0x0a || c === 0x0d) {
    if (!lineWraps) return -1;
    let j = i;
    while (j >= 0 && isBlank(buf[j])) j--;
    if (buf[j] !== 0x0a) return -1;
    j--;
    if (buf[j] === 0x0d) j--;
    return wrapWidthBefore(buf, j + 1) ? j : -1;
  }
  if (isQuote(c)) {
    let j = i - 1;
    while (j >= 0 && isSpace(buf[j])) j--;
    if (buf[j] === 0x2b) {
      j--;
      while (j >= 0 && isSpace(buf[j])) j--;
    }
    return buf[j] === c ? j - 1 : -1;
  }
  return -1;
}

/**
 * Decodes the base64 (or base64url) text around `hit`, where an encoded keyword starts at character
 * `phase` of its 4-character group (this fixes the group grid, whatever precedes the base64). Wrapped
 * lines, `\n` escapes, `\/` and string joins inside the base64 are skipped; padding is optional.
 * Text that is UTF-16LE once decoded (PowerShell -EncodedCommand) has its NUL bytes dropped.
 */
export function decodeBase64Around(buf: Buffer, hit: number, phase: number, lineWraps = true): Decoded | null {
  const left: number[] = [];
  let wrapped = false;
  for (let i = hit - 1; i >= 0 && left.length < B64_BEFORE; ) {
    const c = buf[i];
    if (B64[c] >= 0) {
      left.push(i--);
      continue;
    }
    const last = left[left.length - 1];
    if (c === 0x5c && last === i + 1) {
      if (buf[last] === 0x6e || buf[last] === 0x72) left.pop(); // \n, \r escapes
      if (buf[last] === 0x6e || buf[last] === 0x72 || buf[last] === 0x2f) {
        i--;
        continue;
      }
    }
    const j = wrapLeft(buf, i, lineWraps);
    if (j < 0) break;
    if (buf[i] === 0x0a || buf[i] === 0x0d || isBlank(buf[i])) wrapped = true;
    i = j;
  }
  const pos = left.reverse();
  const hitIndex = pos.length;
  for (let j = hit; j < buf.length && pos.length - hitIndex < B64_AFTER; ) {
    const c = buf[j];
    if (B64[c] >= 0) {
      pos.push(j++);
      continue;
    }
    if (c === 0x3d) break; // padding ends the data
    const k = wrapRight(buf, j, lineWraps);
    if (k < 0) break;
    if (c === 0x0a || c === 0x0d) wrapped = true;
    j = k;
  }
  const first = ((((hitIndex - phase) % 4) + 4) % 4);
  const n = pos.length - first;
  const rest = n % 4;
  const len = Math.floor(n / 4) * 3 + (rest === 2 ? 1 : rest === 3 ? 2 : 0);
  if (len < 8) return null;
  const out = Buffer.allocUnsafe(len);
  const map = new Uint32Array(len + 1);
  const endMap = new Uint32Array(len + 1);
  endMap[0] = pos[first];
  for (let b = 0; b < len; b++) {
    const g = first + Math.floor(b / 3) * 4;
    const k = b % 3;
    const v0 = B64[buf[pos[g + k]]], v1 = B64[buf[pos[g + k + 1]]];
    out[b] = k === 0 ? (v0 << 2) | (v1 >> 4) : k === 1 ? ((v0 & 15) << 4) | (v1 >> 2) : ((v0 & 3) << 6) | v1;
    map[b] = pos[g + k];
    endMap[b + 1] = pos[g + k + 1] + 1;
  }
  map[len] = endMap[len];
  const d = dropNuls({ bytes: out, map, endMap });
  if (wrapped) d.wrapped = true;
  return d;
}

/** UTF-16LE text (one NUL byte in every two): the same text without the NULs, maps kept. */
function dropNuls(d: Decoded): Decoded {
  const b = d.bytes;
  let nul = 0;
  for (let i = 0; i < b.length; i++) if (b[i] === 0) nul++;
  if (nul * 3 < b.length) return d;
  const out = Buffer.allocUnsafe(b.length - nul);
  const map = new Uint32Array(out.length + 1);
  const endMap = new Uint32Array(out.length + 1);
  let o = 0;
  endMap[0] = d.map[0];
  for (let i = 0; i < b.length; i++) {
    if (b[i] === 0) continue;
    out[o] = b[i];
    map[o] = d.map[i];
    // the NUL that follows belongs to this character
    const j = i + 1 < b.length && b[i + 1] === 0 ? i + 2 : i + 1;
    endMap[++o] = d.endMap ? d.endMap[j] : d.map[j];
  }
  map[o] = endMap[o];
  return { bytes: out, map, endMap };
}

/** Decodes the run of hex digits around `hit` (where a hex-encoded keyword starts, on a byte boundary). */
export function decodeHexAround(buf: Buffer, hit: number): Decoded | null {
  let s = hit;
  while (s > 0 && hit - s < 2048 && HEX[buf[s - 1]] >= 0) s--;
  if ((hit - s) % 2) s++;
  let e = hit;
  while (e < buf.length && e - hit < 8192 && HEX[buf[e]] >= 0) e++;
  const len = (e - s) >> 1;
  if (len < 8) return null;
  const out = Buffer.allocUnsafe(len);
  const map = new Uint32Array(len + 1);
  for (let i = 0; i < len; i++) {
    out[i] = (HEX[buf[s + 2 * i]] << 4) | HEX[buf[s + 2 * i + 1]];
    map[i] = s + 2 * i;
  }
  map[len] = s + 2 * len;
  return { bytes: out, map };
}

/** A list of at least four numbers: `104, 116, …`, `0x68,0x74,…` or Python's `chr(104)+chr(116)+…`. */
const NUMBER_LIST = /(?:0[xX][0-9a-fA-F]{1,6}|\d{1,7})(?:\s*(?:,|\)\s*\+\s*chr\s*\()\s*(?:0[xX][0-9a-fA-F]{1,6}|\d{1,7})){3,}/g;
const NUMBER = /0[xX][0-9a-fA-F]+|\d+/g;

/**
 * Decodes the list of character codes around `hit` (`String.fromCharCode(…)`, a byte array,
 * `bytes([…])`, `chr()` sums). Codes above 0x7f are written as UTF-8; impossible ones as a NUL.
 */
export function decodeCharCodesAround(buf: Buffer, hit: number): Decoded | null {
  const from = Math.max(0, hit - 4096);
  const text = buf.toString('latin1', from, Math.min(buf.length, hit + 16384));
  NUMBER_LIST.lastIndex = 0;
  for (let m = NUMBER_LIST.exec(text); m; m = NUMBER_LIST.exec(text)) {
    const s = from + m.index;
    if (s > hit) break;
    if (s + m[0].length <= hit) continue;
    const out: number[] = [];
    const map: number[] = [];
    const endMap: number[] = [s];
    NUMBER.lastIndex = 0;
    for (let n = NUMBER.exec(m[0]); n; n = NUMBER.exec(m[0])) {
      const isHex = n[0].length > 2 && (n[0][1] === 'x' || n[0][1] === 'X');
      const code = isHex ? parseInt(n[0].slice(2), 16) : parseInt(n[0], 10);
      const bytes = code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? Buffer.from(String.fromCodePoint(code), 'utf8') : Buffer.of(0);
      for (const b of bytes) {
        out.push(b);
        map.push(s + n.index);
        endMap.push(s + n.index + n[0].length);
      }
    }
    if (out.length < 8) return null;
    map.push(endMap[endMap.length - 1]);
    return { bytes: Buffer.from(out), map: Uint32Array.from(map), endMap: Uint32Array.from(endMap) };
  }
  return null;
}

/** Bytes a URL may hold (quotes, brackets, spaces and `<>` end a reversed string). */
const URL_BYTE = new Uint8Array(256);
for (const c of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~:/?#@!$&*+,;=%') URL_BYTE[c.charCodeAt(0)] = 1;

/** The run of URL bytes around a reversed keyword at [hit, hit + len), read backwards. */
export function reverseAround(buf: Buffer, hit: number, len: number): Decoded | null {
  let s = hit;
  while (s > 0 && hit - s < 4096 && URL_BYTE[buf[s - 1]]) s--;
  let e = hit + len;
  while (e < buf.length && e - hit < 4096 && URL_BYTE[buf[e]]) e++;
  const n = e - s;
  if (n < 8) return null;
  const out = Buffer.allocUnsafe(n);
  const map = new Uint32Array(n + 1);
  for (let i = 0; i < n; i++) {
    out[i] = buf[e - 1 - i];
    map[i] = e - 1 - i;
  }
  map[n] = s;
  return { bytes: out, map, reversed: true };
}
