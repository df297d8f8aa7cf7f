/**
 * Archives as users get them: npm tarballs (.tgz), .tar, .tar.gz, .gz, .zip and its relatives
 * (.whl, .jar, .nupkg, .vsix…). Each member is read into memory (up to the member cap) and scanned
 * as bytes at `archive.tgz!package/index.js` (gitleaks' `!` convention); nested archives are opened
 * to a bounded depth. Caps on member size, total uncompressed bytes and entry count turn archive
 * bombs into counted skips; a corrupt archive is a counted skip with the reason, never a crash.
 *
 * Tar is read as a stream with node-tar's parser (the one npm itself unpacks packages with), gzip
 * with node's zlib; zip with yauzl, which reads the central directory and each member through
 * random access to the file (a zip cannot be read front to back safely), never the whole file.
 */
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { createGunzip } from 'node:zlib';
import { Readable } from 'node:stream';
import type { ReadEntry } from 'tar';
import type { Entry as ZipEntry, Options as ZipOptions, ZipFile } from 'yauzl';
import type { SkippedFile } from '../types.js';
import type { SourceSink } from './types.js';

export { DEFAULT_ARCHIVE_LIMITS, hasArchiveName, InFlight, sniffArchive, type ArchiveFormat, type ArchiveLimits, type ArchiveOptions } from './archive-shape.js';
import { looksLikeTar, sniffArchive, ZIP_NAMES, type ArchiveFormat, type ArchiveLimits, InFlight } from './archive-shape.js';

/** By content first, then by name (zip files with a prefix, tar files that fail the sniff). */
function formatOf(head: Uint8Array, name: string): ArchiveFormat | undefined {
  return sniffArchive(head) ?? (ZIP_NAMES.test(name) ? 'zip' : /\.(tar|gem)$/i.test(name) ? 'tar' : /\.(tgz|taz|gz|crate)$/i.test(name) ? 'gzip' : undefined);
}

/** Thrown when a cap of the whole archive is reached; the skip is recorded where it happened. */
class ArchiveLimitReached extends Error {}
/** A member larger than the member cap (found while reading: the declared size can lie). */
class MemberTooLarge extends Error {}

interface Walk {
  sink: SourceSink;
  limits: ArchiveLimits;
  /** The member size cap (the file size cap). */
  maxMemberSize: number;
  inFlight: InFlight;
  signal?: AbortSignal;
  /** Uncompressed bytes and entries read so far from the outermost archive. */
  bytes: number;
  entries: number;
}

export interface ArchiveScanOptions {
  limits: ArchiveLimits;
  maxMemberSize: number;
  /** Shared across archives; one is made when not given. */
  inFlight?: InFlight;
  signal?: AbortSignal;
}

const isAbort = (e: unknown) => (e as Error)?.name === 'AbortError';
const message = (e: unknown) => ((e as Error)?.message ?? String(e)).split('\n')[0];

/** `archive!member`, the member name made relative and slash-separated. */
function memberPath(archive: string, name: string): string {
  let n = name.replace(/\\/g, '/');
  for (;;) {
    const m = n.replace(/^(\.\/|\/)+/, '');
    if (m === n) break;
    n = m;
  }
  return `${archive}!${n}`;
}

/**
 * Scans a file as an archive if it is one (by content, or by name when content is ambiguous).
 * Returns false when it is not an archive: the caller scans it as an ordinary file.
 */
export async function scanArchiveFile(file: string, path: string, sink: SourceSink, opts: ArchiveScanOptions): Promise<boolean> {
  const head = Buffer.alloc(512);
  let n = 0;
  try {
    const fh = await open(file, 'r');
    try {
      n = (await fh.read(head, 0, 512, 0)).bytesRead;
    } finally {
      await fh.close();
    }
  } catch {
    return false; // the ordinary file path reports it as unreadable
  }
  const format = formatOf(head.subarray(0, n), file);
  if (!format) return false;
  await readWhole(format, { file }, path, sink, opts);
  return true;
}

/** Scans archive bytes already in memory (a nested archive, or a caller's own bytes). */
export async function scanArchiveBytes(bytes: Buffer, path: string, sink: SourceSink, opts: ArchiveScanOptions): Promise<boolean> {
  const format = sniffArchive(bytes.subarray(0, 512));
  if (!format) return false;
  await readWhole(format, { bytes }, path, sink, opts);
  return true;
}

/** One archive from the top: its members to the sink within the limits (reaching one ends the archive, not the scan). */
async function readWhole(format: Parameters<typeof readArchive>[0], input: Parameters<typeof readArchive>[1], path: string, sink: SourceSink, opts: ArchiveScanOptions): Promise<void> {
  const inFlight = opts.inFlight ?? new InFlight(4);
  const walk: Walk = { sink, limits: opts.limits, maxMemberSize: opts.maxMemberSize, inFlight, signal: opts.signal, bytes: 0, entries: 0 };
  try {
    await readArchive(format, input, path, 1, walk);
  } catch (e) {
    if (!(e instanceof ArchiveLimitReached)) throw e;
  }
  if (!opts.inFlight) await inFlight.drain();
}

type Input = { file: string } | { bytes: Buffer };

function skip(walk: Walk, s: SkippedFile): void {
  walk.sink.skip(s);
}

/** Records a cap reached at this archive and stops the whole outermost archive. */
function limitReached(walk: Walk, path: string, detail: string): never {
  skip(walk, { path, reason: 'archive-limit', detail });
  throw new ArchiveLimitReached(detail);
}

function countEntry(walk: Walk, path: string): void {
  if (++walk.entries > walk.limits.maxEntries) limitReached(walk, path, `more than ${walk.limits.maxEntries} entries; stopped reading`);
}

function countBytes(walk: Walk, path: string, n: number): void {
  walk.bytes += n;
  if (walk.bytes > walk.limits.maxTotalBytes) limitReached(walk, path, `more than ${walk.limits.maxTotalBytes} bytes uncompressed; stopped reading`);
}

/** Reads one archive; a corrupt one becomes a skip (what was read before the damage stays scanned). */
async function readArchive(format: ArchiveFormat, input: Input, path: string, depth: number, walk: Walk): Promise<void> {
  try {
    if (format === 'zip') await readZip(input, path, depth, walk);
    else await readTarOrGzip(format, input, path, depth, walk);
  } catch (e) {
    if (e instanceof ArchiveLimitReached || isAbort(e)) throw e;
    walk.signal?.throwIfAborted();
    skip(walk, { path, reason: 'corrupt-archive', detail: message(e) });
  }
}

/** A member's bytes: another archive (opened if the depth allows) or a file to scan. */
async function handleMember(path: string, bytes: Buffer, depth: number, walk: Walk): Promise<void> {
  walk.signal?.throwIfAborted();
  const format = sniffArchive(bytes.subarray(0, 512));
  if (format) {
    if (depth >= walk.limits.maxDepth) {
      skip(walk, { path, reason: 'archive-limit', detail: `archive nested more than ${walk.limits.maxDepth} levels deep` });
      return;
    }
    await readArchive(format, { bytes }, path, depth + 1, walk);
    return;
  }
  await walk.inFlight.room();
  walk.inFlight.add(walk.sink.scan({ kind: 'bytes', bytes, manifest: /(?:^|[/!])package\.json$/.test(path), name: path }, [{ path }]));
}

/** Yields the chunks of a stream, counting them against the total cap. */
async function* metered(chunks: AsyncIterable<Buffer>, path: string, walk: Walk): AsyncGenerator<Buffer> {
  for await (const c of chunks) {
    walk.signal?.throwIfAborted();
    countBytes(walk, path, c.length);
    yield c;
  }
}

function rawStream(input: Input): Readable {
  return 'file' in input ? createReadStream(input.file, { highWaterMark: 256 * 1024 }) : Readable.from([input.bytes]);
}

/** .tar, .tgz/.tar.gz, and a gzip of one file (`x.log.gz!x.log`). */
async function readTarOrGzip(format: 'tar' | 'gzip', input: Input, path: string, depth: number, walk: Walk): Promise<void> {
  const raw = rawStream(input);
  let source: Readable = raw;
  if (format === 'gzip') {
    const gunzip = createGunzip();
    raw.on('error', (e) => gunzip.destroy(e));
    source = raw.pipe(gunzip);
  }
  try {
    const it = metered(source, path, walk)[Symbol.asyncIterator]();
    // Enough bytes to tell a tarball from a gzip of one file.
    const head: Buffer[] = [];
    let headLen = 0;
    let ended = false;
    while (headLen < 512) {
      const r = await it.next();
      if (r.done) {
        ended = true;
        break;
      }
      head.push(r.value);
      headLen += r.value.length;
    }
    const first = Buffer.concat(head);
    async function* rest(): AsyncGenerator<Buffer> {
      if (first.length) yield first;
      if (ended) return;
      for (;;) {
        const r = await it.next();
        if (r.done) return;
        yield r.value;
      }
    }
    if (format === 'gzip' && !looksLikeTar(first)) {
      const name = path.replace(/^.*[!/]/, '').replace(/\.(gz|tgz|taz)$/i, (m) => (m.toLowerCase() === '.gz' ? '' : '.tar'));
      await readSingle(rest(), memberPath(path, name || 'data'), depth, walk);
      return;
    }
    await readTar(rest(), path, depth, walk);
  } finally {
    source.destroy();
    raw.destroy();
  }
}

/** The one file inside a plain gzip. */
async function readSingle(chunks: AsyncIterable<Buffer>, path: string, depth: number, walk: Walk): Promise<void> {
  countEntry(walk, path);
  const parts: Buffer[] = [];
  let n = 0;
  for await (const c of chunks) {
    n += c.length;
    if (n > walk.maxMemberSize) {
      skip(walk, { path, reason: 'too-large', detail: `more than ${walk.maxMemberSize} bytes uncompressed` });
      return;
    }
    parts.push(c);
  }
  await handleMember(path, Buffer.concat(parts), depth, walk);
}

const TAR_FILE_TYPES = new Set(['File', 'OldFile', 'ContiguousFile']);
/** Members read but not yet handled, per tar archive (bounds memory while scans catch up). */
const TAR_BACKLOG = 4;

async function readTar(chunks: AsyncIterable<Buffer>, path: string, depth: number, walk: Walk): Promise<void> {
  // Loaded on first use: most scans meet no archive, and start-up time matters in git hooks.
  const { Parser } = await import('tar');
  let failure: { error: unknown } | undefined;
  const fail = (error: unknown) => {
    failure ??= { error };
  };
  let damaged: string | undefined;
  let queue: Promise<void> = Promise.resolve();
  let backlog = 0;
  let done = false;
  const parser = new Parser({
    strict: false,
    zstd: false,
    brotli: false,
    // Caps are ours (total bytes, entries); the tar parser sees already decompressed bytes.
    maxDecompressionRatio: Infinity,
    onwarn: (code: string, msg: string) => {
      damaged ??= `${code}: ${msg}`;
    },
    onReadEntry: (entry: ReadEntry) => {
      // An entry not read must be resumed (drained), or the parser waits for it forever.
      if (failure || !TAR_FILE_TYPES.has(entry.type)) return void entry.resume(); // directories, links, devices: nothing to scan
      const member = memberPath(path, entry.path);
      try {
        countEntry(walk, path);
      } catch (e) {
        fail(e);
        return void entry.resume();
      }
      if (entry.size > walk.maxMemberSize) {
        skip(walk, { path: member, reason: 'too-large', detail: `${entry.size} bytes > ${walk.maxMemberSize}` });
        return void entry.resume();
      }
      const parts: Buffer[] = [];
      entry.on('data', (c: Buffer) => parts.push(c));
      entry.on('end', () => {
        const bytes = Buffer.concat(parts);
        backlog++;
        queue = queue
          // Members read before a cap was reached are still scanned; after an abort or a crash, none is.
          .then(() => (failure && !(failure.error instanceof ArchiveLimitReached) ? undefined : handleMember(member, bytes, depth, walk)))
          .catch(fail)
          .finally(() => {
            backlog--;
          });
      });
    },
  });
  const finished = new Promise<void>((resolve) => {
    parser.on('end', resolve);
    parser.on('close', resolve);
    parser.on('error', (e: unknown) => {
      // TAR_ABORT and unrecoverable damage: keep what was read, record the damage.
      damaged ??= message(e);
      resolve();
    });
  });
  void finished.then(() => {
    done = true;
  });
  try {
    for await (const c of chunks) {
      if (failure || done) break;
      if (!parser.write(c) && !done) await Promise.race([new Promise((r) => parser.once('drain', r)), finished]);
      while (backlog > TAR_BACKLOG && !failure) await queue;
    }
  } catch (e) {
    fail(e);
  }
  if (!done) {
    parser.end();
    await finished;
  }
  await queue;
  if (failure) throw failure.error;
  if (damaged) skip(walk, { path, reason: 'corrupt-archive', detail: damaged });
}

const ZIP_OPTIONS: ZipOptions = { lazyEntries: true, autoClose: false, decodeStrings: false, validateEntrySizes: true };

async function readZip(input: Input, path: string, depth: number, walk: Walk): Promise<void> {
  const { default: yauzl } = await import('yauzl');
  const zip = 'file' in input ? await yauzl.openPromise(input.file, ZIP_OPTIONS) : await yauzl.fromBufferPromise(input.bytes, ZIP_OPTIONS);
  try {
    for await (const entry of zip.eachEntry()) {
      walk.signal?.throwIfAborted();
      countEntry(walk, path);
      // decodeStrings is off so that names such as ../x or C:\x are read, not rejected: nothing is extracted.
      const raw = entry.fileNameRaw ?? (entry.fileName as unknown as Buffer);
      const name = yauzl.getFileNameLowLevel(entry.generalPurposeBitFlag, raw, entry.extraFields, false);
      if (name.endsWith('/')) continue;
      const member = memberPath(path, name);
      if (entry.isEncrypted()) {
        skip(walk, { path: member, reason: 'unreadable', detail: 'encrypted zip entry' });
        continue;
      }
      if (!entry.canDecodeFileData()) {
        skip(walk, { path: member, reason: 'unreadable', detail: `zip compression method ${entry.compressionMethod} is not supported` });
        continue;
      }
      if (entry.uncompressedSize > walk.maxMemberSize) {
        skip(walk, { path: member, reason: 'too-large', detail: `${entry.uncompressedSize} bytes > ${walk.maxMemberSize}` });
        continue;
      }
      let bytes: Buffer;
      try {
        bytes = await readZipEntry(zip, entry, path, walk);
      } catch (e) {
        if (e instanceof ArchiveLimitReached || isAbort(e)) throw e;
        if (e instanceof MemberTooLarge) skip(walk, { path: member, reason: 'too-large', detail: e.message });
        else skip(walk, { path: member, reason: 'corrupt-archive', detail: message(e) });
        continue;
      }
      await handleMember(member, bytes, depth, walk);
    }
  } finally {
    if (zip.isOpen) zip.close();
  }
}

async function readZipEntry(zip: ZipFile, entry: ZipEntry, path: string, walk: Walk): Promise<Buffer> {
  const stream = await zip.openReadStreamPromise(entry);
  const parts: Buffer[] = [];
  let n = 0;
  try {
    for await (const c of metered(stream as AsyncIterable<Buffer>, path, walk)) {
      n += c.length;
      // The declared size can lie (yauzl also checks it): never hold more than the cap.
      if (n > walk.maxMemberSize) throw new MemberTooLarge(`more than ${walk.maxMemberSize} bytes uncompressed`);
      parts.push(c);
    }
  } finally {
    stream.destroy();
  }
  return Buffer.concat(parts);
}
