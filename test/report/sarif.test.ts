// SARIF 2.1.0 for GitHub code scanning: rule metadata, results that agree with the JSON report,
// stable partialFingerprints, the official schema and Sarif.Multitool's SARIF + GitHub rules.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Log, Result } from 'sarif';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scan } from '../../src/scan.js';
import type { Finding } from '../../src/types.js';
import { runMultitool, validateSarifSchema } from '../support/sarif-validate.js';
import { webhook } from '../support/fabricate.js';
import { cli as runCli } from '../support/cli.js';

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));

// ---- fabricated URLs ------------------------------------------------------------------------
const slack = () => webhook('slack');
const cli = (argv: string[], cwd = ROOT) => runCli(argv, cwd);

interface JsonReport {
  findings: { fingerprint: string; ruleId: string; locations: { path: string; line: number; column: number; endLine: number; endColumn: number }[] }[];
}

let log: Log;
let json: JsonReport;
let secrets: Finding[];
let work: string;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'hookscan-sarif-test-'));
  const s = await cli(['scan', 'fixtures/providers', '-f', 'sarif', '--fail-on', 'none']);
  expect(s.code, s.stderr).toBe(0);
  log = JSON.parse(s.stdout) as Log;
  json = JSON.parse((await cli(['scan', 'fixtures/providers', '-f', 'json', '--fail-on', 'none'])).stdout) as JsonReport;
  secrets = (await scan({ paths: [join(ROOT, 'fixtures/providers')], cwd: ROOT })).findings;
}, 60_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

const results = (): Result[] => log.runs[0].results ?? [];

describe('SARIF of the fixtures', () => {
  it('is SARIF 2.1.0 with one run of hookscan', () => {
    expect(log.version).toBe('2.1.0');
    expect(log.$schema).toMatch(/sarif-2\.1\.0/);
    expect(log.runs).toHaveLength(1);
    expect(log.runs[0].tool.driver.name).toBe('hookscan');
    expect(results().length).toBeGreaterThanOrEqual(json.findings.length);
  });

  it('describes every rule it uses, for code scanning', () => {
    const rules = log.runs[0].tool.driver.rules ?? [];
    expect(rules.length).toBeGreaterThan(10);
    expect(new Set(rules.map((r) => r.id)).size).toBe(rules.length);
    for (const r of rules) {
      expect(r.shortDescription?.text, r.id).toBeTruthy();
      expect(r.fullDescription?.text, r.id).toBeTruthy();
      expect(r.help?.markdown, r.id).toMatch(/\S{10}/);
      expect(r.help?.text, r.id).toBeTruthy();
      const sev = Number(r.properties?.['security-severity']);
      expect(sev, r.id).toBeGreaterThan(0);
      expect(sev, r.id).toBeLessThanOrEqual(10);
      expect(r.properties?.tags, r.id).toContain('security');
    }
    const used = new Set(results().map((x) => x.ruleId));
    expect(new Set(rules.map((r) => r.id))).toEqual(used);
  });

  it('results name their rule (id and index), a level and a message', () => {
    const rules = log.runs[0].tool.driver.rules ?? [];
    for (const r of results()) {
      expect(r.ruleId).toBeTruthy();
      if (r.ruleIndex !== undefined) expect(rules[r.ruleIndex].id).toBe(r.ruleId);
      expect(['error', 'warning', 'note']).toContain(r.level);
      expect(r.message.text).toBeTruthy();
    }
  });

  it('locations are relative URIs with regions matching the JSON report', () => {
    const byFp = new Map(json.findings.map((f) => [f.fingerprint, f]));
    const covered = new Set<string>();
    for (const r of results()) {
      expect(r.locations).toHaveLength(1);
      const phys = r.locations![0].physicalLocation!;
      const uri = phys.artifactLocation!.uri!;
      expect(uri).not.toMatch(/^\//);
      expect(uri).not.toMatch(/^file:/i);
      expect(uri).not.toMatch(/^[a-z]+:/i);
      expect(uri).not.toContain('\\');
      const fp = r.properties?.fingerprint as string;
      const f = byFp.get(fp)!;
      expect(f, `result for ${r.ruleId} has no JSON finding`).toBeDefined();
      expect(r.ruleId).toBe(f.ruleId);
      const loc = f.locations.find((l) => l.path === decodeURIComponent(uri))!;
      expect(loc, `${uri} not among the JSON locations`).toBeDefined();
      expect(phys.region).toEqual({ startLine: loc.line, startColumn: loc.column, endLine: loc.endLine, endColumn: loc.endColumn });
      covered.add(`${fp}\0${loc.path}`);
    }
    // every (finding, path) pair of the JSON report has a SARIF result
    for (const f of json.findings) for (const l of f.locations) expect(covered.has(`${f.fingerprint}\0${l.path}`), `${f.ruleId} ${l.path}`).toBe(true);
  });

  it('partialFingerprints carry no secret', () => {
    const text = JSON.stringify(results().map((r) => r.partialFingerprints));
    for (const f of secrets) {
      expect(text).not.toContain(f.secret);
      for (const part of f.secret.split(/[/:@.-]/)) if (part.length >= 8) expect(text).not.toContain(part);
    }
    for (const r of results()) expect(Object.keys(r.partialFingerprints ?? {}).length).toBeGreaterThan(0);
  });

  it('is valid against the official SARIF 2.1.0 schema', () => {
    expect(validateSarifSchema(log)).toEqual([]);
  });

  it('passes Sarif.Multitool validate with the SARIF and GitHub rules', async () => {
    const file = join(work, 'fixtures.sarif');
    writeFileSync(file, JSON.stringify(log, null, 2));
    const v = await runMultitool(file);
    if (!v.available) {
      console.warn(`Sarif.Multitool not run: ${v.reason}`);
      return;
    }
    expect(v.errors).toEqual([]);
  }, 150_000);
});

describe('partialFingerprints', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'hookscan-sarif-fp-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  async function sarifOf(cwd: string): Promise<Result[]> {
    const r = await cli(['scan', '-f', 'sarif'], cwd);
    expect(r.code, r.stderr).toBe(1);
    return (JSON.parse(r.stdout) as Log).runs[0].results ?? [];
  }
  const fps = (rs: Result[]) => rs.map((r) => JSON.stringify(r.partialFingerprints)).sort();

  it('are stable across runs and when lines are inserted above the URL', async () => {
    const a = slack();
    const b = slack();
    mkdirSync(join(dir, 'ci'), { recursive: true });
    writeFileSync(join(dir, 'ci', 'notify.sh'), `#!/bin/sh\ncurl -X POST "${a.url}"\n`);
    writeFileSync(join(dir, 'app.env'), `B=${b.url}\n`);

    const first = await sarifOf(dir);
    const second = await sarifOf(dir);
    expect(first).toHaveLength(2);
    expect(fps(second)).toEqual(fps(first));
    expect(new Set(fps(first)).size).toBe(2);

    writeFileSync(join(dir, 'ci', 'notify.sh'), `#!/bin/sh\nset -eu\n# notify the team\n\necho sending\ncurl -X POST "${a.url}"\n`);
    const moved = await sarifOf(dir);
    expect(fps(moved)).toEqual(fps(first));
    const line = (rs: Result[]) => rs.find((r) => r.locations![0].physicalLocation!.artifactLocation!.uri === 'ci/notify.sh')!.locations![0].physicalLocation!.region!.startLine;
    expect(line(first)).toBe(2);
    expect(line(moved)).toBe(6);

    const text = JSON.stringify(moved.map((r) => r.partialFingerprints));
    expect(text).not.toContain(a.secret);
    expect(text).not.toContain(b.secret);
  });

  it('change when the secret changes', async () => {
    const d = mkdtempSync(join(tmpdir(), 'hookscan-sarif-fp2-'));
    try {
      writeFileSync(join(d, 'a.env'), `A=${slack().url}\n`);
      const one = await sarifOf(d);
      writeFileSync(join(d, 'a.env'), `A=${slack().url}\n`);
      const two = await sarifOf(d);
      expect(fps(two)).not.toEqual(fps(one));
    } finally {
      rmSync(d, { recursive: true, force: true });
    }
  });

  it('paths with spaces become valid relative URI references', async () => {
    const d = mkdtempSync(join(tmpdir(), 'hookscan-sarif-uri-'));
    try {
      mkdirSync(join(d, 'my config'));
      writeFileSync(join(d, 'my config', 'hook #1.env'), `A=${slack().url}\n`);
      const r = await cli(['scan', '-f', 'sarif'], d);
      const doc = JSON.parse(r.stdout) as Log;
      const uri = doc.runs[0].results![0].locations![0].physicalLocation!.artifactLocation!.uri!;
      expect(uri).toBe('my%20config/hook%20%231.env');
      expect(validateSarifSchema(doc)).toEqual([]);
    } finally {
      rmSync(d, { recursive: true, force: true });
    }
  });
});
