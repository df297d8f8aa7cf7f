/**
 * Detection engines: inline (small scans, start-up matters) or a pool of worker threads
 * (large scans: both cores read and match). Same jobs, same results.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { Worker } from 'node:worker_threads';
import { nodeWorkerThreads } from '../builtin.js';
import { Detector } from '../detect/index.js';
import type { Pattern } from '../types.js';
import { processJob, unpackResult, type Job, type JobResult, type PackedResult } from './job.js';

export type { Job, JobResult } from './job.js';
export { processJob } from './job.js';

export interface Engine {
  run(job: Job): Promise<JobResult>;
  /** Several jobs at once, results in their order: one promise for the lot (the working tree's batches). */
  runAll(jobs: Job[]): Promise<JobResult[]>;
  close(): Promise<void>;
  readonly threads: number;
}

export class InlineEngine implements Engine {
  readonly threads = 1;
  private readonly detector: Detector;
  constructor(patterns: Pattern[]) {
    this.detector = new Detector(patterns);
  }
  run(job: Job): Promise<JobResult> {
    return Promise.resolve(processJob(this.detector, job));
  }
  runAll(jobs: Job[]): Promise<JobResult[]> {
    return Promise.resolve(jobs.map((j) => processJob(this.detector, j)));
  }
  async close(): Promise<void> {}
}

function ownsBuffer(b: Uint8Array): boolean {
  return b.byteOffset === 0 && b.byteLength === b.buffer.byteLength;
}

interface Pending {
  job: Job;
  resolve: (r: JobResult) => void;
  reject: (e: unknown) => void;
}

/** A message sent to a worker and not yet answered: how many jobs, and who gets the results. */
interface Posted {
  slot: { inFlight: number };
  jobs: number;
  resolve: (results: JobResult[]) => void;
  reject: (e: unknown) => void;
}

const WORKER_FILE = fileURLToPath(new URL('./worker.js', import.meta.url));
const BATCH_JOBS = 64;
const BATCH_BYTES = 2 * 1024 * 1024;

/** Worker threads are available when the compiled worker exists (not when running from .ts sources). */
export function workersAvailable(): boolean {
  return existsSync(WORKER_FILE);
}

export class WorkerEngine implements Engine {
  private readonly workers: { w: Worker; inFlight: number }[] = [];
  private readonly waiting = new Map<number, Posted>();
  private batch: Pending[] = [];
  private batchBytes = 0;
  private nextId = 1;
  private flushScheduled = false;
  private failed: unknown;

  constructor(patterns: Pattern[], readonly threads: number) {
    for (let i = 0; i < threads; i++) {
      const w = new (nodeWorkerThreads().Worker)(WORKER_FILE, { workerData: { patterns } });
      const slot = { w, inFlight: 0 };
      w.on('message', (msg: { id: number; results: PackedResult[] }) => {
        const posted = this.waiting.get(msg.id)!;
        this.waiting.delete(msg.id);
        posted.slot.inFlight -= posted.jobs;
        posted.resolve(msg.results.map(unpackResult));
      });
      w.on('error', (e) => this.fail(e));
      this.workers.push(slot);
    }
  }

  private fail(e: unknown): void {
    this.failed = e;
    // Also the batch not yet sent: its promises would otherwise never settle.
    for (const posted of this.waiting.values()) posted.reject(e);
    for (const p of this.batch) p.reject(e);
    this.waiting.clear();
    this.batch = [];
  }

  run(job: Job): Promise<JobResult> {
    if (this.failed) return Promise.reject(this.failed);
    return new Promise((resolve, reject) => {
      this.batch.push({ job, resolve, reject });
      this.batchBytes += job.kind === 'bytes' ? job.bytes.byteLength : 0;
      if (this.batch.length >= BATCH_JOBS || this.batchBytes >= BATCH_BYTES) this.flush();
      else if (!this.flushScheduled) {
        this.flushScheduled = true;
        setImmediate(() => this.flush());
      }
    });
  }

  runAll(jobs: Job[]): Promise<JobResult[]> {
    if (this.failed) return Promise.reject(this.failed);
    if (jobs.length === 0) return Promise.resolve([]);
    return new Promise((resolve, reject) => this.post(jobs, resolve, reject));
  }

  private flush(): void {
    this.flushScheduled = false;
    if (this.batch.length === 0) return;
    const pend = this.batch;
    this.batch = [];
    this.batchBytes = 0;
    this.post(
      pend.map((p) => p.job),
      (results) => results.forEach((r, k) => pend[k].resolve(r)),
      (e) => pend.forEach((p) => p.reject(e)),
    );
  }

  /** Sends jobs to the least busy worker as one message. */
  private post(all: Job[], resolve: (results: JobResult[]) => void, reject: (e: unknown) => void): void {
    const slot = this.workers.reduce((a, b) => (b.inFlight < a.inFlight ? b : a));
    const id = this.nextId++;
    this.waiting.set(id, { slot, jobs: all.length, resolve, reject });
    slot.inFlight += all.length;
    // Bytes move to the worker without a copy when they own their buffer; views into larger buffers
    // (blobs inside a stream chunk) are copied first, or cloning would copy the whole buffer — all
    // of a batch's views into one buffer, so a batch is one allocation and one transfer, not one per blob.
    const packed = new Uint8Array(all.reduce((n, job) => n + (job.kind === 'bytes' && !ownsBuffer(job.bytes) ? job.bytes.byteLength : 0), 0));
    let at = 0;
    const transfer: ArrayBuffer[] = packed.byteLength ? [packed.buffer] : [];
    const jobs = all.map((job) => {
      if (job.kind !== 'bytes') return job;
      if (ownsBuffer(job.bytes)) {
        transfer.push(job.bytes.buffer as ArrayBuffer);
        return job;
      }
      packed.set(job.bytes, at);
      const bytes = packed.subarray(at, (at += job.bytes.byteLength));
      return { ...job, bytes };
    });
    slot.w.postMessage({ id, jobs }, transfer);
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((s) => s.w.terminate()));
  }
}

export interface EngineOptions {
  /** Worker threads; 0 means inline (detection on the calling thread). Default: the machine's parallelism. */
  workers?: number;
  /** Expected amount of work: small scans stay inline (no worker start-up to pay). */
  expectedUnits?: number;
  expectedBytes?: number;
}

const INLINE_BELOW_BYTES = 16 * 1024 * 1024;
const INLINE_BELOW_UNITS = 400;

export function createEngine(patterns: Pattern[], opts: EngineOptions = {}): Engine {
  const threads = opts.workers ?? availableParallelism();
  const small = opts.expectedBytes !== undefined ? opts.expectedBytes < INLINE_BELOW_BYTES : (opts.expectedUnits ?? Infinity) < INLINE_BELOW_UNITS;
  if (threads < 1 || small || !workersAvailable()) return new InlineEngine(patterns);
  return new WorkerEngine(patterns, threads);
}
