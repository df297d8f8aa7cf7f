/** Incident renderers: markdown, JSON, Timesketch JSONL, DFIR-IRIS timeline events. Pure functions of an Incident. */
import type { Incident } from './model.js';
import { humanDuration } from './duration.js';
import { renderHtml } from './html.js';

export { humanDuration };

export const INCIDENT_FORMATS = ['markdown', 'html', 'json', 'timesketch', 'iris'] as const;
export type IncidentFormat = (typeof INCIDENT_FORMATS)[number];

const cell = (s: string | undefined) => (s ?? '').replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function renderMarkdown(inc: Incident): string {
  const open = inc.indicators.filter((i) => i.open);
  const out: string[] = [];
  out.push('# Incident report: leaked webhooks', '');
  out.push(`Generated ${inc.generatedAt} by hookscan from ${inc.inputs.map((i) => `${i.name} (${i.kind})`).join(', ')}.`, '');
  out.push('## Executive summary', '');
  out.push(`${inc.indicators.length} webhook${inc.indicators.length === 1 ? '' : 's'} involved; ${inc.indicators.length - open.length} contained, ${open.length} open.`);
  out.push(`Median time to detect (TTD): ${humanDuration(inc.ttd)} · time to respond (TTR): ${humanDuration(inc.ttr)} · time to contain (TTC): ${humanDuration(inc.ttc)}.`, '');
  out.push('## Timeline', '', '| Time (UTC) | Event | Indicator | Details | Source |', '|---|---|---|---|---|');
  for (const e of inc.timeline) out.push(`| ${e.time} | ${e.kind} | ${cell(e.indicator)} | ${cell(e.message)} | ${cell(e.source)} |`);
  out.push('', '## Indicators', '', '| Provider | URL (redacted) | Verdict | Exposed | Detected | Contained | TTD | TTR | TTC |', '|---|---|---|---|---|---|---|---|---|');
  for (const i of inc.indicators) out.push(`| ${i.provider} | ${cell(i.url)} | ${i.verdict ?? 'unverified'} | ${i.exposureStart ?? '?'} | ${i.detected ?? '?'} | ${i.contained ?? 'open'} | ${humanDuration(i.ttd)} | ${humanDuration(i.ttr)} | ${humanDuration(i.ttc)} |`);
  out.push('', '## Actions and results', '');
  const actions = inc.indicators.flatMap((i) => i.actions.map((a) => `- ${a.time} ${i.provider} ${i.url}: ${a.action} → ${a.outcome}${a.detail ? ` (${a.detail})` : ''}`));
  out.push(...(actions.length ? actions : ['- none recorded (pass the revocation audit log with --audit-log)']));
  out.push('', '## Open items', '');
  out.push(...(open.length ? open.map((i) => `- [ ] revoke ${i.provider} ${i.url} (hookscan revoke), then search the logs for its use`) : ['- none']));
  out.push('', '## Lessons learned', '', '- What let the webhook in (review, pre-commit hook, CI scan)?', '- What would have detected it sooner?', '- What slowed the response?', '- Follow-up actions, owners and dates:', '');
  return `${out.join('\n')}\n`;
}

/** Timesketch JSONL: one event per line with message, datetime, timestamp (µs) and timestamp_desc. */
export function renderTimesketch(inc: Incident): string {
  return inc.timeline
    .map((e) => JSON.stringify({ message: `${e.kind}: ${e.message}${e.indicator ? ` ${e.indicator}` : ''}`, datetime: e.time, timestamp: Date.parse(e.time) * 1000, timestamp_desc: e.kind, provider: e.provider ?? '', fingerprint: e.fingerprint ?? '', source: e.source }))
    .map((l) => `${l}\n`)
    .join('');
}

/** DFIR-IRIS timeline events (the shape POSTed to /case/timeline/events/add). */
export function renderIris(inc: Incident): string {
  const events = inc.timeline.map((e) => ({
    event_title: `${e.kind}${e.provider ? ` (${e.provider})` : ''}`,
    event_date: e.time.replace('Z', ''),
    event_tz: '+00:00',
    event_content: `${e.message}${e.indicator ? ` — ${e.indicator}` : ''}`,
    event_raw: JSON.stringify(e),
    event_source: `hookscan:${e.source}`,
    event_tags: ['hookscan', e.kind].join(','),
    event_in_summary: e.kind !== 'response',
    event_in_graph: true,
    event_category_id: 1,
    event_assets: [],
    event_iocs: [],
  }));
  return `${JSON.stringify(events, null, 2)}\n`;
}

export function renderIncident(inc: Incident, format: IncidentFormat): string {
  switch (format) {
    case 'markdown':
      return renderMarkdown(inc);
    case 'timesketch':
      return renderTimesketch(inc);
    case 'iris':
      return renderIris(inc);
    case 'html':
      return renderHtml(inc);
    default:
      return `${JSON.stringify(inc, null, 2)}\n`;
  }
}
