// Platform-only tools the slow test tier needs (Node 24 for the Action, Sarif.Multitool) are not
// devDependencies: their packages declare os/cpu linux-x64, which would make `npm ci` fail on macOS
// and Windows. They come from the npm registry instead (`npm pack`, integrity-checked by npm) into
// .cache/ (gitignored), once, through this one function.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const CACHE_DIR = join(ROOT, '.cache');

/**
 * Unpacks the npm package `spec` (name@version) into `dir` unless `marker` (a file inside it)
 * already exists. Linux x64 only: throws with the reason elsewhere, which callers turn into a skip.
 */
export function ensureNpmTool(spec, dir, marker, { quiet = false } = {}) {
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    throw new Error(`${spec} runs on Linux x64 only (this is ${process.platform} ${process.arch})`);
  }
  if (existsSync(marker)) return dir;
  mkdirSync(dirname(dir), { recursive: true });
  const tmp = `${dir}.tmp-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  if (!quiet) process.stderr.write(`fetching ${spec} from the npm registry into .cache/ (once)\n`);
  try {
    const out = execFileSync('npm', ['pack', spec, '--pack-destination', tmp, '--silent'], { cwd: tmp, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    const tgz = join(tmp, out.trim().split('\n').pop());
    execFileSync('tar', ['xzf', tgz, '-C', tmp]);
    rmSync(tgz);
    rmSync(dir, { recursive: true, force: true });
    renameSync(join(tmp, 'package'), dir);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  return dir;
}
