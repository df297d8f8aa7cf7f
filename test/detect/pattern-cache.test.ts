import { mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BUILTIN_PATTERNS_DIR, buildPatternCache, readPatternCache } from '../../src/patterns/index.js';

// The build cache of the pattern files (dist/patterns.json): start-up trusts it without reading a
// YAML file while names and sizes match and no file is newer than the cache, and checks the texts'
// hash otherwise.
describe('pattern build cache', () => {
  let dir: string;
  let cacheFile: string;
  const past = new Date('2020-01-01T00:00:00Z');
  const later = new Date('2021-01-01T00:00:00Z');

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'hookscan-pcache-'));
    for (const n of ['slack.yaml', 'discord.yaml', 'telegram.yaml']) writeFileSync(join(dir, n), readFileSync(join(BUILTIN_PATTERNS_DIR, n)));
    cacheFile = join(dir, 'cache.json');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const writeCache = (edit?: (c: ReturnType<typeof buildPatternCache>) => void) => {
    const c = buildPatternCache(dir);
    edit?.(c);
    writeFileSync(cacheFile, JSON.stringify(c));
    for (const n of readdirSync(dir)) utimesSync(join(dir, n), past, past);
    utimesSync(cacheFile, later, later);
  };

  it('is used while the folder is unchanged, with file paths of this folder', () => {
    writeCache();
    const got = readPatternCache(dir, cacheFile);
    expect(got?.map((p) => p.id).sort()).toEqual(['discord', 'slack', 'telegram']);
    expect(got?.[0].file.startsWith(dir)).toBe(true);
    expect(got?.[0].patterns[0].file).toBe(got?.[0].file);
  });

  it('trusts names, sizes and times without reading the YAML (a wrong hash is not checked)', () => {
    writeCache((c) => (c.hash = 'not-the-hash'));
    expect(readPatternCache(dir, cacheFile)).not.toBeNull();
  });

  it('checks the hash when a file is newer than the cache, and refuses a stale cache', () => {
    writeCache();
    const f = join(dir, 'slack.yaml');
    // Same size, other content, written after the cache: the hash decides.
    const text = readFileSync(f, 'utf8');
    writeFileSync(f, text.replace('slack', 'slacc'));
    expect(readPatternCache(dir, cacheFile)).toBeNull();
    // Touched but unchanged: the hash still matches.
    writeFileSync(f, text);
    expect(readPatternCache(dir, cacheFile)).not.toBeNull();
  });

  it('refuses a cache whose file sizes or names differ, even with old times', () => {
    writeCache();
    const f = join(dir, 'discord.yaml');
    writeFileSync(f, readFileSync(f, 'utf8') + '\n# edited\n');
    utimesSync(f, past, past);
    expect(readPatternCache(dir, cacheFile)).toBeNull();
    writeCache();
    writeFileSync(join(dir, 'extra.yaml'), readFileSync(join(BUILTIN_PATTERNS_DIR, 'zapier.yaml')));
    utimesSync(join(dir, 'extra.yaml'), past, past);
    expect(readPatternCache(dir, cacheFile)).toBeNull();
  });

  it('is missing or unreadable: null, and the caller parses the YAML', () => {
    expect(readPatternCache(dir, join(dir, 'absent.json'))).toBeNull();
    writeFileSync(cacheFile, '{not json');
    expect(readPatternCache(dir, cacheFile)).toBeNull();
  });
});
