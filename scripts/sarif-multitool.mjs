#!/usr/bin/env node
// Sarif.Multitool (the SARIF SDK's validator, a self-contained linux-x64 .NET binary), which the
// slow test tier runs on hookscan's SARIF. It is not a devDependency: its package declares
// os/cpu linux-x64, which would make `npm ci` fail on macOS and Windows. It comes from the npm
// registry (`npm pack @microsoft/sarif-multitool-linux@<version>`, integrity-checked by npm) into
// .cache/ (gitignored), once, through scripts/npm-tool-cache.mjs.
//
//   node scripts/sarif-multitool.mjs   prints the path of the Sarif.Multitool binary (fetching it if needed)
import { chmodSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CACHE_DIR, ensureNpmTool } from './npm-tool-cache.mjs';

export const MULTITOOL_VERSION = '5.7.0';
export const MULTITOOL_DIR = join(CACHE_DIR, `sarif-multitool-linux-${MULTITOOL_VERSION}`);
export const MULTITOOL_BIN = join(MULTITOOL_DIR, 'Sarif.Multitool');

/** Returns the path of the binary, downloading the package through npm if needed. */
export function ensureMultitool({ quiet = false } = {}) {
  ensureNpmTool(`@microsoft/sarif-multitool-linux@${MULTITOOL_VERSION}`, MULTITOOL_DIR, MULTITOOL_BIN, { quiet });
  chmodSync(MULTITOOL_BIN, 0o755);
  return MULTITOOL_BIN;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  console.log(ensureMultitool());
}
