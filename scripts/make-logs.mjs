#!/usr/bin/env node
/**
 * Writes one log per format hookscan logs reads, each built from its documented layout (see
 * docs/investigate.md), with the same planted story:
 *   - 10.0.0.66 beacons to a Discord webhook every 5 minutes (48 small POSTs, about 4 hours);
 *     one URL-bearing line carries the full (fabricated) webhook URL;
 *   - 10.0.0.77 uploads 5 × 2 MB to webhook.site (a capture service);
 *   - 10.0.0.5 browses ordinary sites;
 *   - two corrupt lines (garbage and a truncated record) per line-based file.
 * Usage: node scripts/make-logs.mjs [DIR] (default fixtures/logs). Library: makeLogs({ webhookUrl }).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const START = Date.UTC(2024, 4, 29, 12, 0, 0);
export const BEACON = { source: '10.0.0.66', domain: 'discord.com', count: 48, everySeconds: 300, bytes: 180 };
export const BULK = { source: '10.0.0.77', domain: 'webhook.site', count: 5, bytes: 2_000_000 };
const ORDINARY = ['www.example.com', 'github.com', 'registry.npmjs.org', 'www.wikipedia.org'];

function fabricatedDiscord() {
  const digits = (n) => Array.from(randomBytes(n), (b) => String(b % 10)).join('');
  const b64 = randomBytes(51).toString('base64url').slice(0, 68);
  return `https://discord.com/api/webhooks/${1 + (randomBytes(1)[0] % 9)}${digits(17)}/${b64}`;
}

/** The planted events, in time order: { t (ms), src, host, method, path, out, in }. */
export function events(webhookUrl, uuid = 'a78c3950-e3b9-4dfb-8986-14db0001e8ab') {
  const path = new URL(webhookUrl).pathname;
  const ev = [];
  for (let i = 0; i < BEACON.count; i++) {
    const jitter = ((i * 7919) % 5) - 2; // ±2 s
    ev.push({ t: START + i * BEACON.everySeconds * 1000 + jitter * 1000, src: BEACON.source, host: BEACON.domain, method: 'POST', path, out: BEACON.bytes, in: 0, webhook: i === 0 });
  }
  for (let i = 0; i < BULK.count; i++) ev.push({ t: START + 3_600_000 + i * 41_000, src: BULK.source, host: BULK.domain, method: 'POST', path: `/${uuid}`, out: BULK.bytes, in: 120 });
  for (let i = 0; i < 40; i++) ev.push({ t: START + i * 360_000 + 1234, src: '10.0.0.5', host: ORDINARY[i % ORDINARY.length], method: 'GET', path: `/page/${i}`, out: 0, in: 20_000 + i });
  return ev.sort((a, b) => a.t - b.t);
}

const pad = (n, w = 2) => String(n).padStart(w, '0');
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const iso = (t) => new Date(t).toISOString();
const clf = (t) => {
  const d = new Date(t);
  return `${pad(d.getUTCDate())}/${MON[d.getUTCMonth()]}/${d.getUTCFullYear()}:${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} +0000`;
};
const hms = (d) => `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
const url = (e, webhookUrl) => (e.webhook ? webhookUrl : `https://${e.host}${e.path}`);

/** { fileName: text | Buffer } for every format. */
export function makeLogs({ webhookUrl = fabricatedDiscord() } = {}) {
  const ev = events(webhookUrl);
  const bad = (good) => ['this is not a log line at all', good.slice(0, Math.floor(good.length / 2))];
  const files = {};
  const lineFile = (name, rows, head = [], tail = []) => {
    files[name] = [...head, ...rows.slice(0, 3), ...bad(rows[3]), ...rows.slice(3), ...tail].join('\n') + '\n';
  };
  // Squid native: time elapsed client code/status bytes method URL user hierarchy/peer type.
  lineFile('squid-native.log', ev.map((e) => `${(e.t / 1000).toFixed(3)}    452 ${e.src} TCP_MISS/200 ${e.in} ${e.method} ${url(e, webhookUrl)} - HIER_DIRECT/203.0.113.7 application/json`));
  lineFile('squid-common.log', ev.map((e) => `${e.src} - - [${clf(e.t)}] "${e.method} ${url(e, webhookUrl)} HTTP/1.1" 200 ${e.in} TCP_MISS:HIER_DIRECT`));
  // Squid's combined logformat: Apache combined plus the Squid result and hierarchy codes.
  lineFile('squid-combined.log', ev.map((e) => `${e.src} - - [${clf(e.t)}] "${e.method} ${url(e, webhookUrl)} HTTP/1.1" 200 ${e.in} "-" "python-requests/2.31" TCP_MISS:HIER_DIRECT`));
  lineFile('nginx-combined.log', ev.map((e) => `${e.src} - - [${clf(e.t)}] "${e.method} ${url(e, webhookUrl)} HTTP/1.1" 200 ${e.in} "-" "python-requests/2.31"`));
  const zeek = (path, fields, rows) => [
    ['#separator \\x09', '#set_separator\t,', '#empty_field\t(empty)', '#unset_field\t-', `#path\t${path}`, '#open\t2024-05-29-12-00-00', `#fields\t${fields.join('\t')}`, `#types\t${fields.map(() => 'string').join('\t')}`],
    rows.map((r) => fields.map((f) => (r[f] === undefined ? '-' : String(r[f]))).join('\t')),
    ['#close\t2024-05-29-18-00-00'],
  ];
  const HTTP_FIELDS = ['ts', 'uid', 'id.orig_h', 'id.orig_p', 'id.resp_h', 'id.resp_p', 'trans_depth', 'method', 'host', 'uri', 'referrer', 'version', 'user_agent', 'origin', 'request_body_len', 'response_body_len', 'status_code', 'status_msg', 'tags'];
  const httpRow = (e, i) => ({ ts: (e.t / 1000).toFixed(6), uid: `C${i}`, 'id.orig_h': e.src, 'id.orig_p': 50000 + i, 'id.resp_h': '203.0.113.7', 'id.resp_p': 443, trans_depth: 1, method: e.method, host: e.host, uri: e.webhook ? new URL(webhookUrl).pathname : e.path, version: '1.1', user_agent: 'curl/8.5.0', request_body_len: e.out, response_body_len: e.in, status_code: 200, status_msg: 'OK', tags: '(empty)' });
  // Zeek column order differs across versions: write http.log with the fields shuffled to prove they are read from #fields.
  const shuffled = [...HTTP_FIELDS.slice(8), ...HTTP_FIELDS.slice(0, 8)];
  {
    const [h, rows, t] = zeek('http', shuffled, ev.map(httpRow));
    lineFile('zeek-http.log', rows, h, t);
  }
  const DNS_FIELDS = ['ts', 'uid', 'id.orig_h', 'id.orig_p', 'id.resp_h', 'id.resp_p', 'proto', 'trans_id', 'rtt', 'query', 'qclass', 'qclass_name', 'qtype', 'qtype_name', 'rcode', 'rcode_name', 'AA', 'TC', 'RD', 'RA', 'Z', 'answers', 'TTLs', 'rejected'];
  const dnsRow = (e, i) => ({ ts: (e.t / 1000).toFixed(6), uid: `D${i}`, 'id.orig_h': e.src, 'id.orig_p': 40000 + i, 'id.resp_h': '10.0.0.1', 'id.resp_p': 53, proto: 'udp', trans_id: i, query: e.host, qclass: 1, qclass_name: 'C_INTERNET', qtype: 1, qtype_name: 'A', rcode: 0, rcode_name: 'NOERROR', AA: 'F', TC: 'F', RD: 'T', RA: 'T', Z: 0, answers: '203.0.113.7', TTLs: '300.000000', rejected: 'F' });
  {
    const [h, rows, t] = zeek('dns', DNS_FIELDS, ev.map(dnsRow));
    lineFile('zeek-dns.log', rows, h, t);
  }
  const sslRow = (e, i) => ({ ts: (e.t / 1000).toFixed(6), uid: `S${i}`, 'id.orig_h': e.src, 'id.orig_p': 50000 + i, 'id.resp_h': '203.0.113.7', 'id.resp_p': 443, version: 'TLSv13', cipher: 'TLS_AES_128_GCM_SHA256', curve: 'x25519', server_name: e.host, resumed: 'F', established: 'T', ssl_history: 'CsiI' });
  const SSL_FIELDS = ['ts', 'uid', 'id.orig_h', 'id.orig_p', 'id.resp_h', 'id.resp_p', 'version', 'cipher', 'curve', 'server_name', 'resumed', 'last_alert', 'next_protocol', 'established', 'ssl_history', 'cert_chain_fps', 'client_cert_chain_fps', 'sni_matches_cert'];
  {
    const [h, rows, t] = zeek('ssl', SSL_FIELDS, ev.map(sslRow));
    lineFile('zeek-ssl.log', rows, h, t);
  }
  // conn.log: the byte counts of the ssl.log connections (same uids), joined by hookscan on uid.
  const CONN_FIELDS = ['ts', 'uid', 'id.orig_h', 'id.orig_p', 'id.resp_h', 'id.resp_p', 'proto', 'service', 'duration', 'orig_bytes', 'resp_bytes', 'conn_state', 'missed_bytes', 'history', 'orig_pkts', 'resp_pkts'];
  {
    const [h, rows, t] = zeek('conn', CONN_FIELDS, ev.map((e, i) => ({ ts: (e.t / 1000).toFixed(6), uid: `S${i}`, 'id.orig_h': e.src, 'id.orig_p': 50000 + i, 'id.resp_h': '203.0.113.7', 'id.resp_p': 443, proto: 'tcp', service: 'ssl', duration: '0.250000', orig_bytes: e.out ?? 0, resp_bytes: e.in ?? 0, conn_state: 'SF', missed_bytes: 0, history: 'ShADadFf', orig_pkts: 6, resp_pkts: 6 })));
    lineFile('zeek-conn.log', rows, h, t);
  }
  lineFile('zeek-http.json', ev.map((e, i) => JSON.stringify({ _path: 'http', ...httpRow(e, i), ts: e.t / 1000, request_body_len: e.out, response_body_len: e.in })));
  lineFile('zeek-ssl.json', ev.map((e, i) => JSON.stringify({ ...sslRow(e, i), ts: e.t / 1000, resumed: false, established: true })));
  lineFile('zeek-dns.json', ev.map((e, i) => JSON.stringify({ ...dnsRow(e, i), ts: e.t / 1000, answers: ['203.0.113.7'] })));
  const eveTs = (t) => iso(t).replace('Z', '000+0000');
  const eveBase = (e, i, type) => ({ timestamp: eveTs(e.t), flow_id: 1000 + i, event_type: type, src_ip: e.src, src_port: 50000 + i, dest_ip: '203.0.113.7', dest_port: 443, proto: 'TCP' });
  lineFile('suricata-http.eve.json', ev.map((e, i) => JSON.stringify({ ...eveBase(e, i, 'http'), http: { hostname: e.host, url: e.webhook ? new URL(webhookUrl).pathname : e.path, http_method: e.method, http_user_agent: 'curl/8.5.0', status: 200, length: e.in } })));
  // DNS: v2 (rrname), Suricata 8 (queries[]) and an answer event that must not count again.
  lineFile('suricata-dns.eve.json', ev.flatMap((e, i) => {
    const q = i % 2 ? { type: 'query', id: i, rrname: e.host, rrtype: 'A' } : { version: 3, type: 'request', id: i, queries: [{ rrname: e.host, rrtype: 'A' }] };
    const rows = [JSON.stringify({ ...eveBase(e, i, 'dns'), dest_port: 53, proto: 'UDP', dns: q })];
    if (i === 5) rows.push(JSON.stringify({ ...eveBase(e, i, 'dns'), dns: { type: 'answer', id: i, rrname: e.host, rrtype: 'A', rdata: '203.0.113.7' } }));
    return rows;
  }));
  lineFile('suricata-tls.eve.json', ev.map((e, i) => JSON.stringify({ ...eveBase(e, i, 'tls'), tls: { sni: e.host, version: 'TLS 1.3' } })));
  const utc = (t) => iso(t).replace('T', ' ').replace('Z', '');
  lineFile('sysmon-22.evtx.json', ev.map((e, i) => JSON.stringify({ Event: { '#attributes': { xmlns: 'http://schemas.microsoft.com/win/2004/08/events/event' }, System: { Provider: { '#attributes': { Name: 'Microsoft-Windows-Sysmon' } }, EventID: 22, TimeCreated: { '#attributes': { SystemTime: iso(e.t) } }, Channel: 'Microsoft-Windows-Sysmon/Operational', Computer: `WS${e.src.split('.')[3]}` }, EventData: { RuleName: '-', UtcTime: utc(e.t), ProcessGuid: '{00000000-0000-0000-0000-000000000000}', ProcessId: 4242 + i, QueryName: e.host, QueryStatus: '0', QueryResults: '::ffff:203.0.113.7;', Image: 'C:\\Users\\u\\AppData\\Local\\Temp\\x.exe', User: 'WS\\u' } } })));
  lineFile('sysmon-3.winlogbeat.json', ev.map((e, i) => JSON.stringify({ '@timestamp': iso(e.t), winlog: { event_id: 3, computer_name: `WS${e.src.split('.')[3]}`, event_data: { UtcTime: utc(e.t), Image: 'C:\\Windows\\System32\\curl.exe', Protocol: 'tcp', Initiated: 'true', SourceIp: e.src, SourcePort: String(50000 + i), DestinationIp: '203.0.113.7', DestinationHostname: e.host, DestinationPort: '443' } } })));
  // The other common export shapes of each event: evtx_dump for 3, Winlogbeat for 22, flat NXLog JSON and PowerShell ConvertTo-Json.
  lineFile('sysmon-3.evtx.json', ev.map((e, i) => JSON.stringify({ Event: { System: { Provider: { '#attributes': { Name: 'Microsoft-Windows-Sysmon' } }, EventID: 3, TimeCreated: { '#attributes': { SystemTime: iso(e.t) } }, Computer: `WS${e.src.split('.')[3]}` }, EventData: { UtcTime: utc(e.t), ProcessId: 4242 + i, Image: 'C:\\Windows\\System32\\curl.exe', Protocol: 'tcp', Initiated: 'true', SourceIp: e.src, SourcePort: String(50000 + i), DestinationIp: '203.0.113.7', DestinationHostname: e.host, DestinationPort: '443' } } })));
  lineFile('sysmon-22.winlogbeat.json', ev.map((e, i) => JSON.stringify({ '@timestamp': iso(e.t), event: { code: '22', provider: 'Microsoft-Windows-Sysmon' }, winlog: { event_id: '22', channel: 'Microsoft-Windows-Sysmon/Operational', computer_name: `WS${e.src.split('.')[3]}`, event_data: { UtcTime: utc(e.t), ProcessId: String(4242 + i), QueryName: e.host, QueryStatus: '0', Image: 'C:\\Users\\u\\AppData\\Local\\Temp\\x.exe' } }, dns: { question: { name: e.host } } })));
  lineFile('sysmon-3.nxlog.json', ev.map((e, i) => JSON.stringify({ EventTime: utc(e.t), Hostname: `WS${e.src.split('.')[3]}`, SourceName: 'Microsoft-Windows-Sysmon', Channel: 'Microsoft-Windows-Sysmon/Operational', EventID: 3, UtcTime: utc(e.t), Image: 'C:\\Windows\\System32\\curl.exe', Protocol: 'tcp', SourceIp: e.src, SourcePort: String(50000 + i), DestinationIp: '203.0.113.7', DestinationHostname: e.host, DestinationPort: '443' })));
  lineFile('sysmon-22.powershell.json', ev.map((e, i) => JSON.stringify({ Id: 22, ProviderName: 'Microsoft-Windows-Sysmon', MachineName: `WS${e.src.split('.')[3]}`, TimeCreated: `/Date(${e.t})/`, Message: `Dns query:\r\nRuleName: -\r\nUtcTime: ${utc(e.t)}\r\nProcessGuid: {00000000-0000-0000-0000-000000000000}\r\nProcessId: ${4242 + i}\r\nQueryName: ${e.host}\r\nQueryStatus: 0\r\nQueryResults: ::ffff:203.0.113.7;\r\nImage: C:\\Users\\u\\x.exe` })));
  const winDate = (t) => {
    const d = new Date(t);
    const h = d.getUTCHours();
    return `${d.getUTCMonth() + 1}/${d.getUTCDate()}/${d.getUTCFullYear()} ${h % 12 || 12}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} ${h < 12 ? 'AM' : 'PM'}`;
  };
  const winName = (h) => h.split('.').map((l) => `(${l.length})${l}`).join('') + '(0)';
  lineFile('windows-dns.log', ev.map((e, i) => `${winDate(e.t)} 0E70 PACKET  00000000033397A0 UDP Rcv ${e.src}    ${pad(i.toString(16), 4)}   Q [0001   D   NOERROR] A      ${winName(e.host)}`), ['DNS Server log file creation at 5/29/2024 12:00:00 PM', 'Log file wrap at 5/29/2024 12:00:00 PM', '', 'Message logging key (for packets - other items use a subset of these fields):', '\tField #  Information         Values', '\t-------  -----------         ------', '\t   1     Date', '\t   2     Time', '']);
  const bindTime = (t) => {
    const d = new Date(t);
    return `${pad(d.getUTCDate())}-${MON[d.getUTCMonth()]}-${d.getUTCFullYear()} ${hms(d)}.${pad(d.getUTCMilliseconds(), 3)}`;
  };
  lineFile('bind-query.log', ev.map((e, i) => `${bindTime(e.t)} queries: info: client @0x7f2b8c0 ${e.src}#${40000 + i} (${e.host}): query: ${e.host} IN A +E(0)K (10.0.0.1)`));
  lineFile('unbound.log', ev.map((e) => `[${Math.floor(e.t / 1000)}] unbound[123:0] info: ${e.src} ${e.host}. A IN`));
  lineFile('dnsmasq.log', ev.flatMap((e) => {
    const d = new Date(e.t);
    const p = `${MON[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2, ' ')} ${hms(d)} gw dnsmasq[812]:`;
    return [`${p} query[A] ${e.host} from ${e.src}`, `${p} forwarded ${e.host} to 1.1.1.1`, `${p} reply ${e.host} is 203.0.113.7`];
  }));
  lineFile('route53-resolver.json', ev.map((e, i) => JSON.stringify({ version: '1.100000', account_id: '111122223333', region: 'eu-west-1', vpc_id: 'vpc-0123456789abcdef0', query_timestamp: iso(e.t), query_name: `${e.host}.`, query_type: 'A', query_class: 'IN', rcode: 'NOERROR', answers: [{ Rdata: '203.0.113.7', Type: 'A', Class: 'IN' }], srcaddr: e.src, srcport: String(40000 + i), transport: 'UDP', srcids: { instance: 'i-0123456789abcdef0' } })));
  lineFile('cloudflare-gateway-http.json', ev.map((e) => JSON.stringify({ Datetime: iso(e.t), AccountID: 'acc', Action: 'allow', SourceIP: e.src, DestinationIP: '203.0.113.7', HTTPHost: e.host, HTTPMethod: e.method, URL: url(e, webhookUrl), Email: 'user@example.com', DeviceName: 'laptop' })));
  lineFile('cloudflare-gateway-dns.json', ev.map((e) => JSON.stringify({ Datetime: Math.floor(e.t / 1000) * 1e9, SrcIP: e.src, QueryName: e.host, QueryType: 'A', ResolverDecision: 'allowedOnNoPolicyMatch' })));
  files['browser.har'] = JSON.stringify({ log: { version: '1.2', creator: { name: 'make-logs', version: '1' }, entries: ev.map((e) => ({ startedDateTime: iso(e.t), time: 50, request: { method: e.method, url: url(e, webhookUrl), httpVersion: 'HTTP/1.1', headers: [], queryString: [], cookies: [], headersSize: -1, bodySize: e.out, ...(e.out ? { postData: { mimeType: 'application/json', text: '{}' } } : {}) }, response: { status: 200, statusText: 'OK', httpVersion: 'HTTP/1.1', headers: [], cookies: [], content: { size: e.in, mimeType: 'text/html' }, redirectURL: '', headersSize: -1, bodySize: e.in }, cache: {}, timings: { send: 0, wait: 50, receive: 0 } })) } }, null, 2);
  files['squid-native.log.gz'] = gzipSync(files['squid-native.log']);
  files['corrupt.log'] = Buffer.from([0x00, 0x01, 0x02, 0xff, 0xfe, 0x00, 0x10]);
  files['unknown.log'] = 'hello\nthis is prose, not a log\n';
  return { webhookUrl, files };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const dir = process.argv[2] ?? 'fixtures/logs';
  mkdirSync(dir, { recursive: true });
  const { files } = makeLogs();
  for (const [name, body] of Object.entries(files)) writeFileSync(join(dir, name), body);
  process.stdout.write(`wrote ${Object.keys(files).length} logs to ${dir}\n`);
}
