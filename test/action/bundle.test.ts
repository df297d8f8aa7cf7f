// The committed Action bundle (dist-action/) is what `npm run build:action` makes from the current
// sources: rebuilt into a temporary folder, every file must be byte-identical. The native addon
// takes minutes to compile, so it is checked by its manifest instead: built from the re2 version
// in node_modules for the pinned Node 24, and the file is the one the manifest hashes.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from './runner.js';

const DIST = join(ROOT, 'dist-action');
const NATIVE = ['re2-linux-x64-abi137.node', 're2-native.json'];
const STALE = 'dist-action/ is stale: run `npm run build:action` and commit dist-action/';

const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
const tmp = mkdtempSync(join(tmpdir(), 'hookscan-bundle-'));

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('dist-action/', () => {
  it('is byte-for-byte what npm run build:action builds from the sources', () => {
    execFileSync(process.execPath, [join(ROOT, 'scripts/build-action.mjs'), '--out', tmp, '--skip-native'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    const built = readdirSync(tmp).sort();
    const committed = readdirSync(DIST)
      .filter((f) => !NATIVE.includes(f))
      .sort();
    expect(committed, STALE).toEqual(built);
    for (const f of built) expect(sha256(join(DIST, f)), `${STALE} (${f} differs)`).toBe(sha256(join(tmp, f)));
  }, 120_000);

  it('carries the native re2 built from the installed re2 for Node 24 (ABI 137, linux-x64)', async () => {
    // @ts-expect-error -- a plain .mjs build script without type declarations
    const { expectedNativeManifest } = (await import('../../scripts/build-re2-native.mjs')) as { expectedNativeManifest: () => Record<string, string> };
    const manifest = JSON.parse(readFileSync(join(DIST, 're2-native.json'), 'utf8')) as Record<string, string>;
    const { sha256: hash, ...rest } = manifest;
    expect(rest, 'the native re2 is stale: run `npm run build:action` (it rebuilds the addon when re2 or the Node 24 pin changed)').toEqual(expectedNativeManifest());
    expect(sha256(join(DIST, manifest.file))).toBe(hash);
  });

  it('holds no fabricated example secrets (pattern examples are left out)', () => {
    const js = readdirSync(DIST)
      .filter((f) => f.endsWith('.js'))
      .map((f) => readFileSync(join(DIST, f), 'utf8'))
      .join('\n');
    expect(js).not.toMatch(/"examples":\s*\[\s*\{/);
    expect(js).not.toMatch(/"negativeExamples":\s*\[\s*"/);
  });
});
