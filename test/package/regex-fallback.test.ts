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
});
