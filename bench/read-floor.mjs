#!/usr/bin/env node
// The floor of the working-tree row (issue 14): what any scanner written in Node pays before it
// detects anything. It walks a folder as hookscan does (readdirSync, no symbolic links followed),
// hands the paths to worker threads in batches of 64 as it goes, and each worker opens, reads into
// one reused buffer and closes every file. Nothing is matched and nothing is reported but the file
// and byte counts. `node bench/run.mjs` times it against the same ripgrep command as hookscan.
//
// With --detect, each worker runs hookscan's detector on each file (dist/engine/job.js, as a
// detection worker does) and nothing else of hookscan: what detection adds to the floor, apart
// from the main thread's hand-over and the report. Needs `npm run build`.
//
//   node bench/read-floor.mjs FOLDER [--jobs 2] [--detect]
import { closeSync, openSync, readSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';

const dist = new URL('../dist/', import.meta.url);

if (isMainThread) {
  const root = process.argv[2];
  const j = process.argv.indexOf('--jobs');
  const jobs = j > 0 ? Number(process.argv[j + 1]) : 2;
  if (!root) {
    console.error('usage: node bench/read-floor.mjs FOLDER [--jobs 2]');
    process.exit(2);
  }
  let patterns;
  if (process.argv.includes('--detect')) {
    const { activePatterns } = await import(new URL('scan.js', dist));
    patterns = activePatterns({}, { disableRules: [] });
  }
  const workers = Array.from({ length: jobs }, () => new Worker(new URL(import.meta.url), { workerData: { patterns } }));
  let files = 0, bytes = 0, matches = 0, left = jobs;
  for (const w of workers) {
    w.on('message', (m) => {
      files += m.files;
      bytes += m.bytes;
      matches += m.matches;
      if (--left === 0) console.log(`${files} files, ${(bytes / 1e6).toFixed(0)} MB read${patterns ? `, ${matches} matches` : ''}`);
      w.terminate();
    });
  }
  let batch = [], next = 0;
  const send = () => {
    workers[next++ % jobs].postMessage(batch);
    batch = [];
  };
  const todo = [root];
  while (todo.length) {
    const dir = todo.pop();
    for (const d of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, d.name);
      if (d.isDirectory()) todo.push(path);
      else if (d.isFile()) {
        batch.push(path);
        if (batch.length === 64) send();
      }
    }
  }
  if (batch.length) send();
  for (const w of workers) w.postMessage(null);
} else if (workerData.patterns) {
  const { Detector } = await import(new URL('detect/index.js', dist));
  const { processJob } = await import(new URL('engine/job.js', dist));
  const detector = new Detector(workerData.patterns);
  let files = 0, bytes = 0, matches = 0;
  parentPort.on('message', (paths) => {
    if (paths === null) return parentPort.postMessage({ files, bytes, matches });
    for (const file of paths) {
      const r = processJob(detector, { kind: 'file', file, maxFileSize: 50 * 1024 * 1024 });
      files++;
      if (r.ok) {
        bytes += r.size;
        matches += r.matches.length;
      }
    }
  });
} else {
  let buf = Buffer.allocUnsafe(1 << 20);
  let files = 0, bytes = 0;
  parentPort.on('message', (paths) => {
    if (paths === null) return parentPort.postMessage({ files, bytes, matches: 0 });
    for (const p of paths) {
      const fd = openSync(p, 'r');
      let n = 0;
      for (;;) {
        if (n === buf.length) {
          const bigger = Buffer.allocUnsafe(buf.length * 2);
          buf.copy(bigger, 0, 0, n);
          buf = bigger;
        }
        const r = readSync(fd, buf, n, buf.length - n, null);
        n += r;
        if (n < buf.length) break; // short of the buffer: the whole file (one read for most files, as hookscan)
      }
      closeSync(fd);
      files++;
      bytes += n;
    }
  });
}
