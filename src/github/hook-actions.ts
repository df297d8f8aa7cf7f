/**
 * Neutralising audited webhooks: a plan (pure, printable) and its application (sequential API
 * calls, slowed down for GitHub's limits on mutating requests), recorded in the audit log format
 * of `hookscan revoke` (src/revoke/audit-log.ts). Disabling (PATCH active:false) is reversible;
 * deleting is not.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import type { AuditEntry } from '../revoke/index.js';
import { describeApiError, statusOf, type GitHubClient } from './client.js';
import { HOOK_RULES, hookAuditId, type HookFinding, type HookRuleId, type HookScopeKind } from './hook-audit.js';

export type HookActionKind = 'disable' | 'delete';

/** Rules whose hooks are acted on unless `rules` says otherwise: the target itself is wrong. */
export const DEFAULT_ACTION_RULES: readonly HookRuleId[] = ['github-hook-capture-service', 'github-hook-provider-webhook', 'github-hook-host-not-allowed'];

export interface HookAction {
  action: HookActionKind;
  hookId: number;
  scope: string;
  scopeKind: HookScopeKind;
  /** Redacted target. */
  target: string;
  active: boolean;
  rules: HookRuleId[];
  reasons: string[];
  /** `hook:<scope>:<id>`: the fingerprint field of the audit log. */
  auditId: string;
  /** The request that will be sent. */
  request: string;
}

/** One action per hook that has a finding of one of `rules`. Pure. */
export function planHookActions(findings: HookFinding[], opts: { action: HookActionKind; rules?: readonly HookRuleId[] }): HookAction[] {
  const rules = new Set(opts.rules ?? DEFAULT_ACTION_RULES);
  const byHook = new Map<string, HookAction>();
  for (const f of findings) {
    if (!rules.has(f.ruleId)) continue;
    const id = hookAuditId(f.scope, f.hookId);
    let a = byHook.get(id);
    if (!a) {
      const path = f.scopeKind === 'organization' ? `/orgs/${f.scope}/hooks/${f.hookId}` : `/repos/${f.scope}/hooks/${f.hookId}`;
      a = {
        action: opts.action,
        hookId: f.hookId,
        scope: f.scope,
        scopeKind: f.scopeKind,
        target: f.target,
        active: f.active,
        rules: [],
        reasons: [],
        auditId: id,
        request: opts.action === 'disable' ? `PATCH ${path} {"active":false}` : `DELETE ${path}`,
      };
      byHook.set(id, a);
    }
    if (!a.rules.includes(f.ruleId)) a.rules.push(f.ruleId);
    a.reasons.push(...f.reasons);
  }
  return [...byHook.values()].sort((x, y) => x.scope.localeCompare(y.scope) || x.hookId - y.hookId);
}

/** The plan for people. */
export function renderHookPlan(actions: HookAction[], applying: boolean): string {
  if (actions.length === 0) return 'hookscan: no webhook to act on\n';
  const out: string[] = [`${applying ? 'Applying' : 'Plan'}: ${actions.length} webhook${actions.length === 1 ? '' : 's'}`];
  for (const a of actions) {
    out.push(`  ${a.action} ${a.scopeKind === 'organization' ? 'organisation' : 'repository'} ${a.scope} hook ${a.hookId} → ${a.target}${a.active ? '' : ' (already inactive)'}`);
    out.push(`    ${a.request}`);
    out.push(`    because: ${a.rules.map((r) => HOOK_RULES[r].name).join('; ')}`);
  }
  if (!applying) out.push('Nothing was changed. Run again with --apply --yes to send these requests (disabling is reversible; deleting is not).');
  return `${out.join('\n')}\n`;
}

export interface ApplyOptions {
  /** Pause between mutating requests (GitHub: about 80 per minute; default 1000 ms). */
  delayMs?: number;
  signal?: AbortSignal;
  now?: () => Date;
  onResult?: (e: AuditEntry) => void;
}

/** Sends the plan's requests one at a time. Returns one audit entry per action. */
export async function applyHookActions(client: GitHubClient, actions: HookAction[], opts: ApplyOptions = {}): Promise<AuditEntry[]> {
  const now = opts.now ?? (() => new Date());
  const entries: AuditEntry[] = [];
  let sent = 0;
  for (const a of actions) {
    opts.signal?.throwIfAborted();
    const base = { fingerprint: a.auditId, provider: 'github', action: a.action };
    const detail = `${a.scopeKind} hook → ${a.target}; ${a.rules.join(', ')}`;
    let entry: AuditEntry;
    if (a.action === 'disable' && !a.active) {
      entry = { time: now().toISOString(), ...base, outcome: 'skipped', detail: `already inactive; ${detail}` };
    } else {
      if (sent++ > 0 && (opts.delayMs ?? 1000) > 0) await sleep(opts.delayMs ?? 1000, undefined, { signal: opts.signal });
      const [owner, ...rest] = a.scope.split('/');
      const repo = rest.join('/');
      try {
        const res =
          a.action === 'disable'
            ? a.scopeKind === 'organization'
              ? await client.octokit.rest.orgs.updateWebhook({ org: a.scope, hook_id: a.hookId, active: false })
              : await client.octokit.rest.repos.updateWebhook({ owner, repo, hook_id: a.hookId, active: false })
            : a.scopeKind === 'organization'
              ? await client.octokit.rest.orgs.deleteWebhook({ org: a.scope, hook_id: a.hookId })
              : await client.octokit.rest.repos.deleteWebhook({ owner, repo, hook_id: a.hookId });
        entry = { time: now().toISOString(), ...base, httpStatus: res.status, outcome: a.action === 'disable' ? 'disabled' : 'deleted', detail };
      } catch (e) {
        const status = statusOf(e);
        entry =
          status === 404
            ? { time: now().toISOString(), ...base, httpStatus: 404, outcome: 'already-gone', detail: `not found (deleted already, or the token may not change it); ${detail}` }
            : { time: now().toISOString(), ...base, ...(status ? { httpStatus: status } : {}), outcome: 'failed', detail: `${describeApiError(e)}; ${detail}` };
      }
    }
    entries.push(entry);
    opts.onResult?.(entry);
  }
  return entries;
}
