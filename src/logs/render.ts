/** The logs report in every output format: pure functions of a LogsResult. */
import type { Pattern, ScanResult } from '../types.js';
import { toJsonReport, toSarif } from '../report/index.js';
import type { LogsResult } from './analyze.js';
import { formatBytes } from '../byte-size.js';

export const LOGS_FORMATS = ['text', 'json', 'sarif', 'csv', 'timesketch-jsonl', 'timesketch-csv'] as const;
export type LogsFormat = (typeof LOGS_FORMATS)[number];

export interface LogsRenderOptions {
  noRedact?: boolean;
  patterns: Pattern[];
  toolVersion: string;
}

export const SINK_RULE_ID = 'hookscan-logs-sink';

function asScan(r: LogsResult): ScanResult {
  return {
    findings: r.findings,
    stats: { filesScanned: r.stats.files.length, bytesScanned: 0, filesSkipped: 0, skipped: [], findings: r.findings.length, suppressed: 0, durationMs: r.stats.durationMs },
  };
}

export function toLogsJson(r: LogsResult, o: LogsRenderOptions) {
  const findings = toJsonReport(asScan(r), o).findings;
  return {
    version: 1,
    tool: { name: 'hookscan', version: o.toolVersion },
    redacted: !o.noRedact,
    sinks: r.sinks,
    findings,
    stats: r.stats,
  };
}

function csvCell(v: unknown): string {
  const s = v === null || v === undefined ? '' : String(v);
  // Cells a spreadsheet would run as a formula get a leading quote (CSV injection).
  const safe = /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function csv(rows: unknown[][]): string {
  return rows.map((r) => r.map(csvCell).join(',')).join('\n') + '\n';
}

function sinkMessage(s: LogsResult['sinks'][number]): string {
  return `${s.source} → ${s.domain} (${s.providerName}, ${s.kind}): ${s.requests} requests, ${s.posts} POST/PUT${s.bytesOut !== null ? `, ${formatBytes(s.bytesOut)} out` : ''}; beacon ${s.beacon.score.toFixed(2)}${s.reasons.length ? `; ${s.reasons.join('; ')}` : ''}`;
}

function text(r: LogsResult, o: LogsRenderOptions): string {
  const out: string[] = [];
  if (r.sinks.length === 0 && r.findings.length === 0) out.push('No traffic to known webhook or capture services.');
  for (const s of r.sinks) {
    out.push(`${s.domain}  ${s.providerName} (${s.kind})  from ${s.source}  risk ${s.risk.toFixed(2)}`);
    if (s.reasons.length) out.push(`  why:        ${s.reasons.join('; ')}`);
    out.push(`  seen:       ${s.firstSeen ?? '?'} … ${s.lastSeen ?? '?'}  (${s.seenIn.join(', ')} in ${s.formats.join(', ')})`);
    out.push(`  requests:   ${s.requests}   POST/PUT: ${s.posts}   bytes out: ${s.bytesOut === null ? 'not recorded' : formatBytes(s.bytesOut)}   bytes in: ${s.bytesIn === null ? 'not recorded' : formatBytes(s.bytesIn)}${s.producerConsumerRatio === null ? '' : `   PCR: ${s.producerConsumerRatio.toFixed(2)}`}`);
    const b = s.beacon;
    out.push(`  beacon:     ${b.score.toFixed(2)} (intervals ${b.intervals.toFixed(2)}, sizes ${b.sizes === null ? 'n/a' : b.sizes.toFixed(2)}, spread ${b.histogram.toFixed(2)}, coverage ${b.duration.toFixed(2)}${b.medianIntervalSeconds !== null ? `, median interval ${b.medianIntervalSeconds} s` : ''})`);
    if (s.paths.length) out.push(`  paths:      ${s.paths.map((p) => `${p.path} ×${p.count}`).join(', ')}`);
    out.push(`  first line: ${s.firstLine.path}:${s.firstLine.line}`);
    out.push('');
  }
  if (r.findings.length) {
    out.push(`Webhook URLs in the logs (${r.findings.length}):`);
    for (const f of r.findings) {
      const l = f.locations[0];
      out.push(`  ${f.providerName} ${f.name}: ${o.noRedact ? f.url : f.redactedUrl}  at ${l.path}:${l.line}${f.locations.length > 1 ? ` (+${f.locations.length - 1 + (f.moreLocations ?? 0)} more)` : ''}`);
    }
    out.push('  The JSON report (--format json) lists them as findings, like hookscan scan does.');
    out.push('');
  }
  const st = r.stats;
  const fmts = Object.entries(st.formats).map(([k, v]) => `${k} ${v}`).join(', ') || 'none';
  out.push(`${st.lines} lines, ${st.parsed} parsed, ${st.prefiltered ? `${st.prefiltered} naming no sink domain (not parsed; --parse-all), ` : ''}${st.skipped} skipped; formats: ${fmts}; ${r.sinks.length} source→sink pairs, ${r.findings.length} webhook URLs.`);
  for (const f of st.files) {
    const why = Object.entries(f.reasons).map(([k, v]) => `${k} ${v}`).join(', ');
    if (why) out.push(`  ${f.path}: ${f.format ?? 'format not recognised'}: skipped ${why}${f.examples.length ? ` (lines ${f.examples.join(', ')})` : ''}`);
  }
  for (const f of st.files) if (f.sizes && f.format) out.push(`  ${f.path} (${f.format}): ${f.sizes}`);
  return out.join('\n') + '\n';
}

function timesketch(r: LogsResult, o: LogsRenderOptions): { message: string; datetime: string; timestamp_desc: string; [k: string]: unknown }[] {
  const rows: { message: string; datetime: string; timestamp_desc: string; [k: string]: unknown }[] = [];
  for (const s of r.sinks) {
    const base = { source: s.source, domain: s.domain, provider: s.provider, kind: s.kind, requests: s.requests, posts: s.posts, bytes_out: s.bytesOut, beacon_score: s.beacon.score, risk: s.risk, tag: 'hookscan' };
    if (s.firstSeen) rows.push({ message: `First request to ${s.domain}: ${sinkMessage(s)}`, datetime: s.firstSeen, timestamp_desc: 'First Seen', ...base });
    if (s.lastSeen && s.lastSeen !== s.firstSeen) rows.push({ message: `Last request to ${s.domain}: ${sinkMessage(s)}`, datetime: s.lastSeen, timestamp_desc: 'Last Seen', ...base });
  }
  for (const f of r.findings) {
    const first = r.sinks.find((s) => f.locations.some((l) => l.path === s.firstLine.path));
    rows.push({ message: `Webhook URL in log: ${f.providerName} ${o.noRedact ? f.url : f.redactedUrl} at ${f.locations[0].path}:${f.locations[0].line}`, datetime: first?.firstSeen ?? new Date(0).toISOString(), timestamp_desc: 'Seen in log', provider: f.provider, kind: f.kind, fingerprint: f.fingerprint, tag: 'hookscan' });
  }
  return rows.sort((a, b) => (a.datetime < b.datetime ? -1 : a.datetime > b.datetime ? 1 : 0));
}

export function renderLogs(format: LogsFormat, r: LogsResult, o: LogsRenderOptions): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify(toLogsJson(r, o), null, 2)}\n`;
    case 'sarif': {
      const log = toSarif(asScan(r), o);
      const run = log.runs[0];
      run.tool.driver.rules = [...(run.tool.driver.rules ?? []), { id: SINK_RULE_ID, name: 'TrafficToWebhookOrCaptureService', shortDescription: { text: 'Traffic to a webhook or capture service in a log' }, helpUri: 'https://attack.mitre.org/techniques/T1567/004/', properties: { tags: ['security', 'T1567.004'] } }];
      const idx = run.tool.driver.rules.length - 1;
      for (const s of r.sinks) {
        run.results!.push({
          ruleId: SINK_RULE_ID,
          ruleIndex: idx,
          level: s.risk >= 0.6 ? 'error' : s.risk >= 0.3 ? 'warning' : 'note',
          message: { text: sinkMessage(s) },
          locations: [{ physicalLocation: { artifactLocation: { uri: encodeURI(s.firstLine.path.replace(/\\/g, '/')) }, region: { startLine: s.firstLine.line } } }],
          partialFingerprints: { 'hookscanSink/v1': `${s.source}|${s.domain}` },
          properties: { source: s.source, domain: s.domain, provider: s.provider, kind: s.kind, requests: s.requests, posts: s.posts, bytesOut: s.bytesOut, beacon: s.beacon.score, risk: s.risk },
        });
      }
      return `${JSON.stringify(log, null, 2)}\n`;
    }
    case 'csv': {
      const head = ['source', 'domain', 'provider', 'kind', 'risk', 'firstSeen', 'lastSeen', 'requests', 'posts', 'bytesOut', 'bytesIn', 'producerConsumerRatio', 'beaconScore', 'medianIntervalSeconds', 'reasons', 'paths', 'firstLine'];
      return csv([head, ...r.sinks.map((s) => [s.source, s.domain, s.provider, s.kind, s.risk, s.firstSeen, s.lastSeen, s.requests, s.posts, s.bytesOut, s.bytesIn, s.producerConsumerRatio, s.beacon.score, s.beacon.medianIntervalSeconds, s.reasons.join('; '), s.paths.map((p) => `${p.path} ×${p.count}`).join(' '), `${s.firstLine.path}:${s.firstLine.line}`])]);
    }
    case 'timesketch-jsonl':
      return timesketch(r, o).map((row) => JSON.stringify(row)).join('\n') + '\n';
    case 'timesketch-csv': {
      const rows = timesketch(r, o);
      const head = ['message', 'datetime', 'timestamp_desc', 'source', 'domain', 'provider', 'kind', 'requests', 'posts', 'bytes_out', 'beacon_score', 'risk', 'fingerprint', 'tag'];
      return csv([head, ...rows.map((row) => head.map((h) => row[h]))]);
    }
    default:
      return text(r, o);
  }
}
