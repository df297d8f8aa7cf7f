// The incident HTML page opened in headless Chromium: it renders (screenshot), shows the report's text,
// and holds no raw secret. Skipped when /usr/bin/chromium is absent.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cli } from '../support/cli.js';
import { fabricate } from '../support/fabricate.js';

const CHROMIUM = process.env.HOOKSCAN_CHROMIUM ?? '/usr/bin/chromium';
const dir = mkdtempSync(join(tmpdir(), 'hookscan-html-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function chromium(args: string[]): string {
  const flags = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', `--user-data-dir=${mkdtempSync(join(dir, 'profile-'))}`];
  return execFileSync(CHROMIUM, [...flags, ...args], { timeout: 60_000, stdio: ['ignore', 'pipe', 'ignore'] }).toString();
}

describe.skipIf(!existsSync(CHROMIUM))('incident HTML in headless Chromium (needs /usr/bin/chromium or HOOKSCAN_CHROMIUM)', () => {
  it('renders the summary, timeline and charts without a raw secret', async () => {
    const a = fabricate('slack');
    const b = fabricate('discord');
    writeFileSync(join(dir, 'app.py'), `A = "${a.url}"\nB = "${b.url}"\n`);
    expect((await cli(['scan', 'app.py', '-f', 'json', '-o', 'scan.json'], dir)).code).toBe(1);
    const r = await cli(['report', 'scan.json', '-f', 'html', '-o', 'incident.html'], dir);
    expect(r.code, r.stderr).toBe(0);
    const page = join(dir, 'incident.html');
    const html = readFileSync(page, 'utf8');
    expect(html).toContain('<svg');
    expect(html).not.toMatch(/<script|https?:\/\/(?!www\.w3\.org)[^"' ]*\.(js|css)/);
    const dom = chromium(['--dump-dom', `file://${page}`]);
    expect(dom).toContain('Executive summary');
    expect(dom).toContain('2 webhooks involved; 0 contained, 2 open.');
    expect(dom).toContain('Lessons learned');
    expect(dom).toMatch(/By provider/);
    for (const s of [a.finding.secret, b.finding.secret, a.url, b.url]) {
      expect(dom).not.toContain(s);
      expect(html).not.toContain(s);
    }
    const shot = join(dir, 'incident.png');
    chromium([`--screenshot=${shot}`, '--window-size=1200,1600', `file://${page}`]);
    expect(statSync(shot).size).toBeGreaterThan(5000);
  }, 120_000);

  it('renders the org view with its changes since the previous run', async () => {
    const a = fabricate('slack');
    const b = fabricate('discord');
    const doc = (findings: { f: ReturnType<typeof fabricate>; repo: string }[]) =>
      JSON.stringify({
        version: 1,
        findings: findings.map(({ f, repo }) => ({ fingerprint: f.finding.fingerprint, ruleId: f.finding.ruleId, provider: f.finding.provider, url: f.finding.redactedUrl, locations: [{ repository: repo, path: 'a.js', line: 1 }] })),
        stats: { repositories: { listed: 2, selected: 2, scanned: 2, unchanged: 0, failed: 0, skipped: {}, failures: [] } },
      });
    writeFileSync(join(dir, 'org1.json'), doc([{ f: a, repo: 'acme/api' }]));
    writeFileSync(join(dir, 'org2.json'), doc([{ f: a, repo: 'acme/api' }, { f: b, repo: 'acme/web' }]));
    const r = await cli(['report', 'org2.json', '--previous', 'org1.json', '-f', 'html', '-o', 'org.html'], dir);
    expect(r.code, r.stderr).toBe(0);
    const page = join(dir, 'org.html');
    const dom = chromium(['--dump-dom', `file://${page}`]);
    expect(dom).toContain('Organisation webhook scan');
    expect(dom).toContain('Since the previous run');
    expect(dom).toContain('1 new');
    expect(dom).toContain('acme/web');
    for (const s of [a.finding.secret, b.finding.secret]) expect(dom).not.toContain(s);
    const shot = join(dir, 'org.png');
    chromium([`--screenshot=${shot}`, '--window-size=1200,1600', `file://${page}`]);
    expect(statSync(shot).size).toBeGreaterThan(5000);
  }, 120_000);
});
