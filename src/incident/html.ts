/** The incident as one self-contained, printable HTML page: no script, no network, inline SVG charts. */
import type { Incident } from './model.js';
import { humanDuration } from './duration.js';

export const esc = (s: string | undefined) => (s ?? '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** A horizontal bar chart of counts, as inline SVG. */
export function barChart(title: string, counts: Map<string, number>): string {
  const rows = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const max = Math.max(1, ...rows.map((r) => r[1]));
  const h = 22 * rows.length + 30;
  const bars = rows
    .map(([label, n], i) => {
      const y = 26 + i * 22;
      const w = Math.round((n / max) * 300);
      return `<text x="0" y="${y + 14}" font-size="12">${esc(label)}</text><rect x="160" y="${y}" width="${w}" height="16" fill="#3b6ea5"/><text x="${166 + w}" y="${y + 13}" font-size="12">${n}</text>`;
    })
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="520" height="${h}" role="img" aria-label="${esc(title)}"><text x="0" y="14" font-size="13" font-weight="bold">${esc(title)}</text>${bars}</svg>`;
}

function count<T>(xs: T[], key: (x: T) => string): Map<string, number> {
  const m = new Map<string, number>();
  for (const x of xs) m.set(key(x), (m.get(key(x)) ?? 0) + 1);
  return m;
}

export function renderHtml(inc: Incident): string {
  const open = inc.indicators.filter((i) => i.open);
  const overTime = count(inc.indicators.filter((i) => i.exposureStart), (i) => i.exposureStart!.slice(0, 10));
  const rows = (cells: (string | undefined)[][]) => cells.map((r) => `<tr>${r.map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`).join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Incident report: leaked webhooks</title>
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<style>body{font-family:system-ui,sans-serif;margin:2em;max-width:70em}table{border-collapse:collapse;width:100%;margin:1em 0}td,th{border:1px solid #ccc;padding:4px 6px;text-align:left;font-size:13px;vertical-align:top}th{background:#eee}.kpi{display:inline-block;margin-right:2em;font-size:18px}@media print{body{margin:0}}</style>
</head><body>
<h1>Incident report: leaked webhooks</h1>
<p>Generated ${esc(inc.generatedAt)} by hookscan from ${esc(inc.inputs.map((i) => `${i.name} (${i.kind})`).join(', '))}.</p>
<h2>Executive summary</h2>
<p>${inc.indicators.length} webhook${inc.indicators.length === 1 ? '' : 's'} involved; ${inc.indicators.length - open.length} contained, ${open.length} open.</p>
<p><span class="kpi">TTD ${esc(humanDuration(inc.ttd))}</span><span class="kpi">TTR ${esc(humanDuration(inc.ttr))}</span><span class="kpi">TTC ${esc(humanDuration(inc.ttc))}</span></p>
<div>${barChart('Webhooks by exposure date', overTime)}${barChart('By provider', count(inc.indicators, (i) => i.provider))}${barChart('By verdict', count(inc.indicators, (i) => i.verdict ?? 'unverified'))}</div>
<h2>Timeline</h2>
<table><tr><th>Time (UTC)</th><th>Event</th><th>Indicator</th><th>Details</th><th>Source</th></tr>
${rows(inc.timeline.map((e) => [e.time, e.kind, e.indicator, e.message, e.source]))}</table>
<h2>Indicators</h2>
<table><tr><th>Provider</th><th>URL (redacted)</th><th>Verdict</th><th>Exposed</th><th>Detected</th><th>Contained</th><th>TTD</th><th>TTR</th><th>TTC</th></tr>
${rows(inc.indicators.map((i) => [i.provider, i.url, i.verdict ?? 'unverified', i.exposureStart, i.detected, i.contained ?? 'open', humanDuration(i.ttd), humanDuration(i.ttr), humanDuration(i.ttc)]))}</table>
<h2>Actions and results</h2>
<ul>${inc.indicators.flatMap((i) => i.actions.map((a) => `<li>${esc(`${a.time} ${i.provider} ${i.url}: ${a.action} → ${a.outcome}${a.detail ? ` (${a.detail})` : ''}`)}</li>`)).join('') || '<li>none recorded</li>'}</ul>
<h2>Open items</h2>
<ul>${open.map((i) => `<li>revoke ${esc(i.provider)} ${esc(i.url)} (hookscan revoke)</li>`).join('') || '<li>none</li>'}</ul>
<h2>Lessons learned</h2>
<ul><li>What let the webhook in?</li><li>What would have detected it sooner?</li><li>What slowed the response?</li><li>Follow-up actions, owners and dates:</li></ul>
</body></html>
`;
}
