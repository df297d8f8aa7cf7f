/** Reports of a webhook audit: text for people, JSON for scripts. Pure. */
import { VERSION } from '../version.js';
import type { HookAuditResult } from './hook-audit.js';

export const HOOK_AUDIT_REPORT_VERSION = 1;

/** `extra`: the plan (`plan`) and what --apply did (`applied`), when asked for. */
export function renderHookAuditJson(org: string, r: HookAuditResult, extra: Record<string, unknown> = {}): string {
  return `${JSON.stringify({ version: HOOK_AUDIT_REPORT_VERSION, tool: { name: 'hookscan', version: VERSION }, kind: 'hook-audit', organization: org, findings: r.findings, stats: r.stats, ...extra }, null, 2)}\n`;
}

export function renderHookAuditText(org: string, r: HookAuditResult): string {
  const out: string[] = [];
  for (const f of r.findings) {
    out.push(`${f.name}  [${f.ruleId} · ${f.severity}]`);
    out.push(`  ${f.scopeKind === 'organization' ? 'organisation' : 'repository'} ${f.scope} · hook ${f.hookId}${f.active ? '' : ' (inactive)'} → ${f.target}`);
    for (const why of f.reasons) out.push(`  - ${why}`);
    out.push(`  events: ${f.events.join(', ') || '(none)'}${f.createdAt ? ` · created ${f.createdAt}` : ''}`);
    out.push('');
  }
  const s = r.stats;
  const n = r.findings.length;
  const hooks = s.organizationHooks + s.repositoryHooks;
  const parts = [
    n === 0 ? `no webhook findings in ${org}` : `${n} webhook finding${n === 1 ? '' : 's'} in ${org}`,
    `${hooks} hook${hooks === 1 ? '' : 's'} (${s.organizationHooks} organisation, ${s.repositoryHooks} in ${s.repositories} repositor${s.repositories === 1 ? 'y' : 'ies'})`,
  ];
  if (!s.hostCheck) parts.push('allow-hook-hosts not configured: host check off');
  if (s.errors.length) parts.push(`${s.errors.length} scope${s.errors.length === 1 ? '' : 's'} unreadable`);
  parts.push(`${(s.durationMs / 1000).toFixed(2)} s`);
  out.push(parts.join(' · '));
  for (const e of s.errors.slice(0, 20)) out.push(`  unreadable: ${e.scope}: ${e.error}`);
  if (s.errors.length > 20) out.push(`  … and ${s.errors.length - 20} more unreadable`);
  return `${out.join('\n')}\n`;
}
