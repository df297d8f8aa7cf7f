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
    let col = 1;
    for (let i = this.lineStart; i < offset; i++) if ((buf[i] & 0xc0) !== 0x80) col++;
    return { line: this.line, column: col };
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
