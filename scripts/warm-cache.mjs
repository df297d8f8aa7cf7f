// The CLI's V8 code cache (dist/bundle/cli.cjs.cache) as `npm run build` writes it. The cache holds
// what the run that wrote it compiled; written by a scan of a one-file folder (what a git hook
// runs), it covers the scan path whatever command a user runs first. bin/hookscan.cjs rewrites it
// after a run that found it missing or rejected (another Node version, other V8 flags), with what
// that run compiled: one written by a profiled tree scan was a third larger and made a 10-file scan
// 1.037x slower (40 pairs). The build and the benchmark (bench/run.mjs) start from this one.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Deletes the code cache of the package at `root` and writes it again from a one-file scan. */
export function warmCodeCache(root) {
  rmSync(join(root, 'dist', 'bundle', 'cli.cjs.cache'), { force: true });
  const warm = mkdtempSync(join(tmpdir(), 'hookscan-warm-'));
  try {
    writeFileSync(join(warm, 'index.js'), 'export const ready = true;\n');
    spawnSync(process.execPath, [join(root, 'bin', 'hookscan.cjs'), 'scan', '-q', warm], { stdio: 'ignore', timeout: 60_000 });
  } finally {
    rmSync(warm, { recursive: true, force: true });
  }
}
