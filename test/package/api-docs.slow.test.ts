// The library's API reference is generated from the types (`npm run docs:api`, TypeDoc, output in
// docs/api/, not committed). Warnings are errors, so a broken {@link} or an unexported type in the
// public API fails here before it fails a release.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const out = mkdtempSync(join(tmpdir(), 'hookscan-apidocs-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('npm run docs:api (TypeDoc)', () => {
  it('generates the reference for the library entry without warnings', () => {
    execFileSync(process.execPath, [join(ROOT, 'node_modules', 'typedoc', 'bin', 'typedoc'), '--out', out], { cwd: ROOT, stdio: 'pipe' });
    expect(existsSync(join(out, 'functions', 'scan.html'))).toBe(true);
    const index = readFileSync(join(out, 'index.html'), 'utf8');
    expect(index).toContain('hookscan library API');
  }, 120_000);
});
