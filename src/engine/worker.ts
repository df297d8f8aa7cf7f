/** Worker thread: builds a Detector from the patterns it is given and processes batches of jobs. */
import { parentPort, workerData } from 'node:worker_threads';
import { Detector } from '../detect/index.js';
import type { Pattern } from '../types.js';
import { packResult, processJob, type Job } from './job.js';

const detector = new Detector((workerData as { patterns: Pattern[] }).patterns);
parentPort!.on('message', (msg: { id: number; jobs: Job[] }) => {
  parentPort!.postMessage({ id: msg.id, results: msg.jobs.map((j) => packResult(processJob(detector, j))) });
});
