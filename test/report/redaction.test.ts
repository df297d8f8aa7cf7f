// Redaction: no output format, progress line or message carries a full secret (or a full raw
// URL) unless --no-redact was given. The secrets are the fabricated ones of fixtures/providers,
// collected at run time from the scanner's own findings.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run, type CliIO } from '../../src/cli/index.js';
import { renderJson, renderSarif, renderText, type ReportOptions } from '../../src/report/index.js';
import { activePatterns, scan } from '../../src/scan.js';
import { defaultConfig } from '../../src/config/index.js';
import type { Finding, ScanResult } from '../../src/types.js';

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const FIXTURES = join(ROOT, 'fixtures', 'providers');

let result: ScanResult;
let findings: Finding[];
/** Everything that must never be printed in full: raw secrets and raw URLs. */
let forbidden: { what: string; ruleId: string; value: string }[];
let work: string;

beforeAll(async () => {
  result = await scan({ paths: [FIXTURES], cwd: FIXTURES });
  findings = result.findings;
  // A short secret (an ngrok TCP port) could occur in any output by chance: its URL is checked instead.
  forbidden = findings.flatMap((f) => [
    ...(f.secret.length >= 6 ? [{ what: 'secret', ruleId: f.ruleId, value: f.secret }] : []),
    { what: 'url', ruleId: f.ruleId, value: f.url },
  ]);
  work = mkdtempSync(join(tmpdir(), 'hookscan-redaction-'));
}, 60_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

/** The forbidden values found in a text, for a readable failure. */
function leaks(text: string): string[] {
  return forbidden
    .filter((x) => text.includes(x.value) || text.includes(JSON.stringify(x.value).slice(1, -1)))
    .map((x) => `${x.ruleId} ${x.what}`);
}

async function cli(argv: string[], io: Partial<CliIO> = {}) {
  let stdout = '';
  let stderr = '';
  const code = await run(argv, {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    cwd: ROOT,
    env: {},
    stdoutIsTTY: false,
    stderrIsTTY: false,
    ...io,
  });
  return { code, stdout, stderr };
}

describe('the fixtures', () => {
  it('hold enough fabricated secrets to make this test meaningful', () => {
    expect(findings.length).toBeGreaterThanOrEqual(20);
    expect(new Set(findings.map((f) => f.provider)).size).toBeGreaterThanOrEqual(10);
    expect(findings.filter((f) => f.secret.length >= 6).length).toBeGreaterThanOrEqual(20);
    for (const f of findings) {
      expect(f.url, f.ruleId).toContain(f.secret);
    }
  });
});

describe('library renderers (no CLI scrubbing)', () => {
  const opts = (): ReportOptions => ({ patterns: activePatterns({}, defaultConfig()), toolVersion: '0.0.0-test' });

  it.each([
    ['text', (r: ScanResult, o: ReportOptions) => renderText(r, o)],
    ['text, colour and verbose', (r: ScanResult, o: ReportOptions) => renderText(r, { ...o, color: true, verbose: true })],
    ['json', (r: ScanResult, o: ReportOptions) => renderJson(r, o)],
    ['sarif', (r: ScanResult, o: ReportOptions) => renderSarif(r, o)],
  ])('%s carries no secret and no raw URL', (_name, render) => {
    const out = render(result, opts());
    expect(out.length).toBeGreaterThan(100);
    expect(leaks(out)).toEqual([]);
  });

  it.each([
    ['text', (r: ScanResult, o: ReportOptions) => renderText(r, o)],
    ['json', (r: ScanResult, o: ReportOptions) => renderJson(r, o)],
    ['sarif', (r: ScanResult, o: ReportOptions) => renderSarif(r, o)],
  ])('%s with noRedact carries every raw URL', (_name, render) => {
    const out = render(result, { ...opts(), noRedact: true });
    const missing = findings.filter((f) => !out.includes(JSON.stringify(f.url).slice(1, -1)) && !out.includes(f.url));
    expect(missing.map((f) => f.ruleId)).toEqual([]);
  });
});

describe('redacted URLs', () => {
  /** scheme://host of a URL, or the host of a schemeless one; the part after @ for mail-like ones. */
  function hostOf(url: string): { scheme?: string; host: string } {
    const m = /^(?:([a-z][a-z0-9+.-]*):\/\/)?([^/?#]*)/i.exec(url)!;
    const authority = m[2];
    const host = authority.slice(authority.lastIndexOf('@') + 1).replace(/:\d+$/, '');
    return { scheme: m[1], host };
  }

  it('keep the scheme and the registrable domain of the host', () => {
    const bad: string[] = [];
    for (const f of findings) {
      // Matches that are not a URL (a bot token on its own, a WebhookClient(id, token) call, a host and
      // port pair) have no host to keep.
      if (!/^(?:[a-z][a-z0-9+.-]*:\/\/)?[a-z0-9.-]+\.[a-z]{2,}(?::\d+)?(?:[/?#]|$)/i.test(f.url)) continue;
      const { scheme, host } = hostOf(f.url);
      if (scheme && !f.redactedUrl.startsWith(`${scheme}://`)) bad.push(`${f.ruleId}: scheme ${scheme} lost in ${f.redactedUrl}`);
      const domain = /^\d+\.\d+\.\d+\.\d+$/.test(host) ? host : host.split('.').slice(-2).join('.');
      if (!f.redactedUrl.toLowerCase().includes(domain.toLowerCase())) bad.push(`${f.ruleId}: host ${domain} lost in ${f.redactedUrl}`);
    }
    expect(bad).toEqual([]);
  });

  it('keep the whole host when the secret is not in it', () => {
    const bad: string[] = [];
    for (const f of findings) {
      const { host } = hostOf(f.url);
      if (host.includes(f.secret) || f.secret.includes(host)) continue;
      if (!f.redactedUrl.includes(host)) bad.push(`${f.ruleId}: ${host} not in ${f.redactedUrl}`);
    }
    expect(bad).toEqual([]);
  });

  it('keep the non-secret labels of a host whose subdomain is the secret', () => {
    const bad: string[] = [];
    for (const f of findings) {
      const { host } = hostOf(f.url);
      if (!host.startsWith(`${f.secret}.`)) continue;
      const rest = host.slice(f.secret.length);
      if (!f.redactedUrl.includes(rest)) bad.push(`${f.ruleId}: ${rest} not in ${f.redactedUrl}`);
    }
    expect(bad).toEqual([]);
  });

  it('keep at most the first four characters of each part of the secret', () => {
    const bad: string[] = [];
    for (const f of findings) {
      expect(f.redactedUrl).not.toContain(f.secret);
      for (const part of f.secret.split(/[/:@.]/)) {
        if (part.length > 4 && f.redactedUrl.includes(part) && !f.url.replace(f.secret, '').includes(part)) {
          bad.push(`${f.ruleId}: '${part.slice(0, 4)}…' (${part.length} chars) shown in full`);
        }
      }
    }
    expect(bad).toEqual([]);
  });
});

describe('through the CLI', () => {
  const FORMATS = ['text', 'json', 'sarif'] as const;

  it.each(FORMATS)('--format %s: neither stdout nor stderr (progress on a terminal, --verbose) carries a secret', async (format) => {
    const r = await cli(['scan', 'fixtures/providers', '--format', format, '--verbose', '--fail-on', 'none'], {
      stdoutIsTTY: true,
      stderrIsTTY: true,
    });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.length).toBeGreaterThan(100);
    expect(leaks(r.stdout)).toEqual([]);
    expect(leaks(r.stderr)).toEqual([]);
  });

  it.each(FORMATS)('--format %s --output FILE: the file, stdout and stderr carry no secret', async (format) => {
    const file = join(work, `report-${format}`);
    const r = await cli(['scan', 'fixtures/providers', '-f', format, '-o', file]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(leaks(r.stderr)).toEqual([]);
    expect(leaks(readFileSync(file, 'utf8'))).toEqual([]);
  });

  it('hookscan baseline writes no secret', async () => {
    const file = join(work, 'baseline.json');
    const r = await cli(['baseline', 'fixtures/providers', '-o', file], { stderrIsTTY: true });
    expect(r.code).toBe(0);
    const text = readFileSync(file, 'utf8');
    expect(JSON.parse(text).findings.length).toBe(findings.length);
    expect(leaks(text)).toEqual([]);
    expect(leaks(r.stdout + r.stderr)).toEqual([]);
  });

  it('the redacted JSON url keeps the host and differs from the raw URL', async () => {
    const r = await cli(['scan', 'fixtures/providers', '-f', 'json']);
    const report = JSON.parse(r.stdout) as { redacted: boolean; findings: { fingerprint: string; url: string }[] };
    expect(report.redacted).toBe(true);
    const byFp = new Map(findings.map((f) => [f.fingerprint, f]));
    for (const jf of report.findings) {
      const f = byFp.get(jf.fingerprint)!;
      expect(f, jf.fingerprint).toBeDefined();
      expect(jf.url).not.toBe(f.url);
      expect(jf.url).toBe(f.redactedUrl);
    }
  });

  it('--no-redact: the JSON url fields are the raw URLs', async () => {
    const r = await cli(['scan', 'fixtures/providers', '-f', 'json', '--no-redact']);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as { redacted: boolean; findings: { fingerprint: string; url: string }[] };
    expect(report.redacted).toBe(false);
    const raw = new Map(findings.map((f) => [f.fingerprint, f.url]));
    expect(report.findings).toHaveLength(findings.length);
    for (const jf of report.findings) expect(jf.url).toBe(raw.get(jf.fingerprint));
  });

  it.each(['text', 'sarif'] as const)('--no-redact --format %s shows the full URLs', async (format) => {
    const r = await cli(['scan', 'fixtures/providers', '-f', format, '--no-redact']);
    const missing = findings.filter((f) => !r.stdout.includes(f.url) && !r.stdout.includes(JSON.stringify(f.url).slice(1, -1)));
    expect(missing.map((f) => f.ruleId)).toEqual([]);
  });
});
