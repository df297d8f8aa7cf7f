// "Nothing found" and "found and dropped" told apart: every match that is not reported is counted by
// reason in the summary and the JSON stats, and --verbose lists each with its place and reason,
// redacted — placeholders, documentation hosts, allow comments, allow-hosts and the baseline.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cli } from '../support/cli.js';
import { fabricate } from '../support/fabricate.js';

const dir = mkdtempSync(join(tmpdir(), 'hookscan-suppressed-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('suppressions you can see', () => {
  it('are counted by reason and listed with --verbose, redacted', async () => {
    const allowed = fabricate('slack');
    const baselined = fabricate('discord');
    const corp = fabricate('slack');
    const mmToken = 'rb6ufep6wyqfhwwona614kdfma';
    writeFileSync(
      join(dir, 'a.js'),
      [
        'const docs = "https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX";',
        `const mm = "https://chat.example.com/hooks/${mmToken}";`,
        `const ok = "${allowed.url}"; // hookscan:allow`,
        `const old = "${baselined.url}";`,
        '',
      ].join('\n'),
    );
    writeFileSync(join(dir, 'b.py'), `HOOK = "${corp.url}"\n`);
    // the baseline: a report holding the Discord finding
    const base = JSON.parse((await cli(['scan', '--format', 'json', 'a.js'], dir)).stdout);
    base.findings = base.findings.filter((f: { provider: string }) => f.provider === 'discord');
    writeFileSync(join(dir, 'baseline.json'), JSON.stringify(base));
    writeFileSync(join(dir, '.hookscan.yaml'), 'exclude: [baseline.json]\n');

    const text = await cli(['scan', '--baseline', 'baseline.json', '.'], dir);
    expect(text.stdout).toContain('2 suppressed');
    expect(text.stdout).toContain('2 placeholders not reported (--verbose lists them)');
    const verbose = await cli(['scan', '--baseline', 'baseline.json', '--verbose', '.'], dir);
    const listed = verbose.stdout.slice(verbose.stdout.indexOf('not reported (found, then dropped):'));
    expect(listed).toMatch(/a\.js:1 {2}slack-incoming-webhook .*\(placeholder: contains 'xxxx'\)/);
    expect(listed).toMatch(/a\.js:2 {2}mattermost-webhook .*\(documentation host chat\.example\.com\)/);
    expect(listed).toMatch(/a\.js:3 {2}slack-incoming-webhook .*\(allow comment\)/);
    expect(listed).toMatch(/a\.js:4 {2}discord-webhook .*\(baseline\)/);
    for (const s of [allowed.finding.secret, baselined.finding.secret, mmToken]) expect(verbose.stdout).not.toContain(s);

    const json = JSON.parse((await cli(['scan', '--baseline', 'baseline.json', '--format', 'json', '.'], dir)).stdout);
    expect(json.stats.suppressedByReason).toEqual({ placeholder: 1, 'documentation host': 1, 'allow comment': 1, baseline: 1 });
    expect(json.findings.map((f: { provider: string }) => f.provider)).toEqual(['slack']);
  });
});
