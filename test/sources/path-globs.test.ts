// Glob path arguments the shell did not expand: expanded with picomatch; existing paths as written.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { expandPathGlobs, isGlobArgument } from '../../src/sources/path-globs.js';
import { cli } from '../support/cli.js';
import { webhook } from '../support/fabricate.js';

const dir = mkdtempSync(join(tmpdir(), 'hookscan-globs-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const slack = webhook('slack');
mkdirSync(join(dir, 'config', 'prod'), { recursive: true });
mkdirSync(join(dir, 'node_modules', 'x'), { recursive: true });
writeFileSync(join(dir, 'config', 'a.yml'), `hook: ${slack.url}\n`);
writeFileSync(join(dir, 'config', 'prod', 'b.yml'), 'nothing: here\n');
writeFileSync(join(dir, 'config', 'c.json'), '{}\n');
writeFileSync(join(dir, 'node_modules', 'x', 'd.yml'), 'x: 1\n');
writeFileSync(join(dir, 'a[1].js'), 'ok\n');

describe('glob path arguments', () => {
  it('expands ** and * below the fixed prefix, sorted; node_modules only when named', async () => {
    expect(await expandPathGlobs(['config/**/*.yml'], dir)).toEqual(['config/a.yml', 'config/prod/b.yml']);
    expect(await expandPathGlobs(['**/*.yml'], dir)).toEqual(['config/a.yml', 'config/prod/b.yml']);
    expect(await expandPathGlobs(['node_modules/**/*.yml'], dir)).toEqual(['node_modules/x/d.yml']);
    expect(await expandPathGlobs(['config/*.{yml,json}'], dir)).toEqual(['config/a.yml', 'config/c.json']);
  });

  it('keeps existing paths as written, even with glob characters', async () => {
    expect(isGlobArgument('a[1].js', dir)).toBe(false);
    expect(await expandPathGlobs(['a[1].js', 'config'], dir)).toEqual(['a[1].js', 'config']);
  });

  it('a glob that matches nothing is a usage error with a hint', async () => {
    await expect(expandPathGlobs(['nope/**/*.txt'], dir)).rejects.toThrow(/no file matches 'nope\/\*\*\/\*\.txt'/);
    const r = await cli(['scan', '*.nothing'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/no file matches/);
    expect(r.stderr).toMatch(/hint: quote the glob/);
  });

  it('the CLI scans what the glob matches', async () => {
    const r = await cli(['scan', 'config/**/*.yml', '-f', 'json'], dir);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report.findings.map((f: { locations: { path: string }[] }) => f.locations[0].path)).toEqual(['config/a.yml']);
    expect(report.stats.filesScanned).toBe(2);
  });
});
