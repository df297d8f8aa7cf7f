/**
 * `hookscan report`: merge scan/host/logs reports and revocation audit logs into one incident report;
 * or, for an org scan report, the organisation view (by repository, provider and verdict) and what
 * changed since a previous run.
 */
import { scrubSecrets } from '../detect/index.js';
import { EXIT } from '../errors.js';
import {
  buildIncident,
  buildOrgView,
  isOrgReport,
  recogniseInput,
  renderIncident,
  renderOrgHtml,
  renderOrgMarkdown,
  type Incident,
  type IncidentFormat,
  type OrgReportDoc,
  type OrgView,
} from '../incident/index.js';

export const REPORT_VIEWS = ['auto', 'incident', 'org'] as const;
export type ReportView = (typeof REPORT_VIEWS)[number];

export interface ReportRequest {
  /** Each input's name, text and file time (ISO). */
  inputs: { name: string; text: string; producedAt?: string }[];
  /** Org view: the previous run's org report, to say what changed. */
  previous?: { name: string; text: string };
  /** `auto`: the org view when the only input is an org scan report, else the incident. */
  view?: ReportView;
  format: IncidentFormat;
  generatedAt: string;
  /** Secrets known to the caller, masked from the output (inputs are normally redacted already). */
  secrets?: string[];
}

function orgDoc(name: string, text: string): OrgReportDoc {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    throw new Error(`${name}: not valid JSON`);
  }
  if (!isOrgReport(doc)) throw new Error(`${name}: not a JSON report of hookscan org (no repository in its stats or locations)`);
  return doc;
}

function wantsOrg(req: ReportRequest): boolean {
  if (req.view === 'org') return true;
  if (req.view === 'incident') return false;
  if (req.previous) return true;
  if (req.inputs.length !== 1) return false;
  try {
    return isOrgReport(JSON.parse(req.inputs[0].text));
  } catch {
    return false;
  }
}

export function runReport(req: ReportRequest): { result: Incident | OrgView; rendered: string; exitCode: number } {
  if (wantsOrg(req)) {
    if (req.inputs.length !== 1) throw new Error(`the org view reads one org report (and --previous); got ${req.inputs.length} inputs`);
    if (req.format === 'timesketch' || req.format === 'iris') throw new Error(`the org view has no timeline: use -f markdown, html or json (or --view incident)`);
    const current = { name: req.inputs[0].name, doc: orgDoc(req.inputs[0].name, req.inputs[0].text) };
    const previous = req.previous ? { name: req.previous.name, doc: orgDoc(req.previous.name, req.previous.text) } : undefined;
    const view = buildOrgView(current, previous, req.generatedAt);
    const text = req.format === 'html' ? renderOrgHtml(view) : req.format === 'markdown' ? renderOrgMarkdown(view) : `${JSON.stringify(view, null, 2)}\n`;
    return { result: view, rendered: scrubSecrets(text, req.secrets ?? []), exitCode: EXIT.clean };
  }
  if (req.previous) throw new Error('--previous compares org scan reports: it needs the org view');
  const result = buildIncident(req.inputs.map((i) => recogniseInput(i.name, i.text, i.producedAt)), req.generatedAt);
  const rendered = scrubSecrets(renderIncident(result, req.format), req.secrets ?? []);
  return { result, rendered, exitCode: EXIT.clean };
}
