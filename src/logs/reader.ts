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
 * Lines (without the line break) of the decompressed input, in batches (one per chunk read: cheaper
 * than one promise per line). A line over MAX_LINE is given as null (the caller counts it). NUL bytes
 * in the first 8 KiB mark a binary file.
 */
export async function* lines(input: ByteInput): AsyncGenerator<(string | null)[]> {
  let carry: Buffer[] = [];
  let carried = 0;
  let overlong = false;
  let checked = false;
  const text = (buf: Buffer, start: number, end: number) => buf.toString('utf8', start, end > start && buf[end - 1] === 13 ? end - 1 : end);
  for await (const chunk of decompressed(input)) {
    if (!checked) {
      checked = true;
      if (chunk.subarray(0, 8192).includes(0)) throw new LogReadError('binary', 'binary data (NUL bytes), not a text log');
    }
    const out: (string | null)[] = [];
    let start = 0;
    let nl = chunk.indexOf(10);
    if (nl >= 0 && (carried || overlong)) {
      // The line that began in an earlier chunk ends here.
      if (overlong || carried + nl > MAX_LINE) out.push(null);
      else {
        const whole = Buffer.concat([...carry, chunk.subarray(0, nl)]);
        out.push(text(whole, 0, whole.length));
      }
      carry = [];
      carried = 0;
      overlong = false;
      start = nl + 1;
      nl = chunk.indexOf(10, start);
    }
    for (; nl >= 0; nl = chunk.indexOf(10, start)) {
      out.push(text(chunk, start, nl));
      start = nl + 1;
    }
    if (start < chunk.length && !overlong) {
      carried += chunk.length - start;
      if (carried > MAX_LINE) {
        overlong = true;
        carry = [];
      } else carry.push(chunk.subarray(start));
    }
    if (out.length) yield out;
  }
  if (overlong) yield [null];
  else if (carried) {
    const whole = Buffer.concat(carry);
    yield [text(whole, 0, whole.length)];
  }
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
