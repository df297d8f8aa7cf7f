// The named parts of a finding (patterns' `(?P<name>…)` groups): every example of a rule with a
// verifier or a revoker gives the parts its verifier and revoker read, the same parts whether they
// come from the detector or are found again when a report is read back (revoke's input),
// and no report writes a part that its redacted URL does not already show.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadProviders } from '../../src/patterns/index.js';
import { capturesOf, VERIFIERS, type HttpOutcome } from '../../src/providers/index.js';
import { emptyStats } from '../../src/report/merge.js';
import { toJsonReport } from '../../src/report/index.js';
import { findingsFromReport } from '../../src/revoke/input.js';
import { REVOKERS } from '../../src/providers/revokers.js';
import { captureLayout } from '../../src/patterns/captures.js';
import type { Finding } from '../../src/types.js';
import { cli } from '../support/cli.js';
import { findingsIn } from '../support/fabricate.js';

const patterns = loadProviders().flatMap((p) => p.patterns);
const checked = patterns.filter((p) => p.verify || p.revoke);
const examples = checked.flatMap((p) => p.examples.map((e) => ({ p, text: e.text })));

/** The finding of an example for its own rule. */
function findingOf(p: (typeof checked)[number], text: string): Finding {
  const f = findingsIn(text).find((x) => x.ruleId === p.id);
  if (!f) throw new Error(`${p.id}: no finding in ${text}`);
  return f;
}

/** The finding as `hookscan revoke` reads it back from an unredacted JSON report. */
function readBack(f: Finding): Finding {
  const doc = JSON.parse(JSON.stringify(toJsonReport({ findings: [f], stats: emptyStats() }, { noRedact: true, toolVersion: 'test' }))) as unknown;
  const [g] = findingsFromReport(doc, 'findings.json', patterns);
  return g;
}

/** A transport failure for every request, recording what was asked. */
function recorder() {
  const sent: URL[] = [];
  const outcome: HttpOutcome = { kind: 'network', reason: 'test: not sent' };
  return {
    sent,
    ctx: {
      send: async (req: { url: URL }) => (sent.push(req.url), outcome),
      control: async (_key: string, make: () => Promise<HttpOutcome>) => make(),
      credential: (name: string) => `test-${name}`,
    },
  };
}

describe('named parts of findings', () => {
  it('are read by the pattern loader: one unnamed group (the secret) and named parts', () => {
    expect(captureLayout('a(?P<host>b)/(c)(?P<id>d)')).toEqual({ secret: 2, named: [['host', 1], ['id', 3]] });
    expect(captureLayout('(a)(b)')).toMatch(/exactly one unnamed capturing group/);
    expect(captureLayout('(?P<x>a)(?P<x>b)(c)')).toMatch(/used twice/);
    expect(captureLayout('(?P<secret>a)(c)')).toMatch(/reserved/);
    expect(captureLayout('(?P<Host>a)(c)')).toMatch(/lower-case/);
    expect(captureLayout('[(](?:x)(?<n>y)(z)\\(')).toEqual({ secret: 2, named: [['n', 1]] });
  });

  it('every rule with a verifier or a revoker names the host it is reached at', () => {
    expect(checked.length).toBeGreaterThan(10);
    for (const p of checked) {
      const layout = captureLayout(p.regex);
      expect(typeof layout === 'string' ? [] : layout.named.map(([n]) => n), p.id).toContain('host');
    }
  });

  for (const { p, text } of examples) {
    it(`${p.id}: ${text.slice(0, 60)}`, async () => {
      const f = findingOf(p, text);
      expect(f.captures, 'the detector carries the parts').toBeDefined();
      expect(f.url.toLowerCase()).toContain(f.captures!.host.toLowerCase());
      // No report writes the parts; a finding read back from one gets the same parts again from the detector.
      const { captures, ...bare } = f;
      expect(capturesOf(bare)).toEqual({});
      const read = readBack(f);
      expect(read.captures).toEqual(captures);
      expect(capturesOf(read)).toEqual(captures);
      // Each part is text of the URL (percent-decoded like the secret).
      for (const v of Object.values(captures!)) expect(decodeURIComponent(f.url)).toContain(v);
      if (captures!.id && captures!.token) expect(`${captures!.id}/${captures!.token}`).toBe(f.secret);
      // An API key named before the token is a part; one after it is not in the match at all.
      if (p.id === 'google-chat-webhook') expect(captures!.key).toBe(/[?&;]key=([A-Za-z0-9_-]+)/.exec(f.url)?.[1]);

      // The verifier and the revoker find every part they read, and call the finding's own host.
      const v = VERIFIERS.find((x) => x.ruleIds.includes(p.id));
      if (v) {
        const r = recorder();
        const verdict = await v.check(read, r.ctx);
        expect(verdict.reason, `${v.provider} check`).not.toMatch(/gave no|verifier error/);
        expect(r.sent.length, `${v.provider} sent a probe`).toBeGreaterThan(0);
        expect(r.sent.at(-1)!.hostname).toBe(f.captures!.host.toLowerCase());
        if (p.id === 'google-chat-webhook') expect(r.sent.at(-1)!.searchParams.get('key') ?? undefined).toBe(captures!.key);
        expect(v.key(read)).toBe(v.key(f));
      }
      const rv = REVOKERS.find((x) => x.ruleIds.includes(p.id));
      if (rv) {
        expect(rv.describe(read)).toBe(rv.describe(f));
        expect(rv.describe(read)).not.toContain(f.secret);
        if (!rv.unsupported?.(read)) {
          const r = recorder();
          const attempt = await rv.revoke(read, r.ctx);
          expect(attempt.result, `${rv.provider} revoke`).toBe('failed');
          expect(r.sent.length).toBeGreaterThan(0);
          if (rv.check) await rv.check(read, r.ctx);
        }
      }
    });
  }

  describe('stay out of every report', () => {
    const dir = mkdtempSync(join(tmpdir(), 'hookscan-captures-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));
    const findings = examples.map(({ p, text }, i) => {
      writeFileSync(join(dir, `example-${i}.txt`), `${text}\n`);
      return findingOf(p, text);
    });
    /** Parts a redacted report must not show: those its redacted URL does not already hold. */
    const hidden = findings.flatMap((f) => Object.values(f.captures ?? {}).filter((v) => v.length >= 4 && !f.redactedUrl.includes(v)));

    it('the examples have parts that redaction hides', () => {
      expect(hidden.length).toBeGreaterThan(10);
    });

    for (const format of ['text', 'json', 'sarif'] as const) {
      it(`scan --format ${format}`, async () => {
        const r = await cli(['scan', dir, '--format', format], dir);
        expect(r.code, r.stderr).toBe(1);
        for (const v of hidden) expect(r.stdout, `${format} shows a part`).not.toContain(v);
        if (format === 'json') {
          const doc = JSON.parse(r.stdout) as { findings: Record<string, unknown>[] };
          expect(doc.findings.length).toBe(new Set(findings.map((f) => f.fingerprint)).size);
          for (const f of doc.findings) expect(f).not.toHaveProperty('captures');
        }
      });
    }

    it('scan --no-redact --format json: the full URL, but no parts object (merge and revoke derive them again)', async () => {
      const r = await cli(['scan', dir, '--format', 'json', '--no-redact'], dir);
      const doc = JSON.parse(r.stdout) as { findings: Record<string, unknown>[] };
      for (const f of doc.findings) expect(f).not.toHaveProperty('captures');
    });
  });
});
