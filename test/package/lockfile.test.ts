import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

interface LockEntry { os?: string[]; cpu?: string[]; optional?: boolean; devOptional?: boolean }

const lock = JSON.parse(readFileSync(new URL('../../package-lock.json', import.meta.url), 'utf8')) as {
  packages: Record<string, LockEntry>;
};

/** True when an os/cpu list (npm syntax: names, or `!name` exclusions) rules the platform out. */
export function excludes(list: string[] | undefined, platform: string): boolean {
  if (!list || list.length === 0) return false;
  if (list.includes(`!${platform}`)) return true;
  const allow = list.filter((v) => !v.startsWith('!'));
  return allow.length > 0 && !allow.includes(platform);
}

describe('package-lock.json installs with `npm ci` on macOS and Windows', () => {
  it('has no non-optional entry whose os excludes darwin or win32', () => {
    const bad = Object.entries(lock.packages)
      .filter(([, e]) => !e.optional && !e.devOptional)
      .filter(([, e]) => excludes(e.os, 'darwin') || excludes(e.os, 'win32') || excludes(e.cpu, 'x64') || excludes(e.cpu, 'arm64'))
      .map(([name, e]) => `${name} os=${JSON.stringify(e.os)} cpu=${JSON.stringify(e.cpu)}`);
    expect(bad).toEqual([]);
  });

  it('the check catches a Linux-only entry (self-test)', () => {
    expect(excludes(['linux'], 'darwin')).toBe(true);
    expect(excludes(['!win32'], 'win32')).toBe(true);
    expect(excludes(['darwin', 'linux', 'win32'], 'darwin')).toBe(false);
    expect(excludes(undefined, 'win32')).toBe(false);
  });
});

describe('npm configuration works on every platform', () => {
  it('no project .npmrc routes scripts through a POSIX-only shell', () => {
    let npmrc = '';
    try {
      npmrc = readFileSync(new URL('../../.npmrc', import.meta.url), 'utf8');
    } catch {
      return; // no project .npmrc
    }
    expect(npmrc).not.toMatch(/^\s*script-shell\s*=/m);
  });
});
