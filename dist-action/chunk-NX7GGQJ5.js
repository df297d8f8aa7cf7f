// hookscan GitHub Action, bundled from src/ by `npm run build:action` (scripts/build-action.mjs). Do not edit.
import { createRequire as __hookscanCreateRequire } from 'node:module';
const require = __hookscanCreateRequire(import.meta.url);
import {
  LineCounter,
  installTargets,
  languageOf,
  locate
} from "./chunk-XBCJ5PCQ.js";

// src/engine/job.ts
import { closeSync, fstatSync, openSync, readSync } from "node:fs";

// src/detect/content.ts
var SNIFF = 8e3;
var LFS = Buffer.from("version https://git-lfs.github.com/spec/v1");
function classify(bytes) {
  if (bytes.length >= 2) {
    const b0 = bytes[0], b1 = bytes[1];
    if (b0 === 255 && b1 === 254 || b0 === 254 && b1 === 255) {
      const body = Buffer.from(bytes.subarray(2, bytes.length - bytes.length % 2));
      if (b0 === 254) body.swap16();
      return { text: Buffer.from(body.toString("utf16le"), "utf8") };
    }
  }
  if (bytes.length < 200 && bytes.subarray(0, LFS.length).equals(LFS)) return { skip: "lfs-pointer" };
  const n = Math.min(bytes.length, SNIFF);
  const nul = bytes.indexOf(0);
  if (nul >= 0 && nul < n) return { skip: "binary" };
  return { text: bytes };
}

// src/engine/job.ts
function droppedLines(bytes, dropped) {
  const lines = new LineCounter(bytes);
  return dropped.map(({ start, ...d }) => start === void 0 ? d : { ...d, line: lines.lineOf(start) });
}
var scratch = Buffer.allocUnsafe(1 << 20);
function readFile(file, maxFileSize) {
  let fd;
  try {
    fd = openSync(file, "r");
  } catch (e) {
    return { ok: false, reason: "unreadable", detail: e.message };
  }
  try {
    const size = fstatSync(fd).size;
    if (size > maxFileSize) return { ok: false, reason: "too-large", detail: `${size} bytes > ${maxFileSize}` };
    if (scratch.length < size + 1) scratch = Buffer.allocUnsafe(Math.max(size + 1, scratch.length * 2));
    let n = 0;
    const first = readSync(fd, scratch, 0, Math.min(size + 1, scratch.length), null);
    n = first;
    if (first === size) return scratch.subarray(0, n);
    for (; ; ) {
      if (n === scratch.length) {
        if (n >= maxFileSize) return { ok: false, reason: "too-large", detail: `more than ${maxFileSize} bytes` };
        const bigger = Buffer.allocUnsafe(scratch.length * 2);
        scratch.copy(bigger, 0, 0, n);
        scratch = bigger;
      }
      const r = readSync(fd, scratch, n, scratch.length - n, null);
      if (r === 0) break;
      n += r;
    }
    return scratch.subarray(0, n);
  } catch (e) {
    return { ok: false, reason: "unreadable", detail: e.message };
  } finally {
    closeSync(fd);
  }
}
function processJob(detector, job) {
  let bytes;
  if (job.kind === "file") {
    const r = readFile(job.file, job.maxFileSize);
    if (!Buffer.isBuffer(r)) return r;
    bytes = r;
  } else {
    bytes = Buffer.isBuffer(job.bytes) ? job.bytes : Buffer.from(job.bytes.buffer, job.bytes.byteOffset, job.bytes.byteLength);
  }
  const c = classify(bytes);
  if ("skip" in c) return { ok: false, reason: c.skip };
  const manifest = job.kind === "file" ? /(?:^|[/\\])package\.json$/.test(job.file) : job.manifest;
  const targets = manifest ? installTargets(c.text) : [];
  const language = languageOf(job.kind === "file" ? job.file : job.name);
  const matches = locate(c.text, detector.detect(c.text, { language }));
  const dropped = detector.lastDropped();
  return { ok: true, size: c.text.length, matches, ...targets.length ? { installTargets: targets } : {}, ...dropped.length ? { dropped: droppedLines(c.text, dropped) } : {} };
}

export {
  processJob
};
