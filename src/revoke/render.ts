/**
 * The plan (and, after --apply, its results) for people: text for the terminal, a Markdown
 * checklist for the incident ticket, JSON for scripts. Pure; nothing here sees a secret.
 */
import { firstLine } from '../report/remediation-hint.js';
import type { RevocationPlan, RevocationResult, RevocationStep, StepResult } from './types.js';

export const REVOKE_FORMATS = ['text', 'markdown', 'json'] as const;
export type RevokeFormat = (typeof REVOKE_FORMATS)[number];

export interface RenderOptions {
  /** The findings file the plan was made from (shown in the heading). */
  source?: string;
  /** --apply's results. */
  result?: RevocationResult;
  toolVersion: string;
  /** Markdown: the time in the heading. */
  now?: Date;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function verdictText(s: RevocationStep): string {
  return s.verdictReason ? `${s.verdict} (${s.verdictReason})` : s.verdict;
}

function needsText(s: RevocationStep): string {
  if (s.action === 'manual') return '';
  const creds = s.credentials.length ? s.credentials.map((c) => c.name).join(' + ') : 'no credential (the URL itself is enough)';
  return s.selfHostedHost ? `${creds}; sent only to ${s.selfHostedHost} when allowed with --verify-allow-host` : creds;
}

function headline(plan: RevocationPlan): string {
  const { findings, api, eligible, manual } = plan.summary;
  return `${plural(findings, 'finding')}: ${api} by API (${eligible} to act on), ${manual} manual`;
}

function resultLine(r: StepResult): string {
  return `${r.outcome}${r.httpStatus !== undefined ? ` (HTTP ${r.httpStatus})` : ''}: ${r.detail}`;
}

function countsText(result: RevocationResult): string {
  const c = result.counts;
  return [c.revoked && `${c.revoked} revoked`, c['already-gone'] && `${c['already-gone']} already gone`, c.failed && `${c.failed} failed`, c.skipped && `${c.skipped} skipped`, c.manual && `${c.manual} manual`]
    .filter(Boolean)
    .join(', ') || 'nothing to do';
}

export function renderPlanText(plan: RevocationPlan, opts: RenderOptions): string {
  const byFp = new Map(opts.result?.results.map((r) => [r.fingerprint, r] as const) ?? []);
  const out: string[] = [`hookscan revoke${opts.source ? ` ${opts.source}` : ''}: ${headline(plan)}`];
  if (!opts.result) out.push('Plan only: nothing is sent without --apply.');
  const row = (label: string, value: string) => out.push(`  ${label.padEnd(12)} ${value}`);
  for (const s of plan.steps) {
    out.push('');
    out.push(`${s.action.toUpperCase().padEnd(7)} ${s.name} — ${s.url}`);
    row('verdict', verdictText(s));
    if (s.request) row('request', s.request);
    if (s.action !== 'manual') row('needs', needsText(s));
    if (s.unconfirmed) row('unconfirmed', s.unconfirmed);
    row(s.action === 'manual' ? 'why' : 'apply', s.why);
    if (s.action === 'manual') row('runbook', `${firstLine(s.runbook)} (every step: --format markdown)`);
    if (s.seenAt.length) row('seen at', `${s.seenAt.join(', ')}${s.moreLocations ? ` and ${s.moreLocations} more` : ''}`);
    row('fingerprint', s.fingerprint);
    const r = byFp.get(s.fingerprint);
    if (r) row('result', resultLine(r));
  }
  if (plan.steps.length === 0) out.push('', 'Nothing to revoke.');
  out.push('');
  if (opts.result) out.push(`Result: ${countsText(opts.result)}.${opts.result.ok ? '' : ' Not every API action succeeded: see the failed and skipped steps above.'}`);
  else if (plan.summary.eligible) out.push(`Run again with --apply to carry out the ${plural(plan.summary.eligible, 'API action')} (a prompt asks first; --yes skips it). --format markdown writes the whole plan as a checklist.`);
  return `${out.join('\n')}\n`;
}

const indent = (text: string, by = '  ') =>
  text
    .trim()
    .split('\n')
    .map((l) => (l.trim() ? `${by}${l}` : ''))
    .join('\n');

function mdItem(s: RevocationStep, r: StepResult | undefined): string {
  const done = r && (r.outcome === 'revoked' || r.outcome === 'already-gone');
  const lines = [`- [${done ? 'x' : ' '}] **${s.providerName}** — \`${s.url}\` — ${s.name}`];
  lines.push(`  - Verdict when scanned: **${s.verdict}**${s.verdictReason ? ` — ${s.verdictReason}` : ''}`);
  if (s.action !== 'manual') {
    lines.push(`  - Action: **${s.action}** by API — \`${s.request}\``);
    lines.push(`  - Needs: ${s.credentials.length ? s.credentials.map((c) => `\`${c.name}\` (${c.description})`).join(', ') : 'no credential'}${s.selfHostedHost ? `; the credential is sent only to \`${s.selfHostedHost}\` when allowed with \`--verify-allow-host\`` : ''}`);
    if (s.unconfirmed) lines.push(`  - **Unconfirmed API**: ${s.unconfirmed}`);
    lines.push(`  - ${s.eligible ? 'Apply' : 'Not acted on'}: ${s.why}`);
  } else {
    lines.push(`  - Action: **manual** — ${s.why}`);
  }
  if (r) lines.push(`  - Result: **${r.outcome}**${r.httpStatus !== undefined ? ` (HTTP ${r.httpStatus})` : ''} — ${r.detail} (${r.time})`);
  if (s.seenAt.length) lines.push(`  - Seen at: ${s.seenAt.map((x) => `\`${x}\``).join(', ')}${s.moreLocations ? ` and ${s.moreLocations} more` : ''}`);
  lines.push(`  - Fingerprint: \`${s.fingerprint}\``);
  if (s.action === 'manual' || (r && r.outcome !== 'revoked' && r.outcome !== 'already-gone')) {
    lines.push(`  - Runbook:`, '', indent(s.runbook, '    '), '');
  } else {
    lines.push(`  - If the API action fails, by hand: ${firstLine(s.runbook)}`);
  }
  lines.push(
    s.kind === 'exfil-sink'
      ? '  - [ ] Remove the code that sends data there, and rotate every secret that code could read.'
      : '  - [ ] Remove the URL from the code and configuration that hold it, and give the replacement to its users through a secret store.',
  );
  return lines.join('\n');
}

export function renderPlanMarkdown(plan: RevocationPlan, opts: RenderOptions): string {
  const byFp = new Map(opts.result?.results.map((r) => [r.fingerprint, r] as const) ?? []);
  const api = plan.steps.filter((s) => s.action !== 'manual');
  const credentials = plan.steps.filter((s) => s.action === 'manual' && s.kind === 'credential');
  const sinks = plan.steps.filter((s) => s.action === 'manual' && s.kind === 'exfil-sink');
  const out: string[] = [`# Webhook revocation: ${headline(plan)}`, ''];
  out.push(
    `Made by hookscan ${opts.toolVersion}${opts.source ? ` from \`${opts.source}\`` : ''}${opts.now ? ` on ${opts.now.toISOString()}` : ''}. URLs are redacted; the full ones are in the findings file (mode 0600: delete it when this ticket is closed).`,
  );
  if (opts.result) out.push('', `**Applied:** ${countsText(opts.result)}.`);
  else out.push('', `Nothing has been sent yet: \`hookscan revoke ${opts.source ?? 'FINDINGS.json'} --apply\` carries out the API actions (each is re-verified just before and after).`);
  const section = (title: string, steps: RevocationStep[], intro?: string) => {
    if (!steps.length) return;
    out.push('', `## ${title}`, '');
    if (intro) out.push(intro, '');
    for (const s of steps) out.push(mdItem(s, byFp.get(s.fingerprint)), '');
  };
  section('By API', api, 'Acted on by `hookscan revoke --apply` when the webhook is live just before acting; `revoked` only when the provider answers dead afterwards.');
  section('Manual', credentials, 'No API revokes these (or it needs a flag): follow each runbook, then tick the box.');
  section('Indicators: report and block, never revoke', sinks, 'Capture services and exfiltration sinks belong to someone else: keep the evidence, report them and block egress.');
  if (!plan.steps.length) out.push('', 'Nothing to revoke.', '');
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}

export function renderPlanJson(plan: RevocationPlan, opts: RenderOptions): string {
  return `${JSON.stringify({ version: 1, tool: { name: 'hookscan', version: opts.toolVersion }, ...(opts.source ? { source: opts.source } : {}), plan, ...(opts.result ? { result: opts.result } : {}) }, null, 2)}\n`;
}

export function renderPlan(format: RevokeFormat, plan: RevocationPlan, opts: RenderOptions): string {
  return format === 'markdown' ? renderPlanMarkdown(plan, opts) : format === 'json' ? renderPlanJson(plan, opts) : renderPlanText(plan, opts);
}
