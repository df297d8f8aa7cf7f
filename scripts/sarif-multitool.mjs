#!/usr/bin/env node
// Sarif.Multitool (the SARIF SDK's validator, a self-contained linux-x64 .NET binary), which the
// slow test tier runs on hookscan's SARIF. It is not a devDependency: its package declares
// os/cpu linux-x64, which would make `npm ci` fail on macOS and Windows. It comes from the npm
// registry (`npm pack @microsoft/sarif-multitool-linux@<version>`, integrity-checked by npm) into
// .cache/ (gitignored), once, the same way scripts/node24.mjs fetches Node 24.
//
//   node scripts/sarif-multitool.mjs   prints the path of the Sarif.Multitool binary (fetching it if needed)
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const MULTITOOL_VERSION = '5.7.0';
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const MULTITOOL_DIR = join(ROOT, '.cache', `sarif-multitool-linux-${MULTITOOL_VERSION}`);
export const MULTITOOL_BIN = join(MULTITOOL_DIR, 'Sarif.Multitool');

/** Returns the path of the binary, downloading the package through npm if needed. */
export function ensureMultitool({ quiet = false } = {}) {
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    throw new Error(`@microsoft/sarif-multitool-linux runs on linux-x64 only (this is ${process.platform}-${process.arch})`);
  }
  if (!existsSync(MULTITOOL_BIN)) {
    const tmp = `${MULTITOOL_DIR}.tmp-${process.pid}`;
    rmSync(tmp, { recursive: true, force: true });
    mkdirSync(tmp, { recursive: true });
    if (!quiet) process.stderr.write(`fetching @microsoft/sarif-multitool-linux@${MULTITOOL_VERSION} from the npm registry into .cache/ (once)\n`);
    const out = execFileSync('npm', ['pack', `@microsoft/sarif-multitool-linux@${MULTITOOL_VERSION}`, '--pack-destination', tmp, '--silent'], {
      cwd: tmp,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const tgz = join(tmp, out.trim().split('\n').pop());
    execFileSync('tar', ['xzf', tgz, '-C', tmp]);
    rmSync(tgz);
    rmSync(MULTITOOL_DIR, { recursive: true, force: true });
    renameSync(join(tmp, 'package'), MULTITOOL_DIR);
    rmSync(tmp, { recursive: true, force: true });
  }
  chmodSync(MULTITOOL_BIN, 0o755);
  return MULTITOOL_BIN;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  console.log(ensureMultitool());
}
