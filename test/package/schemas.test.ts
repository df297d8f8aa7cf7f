// The published JSON Schemas (schemas/) describe what hookscan really reads and writes: every
// pattern file and the repository's own config validate; the schema and the config loader agree on
// what is valid; real JSON reports (working tree, history, base64 and split findings) validate.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv, type ValidateFunction } from 'ajv';
import { afterAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/index.js';
import { parseYaml } from '../../src/yaml.js';
import { cli } from '../support/cli.js';
import { webhook } from '../support/fabricate.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true });
function schema(name: string): ValidateFunction {
  return ajv.compile(JSON.parse(readFileSync(join(ROOT, 'schemas', name), 'utf8')));
}
const configSchema = schema('config.schema.json');
const patternsSchema = schema('patterns.schema.json');
const reportSchema = schema('report.schema.json');
const errors = (v: ValidateFunction) => ajv.errorsText(v.errors);

const dir = mkdtempSync(join(tmpdir(), 'hookscan-schemas-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('schemas/patterns.schema.json', () => {
  const files = readdirSync(join(ROOT, 'patterns')).filter((f) => f.endsWith('.yaml'));
  it.each(files)('validates patterns/%s', (f) => {
    const ok = patternsSchema(parseYaml(readFileSync(join(ROOT, 'patterns', f), 'utf8')));
    expect(ok, errors(patternsSchema)).toBe(true);
  });
  it('rejects what the pattern loader rejects', () => {
    const base = { provider: 'x', name: 'X', patterns: [{ id: 'x-hook', kind: 'credential', name: 'n', description: 'd', severity: 'high', keywords: ['x.example'], regex: '(a)', examples: [], negative_examples: [] }] };
    expect(patternsSchema(base), errors(patternsSchema)).toBe(true);
    const bad = (patch: Record<string, unknown>) => patternsSchema({ ...base, patterns: [{ ...base.patterns[0], ...patch }] });
    expect(bad({ kind: 'other' })).toBe(false);
    expect(bad({ severity: 'urgent' })).toBe(false);
    expect(bad({ keywords: ['Upper'] })).toBe(false);
    expect(bad({ id: 'Not_Kebab' })).toBe(false);
    expect(bad({ typo: 1 })).toBe(false);
    expect(patternsSchema({ ...base, extra: 1 })).toBe(false);
  });
});

describe('schemas/config.schema.json', () => {
  it('validates the repository .hookscan.yaml', () => {
    expect(configSchema(parseYaml(readFileSync(join(ROOT, '.hookscan.yaml'), 'utf8'))), errors(configSchema)).toBe(true);
  });
  const cases: [string, string][] = [
    ['empty', ''],
    ['exclude', 'exclude: [dist/, "*.min.js"]'],
    ['every key', 'exclude: [a]\ndisable-rules: [slack-incoming-webhook]\nallow-fingerprints: [abc]\nallow-hosts: ["*.corp.example"]\nallow-hook-hosts: [ci.example]\nmax-file-size: 20MB\nverify-origins: { mattermost: "https://chat.example" }\nrevoke-credentials: { HOOKSCAN_MATTERMOST_TOKEN: MM_TOKEN }'],
    ['size as a number', 'max-file-size: 1048576'],
    ['size in GiB', 'max-file-size: 1GiB'],
    ['unknown key', 'exclud: [a]'],
    ['exclude not a list', 'exclude: dist/'],
    ['bad size', 'max-file-size: huge'],
    ['negative size', 'max-file-size: -5'],
    ['credential value instead of a variable name', 'revoke-credentials: { HOOKSCAN_MATTERMOST_TOKEN: "xoxb-123-abc" }'],
    ['lower-case credential name', 'revoke-credentials: { token: MM_TOKEN }'],
    ['a list at the top', '- a'],
  ];
  it.each(cases)('agrees with the config loader: %s', (_, text) => {
    let loaderOk = true;
    try {
      parseConfig(text, '.hookscan.yaml');
    } catch {
      loaderOk = false;
    }
    expect(configSchema(parseYaml(text) ?? null), errors(configSchema)).toBe(loaderOk);
  });
});

describe('schemas/report.schema.json', () => {
  it('validates a working-tree report with plain, base64 and split findings', async () => {
    const a = webhook('slack');
    const b = webhook('discord');
    const c = webhook('microsoft-teams');
    const split = a.url.slice(0, 40);
    writeFileSync(join(dir, 'a.js'), `const a = "${a.url}";\nconst b = "${Buffer.from(b.url).toString('base64')}";\nconst u = "${split}" + "${a.url.slice(40)}";\n`);
    writeFileSync(join(dir, 'c.py'), `TEAMS = '${c.url}'\n`);
    writeFileSync(join(dir, 'bin.dat'), Buffer.from([0, 1, 2, 0, 255, 0]));
    for (const extra of [[], ['--no-redact']]) {
      const r = await cli(['scan', '--format', 'json', ...extra, '.'], dir);
      const report = JSON.parse(r.stdout);
      expect(report.findings.length).toBeGreaterThanOrEqual(3);
      expect(reportSchema(report), errors(reportSchema)).toBe(true);
    }
  });
  it('validates a history report (commits, authors, dates)', async () => {
    const repo = mkdtempSync(join(dir, 'repo-'));
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.test', ...args], { cwd: repo });
    git('init', '-q');
    writeFileSync(join(repo, 'ci.sh'), `curl -X POST ${webhook('slack').url}\n`);
    git('add', '.');
    git('commit', '-qm', 'one');
    const r = await cli(['scan', '--history', '--format', 'json', '.'], repo);
    const report = JSON.parse(r.stdout);
    expect(report.findings[0].locations[0].commit).toMatch(/^[0-9a-f]{40}$/);
    expect(reportSchema(report), errors(reportSchema)).toBe(true);
  });
  it('rejects a report that breaks the contract', () => {
    expect(reportSchema({ version: 2, tool: { name: 'hookscan', version: '1' }, redacted: true, findings: [], stats: {} })).toBe(false);
  });
});
