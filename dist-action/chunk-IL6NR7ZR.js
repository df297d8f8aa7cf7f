// hookscan GitHub Action, bundled from src/ by `npm run build:action` (scripts/build-action.mjs). Do not edit.
import { createRequire as __hookscanCreateRequire } from 'node:module';
const require = __hookscanCreateRequire(import.meta.url);

// src/sources/archive.ts
import { createReadStream } from "node:fs";
import { open } from "node:fs/promises";
import { createGunzip } from "node:zlib";
import { Readable } from "node:stream";

// src/sources/archive-shape.ts
var DEFAULT_ARCHIVE_LIMITS = {
  maxDepth: 4,
  maxTotalBytes: 1024 * 1024 * 1024,
  maxEntries: 1e5
};
var ZIP_NAMES = /\.(zip|whl|egg|jar|war|ear|aar|apk|nupkg|vsix|xpi)$/i;
var TAR_NAMES = /\.(tar|tgz|tar\.gz|taz|gem|crate|gz)$/i;
function hasArchiveName(name) {
  return ZIP_NAMES.test(name) || TAR_NAMES.test(name);
}
function looksLikeTar(b) {
  if (b.length < 512) return false;
  if (b[257] === 117 && b[258] === 115 && b[259] === 116 && b[260] === 97 && b[261] === 114) return true;
  const field = Buffer.from(b.subarray(148, 156)).toString("latin1").replace(/[\0 ]+$/, "").trim();
  if (!/^[0-7]{1,7}$/.test(field)) return false;
  let sum = 0;
  for (let i = 0; i < 512; i++) sum += i >= 148 && i < 156 ? 32 : b[i];
  return sum === parseInt(field, 8) && b[0] !== 0;
}
function sniffArchive(head) {
  if (head.length >= 4 && head[0] === 80 && head[1] === 75 && (head[2] === 3 && head[3] === 4 || head[2] === 5 && head[3] === 6)) return "zip";
  if (head.length >= 3 && head[0] === 31 && head[1] === 139 && head[2] === 8) return "gzip";
  if (looksLikeTar(head)) return "tar";
  return void 0;
}
var InFlight = class {
  constructor(max) {
    this.max = max;
  }
  max;
  running = /* @__PURE__ */ new Set();
  failure;
  /** Waits until a slot is free. */
  async room() {
    while (this.running.size >= this.max) await Promise.race(this.running);
    this.check();
  }
  add(p) {
    const tracked = p.then(
      () => {
        this.running.delete(tracked);
      },
      (error) => {
        this.running.delete(tracked);
        this.failure ??= { error };
      }
    );
    this.running.add(tracked);
  }
  /** Waits for every scan and rethrows the first failure (an abort, a worker crash). */
  async drain() {
    while (this.running.size) await Promise.all(this.running);
    this.check();
  }
  check() {
    if (this.failure) throw this.failure.error;
  }
};

// src/sources/archive.ts
function formatOf(head, name) {
  return sniffArchive(head) ?? (ZIP_NAMES.test(name) ? "zip" : /\.(tar|gem)$/i.test(name) ? "tar" : /\.(tgz|taz|gz|crate)$/i.test(name) ? "gzip" : void 0);
}
var ArchiveLimitReached = class extends Error {
};
var MemberTooLarge = class extends Error {
};
var isAbort = (e) => e?.name === "AbortError";
var message = (e) => (e?.message ?? String(e)).split("\n")[0];
function memberPath(archive, name) {
  let n = name.replace(/\\/g, "/");
  for (; ; ) {
    const m = n.replace(/^(\.\/|\/)+/, "");
    if (m === n) break;
    n = m;
  }
  return `${archive}!${n}`;
}
async function scanArchiveFile(file, path, sink, opts) {
  const head = Buffer.alloc(512);
  let n = 0;
  try {
    const fh = await open(file, "r");
    try {
      n = (await fh.read(head, 0, 512, 0)).bytesRead;
    } finally {
      await fh.close();
    }
  } catch {
    return false;
  }
  const format = formatOf(head.subarray(0, n), file);
  if (!format) return false;
  await readWhole(format, { file }, path, sink, opts);
  return true;
}
async function scanArchiveBytes(bytes, path, sink, opts) {
  const format = sniffArchive(bytes.subarray(0, 512));
  if (!format) return false;
  await readWhole(format, { bytes }, path, sink, opts);
  return true;
}
async function readWhole(format, input, path, sink, opts) {
  const inFlight = opts.inFlight ?? new InFlight(4);
  const walk = { sink, limits: opts.limits, maxMemberSize: opts.maxMemberSize, inFlight, signal: opts.signal, bytes: 0, entries: 0 };
  try {
    await readArchive(format, input, path, 1, walk);
  } catch (e) {
    if (!(e instanceof ArchiveLimitReached)) throw e;
  }
  if (!opts.inFlight) await inFlight.drain();
}
function skip(walk, s) {
  walk.sink.skip(s);
}
function limitReached(walk, path, detail) {
  skip(walk, { path, reason: "archive-limit", detail });
  throw new ArchiveLimitReached(detail);
}
function countEntry(walk, path) {
  if (++walk.entries > walk.limits.maxEntries) limitReached(walk, path, `more than ${walk.limits.maxEntries} entries; stopped reading`);
}
function countBytes(walk, path, n) {
  walk.bytes += n;
  if (walk.bytes > walk.limits.maxTotalBytes) limitReached(walk, path, `more than ${walk.limits.maxTotalBytes} bytes uncompressed; stopped reading`);
}
async function readArchive(format, input, path, depth, walk) {
  try {
    if (format === "zip") await readZip(input, path, depth, walk);
    else await readTarOrGzip(format, input, path, depth, walk);
  } catch (e) {
    if (e instanceof ArchiveLimitReached || isAbort(e)) throw e;
    walk.signal?.throwIfAborted();
    skip(walk, { path, reason: "corrupt-archive", detail: message(e) });
  }
}
async function handleMember(path, bytes, depth, walk) {
  walk.signal?.throwIfAborted();
  const format = sniffArchive(bytes.subarray(0, 512));
  if (format) {
    if (depth >= walk.limits.maxDepth) {
      skip(walk, { path, reason: "archive-limit", detail: `archive nested more than ${walk.limits.maxDepth} levels deep` });
      return;
    }
    await readArchive(format, { bytes }, path, depth + 1, walk);
    return;
  }
  await walk.inFlight.room();
  walk.inFlight.add(walk.sink.scan({ kind: "bytes", bytes, manifest: /(?:^|[/!])package\.json$/.test(path), name: path }, [{ path }]));
}
async function* metered(chunks, path, walk) {
  for await (const c of chunks) {
    walk.signal?.throwIfAborted();
    countBytes(walk, path, c.length);
    yield c;
  }
}
function rawStream(input) {
  return "file" in input ? createReadStream(input.file, { highWaterMark: 256 * 1024 }) : Readable.from([input.bytes]);
}
async function readTarOrGzip(format, input, path, depth, walk) {
  const raw = rawStream(input);
  let source = raw;
  if (format === "gzip") {
    const gunzip = createGunzip();
    raw.on("error", (e) => gunzip.destroy(e));
    source = raw.pipe(gunzip);
  }
  try {
    const it = metered(source, path, walk)[Symbol.asyncIterator]();
    const head = [];
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
    async function* rest() {
      if (first.length) yield first;
      if (ended) return;
      for (; ; ) {
        const r = await it.next();
        if (r.done) return;
        yield r.value;
      }
    }
    if (format === "gzip" && !looksLikeTar(first)) {
      const name = path.replace(/^.*[!/]/, "").replace(/\.(gz|tgz|taz)$/i, (m) => m.toLowerCase() === ".gz" ? "" : ".tar");
      await readSingle(rest(), memberPath(path, name || "data"), depth, walk);
      return;
    }
    await readTar(rest(), path, depth, walk);
  } finally {
    source.destroy();
    raw.destroy();
  }
}
async function readSingle(chunks, path, depth, walk) {
  countEntry(walk, path);
  const parts = [];
  let n = 0;
  for await (const c of chunks) {
    n += c.length;
    if (n > walk.maxMemberSize) {
      skip(walk, { path, reason: "too-large", detail: `more than ${walk.maxMemberSize} bytes uncompressed` });
      return;
    }
    parts.push(c);
  }
  await handleMember(path, Buffer.concat(parts), depth, walk);
}
var TAR_FILE_TYPES = /* @__PURE__ */ new Set(["File", "OldFile", "ContiguousFile"]);
var TAR_BACKLOG = 4;
async function readTar(chunks, path, depth, walk) {
  const { Parser } = await import("./chunk-C4ZEETJ3.js");
  let failure;
  const fail = (error) => {
    failure ??= { error };
  };
  let damaged;
  let queue = Promise.resolve();
  let backlog = 0;
  let done = false;
  const parser = new Parser({
    strict: false,
    zstd: false,
    brotli: false,
    // Caps are ours (total bytes, entries); the tar parser sees already decompressed bytes.
    maxDecompressionRatio: Infinity,
    onwarn: (code, msg) => {
      damaged ??= `${code}: ${msg}`;
    },
    onReadEntry: (entry) => {
      if (failure || !TAR_FILE_TYPES.has(entry.type)) return void entry.resume();
      const member = memberPath(path, entry.path);
      try {
        countEntry(walk, path);
      } catch (e) {
        fail(e);
        return void entry.resume();
      }
      if (entry.size > walk.maxMemberSize) {
        skip(walk, { path: member, reason: "too-large", detail: `${entry.size} bytes > ${walk.maxMemberSize}` });
        return void entry.resume();
      }
      const parts = [];
      entry.on("data", (c) => parts.push(c));
      entry.on("end", () => {
        const bytes = Buffer.concat(parts);
        backlog++;
        queue = queue.then(() => failure && !(failure.error instanceof ArchiveLimitReached) ? void 0 : handleMember(member, bytes, depth, walk)).catch(fail).finally(() => {
          backlog--;
        });
      });
    }
  });
  const finished = new Promise((resolve) => {
    parser.on("end", resolve);
    parser.on("close", resolve);
    parser.on("error", (e) => {
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
      if (!parser.write(c) && !done) await Promise.race([new Promise((r) => parser.once("drain", r)), finished]);
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
  if (damaged) skip(walk, { path, reason: "corrupt-archive", detail: damaged });
}
var ZIP_OPTIONS = { lazyEntries: true, autoClose: false, decodeStrings: false, validateEntrySizes: true };
async function readZip(input, path, depth, walk) {
  const { default: yauzl } = await import("./chunk-M5GIHU4G.js");
  const zip = "file" in input ? await yauzl.openPromise(input.file, ZIP_OPTIONS) : await yauzl.fromBufferPromise(input.bytes, ZIP_OPTIONS);
  try {
    for await (const entry of zip.eachEntry()) {
      walk.signal?.throwIfAborted();
      countEntry(walk, path);
      const raw = entry.fileNameRaw ?? entry.fileName;
      const name = yauzl.getFileNameLowLevel(entry.generalPurposeBitFlag, raw, entry.extraFields, false);
      if (name.endsWith("/")) continue;
      const member = memberPath(path, name);
      if (entry.isEncrypted()) {
        skip(walk, { path: member, reason: "unreadable", detail: "encrypted zip entry" });
        continue;
      }
      if (!entry.canDecodeFileData()) {
        skip(walk, { path: member, reason: "unreadable", detail: `zip compression method ${entry.compressionMethod} is not supported` });
        continue;
      }
      if (entry.uncompressedSize > walk.maxMemberSize) {
        skip(walk, { path: member, reason: "too-large", detail: `${entry.uncompressedSize} bytes > ${walk.maxMemberSize}` });
        continue;
      }
      let bytes;
      try {
        bytes = await readZipEntry(zip, entry, path, walk);
      } catch (e) {
        if (e instanceof ArchiveLimitReached || isAbort(e)) throw e;
        if (e instanceof MemberTooLarge) skip(walk, { path: member, reason: "too-large", detail: e.message });
        else skip(walk, { path: member, reason: "corrupt-archive", detail: message(e) });
        continue;
      }
      await handleMember(member, bytes, depth, walk);
    }
  } finally {
    if (zip.isOpen) zip.close();
  }
}
async function readZipEntry(zip, entry, path, walk) {
  const stream = await zip.openReadStreamPromise(entry);
  const parts = [];
  let n = 0;
  try {
    for await (const c of metered(stream, path, walk)) {
      n += c.length;
      if (n > walk.maxMemberSize) throw new MemberTooLarge(`more than ${walk.maxMemberSize} bytes uncompressed`);
      parts.push(c);
    }
  } finally {
    stream.destroy();
  }
  return Buffer.concat(parts);
}

export {
  DEFAULT_ARCHIVE_LIMITS,
  hasArchiveName,
  sniffArchive,
  InFlight,
  scanArchiveFile,
  scanArchiveBytes
};
