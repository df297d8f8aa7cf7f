/**
 * Detection content from the pattern files: Sigma rules, Suricata rules and a Zeek Intel file.
 * Pure functions of the providers. Hosts come from `hosts:`, webhook paths from the pattern
 * examples (the part of an example URL before its secret), so no host or path is written here.
 */
import { createHash } from 'node:crypto';
import { stringify } from 'yaml';
import type { PatternFile } from '../types.js';
import { normalizeDomain, outermost, type BlocklistEntry } from '../blocklist/index.js';

export const RULE_FORMATS = ['sigma', 'suricata', 'zeek-intel'] as const;
export type RuleFormat = (typeof RULE_FORMATS)[number];

export const MITRE = { technique: 'T1567.004', name: 'Exfiltration Over Web Service: Exfiltration Over Webhook', url: 'https://attack.mitre.org/techniques/T1567/004/' };
/** Local Suricata sid range of these rules (the blocklist uses 1 900 000–1 999 999). */
export const RULES_SID_BASE = 1_800_000;
export const RULES_SID_SPAN = 100_000;

export interface RulesOptions {
  /** Include domains of credential providers (discord.com, api.telegram.org…): blocking or alerting on them hits the whole product. */
  dualUse?: boolean;
  version: string;
  date: Date;
}

/** A webhook URL shape: the host and the path before the secret (from a pattern example). */
export interface WebhookPath {
  provider: string;
  providerName: string;
  /** The listed domain (hosts:) the example's host is or lies under. */
  host: string;
  /** The example's host is the listed domain itself (else: a tenant subdomain of it). */
  exact: boolean;
  prefix: string;
}

interface Domains {
  sinks: BlocklistEntry[];
  dualUse: BlocklistEntry[];
}

function domains(providers: PatternFile[]): Domains {
  const by = new Map<string, BlocklistEntry>();
  for (const p of providers) {
    const kinds = [...new Set(p.patterns.map((x) => x.kind))];
    for (const h of p.hosts) {
      const d = normalizeDomain(h);
      if (typeof d !== 'string') continue;
      const e = by.get(d) ?? { domain: d, providers: [], kinds: [] };
      if (!e.providers.includes(p.name)) e.providers.push(p.name);
      for (const k of kinds) if (!e.kinds.includes(k)) e.kinds.push(k);
      by.set(d, e);
    }
  }
  const all = outermost([...by.values()].sort((a, b) => (a.domain < b.domain ? -1 : 1)));
  return { sinks: all.filter((e) => e.kinds.includes('exfil-sink')), dualUse: all.filter((e) => !e.kinds.includes('exfil-sink')) };
}

/** Host + path-before-secret of every pattern example URL whose secret sits in the path. */
export function webhookPaths(providers: PatternFile[]): WebhookPath[] {
  const seen = new Map<string, WebhookPath>();
  for (const p of providers) {
    for (const pat of p.patterns) {
      if (pat.kind !== 'credential') continue;
      for (const ex of pat.examples) {
        for (const m of ex.text.matchAll(/https?:\/\/[^\s"'<>`)]+/g)) {
          let u: URL;
          try {
            u = new URL(m[0]);
          } catch {
            continue;
          }
          const path = decodeURIComponent(u.pathname);
          const at = path.indexOf(ex.secret.split('/')[0]);
          if (at <= 1 || /[{<]/.test(path.slice(0, at))) continue;
          // Up to the last "/" before the secret (telegram: /bot<token> → /bot).
          const prefix = path.slice(0, at);
          const seenHost = u.hostname.toLowerCase();
          // Only hosts the provider lists: example tenants (self-hosted servers) are not rules.
          const listed = p.hosts.map((h) => normalizeDomain(h)).filter((h): h is string => typeof h === 'string').find((h) => seenHost === h || seenHost.endsWith(`.${h}`));
          if (!listed) continue;
          const exact = listed === seenHost;
          const key = `${exact ? '' : '*.'}${listed}${prefix}`;
          if (!seen.has(key)) seen.set(key, { provider: p.id, providerName: p.name, host: listed, exact, prefix });
        }
      }
    }
  }
  return [...seen.values()].sort((a, b) => (a.host + a.prefix < b.host + b.prefix ? -1 : 1));
}

/** A stable UUID (v4 layout) from a name, so a rule keeps its id across versions. */
export function stableUuid(name: string): string {
  const h = createHash('sha256').update(`hookscan-rule\0${name}`).digest('hex');
  const v = ((parseInt(h[16], 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${v}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

const sinkHosts = (d: Domains, o: RulesOptions) => [...d.sinks, ...(o.dualUse ? d.dualUse : [])].map((e) => e.domain);

/** Sigma rules as one YAML stream (documents separated by ---). */
export function sigmaRules(providers: PatternFile[], o: RulesOptions): object[] {
  const d = domains(providers);
  const hosts = sinkHosts(d, o);
  const paths = webhookPaths(providers);
  const date = o.date.toISOString().slice(0, 10);
  const common = (name: string, title: string, description: string, source: string) => ({
    title,
    id: stableUuid(name),
    status: 'experimental',
    description: `${description} Source data: ${source}. MITRE ATT&CK ${MITRE.technique} (${MITRE.name}). Generated by hookscan ${o.version} from its pattern files${o.dualUse ? ', dual-use domains included' : ''}; regenerate with: hookscan rules --format sigma${o.dualUse ? ' --dual-use' : ''}.`,
    references: [MITRE.url],
    author: 'hookscan',
    date,
    tags: ['attack.exfiltration', `attack.${MITRE.technique.toLowerCase()}`],
  });
  const hostSel = (field: string) => ({ selection_exact: { [field]: hosts }, selection_subdomain: { [`${field}|endswith`]: hosts.map((h) => `.${h}`) }, condition: '1 of selection_*' });
  const rules: object[] = [
    {
      ...common('dns', 'DNS Query for a Webhook Capture or Exfiltration Service', 'A DNS query for a request-capture service, tunnel or paste site that exfiltration code sends data to.', 'DNS server or resolver logs (category dns, field query)'),
      logsource: { category: 'dns' },
      detection: hostSel('query'),
      falsepositives: ['Developers testing webhooks'],
      level: 'medium',
    },
    {
      ...common('dns_query', 'Windows DNS Query for a Webhook Capture or Exfiltration Service', 'A process resolved a request-capture service, tunnel or paste site.', 'Sysmon event 22 / Windows DNS client (category dns_query, field QueryName)'),
      logsource: { product: 'windows', category: 'dns_query' },
      detection: hostSel('QueryName'),
      falsepositives: ['Developers testing webhooks'],
      level: 'medium',
    },
    {
      ...common('network_connection', 'Network Connection to a Webhook Capture or Exfiltration Service', 'A process connected to a request-capture service, tunnel or paste site.', 'Sysmon event 3 (category network_connection, field DestinationHostname)'),
      logsource: { category: 'network_connection' },
      detection: { ...hostSel('DestinationHostname'), selection_outbound: { Initiated: 'true' }, condition: 'selection_outbound and (selection_exact or selection_subdomain)' },
      falsepositives: ['Developers testing webhooks'],
      level: 'medium',
    },
    {
      ...common('proxy_host', 'Proxy Request to a Webhook Capture or Exfiltration Service', 'A web request through a proxy to a request-capture service, tunnel or paste site.', 'web proxy logs (category proxy, field cs-host)'),
      logsource: { category: 'proxy' },
      detection: hostSel('cs-host'),
      falsepositives: ['Developers testing webhooks'],
      level: 'medium',
    },
  ];
  if (paths.length) {
    rules.push({
      ...common('proxy_webhook_post', 'POST to a Chat or Automation Webhook Through a Proxy', 'An HTTP POST to the webhook path of a chat or automation platform (Discord /api/webhooks/, Slack /services/, …), visible where the proxy inspects TLS.', 'web proxy logs (category proxy, fields cs-method, cs-host, c-uri)'),
      logsource: { category: 'proxy' },
      detection: {
        selection_method: { 'cs-method': 'POST' },
        selection_webhook: paths.map((p) => (p.exact ? { 'cs-host': p.host, 'c-uri|startswith': p.prefix } : { 'cs-host|endswith': `.${p.host}`, 'c-uri|startswith': p.prefix })),
        condition: 'selection_method and selection_webhook',
      },
      falsepositives: ['Sanctioned notification integrations (CI, monitoring)'],
      level: 'medium',
    });
  }
  const uploadHosts = [...new Set([...hosts, ...paths.map((p) => (p.exact ? `${p.host}${p.prefix}` : `.${p.host}/`))])];
  rules.push(
    {
      ...common('proc_creation_win', 'Command Line Upload to a Webhook or Capture Service (Windows)', 'curl, wget or PowerShell sending data to a webhook or capture service.', 'process creation logs, Sysmon event 1 / Security 4688 (category process_creation, field CommandLine)'),
      logsource: { product: 'windows', category: 'process_creation' },
      detection: {
        selection_target: { 'CommandLine|contains': uploadHosts },
        selection_upload: { 'CommandLine|contains': [' -d ', ' --data', ' -F ', ' --form', ' -T ', ' --upload-file', '-Method Post', '-Method POST', 'UploadString', 'UploadFile', '--post-data', '--post-file', '-InFile'] },
        condition: 'selection_target and selection_upload',
      },
      falsepositives: ['Administrators posting notifications from scripts'],
      level: 'high',
    },
    {
      ...common('proc_creation_lnx', 'Command Line Upload to a Webhook or Capture Service (Linux)', 'curl or wget sending data to a webhook or capture service.', 'process creation logs, auditd execve / Sysmon for Linux (category process_creation, field CommandLine)'),
      logsource: { product: 'linux', category: 'process_creation' },
      detection: {
        selection_tool: { 'Image|endswith': ['/curl', '/wget'] },
        selection_target: { 'CommandLine|contains': uploadHosts },
        selection_upload: { 'CommandLine|contains': [' -d ', ' --data', ' -F ', ' --form', ' -T ', ' --upload-file', '--post-data', '--post-file'] },
        condition: 'all of selection_*',
      },
      falsepositives: ['Administrators posting notifications from scripts'],
      level: 'high',
    },
  );
  return rules;
}

export function renderSigma(rules: object[]): string {
  return rules.map((r) => stringify(r, { lineWidth: 0 })).join('---\n');
}

function sidAllocator() {
  const used = new Set<number>();
  return (key: string) => {
    let n = parseInt(createHash('sha256').update(key).digest('hex').slice(0, 8), 16) % RULES_SID_SPAN;
    while (used.has(n)) n = (n + 1) % RULES_SID_SPAN;
    used.add(n);
    return RULES_SID_BASE + n;
  };
}

const clean = (s: string) => s.replace(/[";\\|]/g, '');
const META = `metadata: mitre_tactic_id TA0010, mitre_technique_id ${MITRE.technique}, created_by hookscan`;

/** Suricata rules: hosts (DNS, TLS SNI, HTTP Host) of capture services, and POSTs to webhook paths. */
export function suricataRules(providers: PatternFile[], o: RulesOptions): string {
  const d = domains(providers);
  const sid = sidAllocator();
  const out = [
    `# hookscan ${o.version} rules for Suricata 7+, generated ${o.date.toISOString().slice(0, 10)}; sids ${RULES_SID_BASE}–${RULES_SID_BASE + RULES_SID_SPAN - 1}, stable per rule.`,
    `# MITRE ATT&CK ${MITRE.technique}. Each msg names the source data (dns, tls, http). Regenerate: hookscan rules --format suricata${o.dualUse ? ' --dual-use' : ''}`,
    o.dualUse ? '# Dual-use domains (chat platforms) included: these alert on all of their traffic.' : '# Dual-use domains (discord.com, api.telegram.org…) alert only through their webhook paths; add --dual-use for host rules.',
  ];
  for (const e of [...d.sinks, ...(o.dualUse ? d.dualUse : [])]) {
    const who = clean(e.providers.join(', '));
    const c = `content:".${e.domain}"`;
    out.push(
      `alert dns any any -> any any (msg:"hookscan T1567.004 dns: query for ${e.domain} (${who})"; dns.query; dotprefix; ${c}; nocase; endswith; classtype:policy-violation; ${META}, source_data dns; sid:${sid(`dns ${e.domain}`)}; rev:1;)`,
      `alert tls any any -> any any (msg:"hookscan T1567.004 tls: SNI ${e.domain} (${who})"; flow:to_server,established; tls.sni; dotprefix; ${c}; nocase; endswith; classtype:policy-violation; ${META}, source_data tls; sid:${sid(`tls ${e.domain}`)}; rev:1;)`,
      `alert http any any -> any any (msg:"hookscan T1567.004 http: request to ${e.domain} (${who})"; flow:to_server,established; http.host; dotprefix; ${c}; endswith; classtype:policy-violation; ${META}, source_data http; sid:${sid(`http ${e.domain}`)}; rev:1;)`,
    );
  }
  for (const p of webhookPaths(providers)) {
    out.push(
      `alert http any any -> any any (msg:"hookscan T1567.004 http: POST to ${clean(p.providerName)} webhook ${clean((p.exact ? '' : '*.') + p.host + p.prefix)}"; flow:to_server,established; http.method; content:"POST"; http.host; ${p.exact ? `content:"${clean(p.host)}"; bsize:${p.host.length};` : `dotprefix; content:".${clean(p.host)}"; endswith;`} http.uri; content:"${clean(p.prefix)}"; startswith; classtype:policy-violation; ${META}, source_data http; sid:${sid(`post ${p.host}${p.prefix}`)}; rev:1;)`,
    );
  }
  return out.join('\n') + '\n';
}

/** Zeek Intel framework file: one Intel::DOMAIN per host (exact names: Zeek intel does not match subdomains). */
export function zeekIntel(providers: PatternFile[], o: RulesOptions): string {
  const d = domains(providers);
  const rows = ['#fields\tindicator\tindicator_type\tmeta.source\tmeta.desc\tmeta.url'];
  const all = [...providers.flatMap((p) => p.hosts.map((h) => ({ p, h })))];
  const wanted = new Set(sinkHosts(d, o));
  const seen = new Set<string>();
  for (const { p, h } of all) {
    const dom = normalizeDomain(h);
    if (typeof dom !== 'string' || seen.has(dom)) continue;
    // Every listed name whose outermost domain is wanted (Intel::DOMAIN is an exact match).
    const parent = [...wanted].find((w) => dom === w || dom.endsWith(`.${w}`));
    if (!parent) continue;
    seen.add(dom);
    const kind = p.patterns.some((x) => x.kind === 'exfil-sink') ? 'exfil-sink' : 'credential';
    rows.push([dom, 'Intel::DOMAIN', `hookscan-${o.version}`, `${clean(p.name)} (${kind}); MITRE ${MITRE.technique}; source data: dns, http, ssl via @load frameworks/intel/seen`, MITRE.url].join('\t'));
  }
  return rows.join('\n') + '\n';
}

export function renderRules(format: RuleFormat, providers: PatternFile[], o: RulesOptions): string {
  if (format === 'sigma') return renderSigma(sigmaRules(providers, o));
  if (format === 'suricata') return suricataRules(providers, o);
  return zeekIntel(providers, o);
}
