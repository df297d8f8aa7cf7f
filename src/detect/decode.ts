/**
 * Byte-level decoders that undo the encodings URLs hide behind in real files, keeping a map from
 * every decoded byte back to its offset in the original bytes (so locations stay exact).
 */

/** Decoded bytes plus map[i] = original offset of decoded byte i (map[length] = end). */
export interface Decoded {
  bytes: Buffer;
  map: Uint32Array;
}

/** At offset i: the decoded byte and how many input bytes it consumed, or -1 to copy as is. */
type Step = (buf: Buffer, i: number) => number;

const HEX = new Int8Array(256).fill(-1);
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
    const end = b.indexOf(0x3b /* ; */, i + 1);
    if (end < 0 || end - i > 10) return false;
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
