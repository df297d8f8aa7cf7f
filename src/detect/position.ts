/** Byte offsets → 1-based line and column (Unicode code points; CRLF and multi-byte UTF-8 aware). */

export interface Position {
  line: number;
  column: number;
}

/** Converts increasing byte offsets of one buffer to positions in a single pass. */
export class LineCounter {
  private line = 1;
  private lineStart = 0;
  private at = 0;

  constructor(private readonly buf: Buffer) {}

  /** Offsets must not decrease between calls; call reset() to start over. */
  position(offset: number): Position {
    if (offset < this.at) this.reset();
    const buf = this.buf;
    for (let i = buf.indexOf(0x0a, this.at); i >= 0 && i < offset; i = buf.indexOf(0x0a, i + 1)) {
      this.line++;
      this.lineStart = i + 1;
    }
    this.at = offset;
    return { line: this.line, column: 1 + countCodePoints(buf, this.lineStart, offset) };
  }

  reset(): void {
    this.line = 1;
    this.lineStart = 0;
    this.at = 0;
  }

  /** The bytes of the line that holds offset (without the line break). */
  lineAt(offset: number): Buffer {
    let s = this.buf.lastIndexOf(0x0a, offset - 1) + 1;
    if (offset === 0) s = 0;
    let e = this.buf.indexOf(0x0a, offset);
    if (e < 0) e = this.buf.length;
    if (e > s && this.buf[e - 1] === 0x0d) e--;
    return this.buf.subarray(s, e);
  }
}

/** Continuation bytes that a lead byte announces (0 for ASCII and for bytes that cannot lead). */
function sequenceLength(b: number): number {
  if (b >= 0xc2 && b <= 0xdf) return 1;
  if (b >= 0xe0 && b <= 0xef) return 2;
  if (b >= 0xf0 && b <= 0xf4) return 3;
  return 0;
}

/**
 * Characters in buf[from, to) as a UTF-8 decoder (TextDecoder) shows them: a well-formed sequence
 * is one code point; a truncated one (its lead byte and the continuation bytes that do follow) is
 * one replacement character; any other invalid byte (Latin-1 text, a stray continuation) is one.
 */
export function countCodePoints(buf: Buffer, from: number, to: number): number {
  let n = 0;
  let i = from;
  while (i < to) {
    const need = sequenceLength(buf[i]);
    let k = 0;
    while (k < need && i + 1 + k < to && (buf[i + 1 + k] & 0xc0) === 0x80) k++;
    i += 1 + k;
    n++;
  }
  return n;
}
