// The folder walk: depth first with backpressure (the walk waits while the consumer's promise is
// pending), symbolic links not followed, an unreadable folder reported and passed over.
import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { walkFolder } from '../../src/sources/walk.js';

const root = mkdtempSync(join(tmpdir(), 'hookscan-walkfolder-'));
afterAll(() => {
  chmodSync(join(root, 'locked'), 0o755);
  rmSync(root, { recursive: true, force: true });
});

for (let d = 0; d < 5; d++) {
  mkdirSync(join(root, `d${d}`, 'sub'), { recursive: true });
  for (let f = 0; f < 20; f++) writeFileSync(join(root, `d${d}`, `f${f}.txt`), 'x');
  writeFileSync(join(root, `d${d}`, 'sub', 'deep.txt'), 'x');
}
mkdirSync(join(root, 'locked'));
writeFileSync(join(root, 'locked', 'hidden.txt'), 'x');
symlinkSync(join(root, 'd0'), join(root, 'link-to-d0'));
symlinkSync(join(root, 'd0', 'f0.txt'), join(root, 'link-to-file'));
const asRoot = process.getuid?.() === 0;

describe('walkFolder', () => {
  it('hands over every regular file once, not through symbolic links, and waits for the consumer', async () => {
    chmodSync(join(root, 'locked'), 0o000);
    const files: string[] = [];
    const errors: string[] = [];
    let inFlight = 0;
    let maxInFlight = 0;
    await walkFolder(root, {
      enter: () => true,
      keep: () => true,
      file: (p) => {
        files.push(p);
        inFlight++;
        maxInFlight = Math.max(maxInFlight, inFlight);
        // every third file makes the walk wait
        if (files.length % 3 === 0) return new Promise<void>((r) => setTimeout(() => { inFlight = 0; r(); }, 1));
        return undefined;
      },
      error: (p) => errors.push(p),
    });
    expect(maxInFlight).toBeLessThanOrEqual(3);
    const names = files.map((f) => f.slice(root.length + 1)).sort();
    expect(names.filter((n) => n.startsWith('d'))).toHaveLength(5 * 21);
    expect(names.some((n) => n.startsWith('link-to'))).toBe(false);
    if (!asRoot) {
      expect(errors).toEqual([join(root, 'locked')]);
      expect(names).not.toContain('locked/hidden.txt');
    }
    expect(new Set(files).size).toBe(files.length);
  });

  it('does not enter a folder the filter refuses', async () => {
    const files: string[] = [];
    await walkFolder(root, { enter: (_p, name) => name !== 'sub' && name !== 'locked', keep: () => true, file: (p) => void files.push(p), error: () => {} });
    expect(files.some((f) => f.includes('/sub/'))).toBe(false);
    expect(files.filter((f) => f.endsWith('.txt'))).toHaveLength(5 * 20);
  });
});
