/**
 * Node built-ins that only some runs need, loaded on first use. An ES module `import` of a built-in
 * is paid at start-up by every run (a git hook scanning ten files included); `crypto`, `zlib` and
 * `worker_threads` cost a few milliseconds each, and most runs never use them.
 */
import { createRequire } from 'node:module';

const load = createRequire(import.meta.url);

let crypto: typeof import('node:crypto') | undefined;
let workerThreads: typeof import('node:worker_threads') | undefined;

export function nodeCrypto(): typeof import('node:crypto') {
  return (crypto ??= load('node:crypto') as typeof import('node:crypto'));
}

export function nodeWorkerThreads(): typeof import('node:worker_threads') {
  return (workerThreads ??= load('node:worker_threads') as typeof import('node:worker_threads'));
}

/** SHA-256 of a text, hex. */
export function sha256Hex(text: string): string {
  return nodeCrypto().createHash('sha256').update(text).digest('hex');
}

let zlib: typeof import('node:zlib') | undefined;

export function nodeZlib(): typeof import('node:zlib') {
  return (zlib ??= load('node:zlib') as typeof import('node:zlib'));
}
