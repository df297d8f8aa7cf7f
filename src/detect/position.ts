/** Byte offsets → 1-based line and column (Unicode code points; CRLF and multi-byte UTF-8 aware). */

export interface Position {
  line: number;
  column: number;
}

/** Code points are counted from a checkpoint at most this many bytes before the offset. */
const CHECKPOINT = 1024;

/**
 * Converts byte offsets of one buffer to positions, in any order, in time linear in the buffer plus
 * O(log n + CHECKPOINT) per offset: one table of line breaks, built once, gives the line; a table of
 * code-point counts at sequence boundaries about every CHECKPOINT bytes (built lazily, forwards)
 * gives the column by subtraction. Nothing is rescanned from a line start per offset, so a
 * one-line minified file with thousands of matches stays linear.
 */
export class LineCounter {
  private newlines: number[] | undefined;
  /** cpAt[k] code points lie before byte cpByte[k], a sequence boundary; cpByte[k] ≥ k·CHECKPOINT. */
  private readonly cpByte: number[] = [0];
  private readonly cpAt: number[] = [0];

  constructor(private readonly buf: Buffer) {}

  position(offset: number): Position {
    const nl = this.lineBreaks();
    const before = countBelow(nl, offset);
    const lineStart = before === 0 ? 0 : nl[before - 1] + 1;
    return { line: before + 1, column: 1 + this.codePointsTo(offset) - this.codePointsTo(lineStart) };
  }

  /** The 1-based line that holds offset. */
  lineOf(offset: number): number {
    return countBelow(this.lineBreaks(), offset) + 1;
  }

  /** Kept for callers that counted forwards: positions no longer depend on call order. */
  reset(): void {}

  /** The bytes of the line that holds offset (without the line break). */
  lineAt(offset: number): Buffer {
    const nl = this.lineBreaks();
    const before = countBelow(nl, offset);
    const s = before === 0 ? 0 : nl[before - 1] + 1;
    let e = before < nl.length ? nl[before] : this.buf.length;
    if (e > s && this.buf[e - 1] === 0x0d) e--;
    return this.buf.subarray(s, e);
  }

  private lineBreaks(): number[] {
    if (this.newlines) return this.newlines;
    const nl: number[] = [];
    for (let i = this.buf.indexOf(0x0a); i >= 0; i = this.buf.indexOf(0x0a, i + 1)) nl.push(i);
    return (this.newlines = nl);
  }

  /** Code points in buf[0, offset) as a decoder reading from the start shows them. */
  private codePointsTo(offset: number): number {
    const buf = this.buf;
    const want = Math.floor(offset / CHECKPOINT);
    // extend the checkpoint table forwards, one pass over the bytes in total
    while (this.cpByte.length <= want && this.cpByte[this.cpByte.length - 1] < buf.length) {
      let i = this.cpByte[this.cpByte.length - 1];
      let n = this.cpAt[this.cpAt.length - 1];
      const stop = Math.min(buf.length, this.cpByte.length * CHECKPOINT);
      while (i < stop) {
        i = nextCodePoint(buf, i, buf.length);
        n++;
      }
      this.cpByte.push(i);
      this.cpAt.push(n);
    }
    let k = Math.min(want, this.cpByte.length - 1);
    while (k > 0 && this.cpByte[k] > offset) k--; // a sequence ran past the boundary
    return this.cpAt[k] + countCodePoints(buf, this.cpByte[k], offset);
  }
}

/** How many sorted values are below x (binary search). */
function countBelow(sorted: number[], x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Continuation bytes that a lead byte announces (0 for ASCII and for bytes that cannot lead). */
function sequenceLength(b: number): number {
  if (b >= 0xc2 && b <= 0xdf) return 1;
  if (b >= 0xe0 && b <= 0xef) return 2;
  if (b >= 0xf0 && b <= 0xf4) return 3;
  return 0;
}

/** Where the code point that starts at i ends, reading no further than to. */
function nextCodePoint(buf: Buffer, i: number, to: number): number {
  const need = sequenceLength(buf[i]);
  let k = 0;
  while (k < need && i + 1 + k < to && (buf[i + 1 + k] & 0xc0) === 0x80) k++;
  return i + 1 + k;
}

/**
 * Characters in buf[from, to) as a UTF-8 decoder (TextDecoder) shows them: a well-formed sequence
 * is one code point; a truncated one (its lead byte and the continuation bytes that do follow) is
 * one replacement character; any other invalid byte (Latin-1 text, a stray continuation) is one.
 */
export function countCodePoints(buf: Buffer, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i = nextCodePoint(buf, i, to)) n++;
  return n;
}
