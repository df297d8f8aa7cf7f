/** `hookscan audit-hooks`: the webhooks configured on a GitHub organisation, judged, and on request disabled or deleted. */
import { resolve } from 'node:path';
import type { HookscanConfig } from '../config/index.js';
import { EXIT, UsageError } from '../errors.js';
import {
  applyHookActions,
  auditHooks,
  createHookJudge,
  DEFAULT_ACTION_RULES,
  HOOK_RULE_IDS,
  planHookActions,
  renderHookAuditJson,
  renderHookAuditText,
  renderHookPlan,
  statusOf,
  type HookAuditOptions,
  type HookAuditResult,
  type HookRuleId,
} from '../github/index.js';
import { loadPatternFiles } from '../patterns/index.js';
import { appendAudit, type AuditEntry } from '../revoke/index.js';
import { activePatterns } from '../scan.js';

export interface AuditHooksRequest extends Omit<HookAuditOptions, 'judge'> {
  config: HookscanConfig;
  cwd: string;
  format: 'text' | 'json';
  /** Plan to disable (reversible) or delete the hooks of `rules`. */
  action?: 'disable' | 'delete';
  rules?: string[];
  /** Send the planned requests (needs `yes`). */
  apply?: boolean;
  yes?: boolean;
  auditLog: string;
  mutationDelayMs?: number;
}

export async function auditHooksCommand(req: AuditHooksRequest): Promise<{ result: HookAuditResult; rendered: string; exitCode: number; notes: string[] }> {
  if (req.apply && !req.action) throw new UsageError('--apply needs --disable or --delete');
  if (req.yes && !req.apply) throw new UsageError('--yes only confirms --apply');
  const rules = (req.rules ?? [...DEFAULT_ACTION_RULES]) as HookRuleId[];
  for (const r of rules) if (!HOOK_RULE_IDS.includes(r)) throw new UsageError(`--rules: unknown rule '${r}' (known: ${HOOK_RULE_IDS.join(', ')})`);
  if (req.rules && !req.action) throw new UsageError('--rules chooses the hooks of --disable or --delete; give one of them');
  const providers = loadPatternFiles();
  const judge = createHookJudge(providers, activePatterns({ providers }, req.config), req.config.allowHookHosts);
  let result: HookAuditResult;
  try {
    result = await auditHooks({ ...req, judge });
  } catch (e) {
    if (statusOf(e) === 401) throw new UsageError(`${req.client.host} rejected the token (HTTP 401): check the variable named by --token-env (default GITHUB_TOKEN)`, { cause: e });
    throw e;
  }
  const plan = req.action ? planHookActions(result.findings, { action: req.action, rules }) : [];
  if (req.apply && !req.yes) throw new UsageError(`--apply would ${req.action} ${plan.length} webhook${plan.length === 1 ? '' : 's'}; add --yes to confirm (run without --apply to see the plan)`);
  const entries: AuditEntry[] = req.apply && plan.length ? await applyHookActions(req.client, plan, { delayMs: req.mutationDelayMs }) : [];
  if (entries.length) appendAudit(resolve(req.cwd, req.auditLog), entries);
  let rendered: string;
  if (req.format === 'json') {
    rendered = renderHookAuditJson(req.org, result, req.action ? { plan, ...(req.apply ? { applied: entries } : {}) } : {});
  } else {
    const planText = req.action ? `\n${renderHookPlan(plan, !!req.apply)}` : '';
    const applied = entries.map((e) => `  ${e.outcome.padEnd(12)} ${e.action} ${e.fingerprint}${e.httpStatus ? ` (HTTP ${e.httpStatus})` : ''}`).join('\n');
    rendered = `${renderHookAuditText(req.org, result)}${planText}${applied ? `${applied}\n` : ''}`;
  }
  const notes = entries.length ? [`${entries.length} change${entries.length === 1 ? '' : 's'} recorded in ${req.auditLog}`] : [];
  const readable = (req.repositoriesToo === false ? 1 : result.stats.repositories + 1) - result.stats.errors.length;
  let exitCode: number = result.findings.length ? EXIT.findings : EXIT.clean;
  if (readable <= 0) {
    notes.push('no webhook list could be read: the token needs admin:org_hook / admin:repo_hook (see docs/org-scan.md)');
    exitCode = EXIT.error;
  } else if (entries.some((e) => e.outcome === 'failed')) {
    exitCode = EXIT.error;
  }
  return { result, rendered, exitCode, notes };
}
