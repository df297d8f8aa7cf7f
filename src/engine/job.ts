/** One unit of detection work — a file to read or bytes already read — and how it is processed. */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { Detector, installTargets, locate, type InstallTarget, type LocatedMatch } from '../detect/index.js';
import { classify } from '../detect/content.js';
import { LineCounter } from '../detect/position.js';
import { languageOf } from '../detect/evidence.js';
import type { FileRange, ScanUnit, SkippedFile } from '../types.js';

/** One unit of detection work, as a source hands it over. */
export type Job = ScanUnit;

/** A match dropped as a placeholder, with its line where it was in the file as written. */
export interface DroppedLine {
  ruleId: string;
  redactedUrl: string;
  reason: string;
  line?: number;
}

/** Line numbers of the dropped matches (the one line table of the buffer, built once). */
function droppedLines(bytes: Buffer, dropped: { ruleId: string; redactedUrl: string; reason: string; start?: number }[]): DroppedLine[] {
  const lines = new LineCounter(bytes);
  return dropped.map(({ start, ...d }) => (start === undefined ? d : { ...d, line: lines.lineOf(start) }));
}

export type JobResult =
  /** `installTargets`: for a package.json, the files its install hooks run. */
  | { ok: true; size: number; matches: LocatedMatch[]; installTargets?: InstallTarget[]; dropped?: DroppedLine[] }
  | { ok: false; reason: SkippedFile['reason']; detail?: string };

/** One read buffer per thread, grown as needed: no garbage per file. Matches copy what they keep. */
let scratch = Buffer.allocUnsafe(1 << 20);

/** Gives the scratch buffer room for `want` bytes (at least doubling it when it grows), its first `keep` bytes kept. */
function growScratch(want: number, keep = 0): void {
  if (scratch.length >= want) return;
  const bigger = Buffer.allocUnsafe(Math.max(want, scratch.length * 2));
  if (keep) scratch.copy(bigger, 0, 0, keep);
  scratch = bigger;
}

/** Reads a whole file into the scratch buffer, or says why it is skipped. */
function readFile(file: string, maxFileSize: number): Buffer | Extract<JobResult, { ok: false }> {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (e) {
    return { ok: false, reason: 'unreadable', detail: (e as Error).message };
  }
  try {
    ahead = { key: -1, start: 0, end: 0 }; // the scratch buffer is about to hold this file
    // One read into the scratch buffer first: most files fit, and a read shorter than the buffer
    // holds the whole file (no fstat per file: the bench tree 0.98x). A file that fills it is sized
    // with fstat, skipped over the cap, else read on to EOF (it may have grown since; never past the cap).
    let n = readSync(fd, scratch, 0, scratch.length, null);
    if (n < scratch.length) return n > maxFileSize ? { ok: false, reason: 'too-large', detail: `${n} bytes > ${maxFileSize}` } : scratch.subarray(0, n);
    const size = fstatSync(fd).size;
    if (size > maxFileSize) return { ok: false, reason: 'too-large', detail: `${size} bytes > ${maxFileSize}` };
    for (;;) {
      if (n === scratch.length) {
        if (n >= maxFileSize) return { ok: false, reason: 'too-large', detail: `more than ${maxFileSize} bytes` };
        growScratch(Math.max(size + 1, n + 1), n);
      }
      const r = readSync(fd, scratch, n, scratch.length - n, null);
      if (r === 0) break;
      n += r;
    }
    return scratch.subarray(0, n);
  } catch (e) {
    return { ok: false, reason: 'unreadable', detail: (e as Error).message };
  } finally {
    closeSync(fd);
  }
}

/**
 * What the scratch buffer holds of a ranged file (`key` names the file: a descriptor number can be
 * reused for another). Ranges are read ahead: blobs follow one another in git's output, so one
 * read serves the next ones. The file only grows, so bytes once read never change.
 */
let ahead = { key: -1, start: 0, end: 0 };
const READ_AHEAD = 1 << 20;

/** Reads `length` bytes at `offset` of an open descriptor (from what was read ahead when it holds them). */
function readRange({ fd, offset, length, key }: FileRange, maxFileSize: number): Buffer | Extract<JobResult, { ok: false }> {
  if (length > maxFileSize) return { ok: false, reason: 'too-large', detail: `${length} bytes > ${maxFileSize}` };
  if (key === ahead.key && offset >= ahead.start && offset + length <= ahead.end) return scratch.subarray(offset - ahead.start, offset - ahead.start + length);
  const want = Math.max(length, READ_AHEAD);
  growScratch(want);
  ahead = { key: -1, start: 0, end: 0 };
  try {
    let n = 0;
    while (n < length) {
      const r = readSync(fd, scratch, n, want - n, offset + n);
      if (r === 0) return { ok: false, reason: 'unreadable', detail: `${length - n} bytes missing at offset ${offset + n}` };
      n += r;
    }
    ahead = { key, start: offset, end: offset + n };
    return scratch.subarray(0, length);
  } catch (e) {
    return { ok: false, reason: 'unreadable', detail: (e as Error).message };
  }
}

/**
 * A result as a worker sends it: a file that held nothing (most of them) as its size alone, a
 * number, which costs the message far less than an object with an empty array.
 */
export type PackedResult = JobResult | number;

export function packResult(r: JobResult): PackedResult {
  return r.ok && r.matches.length === 0 && !r.installTargets && !r.dropped ? r.size : r;
}

export function unpackResult(r: PackedResult): JobResult {
  return typeof r === 'number' ? { ok: true, size: r, matches: [] } : r;
}

/** Reads (for files), classifies and scans one job. Synchronous: runs inline or inside a worker. */
export function processJob(detector: Detector, job: Job): JobResult {
  let bytes: Buffer;
  if (job.kind === 'file') {
    const r = job.range ? readRange(job.range, job.maxFileSize) : readFile(job.file, job.maxFileSize);
    if (!Buffer.isBuffer(r)) return r;
    bytes = r;
  } else {
    bytes = Buffer.isBuffer(job.bytes) ? job.bytes : Buffer.from(job.bytes.buffer, job.bytes.byteOffset, job.bytes.byteLength);
  }
  const c = classify(bytes);
  if ('skip' in c) return { ok: false, reason: c.skip };
  const manifest = job.kind === 'file' ? /(?:^|[/\\])package\.json$/.test(job.file) : job.manifest;
  const targets = manifest ? installTargets(c.text) : [];
  const language = languageOf(job.kind === 'file' ? job.file : job.name);
  const matches = locate(c.text, detector.detect(c.text, { language }));
  const dropped = detector.lastDropped();
  return { ok: true, size: c.text.length, matches, ...(targets.length ? { installTargets: targets } : {}), ...(dropped.length ? { dropped: droppedLines(c.text, dropped) } : {}) };
}
