/** Bytes of a log as lines: gzip recognised by its magic bytes, bounded line length, binary files refused. */
import { createGunzip } from 'node:zlib';
import { Readable } from 'node:stream';

/** Bytes of a log: a stream, or chunks in memory. */
export type ByteInput = AsyncIterable<Buffer | string> | Iterable<Buffer | string>;

/** Longer lines are skipped (counted), so one-line giants cannot exhaust memory. */
export const MAX_LINE = 1 << 20;

export class LogReadError extends Error {
  constructor(
    readonly reason: 'binary' | 'corrupt-gzip' | 'unreadable' | 'too-large',
    message: string,
  ) {
    super(message);
  }
}

/** The input's bytes, gunzipped when it starts with the gzip magic. */
export async function* decompressed(input: ByteInput): AsyncGenerator<Buffer> {
  const it: { next(): Promise<IteratorResult<Buffer | string>> | IteratorResult<Buffer | string> } = Symbol.asyncIterator in input ? input[Symbol.asyncIterator]() : input[Symbol.iterator]();
  let first: IteratorResult<Buffer | string>;
  try {
    first = await it.next();
  } catch (e) {
    throw new LogReadError('unreadable', (e as Error).message);
  }
  if (first.done) return;
  const head = Buffer.isBuffer(first.value) ? first.value : Buffer.from(first.value);
  const rest = async function* () {
    yield head;
    for (let r = await it.next(); !r.done; r = await it.next()) yield Buffer.isBuffer(r.value) ? r.value : Buffer.from(r.value);
  };
  if (head[0] === 0x1f && head[1] === 0x8b) {
    const gz = createGunzip();
    const src = Readable.from(rest());
    src.on('error', (e) => gz.destroy(e));
    src.pipe(gz);
    try {
      for await (const c of gz) yield c as Buffer;
    } catch (e) {
      throw new LogReadError('corrupt-gzip', `gzip: ${(e as Error).message}`);
    }
    return;
  }
  try {
    yield* rest();
  } catch (e) {
    throw new LogReadError('unreadable', (e as Error).message);
  }
}

/**
 * A chunk-level prefilter: where the next line worth parsing is. A log of any size is mostly lines
 * that name no webhook or capture domain; those are counted, never decoded or parsed.
 */
export interface LineFilter {
  /** Whether to filter from this chunk on (the format is known and parses line by line). */
  active(): boolean;
  /** Byte offset in `buf`, at or after `from`, of the next place a sink domain may be named; -1: none. */
  next(buf: Buffer, from: number): number;
}

/**
 * One batch of lines (without the line break), one per chunk read: cheaper than one promise per
 * line. A line over MAX_LINE is given as null (the caller counts it). With a filter, `numbers` gives
 * each line's 1-based number and `count` how many lines the batch stood for (the others named no
 * sink); the first and last line of each chunk are always kept, so times still span the window.
 */
export interface LineBatch {
  lines: (string | null)[];
  /** Line numbers of `lines`; null when the batch holds every line, consecutively. */
  numbers: number[] | null;
  /** Lines consumed, kept or not. */
  count: number;
}

/** Lines of the decompressed input. NUL bytes in the first 8 KiB mark a binary file. */
export async function* lineBatches(input: ByteInput, filter?: LineFilter): AsyncGenerator<LineBatch> {
  let carry: Buffer[] = [];
  let carried = 0;
  let overlong = false;
  let checked = false;
  let lineNo = 0;
  const text = (buf: Buffer, start: number, end: number) => buf.toString('utf8', start, end > start && buf[end - 1] === 13 ? end - 1 : end);
  for await (const chunk of decompressed(input)) {
    if (!checked) {
      checked = true;
      if (chunk.subarray(0, 8192).includes(0)) throw new LogReadError('binary', 'binary data (NUL bytes), not a text log');
    }
    const out: (string | null)[] = [];
    let numbers: number[] | null = null;
    const before = lineNo;
    let start = 0;
    let nl = chunk.indexOf(10);
    if (nl >= 0 && (carried || overlong)) {
      // The line that began in an earlier chunk ends here.
      if (overlong || carried + nl > MAX_LINE) out.push(null);
      else {
        const whole = Buffer.concat([...carry, chunk.subarray(0, nl)]);
        out.push(text(whole, 0, whole.length));
      }
      lineNo++;
      carry = [];
      carried = 0;
      overlong = false;
      start = nl + 1;
    }
    const last = chunk.lastIndexOf(10);
    if (last >= start) {
      if (filter?.active()) {
        numbers = out.map((_, i) => before + i + 1);
        // Starts of the lines to keep, ascending: the first, each with a hit, the last.
        const lastStart = chunk.lastIndexOf(10, last - 1) + 1;
        const keep: number[] = [start];
        for (let at = filter.next(chunk, start); at >= 0 && at < last; at = filter.next(chunk, at)) {
          const ls = Math.max(start, chunk.lastIndexOf(10, at) + 1);
          if (ls !== keep[keep.length - 1]) keep.push(ls);
          at = chunk.indexOf(10, at) + 1;
          if (at <= 0 || at > last) break;
        }
        if (lastStart > keep[keep.length - 1]) keep.push(Math.max(start, lastStart));
        let cursor = start;
        let n = lineNo + 1; // the number of the line starting at cursor
        for (const ls of keep) {
          for (let i = chunk.indexOf(10, cursor); i >= 0 && i < ls; i = chunk.indexOf(10, i + 1)) n++;
          const end = chunk.indexOf(10, ls);
          out.push(text(chunk, ls, end));
          numbers.push(n);
          cursor = end + 1;
          n++;
        }
        for (let i = chunk.indexOf(10, cursor); i >= 0 && i <= last; i = chunk.indexOf(10, i + 1)) n++;
        lineNo = n - 1;
      } else {
        for (nl = chunk.indexOf(10, start); nl >= 0 && nl <= last; nl = chunk.indexOf(10, start)) {
          out.push(text(chunk, start, nl));
          lineNo++;
          start = nl + 1;
        }
      }
      start = last + 1;
    }
    if (start < chunk.length && !overlong) {
      carried += chunk.length - start;
      if (carried > MAX_LINE) {
        overlong = true;
        carry = [];
      } else carry.push(chunk.subarray(start));
    }
    if (lineNo > before) yield { lines: out, numbers, count: lineNo - before };
  }
  if (overlong) yield { lines: [null], numbers: null, count: 1 };
  else if (carried) {
    const whole = Buffer.concat(carry);
    yield { lines: [text(whole, 0, whole.length)], numbers: null, count: 1 };
  }
}

/** Every line, in batches (see lineBatches). */
export async function* lines(input: ByteInput): AsyncGenerator<(string | null)[]> {
  for await (const b of lineBatches(input)) yield b.lines;
}

/** The whole decompressed input as text (HAR), up to a cap. */
export async function wholeText(input: ByteInput, cap: number): Promise<string> {
  const parts: Buffer[] = [];
  let n = 0;
  for await (const c of decompressed(input)) {
    n += c.length;
    if (n > cap) throw new LogReadError('too-large', `a single-document log (HAR) over ${cap} bytes`);
    parts.push(c);
  }
  return Buffer.concat(parts).toString('utf8');
}
