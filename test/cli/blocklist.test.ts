// hookscan blocklist: every format through the CLI in-process, checked by the TypeScript syntax
// parsers of test/support/blocklist-syntax.ts (these run everywhere) and, where Debian's consumer is
// installed, by the consumer itself (unbound-checkconf, squid -k parse, dnsmasq --test,
// named-checkzone for RPZ, suricata -T). A consumer that is absent skips its test with the reason.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, type TestContext } from 'vitest';
import { BLOCKLIST_FORMATS, blocklistEntries, normalizeDomain, renderBlocklist, SURICATA_SID_BASE, SURICATA_SID_SPAN, type BlocklistFormat } from '../../src/blocklist/index.js';
import { run } from '../../src/cli/index.js';
import { ConfigError } from '../../src/errors.js';
import { loadProviders } from '../../src/patterns/index.js';
import type { Pattern, Provider } from '../../src/types.js';
import { DOMAIN, parseBlocklist } from '../support/blocklist-syntax.js';

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const VERSION = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
/** 2024-02-29T12:00:00Z: a fixed header date. */
const EPOCH = '1709208000';
const SIDS: [number, number] = [SURICATA_SID_BASE, SURICATA_SID_BASE + SURICATA_SID_SPAN - 1];

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'hookscan-blocklist-'));
  dirs.push(d);
  return d;
}

async function cli(argv: string[], env: Record<string, string> = { SOURCE_DATE_EPOCH: EPOCH }, cwd = ROOT) {
  let stdout = '';
  let stderr = '';
  const code = await run(['blocklist', ...argv], { stdout: { write: (s: string) => (stdout += s) }, stderr: { write: (s: string) => (stderr += s) }, cwd, env });
  return { code, stdout, stderr };
}

async function output(format: BlocklistFormat, kind = 'all'): Promise<string> {
  const r = await cli(['--format', format, '--kind', kind]);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return r.stdout;
}

// ---- the oracle: what the pattern files say, computed here independently ---------------------
const providers = loadProviders();
const kindsOf = (p: Provider) => new Set(p.patterns.map((x) => x.kind));
function known(kind: 'all' | 'credential' | 'exfil-sink'): string[] {
  const hosts = providers.filter((p) => kind === 'all' || kindsOf(p).has(kind)).flatMap((p) => p.hosts.map((h) => h.toLowerCase().replace(/^\*?\./, '')));
  return [...new Set(hosts)].sort();
}
/** Drops every domain whose parent domain is listed too (suffix formats block subdomains anyway). */
function outer(domains: string[]): string[] {
  return domains.filter((d) => !domains.some((p) => d.endsWith(`.${p}`)));
}

describe('hookscan blocklist: every format parses and blocks exactly the known domains', () => {
  it('the pattern files name hosts (the oracle is not empty)', () => {
    expect(known('all').length).toBeGreaterThan(20);
    expect(known('credential').length).toBeGreaterThan(5);
    expect(known('exfil-sink').length).toBeGreaterThan(5);
    for (const d of known('all')) expect(d, d).toMatch(DOMAIN);
  });

  for (const format of BLOCKLIST_FORMATS) {
    it(`${format}: syntax, header, sorted and deduplicated`, async () => {
      const text = await output(format);
      const parsed = parseBlocklist(format, text, format === 'suricata' ? SIDS : undefined);
      expect(parsed.errors).toEqual([]);
      const expected = format === 'hosts' ? known('all') : outer(known('all'));
      expect(parsed.domains).toEqual(expected); // sorted, each once
      const mark = format === 'rpz' ? ';' : '#';
      expect(text.split('\n')[0]).toBe(`${mark} hookscan ${VERSION} blocklist: format ${format}, kind all, ${expected.length} entries, generated 2024-02-29`);
      expect(text).toContain(`${mark} Regenerate: hookscan blocklist --format ${format} --kind all`);
      // deterministic: the same input gives the same bytes
      expect(await output(format)).toBe(text);
    });
  }

  it('--kind splits credential webhooks from exfiltration sinks; all is their union', async () => {
    const cred = parseBlocklist('plain', await output('plain', 'credential'));
    const exfil = parseBlocklist('plain', await output('plain', 'exfil-sink'));
    expect(cred.errors).toEqual([]);
    expect(exfil.errors).toEqual([]);
    expect(cred.domains).toEqual(outer(known('credential')));
    expect(exfil.domains).toEqual(outer(known('exfil-sink')));
    const union = outer([...new Set([...known('credential'), ...known('exfil-sink')])].sort());
    expect(parseBlocklist('plain', await output('plain', 'all')).domains).toEqual(union);
    // a provider with only exfil-sink patterns is absent from the credential list
    const sinkOnly = providers.find((p) => kindsOf(p).size === 1 && kindsOf(p).has('exfil-sink') && p.hosts.length)!;
    expect(cred.domains).not.toContain(sinkOnly.hosts[0]);
    expect(exfil.domains.some((d) => sinkOnly.hosts[0] === d || sinkOnly.hosts[0].endsWith(`.${d}`))).toBe(true);
    expect(await output('plain', 'exfil-sink')).not.toContain('ordinary traffic');
  });

  it('writes to a file with -o, and dates the header from the clock without SOURCE_DATE_EPOCH', async () => {
    const dir = tempDir();
    const r = await cli(['--format', 'dnsmasq', '-o', 'block.conf'], {}, dir);
    expect(r).toMatchObject({ code: 0, stdout: '', stderr: '' });
    const text = readFileSync(join(dir, 'block.conf'), 'utf8');
    expect(parseBlocklist('dnsmasq', text).errors).toEqual([]);
    expect(text.split('\n')[0]).toContain(`generated ${new Date().toISOString().slice(0, 10)}`);
  });

  it('rejects unknown formats and kinds with exit 2', async () => {
    expect((await cli(['--format', 'bind'])).code).toBe(2);
    expect((await cli(['--kind', 'everything'])).code).toBe(2);
    expect((await cli([], { SOURCE_DATE_EPOCH: 'yesterday' })).code).toBe(2);
  });

  it('is listed in --help with its formats', async () => {
    const help = (await cli(['--help'])).stdout;
    for (const f of BLOCKLIST_FORMATS) expect(help).toContain(f);
    expect(help).toContain('--kind');
  });
});

describe('wildcards and subdomains, format by format', () => {
  const pattern = (kind: Pattern['kind']) => ({ kind }) as Pattern;
  const fake = (hosts: string[], kind: Pattern['kind'] = 'exfil-sink'): Provider => ({ id: 'x', name: 'Example', hosts, file: 'x.yaml', patterns: [pattern(kind)] });
  const meta = { version: '9.9.9', date: new Date(Date.UTC(2025, 0, 2)), kind: 'all' as const };
  const entries = blocklistEntries([fake(['*.Example.COM', 'hooks.example.com', 'other.org.', 'a.b.other.org', '.tunnel.example.net', 'hooks.example.com'])]);

  it('normalizes (case, *. and leading or trailing dots) and deduplicates', () => {
    expect(entries.map((e) => e.domain)).toEqual(['a.b.other.org', 'example.com', 'hooks.example.com', 'other.org', 'tunnel.example.net']);
    expect(normalizeDomain('*.Example.COM')).toBe('example.com');
    for (const bad of ['localhost', 'exa mple.com', '-x.com', 'x..com', '1.2.3.4', 'https://x.com']) expect(normalizeDomain(bad), bad).toHaveProperty('invalid');
    expect(() => blocklistEntries([fake(['not a host'])])).toThrow(ConfigError);
  });

  it('suffix formats list only the outermost domains; hosts lists every exact name', () => {
    for (const format of BLOCKLIST_FORMATS) {
      const parsed = parseBlocklist(format, renderBlocklist(entries, format, meta));
      expect(parsed.errors, format).toEqual([]);
      expect(parsed.domains, format).toEqual(format === 'hosts' ? ['a.b.other.org', 'example.com', 'hooks.example.com', 'other.org', 'tunnel.example.net'] : ['example.com', 'other.org', 'tunnel.example.net']);
    }
    const rpz = renderBlocklist(entries, 'rpz', meta);
    expect(rpz).toContain('\nexample.com CNAME .\n*.example.com CNAME .\n');
    expect(rpz).toContain(' 2025010200 ');
    expect(renderBlocklist(entries, 'squid', meta)).toContain('\nacl hookscan_webhooks dstdomain .example.com\n');
    expect(renderBlocklist(entries, 'hosts', meta)).toMatch(/subdomains .* are NOT covered/);
  });

  it('an empty list is still valid in every format', () => {
    for (const format of BLOCKLIST_FORMATS) expect(parseBlocklist(format, renderBlocklist([], format, meta)).errors, format).toEqual([]);
  });

  it('keeps a domain’s Suricata sids when other domains come and go', () => {
    const sidsOf = (text: string) => [...text.matchAll(/^alert (\w+) .*content:"\.([^"]+)".*?sid:(\d+);/gm)].map((m) => ({ rule: `${m[1]} ${m[2]}`, sid: m[3] }));
    const before = sidsOf(renderBlocklist(entries, 'suricata', meta));
    const fewer = sidsOf(renderBlocklist(entries.filter((e) => e.domain !== 'example.com'), 'suricata', meta));
    const kept = fewer.filter((x) => before.some((b) => b.rule === x.rule));
    expect(kept.map((x) => x.rule)).toEqual(expect.arrayContaining(['dns other.org', 'tls tunnel.example.net']));
    for (const x of kept) expect(before.find((b) => b.rule === x.rule)!.sid, x.rule).toBe(x.sid);
  });
});

// ---- the consumers, where installed -----------------------------------------------------------
function which(bin: string): string | undefined {
  for (const dir of ['/usr/sbin', '/usr/bin', '/sbin', '/bin', '/usr/local/sbin', '/usr/local/bin', ...(process.env.PATH ?? '').split(':')]) {
    if (dir && existsSync(join(dir, bin))) return join(dir, bin);
  }
  return undefined;
}

/** Runs a consumer on a good file (must pass) and on one with a `broken` line added (must fail: the check is real). */
function consumer(ctx: TestContext, bin: string, format: BlocklistFormat, args: (file: string, dir: string) => string[], broken: string) {
  const path = which(bin);
  if (!path) {
    console.warn(`skipped: ${bin} is not installed (Debian package: ${bin === "named-checkzone" ? "bind9-utils" : bin === "unbound-checkconf" ? "unbound" : bin === "suricata" ? "suricata, in bookworm-backports" : bin}); the TypeScript syntax test covers ${format}`);
    ctx.skip(`${bin} not installed`);
  }
  return async () => {
    const dir = tempDir();
    const file = join(dir, `hookscan.${format}`);
    writeFileSync(file, await output(format));
    const ok = spawnSync(path!, args(file, dir), { encoding: 'utf8', timeout: 60_000 });
    expect(ok.status, `${bin} rejected the ${format} blocklist:\n${ok.stdout}\n${ok.stderr}`).toBe(0);
    writeFileSync(file, `${await output(format)}${broken}\n`);
    const bad = spawnSync(path!, args(file, dir), { encoding: 'utf8', timeout: 60_000 });
    expect(bad.status, `${bin} accepted a broken file: the check proves nothing`).not.toBe(0);
    return `${ok.stdout}\n${ok.stderr}`;
  };
}

describe('the consumers accept the output (skipped where not installed)', () => {
  it('unbound-checkconf: unbound', async (ctx) => {
    await consumer(ctx, 'unbound-checkconf', 'unbound', (f) => [f], '    local-zone: "broken.example." always_nowhere')();
  });

  it('dnsmasq --test: dnsmasq', async (ctx) => {
    const out = await consumer(ctx, 'dnsmasq', 'dnsmasq', (f) => ['--test', `--conf-file=${f}`], 'address=/broken.example')();
    expect(out).toContain('syntax check OK');
  });

  it('squid -k parse: squid (and no subdomain warnings)', async (ctx) => {
    const out = await consumer(ctx, 'squid', 'squid', (f) => ['-k', 'parse', '-f', f], 'acl broken dstdomainz .broken.example')();
    expect(out).not.toMatch(/WARNING: .* is a subdomain of/);
    expect(out).toContain('http_access deny hookscan_webhooks');
  });

  it('named-checkzone: rpz', async (ctx) => {
    await consumer(ctx, 'named-checkzone', 'rpz', (f) => ['rpz.hookscan', f], 'broken.example CNAME')();
  });

  it('suricata -T: suricata rules', async (ctx) => {
    const yaml = '/etc/suricata/suricata.yaml';
    if (which('suricata') && !existsSync(yaml)) {
      console.warn(`skipped: suricata is installed but ${yaml} is missing`);
      ctx.skip(`no ${yaml}`);
    }
    await consumer(ctx, 'suricata', 'suricata', (f, dir) => ['-T', '--init-errors-fatal', '-c', yaml, '-S', f, '-l', dir], 'alert dns any any -> any any (msg:"broken"; dns.query; content:".broken.example"; sid:1;')();
  });
});
