// The package as users get it: `npm pack`, install the tarball into an empty folder, run
// `npx hookscan scan` on a folder holding fabricated webhooks. Without install scripts there is no
// native re2 addon, so the scan runs on the re2js fallback and says so once; with scripts, re2
// builds from source and the scan runs on it, silently. Dependencies come from npm's cache first
// (`--prefer-offline`; `npm ci` has just filled it), the registry for anything missing.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { webhook } from '../support/fabricate.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'hookscan-tarball-'));
let tarball = '';
const slack = webhook('slack');
const discord = webhook('discord');
const target = join(work, 'target');

function npm(args: string[], cwd: string): { code: number; stdout: string; stderr: string } {
  const r = spawnSync('npm', args, { cwd, encoding: 'utf8', env: { ...process.env, npm_config_fund: 'false', npm_config_audit: 'false', npm_config_update_notifier: 'false' } });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

function install(name: string, scripts: boolean): string {
  const dir = join(work, name);
  mkdirSync(dir);
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: `smoke-${name}`, private: true, version: '0.0.0' }));
  const args = ['install', tarball, '--prefer-offline', '--no-package-lock'];
  if (!scripts) args.push('--ignore-scripts');
  const r = npm(args, dir);
  if (r.code !== 0) throw new Error(`npm ${args.join(' ')} failed (${r.code}):\n${r.stderr}`);
  return dir;
}

function scan(dir: string): { code: number; stdout: string; stderr: string } {
  return npm(['exec', '--no', '--', 'hookscan', 'scan', '--format', 'json', target], dir);
}

beforeAll(() => {
  // `npm pack` would run `prepare` (a rebuild); dist/ is already built by `npm ci`.
  const out = execFileSync('npm', ['pack', '--ignore-scripts', '--pack-destination', work, '--silent'], { cwd: ROOT, encoding: 'utf8' });
  tarball = join(work, out.trim().split('\n').pop()!);
  mkdirSync(target);
  writeFileSync(join(target, 'notify.js'), `const hook = "${slack.url}";\nfetch('${discord.url}', { method: 'POST' });\n`);
}, 120_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the packed tarball', () => {
  it('installs with --ignore-scripts and finds the webhooks through the re2js fallback', () => {
    const dir = install('no-scripts', false);
    expect(readdirSync(join(dir, 'node_modules', 're2'))).toContain('package.json');
    const r = scan(dir);
    expect(r.stderr.match(/using re2js/g)).toHaveLength(1);
    const found = JSON.parse(r.stdout) as { findings: { provider: string; file: string }[] };
    expect(found.findings.map((f) => f.provider).sort()).toEqual(['discord', 'slack']);
    expect(r.code).toBe(1);
    expect(r.stdout).not.toContain(slack.secret);
  }, 300_000);

  it('installs with scripts (re2 builds from source) and finds the webhooks through re2', () => {
    const dir = install('scripts', true);
    const r = scan(dir);
    expect(r.stderr).not.toContain('re2js');
    const found = JSON.parse(r.stdout) as { findings: { provider: string }[] };
    expect(found.findings.map((f) => f.provider).sort()).toEqual(['discord', 'slack']);
    expect(r.code).toBe(1);
  }, 600_000);
});
