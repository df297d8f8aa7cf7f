import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli } from '../support/cli.js';
import { fabricate } from '../support/fabricate.js';
import { analyzeLogs } from '../../src/logs/index.js';
import { loadProviders } from '../../src/patterns/index.js';
// @ts-expect-error the fixture writer is a plain .mjs script
import { makeLogs, BEACON, BULK } from '../../scripts/make-logs.mjs';

const { url: webhookUrl, finding } = fabricate('discord');
const { files } = makeLogs({ webhookUrl }) as { files: Record<string, string | Buffer> };
const dir = mkdtempSync(join(tmpdir(), 'hookscan-logs-'));
for (const [name, body] of Object.entries(files)) writeFileSync(join(dir, name), body);

const FORMAT_OF: Record<string, string> = {
  'squid-native.log': 'squid',
  'squid-native.log.gz': 'squid',
  'squid-common.log': 'squid-common',
  'nginx-combined.log': 'combined',
  'squid-combined.log': 'squid-common', // Squid's common and combined logformats are one format: Squid codes at the end
  'zeek-http.log': 'zeek',
  'zeek-dns.log': 'zeek',
  'zeek-ssl.log': 'zeek',
  'zeek-http.json': 'zeek-json',
  'zeek-dns.json': 'zeek-json',
  'zeek-ssl.json': 'zeek-json',
  'suricata-http.eve.json': 'suricata-eve',
  'suricata-dns.eve.json': 'suricata-eve',
  'suricata-tls.eve.json': 'suricata-eve',
  'sysmon-22.evtx.json': 'sysmon',
  'sysmon-3.winlogbeat.json': 'sysmon',
  'sysmon-3.evtx.json': 'sysmon',
  'sysmon-22.winlogbeat.json': 'sysmon',
  'sysmon-3.nxlog.json': 'sysmon',
  'sysmon-22.powershell.json': 'sysmon',
  'windows-dns.log': 'windows-dns',
  'bind-query.log': 'bind',
  'unbound.log': 'unbound',
  'dnsmasq.log': 'dnsmasq',
  'route53-resolver.json': 'route53',
  'cloudflare-gateway-http.json': 'cloudflare-http',
  'cloudflare-gateway-dns.json': 'cloudflare-dns',
  'browser.har': 'har',
};
/** Formats whose lines carry the URL (path and host): the webhook becomes a finding. */
const WITH_URL = new Set(['squid', 'squid-common', 'combined', 'zeek-http.log', 'zeek-http.json', 'suricata-http.eve.json', 'cloudflare-gateway-http.json', 'browser.har']);
const HTTP = new Set(['squid-native.log', 'squid-combined.log', 'squid-native.log.gz', 'squid-common.log', 'nginx-combined.log', 'zeek-http.log', 'zeek-http.json', 'suricata-http.eve.json', 'cloudflare-gateway-http.json', 'browser.har']);

async function json(args: string[]) {
  const r = await cli(['logs', ...args, '-f', 'json'], dir);
  return { ...r, report: JSON.parse(r.stdout) };
}

describe('hookscan logs on a log of every format', () => {
  for (const [name, format] of Object.entries(FORMAT_OF)) {
    it(`${name}: detected as ${format}, the beacon, the bulk upload and the corrupt lines counted`, async () => {
      const { code, report, stdout } = await json([name]);
      expect(code).toBe(1);
      const f = report.stats.files[0];
      expect(f.format).toBe(format);
      if (name !== 'browser.har') expect(f.skipped).toBeGreaterThanOrEqual(1);
      expect(report.stats.parsed + report.stats.skipped).toBe(report.stats.lines);
      const beacon = report.sinks.find((s: { domain: string }) => s.domain === BEACON.domain);
      const bulk = report.sinks.find((s: { domain: string }) => s.domain === BULK.domain);
      expect(beacon.requests).toBe(BEACON.count);
      expect(bulk.requests).toBe(BULK.count);
      expect(beacon.beacon.score).toBeGreaterThan(0.9);
      expect(beacon.beacon.score).toBeGreaterThan(bulk.beacon.score);
      if (HTTP.has(name)) {
        expect(beacon.posts).toBe(BEACON.count);
        expect(bulk.posts).toBe(BULK.count);
      }
      // Ordinary traffic is not a sink.
      expect(report.sinks.map((s: { domain: string }) => s.domain).sort()).toEqual([BEACON.domain, BULK.domain].sort());
      if (WITH_URL.has(format) || WITH_URL.has(name)) {
        const d = report.findings.find((x: { ruleId: string }) => x.ruleId === finding.ruleId);
        expect(d.fingerprint).toBe(finding.fingerprint);
        expect(d.locations[0].path).toBe(name);
      }
      // Redacted by default: the webhook's secret never appears.
      expect(stdout).not.toContain(finding.secret);
    });
  }

  it('bytes out where the format records them: the bulk upload stands out by volume', async () => {
    const { report } = await json(['zeek-http.log']);
    const bulk = report.sinks[0];
    expect(bulk.domain).toBe(BULK.domain);
    expect(bulk.bytesOut).toBe(BULK.count * BULK.bytes);
    expect(bulk.producerConsumerRatio).toBeGreaterThan(0.9);
    expect(bulk.reasons.join(' ')).toMatch(/uploaded/);
    const { report: squid } = await json(['squid-native.log']);
    expect(squid.sinks[0].bytesOut).toBeNull();
  });

  it('Zeek ssl.log gets its bytes from conn.log, joined on uid', async () => {
    const { report: alone } = await json(['zeek-ssl.log']);
    expect(alone.sinks.find((s: { domain: string }) => s.domain === BULK.domain).bytesOut).toBeNull();
    const { report } = await json(['zeek-conn.log', 'zeek-ssl.log']);
    const bulk = report.sinks.find((s: { domain: string }) => s.domain === BULK.domain);
    expect(bulk.bytesOut).toBe(BULK.count * BULK.bytes);
    expect(bulk.reasons.join(' ')).toMatch(/uploaded/);
    expect(report.stats.connectionsJoined).toBe(BULK.count + BEACON.count);
    // A TSV conn.log joins a JSON ssl log as well (a sensor exporting both ways).
    const { report: mixed } = await json(['zeek-ssl.json', 'zeek-conn.log']);
    expect(mixed.sinks.find((s: { domain: string }) => s.domain === BULK.domain).bytesOut).toBe(BULK.count * BULK.bytes);
  });

  it('--no-redact shows the full URL; text, CSV, SARIF and Timesketch outputs carry the sinks', async () => {
    const raw = await cli(['logs', 'squid-native.log', '-f', 'json', '--no-redact'], dir);
    expect(raw.stdout).toContain(webhookUrl);
    for (const f of ['text', 'csv', 'sarif', 'timesketch-jsonl', 'timesketch-csv']) {
      const r = await cli(['logs', 'squid-native.log', '-f', f], dir);
      expect(r.code).toBe(1);
      expect(r.stdout).toContain('webhook.site');
      expect(r.stdout).not.toContain(finding.secret);
    }
    const ts = (await cli(['logs', 'squid-native.log', '-f', 'timesketch-jsonl'], dir)).stdout.trim().split('\n').map((l) => JSON.parse(l));
    for (const row of ts) expect(Object.keys(row)).toEqual(expect.arrayContaining(['message', 'datetime', 'timestamp_desc']));
    const sarif = JSON.parse((await cli(['logs', 'squid-native.log', '-f', 'sarif'], dir)).stdout);
    const sink = sarif.runs[0].results.find((r: { ruleId: string }) => r.ruleId === 'hookscan-logs-sink');
    expect(sink.locations[0].physicalLocation.region.startLine).toBeGreaterThan(0);
  });

  it('a binary file and an unknown format are counted and named, never fatal; a folder is walked', async () => {
    const { code, report } = await json(['corrupt.log', 'unknown.log', 'squid-native.log']);
    expect(code).toBe(1);
    const by = Object.fromEntries(report.stats.files.map((f: { path: string; reasons: unknown }) => [f.path, f.reasons]));
    expect(by['corrupt.log']).toEqual({ binary: 1 });
    expect(by['unknown.log']).toEqual({ 'unknown-format': 1 });
    const all = await json(['.']);
    expect(all.report.stats.files.length).toBe(Object.keys(files).length);
    const missing = await json(['no-such.log']);
    expect(missing.report.stats.files[0].reasons).toEqual({ unreadable: 1 });
    expect(missing.code).toBe(0);
  });

  it('reads standard input (-), gzip included, and --format-in forces a format', async () => {
    const r = await cli(['logs', '-', '-f', 'json'], dir, { stdinStream: [files['squid-native.log.gz'] as Buffer] });
    const rep = JSON.parse(r.stdout);
    expect(rep.stats.formats).toEqual({ squid: 95 });
    const forced = await json(['unknown.log', '--format-in', 'squid']);
    expect(forced.report.stats.files[0]).toMatchObject({ format: 'squid', skipped: 2 });
    expect((await cli(['logs', 'x', '--format-in', 'nope'], dir)).code).toBe(2);
  });

  it('ordinary traffic only: exit 0', async () => {
    writeFileSync(join(dir, 'ok.log'), '1717000000.123    452 10.0.0.5 TCP_MISS/200 6123 GET https://www.example.com/ - HIER_DIRECT/203.0.113.9 text/html\n');
    const r = await cli(['logs', 'ok.log'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/No traffic/);
  });
});

describe('parser + aggregator growth', () => {
  function squidLog(n: number): string {
    const rows: string[] = [];
    for (let i = 0; i < n; i++) rows.push(`${1717000000 + i}.000    10 10.0.${i % 200}.${i % 7} TCP_MISS/200 ${i % 500} POST https://${i % 3 ? 'www.example.com' : 'webhook.site'}/p/${i % 50} - HIER_DIRECT/203.0.113.7 -`);
    return rows.join('\n');
  }
  async function time(n: number): Promise<number> {
    const text = squidLog(n);
    const providers = loadProviders();
    const patterns = providers.flatMap((p) => p.patterns);
    const t = performance.now();
    await analyzeLogs([{ name: 'x', bytes: [Buffer.from(text)] }], { providers, patterns });
    return performance.now() - t;
  }
  it('4× the lines take less than 10× the time (linear, not quadratic)', async () => {
    await time(2000);
    const a = Math.min(await time(5_000), await time(5_000));
    const b = Math.min(await time(20_000), await time(20_000));
    expect(b / a).toBeLessThan(10);
  }, 60_000);
});

describe('a webhook URL from a proxy log is verified like one from code', () => {
  it('--verify asks the (fake) provider; the verdict is in the report', async () => {
    const { startFakeProvider } = await import('../support/fake-provider.js');
    const discord = await startFakeProvider('discord');
    try {
      discord.set(finding.secret, 'live');
      const r = await cli(['logs', 'squid-native.log', '-f', 'json', '--verify', '--verify-providers', 'discord', '--verify-origin', `discord=${discord.origin}`, '--fail-on', 'live'], dir);
      expect(r.code, r.stderr).toBe(1);
      const rep = JSON.parse(r.stdout);
      const d = rep.findings.find((x: { ruleId: string }) => x.ruleId === finding.ruleId);
      expect(d.verification.status).toBe('live');
      expect(discord.log.length).toBeGreaterThan(0);
      expect(r.stdout).not.toContain(finding.secret);
    } finally {
      await discord.close();
    }
  });

  it('the JSON report of a log feeds hookscan revoke (plan only)', async () => {
    const w = await cli(['logs', 'squid-native.log', '-f', 'json', '--no-redact', '-o', 'from-log.json'], dir);
    expect(w.code).toBe(1);
    const plan = await cli(['revoke', 'from-log.json'], dir);
    expect(plan.code, plan.stderr).toBe(0);
    expect(plan.stdout).toMatch(/DELETE\s+Discord webhook URL/);
    expect(plan.stdout).toContain('squid-native.log:');
    expect(plan.stdout).not.toContain(finding.secret);
  });
});
