// The CLI bundle (dist/bundle/cli.cjs and worker.js) is built by `npm run build`; a test that runs it
// builds it here when it is missing (esbuild reads src/, so no other build step is needed).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export function ensureCliBundle(): void {
  if (existsSync(join(ROOT, 'dist', 'bundle', 'cli.cjs')) && existsSync(join(ROOT, 'dist', 'bundle', 'worker.js'))) return;
  execFileSync(process.execPath, [join(ROOT, 'scripts', 'build-cli.mjs')], { cwd: ROOT, stdio: 'ignore' });
}
