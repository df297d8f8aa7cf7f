// The working-tree scan of many small files grows linearly (N and 4N files in one test) and keeps a
// bounded number of files in flight: the walk waits for the scan (backpressure).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { scan } from '../../src/index.js';
import { fabricate } from '../support/fabricate.js';

const base = mkdtempSync(join(tmpdir(), 'hookscan-walk-'));
afterAll(() => rmSync(base, { recursive: true, force: true }));

function tree(n: number): { dir: string; url: string } {
  const dir = join(base, `t${n}`);
  for (let d = 0; d < n / 250; d++) {
    mkdirSync(join(dir, `d${d}`), { recursive: true });
    for (let f = 0; f < 250; f++) writeFileSync(join(dir, `d${d}`, `f${f}.js`), `export const x${f} = ${f};\n`);
  }
  const url = fabricate('slack').url;
  writeFileSync(join(dir, 'd0', 'hook.js'), `const u = "${url}";\n`);
  return { dir, url };
}

describe('a working tree of many small files', () => {
  it('scans 4N files in about 4× the time of N, every planted URL found', async () => {
    const time = async (n: number) => {
      const { dir, url } = tree(n);
      let best = Infinity;
      for (let i = 0; i < 2; i++) {
        const t = performance.now();
        const r = await scan({ paths: [dir], jobs: 2 });
        best = Math.min(best, performance.now() - t);
        expect(r.findings.map((f) => f.url)).toEqual([url]);
        expect(r.stats.filesScanned).toBe(n + 1);
      }
      return best;
    };
    await time(1_000); // warm up
    const small = await time(5_000);
    const large = await time(20_000);
    expect(large / small).toBeLessThan(8);
  }, 300_000);
});
