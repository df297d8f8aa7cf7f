import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parseAllDocuments } from 'yaml';
import { cli } from '../support/cli.js';
import { ruleOptions } from '../support/blocklist-syntax.js';
import { loadProviders } from '../../src/patterns/index.js';
import { webhookPaths } from '../../src/rules/index.js';

/**
 * The published Sigma rule JSON schema, vendored verbatim: SigmaHQ/sigma-specification
 * json-schema/sigma-detection-rule-schema.json (V2.0.0, commit ba9251aa834b11a70dbf80836b453dba99c5159e),
 * public domain per that repository's LICENSE.
 */
const SIGMA_SCHEMA = JSON.parse(
  readFileSync(fileURLToPath(new URL('./sigma-detection-rule-schema.json', import.meta.url)), 'utf8'),
) as Record<string, unknown>;

describe('hookscan rules', () => {
  it('Sigma: every rule fits the Sigma rule schema, names its source data and T1567.004, ids are stable', async () => {
    const r = await cli(['rules', '--format', 'sigma'], process.cwd());
    expect(r.code, r.stderr).toBe(0);
    const docs = parseAllDocuments(r.stdout).map((d) => d.toJS() as Record<string, unknown>);
    expect(docs.length).toBeGreaterThanOrEqual(6);
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    (addFormats as unknown as (a: Ajv2020) => void)(ajv);
    const validate = ajv.compile(SIGMA_SCHEMA);
    // The schema bites: a rule without logsource or with an unknown level is rejected.
    expect(validate({ title: 't', detection: { condition: 'x' } })).toBe(false);
    expect(validate({ title: 't', logsource: {}, detection: { condition: 'x' }, level: 'urgent' })).toBe(false);
    const categories = new Set<string>();
    for (const d of docs) {
      expect(validate(d), JSON.stringify(validate.errors)).toBe(true);
      expect(d.tags).toContain('attack.t1567.004');
      expect(d.description).toMatch(/Source data: /);
      categories.add((d.logsource as { category: string }).category);
      // Every selection named in the condition exists.
      const det = d.detection as Record<string, unknown>;
      for (const name of String(det.condition).match(/selection_\w+/g) ?? []) expect(det).toHaveProperty(name);
    }
    expect([...categories].sort()).toEqual(['dns', 'dns_query', 'network_connection', 'process_creation', 'proxy']);
    const again = await cli(['rules', '--format', 'sigma'], process.cwd());
    expect(parseAllDocuments(again.stdout).map((d) => (d.toJS() as { id: string }).id)).toEqual(docs.map((d) => d.id));
  });

  it('dual-use domains (discord.com) enter host rules only with --dual-use; webhook paths always', async () => {
    const plain = (await cli(['rules', '--format', 'sigma'], process.cwd())).stdout;
    const dns = parseAllDocuments(plain)[0].toJS() as { detection: { selection_exact: { query: string[] } } };
    expect(dns.detection.selection_exact.query).toContain('webhook.site');
    expect(dns.detection.selection_exact.query).not.toContain('discord.com');
    expect(plain).toContain('/api/webhooks/');
    const dual = (await cli(['rules', '--format', 'sigma', '--dual-use'], process.cwd())).stdout;
    expect((parseAllDocuments(dual)[0].toJS() as typeof dns).detection.selection_exact.query).toContain('discord.com');
  });

  it('Suricata: well-formed rules, unique sids in the local range, a POST rule on the Discord webhook path', async () => {
    const text = (await cli(['rules', '--format', 'suricata'], process.cwd())).stdout;
    const sids = new Set<number>();
    const rules = text.split('\n').filter((l) => l && !l.startsWith('#'));
    for (const line of rules) {
      const m = /^alert (dns|tls|http) any any -> any any \((.*)\)$/.exec(line);
      expect(m, line).not.toBeNull();
      const opts = ruleOptions(m![2]);
      expect(typeof opts, line).not.toBe('string');
      const get = (k: string) => (opts as { key: string; value?: string }[]).find((o) => o.key === k)?.value;
      const sid = Number(get('sid'));
      expect(sid).toBeGreaterThanOrEqual(1_800_000);
      expect(sid).toBeLessThan(1_900_000);
      expect(sids.has(sid)).toBe(false);
      sids.add(sid);
      expect(get('metadata')).toMatch(/mitre_technique_id T1567\.004.*source_data (dns|tls|http)/);
    }
    expect(text).not.toMatch(/tls\.sni; dotprefix; content:"\.discord\.com"/);
    expect(rules.some((l) => l.includes('content:"POST"') && l.includes('content:"/api/webhooks/"') && l.includes('content:"discord.com"'))).toBe(true);
  });

  it('Zeek Intel: a #fields header and one Intel::DOMAIN per listed capture-service host', async () => {
    const text = (await cli(['rules', '--format', 'zeek-intel'], process.cwd())).stdout;
    const [head, ...rows] = text.trim().split('\n');
    expect(head).toBe('#fields\tindicator\tindicator_type\tmeta.source\tmeta.desc\tmeta.url');
    for (const r of rows) {
      const cols = r.split('\t');
      expect(cols).toHaveLength(5);
      expect(cols[1]).toBe('Intel::DOMAIN');
      expect(cols[3]).toMatch(/T1567\.004/);
    }
    expect(rows.map((r) => r.split('\t')[0])).toContain('webhook.site');
  });

  it('webhook paths come from the pattern examples, only on hosts the providers list', () => {
    const paths = webhookPaths(loadProviders());
    const providers = loadProviders();
    for (const p of paths) {
      const prov = providers.find((x) => x.id === p.provider)!;
      expect(prov.hosts.map((h) => h.replace(/^\*\./, ''))).toContain(p.host);
    }
    expect(paths.find((p) => p.provider === 'slack')?.prefix).toBe('/services/');
  });
});
