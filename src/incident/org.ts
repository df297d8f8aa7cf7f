/**
 * The org-scan view: an organisation's findings by repository, provider and verdict, and what changed
 * since the previous run (new, gone, still open). Pure: built from two JSON org reports (already
 * redacted by the scan that wrote them); nothing here un-redacts.
 */
import { barChart, esc } from './html.js';

interface OrgFinding {
  fingerprint: string;
  ruleId?: string;
  provider: string;
  kind?: string;
  severity?: string;
  url: string;
  verification?: { status: string };
  locations: { repository?: string; path: string; line?: number; commit?: string; date?: string }[];
}

export interface OrgReportDoc {
  findings: OrgFinding[];
  stats?: { repositories?: { listed?: number; selected?: number; scanned?: number; unchanged?: number; failed?: number; failures?: { repository: string; stage: string; error: string }[] } };
}

/** One leaked webhook in one repository (a secret in two repositories is two exposures to fix). */
export interface OrgExposure {
  key: string;
  repository: string;
  fingerprint: string;
  provider: string;
  kind: string;
  severity: string;
  url: string;
  verdict: string;
  /** The first location in this repository: path:line (commit). */
  where: string;
}

export interface OrgView {
  generatedAt: string;
  inputs: { current: string; previous?: string };
  repositories: { repository: string; exposures: number; live: number; providers: string[] }[];
  byProvider: Record<string, number>;
  byVerdict: Record<string, number>;
  exposures: OrgExposure[];
  /** Present when a previous report was given. */
  changes?: { new: OrgExposure[]; gone: OrgExposure[]; stillOpen: number };
  scan: { listed?: number; scanned?: number; failed?: number; failures: { repository: string; stage: string; error: string }[] };
}

/** True for a JSON report written by `hookscan org` (its stats or locations name repositories). */
export function isOrgReport(doc: unknown): doc is OrgReportDoc {
  const d = doc as OrgReportDoc;
  if (!d || !Array.isArray(d.findings)) return false;
  return !!d.stats?.repositories || d.findings.some((f) => f.locations?.some((l) => typeof l.repository === 'string'));
}

function exposuresOf(doc: OrgReportDoc): OrgExposure[] {
  const out = new Map<string, OrgExposure>();
  for (const f of doc.findings) {
    for (const l of f.locations ?? []) {
      const repository = l.repository ?? '(unknown repository)';
      const key = `${repository}\0${f.fingerprint}`;
      if (out.has(key)) continue;
      out.set(key, {
        key,
        repository,
        fingerprint: f.fingerprint,
        provider: f.provider,
        kind: f.kind ?? 'credential',
        severity: f.severity ?? 'high',
        url: f.url,
        verdict: f.verification?.status ?? 'unverified',
        where: `${l.path}${l.line ? `:${l.line}` : ''}${l.commit ? ` (${l.commit.slice(0, 12)})` : ''}`,
      });
    }
  }
  return [...out.values()].sort((a, b) => a.repository.localeCompare(b.repository) || a.provider.localeCompare(b.provider) || a.fingerprint.localeCompare(b.fingerprint));
}

const tally = (xs: OrgExposure[], key: (x: OrgExposure) => string) => {
  const m: Record<string, number> = {};
  for (const x of xs) m[key(x)] = (m[key(x)] ?? 0) + 1;
  return m;
};

export function buildOrgView(current: { name: string; doc: OrgReportDoc }, previous: { name: string; doc: OrgReportDoc } | undefined, generatedAt: string): OrgView {
  const exposures = exposuresOf(current.doc);
  const repos = new Map<string, OrgExposure[]>();
  for (const e of exposures) repos.set(e.repository, [...(repos.get(e.repository) ?? []), e]);
  const r = current.doc.stats?.repositories;
  const view: OrgView = {
    generatedAt,
    inputs: { current: current.name, ...(previous ? { previous: previous.name } : {}) },
    repositories: [...repos]
      .map(([repository, xs]) => ({ repository, exposures: xs.length, live: xs.filter((x) => x.verdict === 'live').length, providers: [...new Set(xs.map((x) => x.provider))].sort() }))
      .sort((a, b) => b.live - a.live || b.exposures - a.exposures || a.repository.localeCompare(b.repository)),
    byProvider: tally(exposures, (x) => x.provider),
    byVerdict: tally(exposures, (x) => x.verdict),
    exposures,
    scan: { listed: r?.listed, scanned: r?.scanned, failed: r?.failed, failures: r?.failures ?? [] },
  };
  if (previous) {
    const before = new Map(exposuresOf(previous.doc).map((e) => [e.key, e]));
    const now = new Set(exposures.map((e) => e.key));
    view.changes = {
      new: exposures.filter((e) => !before.has(e.key)),
      gone: [...before.values()].filter((e) => !now.has(e.key)),
      stillOpen: exposures.filter((e) => before.has(e.key)).length,
    };
  }
  return view;
}

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function renderOrgMarkdown(v: OrgView): string {
  const out: string[] = ['# Organisation webhook scan', ''];
  out.push(`Generated ${v.generatedAt} by hookscan from ${v.inputs.current}${v.inputs.previous ? `, compared with ${v.inputs.previous}` : ''}.`, '');
  const live = v.exposures.filter((e) => e.verdict === 'live').length;
  out.push(`${v.exposures.length} exposure${v.exposures.length === 1 ? '' : 's'} (webhook × repository) in ${v.repositories.length} repositor${v.repositories.length === 1 ? 'y' : 'ies'}; ${live} live.`);
  if (v.scan.listed !== undefined) out.push(`Repositories: ${v.scan.scanned ?? 0} scanned of ${v.scan.listed} listed, ${v.scan.failed ?? 0} failed.`);
  out.push('');
  if (v.changes) {
    out.push('## Since the previous run', '', `${v.changes.new.length} new · ${v.changes.gone.length} gone · ${v.changes.stillOpen} still open`, '');
    if (v.changes.new.length) out.push('New:', '', ...v.changes.new.map((e) => `- ${e.repository}: ${e.provider} ${e.url} (${e.verdict}) at ${e.where}`), '');
    if (v.changes.gone.length) out.push('Gone (no longer found — removed from every ref, or the repository was not scanned this time):', '', ...v.changes.gone.map((e) => `- ${e.repository}: ${e.provider} ${e.url}`), '');
  }
  out.push('## By repository', '', '| Repository | Exposures | Live | Providers |', '|---|---|---|---|');
  for (const r of v.repositories) out.push(`| ${cell(r.repository)} | ${r.exposures} | ${r.live} | ${r.providers.join(', ')} |`);
  out.push('', '## By provider', '', '| Provider | Exposures |', '|---|---|');
  for (const [p, n] of Object.entries(v.byProvider).sort((a, b) => b[1] - a[1])) out.push(`| ${p} | ${n} |`);
  out.push('', '## By verdict', '', '| Verdict | Exposures |', '|---|---|');
  for (const [p, n] of Object.entries(v.byVerdict).sort((a, b) => b[1] - a[1])) out.push(`| ${p} | ${n} |`);
  out.push('', '## Exposures', '', '| Repository | Provider | URL (redacted) | Verdict | Where |', '|---|---|---|---|---|');
  for (const e of v.exposures) out.push(`| ${cell(e.repository)} | ${e.provider} | ${cell(e.url)} | ${e.verdict} | ${cell(e.where)} |`);
  if (v.scan.failures.length) out.push('', '## Repositories not scanned', '', ...v.scan.failures.map((f) => `- ${f.repository} (${f.stage}): ${f.error}`));
  return `${out.join('\n')}\n`;
}

export function renderOrgHtml(v: OrgView): string {
  const rows = (cells: (string | number)[][]) => cells.map((r) => `<tr>${r.map((c) => `<td>${esc(String(c))}</td>`).join('')}</tr>`).join('\n');
  const live = v.exposures.filter((e) => e.verdict === 'live').length;
  const byRepo = new Map(v.repositories.slice(0, 25).map((r) => [r.repository, r.exposures]));
  const changes = v.changes
    ? `<h2>Since the previous run</h2>
<p><span class="kpi">${v.changes.new.length} new</span><span class="kpi">${v.changes.gone.length} gone</span><span class="kpi">${v.changes.stillOpen} still open</span></p>
<h3>New</h3>
<table><tr><th>Repository</th><th>Provider</th><th>URL (redacted)</th><th>Verdict</th><th>Where</th></tr>
${rows(v.changes.new.map((e) => [e.repository, e.provider, e.url, e.verdict, e.where]))}</table>
<h3>Gone</h3>
<p>No longer found: removed from every ref, or the repository was not scanned this time (see failures).</p>
<table><tr><th>Repository</th><th>Provider</th><th>URL (redacted)</th></tr>
${rows(v.changes.gone.map((e) => [e.repository, e.provider, e.url]))}</table>`
    : '';
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Organisation webhook scan</title>
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<style>body{font-family:system-ui,sans-serif;margin:2em;max-width:70em}table{border-collapse:collapse;width:100%;margin:1em 0}td,th{border:1px solid #ccc;padding:4px 6px;text-align:left;font-size:13px;vertical-align:top}th{background:#eee}.kpi{display:inline-block;margin-right:2em;font-size:18px}@media print{body{margin:0}}</style>
</head><body>
<h1>Organisation webhook scan</h1>
<p>Generated ${esc(v.generatedAt)} by hookscan from ${esc(v.inputs.current)}${v.inputs.previous ? `, compared with ${esc(v.inputs.previous)}` : ''}.</p>
<p><span class="kpi">${v.exposures.length} exposures</span><span class="kpi">${v.repositories.length} repositories</span><span class="kpi">${live} live</span>${v.scan.listed !== undefined ? `<span class="kpi">${v.scan.scanned ?? 0}/${v.scan.listed} scanned, ${v.scan.failed ?? 0} failed</span>` : ''}</p>
${changes}
<div>${barChart('Exposures by repository (top 25)', byRepo)}${barChart('By provider', new Map(Object.entries(v.byProvider)))}${barChart('By verdict', new Map(Object.entries(v.byVerdict)))}</div>
<h2>By repository</h2>
<table><tr><th>Repository</th><th>Exposures</th><th>Live</th><th>Providers</th></tr>
${rows(v.repositories.map((r) => [r.repository, r.exposures, r.live, r.providers.join(', ')]))}</table>
<h2>Exposures</h2>
<table><tr><th>Repository</th><th>Provider</th><th>URL (redacted)</th><th>Verdict</th><th>Where</th></tr>
${rows(v.exposures.map((e) => [e.repository, e.provider, e.url, e.verdict, e.where]))}</table>
${v.scan.failures.length ? `<h2>Repositories not scanned</h2><ul>${v.scan.failures.map((f) => `<li>${esc(`${f.repository} (${f.stage}): ${f.error}`)}</li>`).join('')}</ul>` : ''}
</body></html>
`;
}
