// Every fixtures/providers/<provider>/ folder runs through the real scanner: ng.* files must
// report (and only findings of that provider), ok.* files must stay silent. Generic over the
// folders: adding a provider means adding a folder, not changing this file.
import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { scan } from '../src/scan.js';
import { loadProviders } from '../src/patterns/index.js';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const FIXTURES = join(ROOT, 'fixtures', 'providers');

const folders = readdirSync(FIXTURES)
  .filter((d) => statSync(join(FIXTURES, d)).isDirectory())
  .sort();

function filesOf(folder: string, prefix: 'ng.' | 'ok.'): string[] {
  return readdirSync(join(FIXTURES, folder))
    .filter((f) => f.startsWith(prefix) && statSync(join(FIXTURES, folder, f)).isFile())
    .sort();
}

/** Scans one file alone; cwd is its folder so no repository configuration applies. */
async function scanOne(folder: string, file: string) {
  const dir = join(FIXTURES, folder);
  return scan({ paths: [join(dir, file)], cwd: dir });
}

describe('fixture folders', () => {
  it('exist', () => {
    expect(folders.length).toBeGreaterThan(0);
  });

  it('every pattern file has a fixture folder with at least one ng.* and one ok.* file', () => {
    const problems: string[] = [];
    for (const p of loadProviders()) {
      if (!folders.includes(p.id)) {
        problems.push(`${p.id}: no folder fixtures/providers/${p.id}/`);
        continue;
      }
      if (filesOf(p.id, 'ng.').length === 0) problems.push(`${p.id}: no ng.* file`);
      if (filesOf(p.id, 'ok.').length === 0) problems.push(`${p.id}: no ok.* file`);
    }
    expect(problems).toEqual([]);
  });

  it('every fixture folder names a known provider', () => {
    const ids = new Set(loadProviders().map((p) => p.id));
    expect(folders.filter((f) => !ids.has(f))).toEqual([]);
  });
});

describe.each(folders)('fixtures/providers/%s', (folder) => {
  const ng = filesOf(folder, 'ng.');
  const ok = filesOf(folder, 'ok.');

  if (ng.length) {
    it.each(ng)('%s reports only %s findings', async (file) => {
      const { findings } = await scanOne(folder, file);
      expect(findings.length, `${folder}/${file} reported nothing`).toBeGreaterThanOrEqual(1);
      const wrong = findings.filter((f) => f.provider !== folder).map((f) => `${f.ruleId} ${f.redactedUrl}`);
      expect(wrong, `${folder}/${file} reported other providers`).toEqual([]);
      for (const f of findings) for (const l of f.locations) expect(l.path).toBe(file);
    });
  }

  if (ok.length) {
    it.each(ok)('%s reports nothing', async (file) => {
      const { findings, stats } = await scanOne(folder, file);
      expect(stats.filesScanned, `${folder}/${file} was not scanned`).toBe(1);
      expect(findings.map((f) => `${f.ruleId} ${f.redactedUrl} ${f.locations[0]?.line}`)).toEqual([]);
    });
  }
});
