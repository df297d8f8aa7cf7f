// The logs prefilter (only lines that may name a sink domain are decoded and parsed) must give the
// same sinks and the same findings, at the same line numbers, as parsing every line (--parse-all),
// on logs of several chunks: sinks across chunk boundaries, upper-case hosts, the Windows DNS
// `(7)discord(3)com(0)` form, a webhook URL in a proxy line, corrupt lines.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cli } from '../support/cli.js';
import { webhook } from '../support/fabricate.js';

const dir = mkdtempSync(join(tmpdir(), 'hookscan-prefilter-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Report {
  sinks: unknown[];
  findings: { fingerprint: string; locations: { line: number; column: number }[] }[];
  stats: { lines: number; parsed: number; skipped: number; prefiltered: number };
}
const report = async (file: string, extra: string[] = []) => JSON.parse((await cli(['logs', file, '-f', 'json', ...extra], dir)).stdout) as Report;

describe('the logs prefilter', () => {
  it('keeps every sink, finding and line number of a multi-chunk Squid log', async () => {
    const hook = webhook('discord');
    const sink = webhook('webhook-site').url;
    const lines: string[] = [];
    const hosts = ['www.example.com', 'github.com', 'registry.npmjs.org', 'cdn.example.net'];
    for (let i = 0; i < 60_000; i++) {
      const t = `${1717000000 + Math.floor(i / 20)}.${String(i % 1000).padStart(3, '0')}`;
      let url = `https://${hosts[i % 4]}/path/${i}`;
      if (i % 997 === 0) url = sink;
      if (i % 1499 === 0) url = `https://HOOKS.SLACK.COM/services/x${i}`;
      if (i === 31_337) url = hook.url;
      lines.push(`${t}    ${i % 900} 10.0.${(i >> 8) & 255}.${i & 255} TCP_MISS/200 ${(i * 37) % 65536} ${i % 5 ? 'GET' : 'POST'} ${url} - HIER_DIRECT/203.0.113.9 text/html`);
      if (i % 5003 === 0) lines.push('garbage line that is no squid record');
    }
    const file = join(dir, 'access.log');
    writeFileSync(file, `${lines.join('\n')}\n`);
    const fast = await report(file);
    const full = await report(file, ['--parse-all']);
    expect(fast.stats.lines).toBe(full.stats.lines);
    expect(fast.stats.prefiltered).toBeGreaterThan(50_000);
    expect(full.stats.prefiltered).toBe(0);
    expect(fast.sinks).toEqual(full.sinks);
    expect(fast.findings).toEqual(full.findings);
    expect(fast.findings.flatMap((f) => f.locations.map((l) => l.line))).toContain(31_337 + 1 + Math.floor(31_337 / 5003) + 1);
    expect(full.stats.skipped).toBeGreaterThan(0); // corrupt lines are counted when every line is parsed
  });

  it('matches the Windows DNS debug log form, where dots are label lengths', async () => {
    const lines = ['DNS Server log file creation at 5/29/2024 12:00:00 PM', ''];
    for (let i = 0; i < 40_000; i++) {
      const host = i % 777 === 0 ? '(5)hooks(5)slack(3)com(0)' : i % 1201 === 0 ? '(7)DISCORD(3)com(0)' : `(3)www(7)example(3)com(0)`;
      lines.push(`5/29/2024 ${1 + (i % 12)}:${String(i % 60).padStart(2, '0')}:00 PM 0E70 PACKET  00000000033397A0 UDP Rcv 10.1.${(i >> 8) & 255}.${i & 255}    ${(i % 65536).toString(16).padStart(4, '0')}   Q [0001   D   NOERROR] A      ${host}`);
    }
    const file = join(dir, 'dns.log');
    writeFileSync(file, `${lines.join('\n')}\n`);
    const fast = await report(file);
    const full = await report(file, ['--parse-all']);
    expect(fast.stats.prefiltered).toBeGreaterThan(30_000);
    expect(fast.sinks.length).toBeGreaterThan(50);
    expect(fast.sinks).toEqual(full.sinks);
  });
});
