// The Action and the CLI on the same workspace, configuration and (fake) provider give the same
// findings, the same verdicts and the same exit code; and the same configuration error.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runAction } from '../../src/action/index.js';
import { cli } from '../support/cli.js';
import { fabricate } from '../support/fabricate.js';
import { fakeDiscord, type FakeAdmin } from '../revoke/fake-admin.js';

const dir = mkdtempSync(join(tmpdir(), 'hookscan-parity-'));
let discord: FakeAdmin | undefined;
afterAll(async () => {
  await discord?.close();
  rmSync(dir, { recursive: true, force: true });
});

interface Sarif { runs: { results: { ruleId: string; partialFingerprints: Record<string, string>; properties?: { verification?: { status: string } } }[] }[] }
const summary = (s: Sarif) => s.runs[0].results.map((r) => `${r.ruleId} ${JSON.stringify(r.properties?.verification?.status ?? null)}`).sort();

async function viaAction(extraEnv: Record<string, string> = {}): Promise<{ code: number; sarif?: Sarif; log: string }> {
  let log = '';
  const sarifFile = join(dir, 'action.sarif');
  rmSync(sarifFile, { force: true });
  const code = await runAction({
    cwd: dir,
    stdout: { write: (s: string) => (log += s) },
    env: { GITHUB_WORKSPACE: dir, INPUT_MODE: 'worktree', INPUT_VERIFY: 'true', 'INPUT_FAIL-ON': 'live', 'INPUT_SARIF-FILE': sarifFile, GITHUB_OUTPUT: join(dir, 'out.txt'), GITHUB_STEP_SUMMARY: join(dir, 'summary.md'), PATH: process.env.PATH, ...extraEnv },
  });
  let sarif: Sarif | undefined;
  try {
    sarif = JSON.parse(readFileSync(sarifFile, 'utf8')) as Sarif;
  } catch {
    sarif = undefined;
  }
  return { code, sarif, log };
}

describe('the Action and the CLI', () => {
  it('agree on findings, verdicts and exit code, verifying through the same configuration', async () => {
    discord = await fakeDiscord();
    const live = fabricate('discord');
    const dead = fabricate('discord');
    discord.set(live.finding.secret, 'live');
    writeFileSync(join(dir, 'app.js'), `const a = "${live.url}";\nconst b = "${dead.url}";\nconst c = "${fabricate('slack').url}";\n`);
    writeFileSync(join(dir, '.hookscan.yaml'), `verify-origins:\n  discord: ${discord.origin}\nexclude:\n  - "*.sarif"\n  - out.txt\n  - summary.md\n`);
    const action = await viaAction();
    const c = await cli(['scan', '--verify', '--verify-providers', 'discord,slack', '--fail-on', 'live', '--format', 'sarif', '.'], dir);
    expect(action.sarif, action.log).toBeDefined();
    expect(summary(action.sarif!)).toEqual(summary(JSON.parse(c.stdout) as Sarif));
    expect(summary(action.sarif!).filter((s) => s.includes('"live"'))).toHaveLength(1);
    expect(action.code).toBe(c.code);
    expect(action.code).toBe(1);
  });

  it('refuse the same bad verify-origins entry (an unknown provider id)', async () => {
    writeFileSync(join(dir, '.hookscan.yaml'), 'verify-origins:\n  discrod: https://proxy.example.com\n');
    const action = await viaAction();
    const c = await cli(['scan', '--verify', '.'], dir);
    expect(c.code).toBe(2);
    expect(c.stderr).toContain("unknown provider 'discrod'");
    expect(action.code).toBe(2);
    expect(action.log).toContain("unknown provider 'discrod'");
  });
});
