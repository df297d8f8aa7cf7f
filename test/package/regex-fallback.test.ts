// Installs without a compiler (`npm install --ignore-scripts`, no toolchain) have no native re2
// addon: `import('re2')` throws. hookscan then runs on re2js, says so once on stderr, and finds
// the same webhooks.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { cli } from '../support/cli.js';
import { webhook } from '../support/fabricate.js';

vi.mock('re2', () => {
  throw new Error("Cannot find module './build/Release/re2.node'");
});

const dir = mkdtempSync(join(tmpdir(), 'hookscan-re2js-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('without the native re2 addon', () => {
  it('falls back to re2js, says so once on stderr, and finds the same webhooks', async () => {
    const slack = webhook('slack');
    const discord = webhook('discord');
    writeFileSync(join(dir, 'a.js'), `const a = "${slack.url}";\nconst b = '${discord.url}';\n`);
    const { regexEngine } = await import('../../src/patterns/index.js');
    expect(regexEngine.name).toBe('re2js');
    const r = await cli(['scan', '--format', 'json', '.'], dir);
    expect(r.stderr.match(/using re2js/g)).toHaveLength(1);
    expect(r.stderr).toContain('native re2 addon did not load');
    const found = JSON.parse(r.stdout) as { findings: { provider: string }[] };
    expect(found.findings.map((f) => f.provider).sort()).toEqual(['discord', 'slack']);
    expect(r.code).not.toBe(0);
  });

  it('matches in windows around keyword hits as the native engine does: the same as over the whole buffer', async () => {
    const { Detector } = await import('../../src/detect/detector.js');
    const { loadPatternFiles } = await import('../../src/patterns/index.js');
    const patterns = loadPatternFiles().flatMap((f) => f.patterns);
    const filler = 'const value = compute(alpha, beta); // nothing to see\n'.repeat(15);
    const buf = Buffer.from(patterns.flatMap((p) => p.examples.map((e) => `${filler}${e.text}\n`)).join('') + filler);
    const spy = vi.spyOn(Detector.prototype as unknown as { matchIn: (...a: unknown[]) => boolean }, 'matchIn');
    const windowed = new Detector(patterns).detect(buf);
    const windowsRun = spy.mock.calls.filter((c) => c[3] !== undefined).length;
    spy.mockRestore();
    expect(windowsRun).toBeGreaterThan(50);
    expect(windowed.length).toBeGreaterThan(100);
    expect(windowed).toEqual(new Detector(patterns, { windows: false }).detect(buf));
  });
});
