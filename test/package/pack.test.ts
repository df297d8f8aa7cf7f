// `npm pack` ships only what runs: bin, dist, patterns, schemas, README, LICENSE, package.json.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
  files: string[]; exports: Record<string, { types?: string; import?: string } | string>; bin: Record<string, string>;
};

describe('the npm package', () => {
  it('holds only what runs (no tests, fixtures, bench, src, maps)', () => {
    const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    const files = (JSON.parse(out) as { files: { path: string }[] }[])[0].files.map((f) => f.path);
    const top = new Set(files.map((f) => (f.includes('/') ? `${f.split('/')[0]}/` : f)));
    for (const t of top) expect(['bin/', 'dist/', 'patterns/', 'schemas/', 'README.md', 'LICENSE', 'package.json']).toContain(t);
    expect(files.filter((f) => f.endsWith('.map'))).toEqual([]);
    expect(files).toContain('bin/hookscan.js');
    expect(files).toContain('bin/hookscan.cjs');
    expect(files.filter((f) => f.endsWith('.cache'))).toEqual([]);
    expect(files).toContain(pkg.bin.hookscan);
    const root = pkg.exports['.'] as { types: string; import: string };
    expect(files).toContain(root.types.replace(/^\.\//, ''));
    expect(files).toContain(root.import.replace(/^\.\//, ''));
    expect(files).toContain('dist/patterns.json');
  }, 60_000);
});
