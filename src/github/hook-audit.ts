/**
 * `hookscan audit-hooks`: the webhooks configured on an organisation and on its repositories,
 * judged by their target and settings (MITRE T1567.004: a hook an attacker added ships every push
 * to their endpoint). Listing is I/O; judging one hook (`judgeHook`) is pure.
 *
 * Rules (ids of their own, next to the pattern rules of file scans):
 *  - github-hook-capture-service   target is a public capture / tunnel / exfiltration service
 *  - github-hook-provider-webhook  target is another provider's incoming webhook (chat, automation)
 *  - github-hook-host-not-allowed  target host is outside `allow-hook-hosts` (when configured)
 *  - github-hook-insecure-ssl      `insecure_ssl: "1"`: TLS certificates are not checked
 *  - github-hook-no-secret         no secret: the receiver cannot tell GitHub's deliveries from forgeries
 *  - github-hook-failed-deliveries recent deliveries failed (a dead target may be re-registered by anyone)
 */
import { createHash } from 'node:crypto';
import pLimit from 'p-limit';
import { hostAllowed } from '../config/index.js';
import { hostInDomain } from '../host-name.js';
import { compareSeverity } from '../severity.js';
import { Detector, redactSecret } from '../detect/index.js';
import type { Pattern, PatternFile, Severity } from '../types.js';
import { describeApiError, statusOf, type GitHubClient } from './client.js';
import { listOrgRepos, selectRepos, type RepoInfo, type SelectOptions } from './repos.js';

export const HOOK_RULES = {
  'github-hook-capture-service': { severity: 'critical', name: 'Webhook delivers to a capture or tunnel service' },
  'github-hook-provider-webhook': { severity: 'high', name: "Webhook delivers to another provider's incoming webhook" },
  'github-hook-host-not-allowed': { severity: 'high', name: 'Webhook target host is not in allow-hook-hosts' },
  'github-hook-insecure-ssl': { severity: 'medium', name: 'Webhook skips TLS certificate verification' },
  'github-hook-no-secret': { severity: 'medium', name: 'Webhook has no secret' },
  'github-hook-failed-deliveries': { severity: 'low', name: 'Webhook deliveries fail' },
} as const satisfies Record<string, { severity: Severity; name: string }>;

export type HookRuleId = keyof typeof HOOK_RULES;
export const HOOK_RULE_IDS = Object.keys(HOOK_RULES) as HookRuleId[];

export type HookScopeKind = 'organization' | 'repository';

/** A configured webhook, as the list endpoints return it (the secret itself is never returned). */
export interface ConfiguredHook {
  id: number;
  /** The organisation's login or the repository's owner/name. */
  scope: string;
  scopeKind: HookScopeKind;
  name: string;
  active: boolean;
  events: string[];
  url?: string;
  contentType?: string;
  insecureSsl?: string;
  hasSecret: boolean;
  createdAt?: string;
  updatedAt?: string;
  lastResponse?: { code: number | null; status?: string | null; message?: string | null };
}

export interface DeliverySummary {
  checked: number;
  failed: number;
  lastFailure?: { statusCode: number; status: string; at: string };
}

export interface HookFinding {
  fingerprint: string;
  ruleId: HookRuleId;
  name: string;
  severity: Severity;
  hookId: number;
  scope: string;
  scopeKind: HookScopeKind;
  /** The target URL, redacted (scheme and host kept, path and query shortened). */
  target: string;
  host?: string;
  active: boolean;
  events: string[];
  createdAt?: string;
  reasons: string[];
  /** The pattern or provider that recognised the target. */
  provider?: string;
  matchedRule?: string;
}

export interface HookAuditResult {
  findings: HookFinding[];
  stats: {
    organizationHooks: number;
    repositoryHooks: number;
    repositories: number;
    /** Scopes whose hooks could not be listed (missing admin rights, …). */
    errors: { scope: string; error: string }[];
    /** Whether `allow-hook-hosts` was configured (the host rule is off without it). */
    hostCheck: boolean;
    durationMs: number;
  };
}

/** What judging needs: the patterns (detector and provider hosts) and the allowlist. */
export interface HookJudge {
  detector: Detector;
  patterns: Map<string, Pattern>;
  providers: PatternFile[];
  allowHookHosts: string[];
}

export function createHookJudge(providers: PatternFile[], patterns: Pattern[], allowHookHosts: string[]): HookJudge {
  return { detector: new Detector(patterns), patterns: new Map(patterns.map((p) => [p.id, p])), providers, allowHookHosts };
}

export function hookFingerprint(ruleId: string, scope: string, hookId: number): string {
  return createHash('sha256').update(`${ruleId}\0hook:${scope}:${hookId}`).digest('hex').slice(0, 32);
}

/** The audit-log id of a hook (src/revoke/audit-log.ts). */
export function hookAuditId(scope: string, hookId: number): string {
  return `hook:${scope}:${hookId}`;
}

/** A hook URL safe to print: credentials dropped, path and query shortened like a secret. */
export function redactHookUrl(url: string): string {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return redactSecret(url);
  }
  const rest = `${u.pathname}${u.search}`;
  return `${u.protocol}//${u.host}${rest === '/' ? '/' : redactSecret(rest)}`;
}

function failed(code: number | null | undefined): boolean {
  return typeof code === 'number' && (code < 200 || code >= 300);
}

/** The findings for one hook. Pure. */
export function judgeHook(hook: ConfiguredHook, judge: HookJudge, deliveries?: DeliverySummary): HookFinding[] {
  const url = hook.url ?? '';
  let host: string | undefined;
  try {
    host = new URL(url).hostname.toLowerCase() || undefined;
  } catch {
    host = undefined;
  }
  const match = url ? judge.detector.detect(Buffer.from(url))[0] : undefined;
  const target = match && match.start === 0 && match.end === Buffer.byteLength(url) ? match.redactedUrl : redactHookUrl(url);
  const out: HookFinding[] = [];
  const add = (ruleId: HookRuleId, reasons: string[], extra: Partial<HookFinding> = {}) =>
    out.push({
      fingerprint: hookFingerprint(ruleId, hook.scope, hook.id),
      ruleId,
      name: HOOK_RULES[ruleId].name,
      severity: HOOK_RULES[ruleId].severity,
      hookId: hook.id,
      scope: hook.scope,
      scopeKind: hook.scopeKind,
      target,
      ...(host ? { host } : {}),
      active: hook.active,
      events: hook.events,
      ...(hook.createdAt ? { createdAt: hook.createdAt } : {}),
      reasons,
      ...extra,
    });
  const wide = hook.events.includes('*') ? ' for every event (*)' : ` for ${hook.events.join(', ') || 'no'} events`;

  // Target: a known pattern first (exact rule and provider), else a provider's host.
  const pattern = match ? judge.patterns.get(match.ruleId) : undefined;
  const provider = pattern ? judge.providers.find((p) => p.id === pattern.provider) : host ? judge.providers.find((p) => p.hosts.some((h) => hostInDomain(host!, h))) : undefined;
  if (provider) {
    const capture = pattern ? pattern.kind === 'exfil-sink' : provider.patterns.some((p) => p.kind === 'exfil-sink');
    const what = pattern ? `${pattern.providerName} ${pattern.name}` : `a ${provider.name} host`;
    if (capture) {
      add('github-hook-capture-service', [`the target is ${what}: whoever owns it reads every delivery${wide}`], { provider: provider.id, ...(pattern ? { matchedRule: pattern.id } : {}) });
    } else {
      add('github-hook-provider-webhook', [`the target is ${what}, not a service that consumes GitHub events: every delivery${wide} is posted there`], {
        provider: provider.id,
        ...(pattern ? { matchedRule: pattern.id } : {}),
      });
    }
  }
  if (judge.allowHookHosts.length > 0 && host && !hostAllowed(host, judge.allowHookHosts)) {
    add('github-hook-host-not-allowed', [`${host} is not in allow-hook-hosts (${judge.allowHookHosts.join(', ')})`]);
  } else if (judge.allowHookHosts.length > 0 && !host) {
    add('github-hook-host-not-allowed', ['the target has no host that allow-hook-hosts could allow']);
  }
  if (hook.insecureSsl === '1') add('github-hook-insecure-ssl', ['insecure_ssl is "1": deliveries go out without checking the certificate, so anyone on the path can read or redirect them']);
  if (!hook.hasSecret) add('github-hook-no-secret', ['no secret is configured: the receiver cannot check X-Hub-Signature-256, so forged deliveries look genuine']);
  const reasons: string[] = [];
  if (deliveries && deliveries.failed > 0) {
    const last = deliveries.lastFailure;
    reasons.push(`${deliveries.failed} of the last ${deliveries.checked} deliveries failed${last ? ` (latest: ${last.statusCode || 'no response'} ${last.status} at ${last.at})` : ''}`);
  }
  const lr = hook.lastResponse;
  if (lr && failed(lr.code) && !(deliveries && deliveries.failed > 0)) reasons.push(`the last delivery got ${lr.code}${lr.message ? ` (${lr.message})` : ''}`);
  if (reasons.length) add('github-hook-failed-deliveries', [...reasons, 'a target that no longer answers may have a lapsed domain anyone can register']);
  return out;
}

interface ApiHook {
  id: number;
  name?: string;
  active?: boolean;
  events?: string[];
  config?: { url?: string; content_type?: string; insecure_ssl?: string | number; secret?: string };
  created_at?: string;
  updated_at?: string;
  last_response?: { code?: number | null; status?: string | null; message?: string | null };
}

export function toConfiguredHook(h: ApiHook, scope: string, scopeKind: HookScopeKind): ConfiguredHook {
  return {
    id: h.id,
    scope,
    scopeKind,
    name: h.name ?? 'web',
    active: h.active !== false,
    events: h.events ?? [],
    url: h.config?.url,
    contentType: h.config?.content_type,
    insecureSsl: h.config?.insecure_ssl === undefined ? undefined : String(h.config.insecure_ssl),
    hasSecret: typeof h.config?.secret === 'string' && h.config.secret !== '',
    createdAt: h.created_at,
    updatedAt: h.updated_at,
    ...(h.last_response ? { lastResponse: { code: h.last_response.code ?? null, status: h.last_response.status, message: h.last_response.message } } : {}),
  };
}

export type HookAuditEvent =
  | { type: 'listed'; repositories: number }
  | { type: 'scope'; scope: string; hooks: number; done: number; total: number }
  | { type: 'error'; scope: string; error: string };

export interface HookAuditOptions extends SelectOptions {
  client: GitHubClient;
  org: string;
  judge: HookJudge;
  /** Also audit each repository's hooks (default true). */
  repositoriesToo?: boolean;
  /** Deliveries checked per hook (default 25; 0: only the hook's last_response). */
  deliveries?: number;
  jobs?: number;
  repositories?: RepoInfo[];
  onEvent?: (e: HookAuditEvent) => void;
}

async function deliverySummary(client: GitHubClient, hook: ConfiguredHook, perPage: number): Promise<DeliverySummary | undefined> {
  if (perPage <= 0) return undefined;
  try {
    const res =
      hook.scopeKind === 'organization'
        ? await client.octokit.rest.orgs.listWebhookDeliveries({ org: hook.scope, hook_id: hook.id, per_page: perPage })
        : await client.octokit.rest.repos.listWebhookDeliveries({ owner: hook.scope.split('/')[0], repo: hook.scope.split('/').slice(1).join('/'), hook_id: hook.id, per_page: perPage });
    const list = res.data as { status_code?: number; status?: string; delivered_at?: string }[];
    const bad = list.filter((d) => failed(d.status_code ?? 0));
    const last = bad[0];
    return { checked: list.length, failed: bad.length, ...(last ? { lastFailure: { statusCode: last.status_code ?? 0, status: last.status ?? '', at: last.delivered_at ?? '' } } : {}) };
  } catch {
    return undefined; // no deliveries permission, or an old GHES: fall back to last_response
  }
}

function listError(e: unknown, scopeKind: HookScopeKind): string {
  const status = statusOf(e);
  const need = scopeKind === 'organization' ? "an organisation owner's token with admin:org_hook (fine-grained: organisation Webhooks: read)" : 'a repository admin token with admin:repo_hook or read:repo_hook (fine-grained: repository Webhooks: read)';
  return status === 403 || status === 404 ? `cannot list webhooks (${describeApiError(e)}): needs ${need}` : `cannot list webhooks: ${describeApiError(e)}`;
}

export async function auditHooks(opts: HookAuditOptions): Promise<HookAuditResult> {
  const started = Date.now();
  const { client, org, judge } = opts;
  const perPage = Math.min(100, opts.deliveries ?? 25);
  const errors: HookAuditResult['stats']['errors'] = [];
  const hooks: ConfiguredHook[] = [];
  let organizationHooks = 0;
  try {
    const rows = (await client.octokit.paginate(client.octokit.rest.orgs.listWebhooks, { org, per_page: 100 })) as ApiHook[];
    for (const h of rows) hooks.push(toConfiguredHook(h, org, 'organization'));
    organizationHooks = rows.length;
    opts.onEvent?.({ type: 'scope', scope: org, hooks: rows.length, done: 0, total: 1 });
  } catch (e) {
    if (statusOf(e) === 401) throw e;
    const error = listError(e, 'organization');
    errors.push({ scope: org, error });
    opts.onEvent?.({ type: 'error', scope: org, error });
  }
  let repositories = 0;
  let repositoryHooks = 0;
  if (opts.repositoriesToo !== false) {
    const all = opts.repositories ?? (await listOrgRepos(client, org));
    const { selected } = selectRepos(all, opts);
    repositories = selected.length;
    opts.onEvent?.({ type: 'listed', repositories });
    const limit = pLimit(Math.max(1, opts.jobs ?? 8));
    let done = 0;
    const perRepo = await Promise.all(
      selected.map((r) =>
        limit(async () => {
          const [owner, ...rest] = r.fullName.split('/');
          try {
            const rows = (await client.octokit.paginate(client.octokit.rest.repos.listWebhooks, { owner, repo: rest.join('/'), per_page: 100 })) as ApiHook[];
            opts.onEvent?.({ type: 'scope', scope: r.fullName, hooks: rows.length, done: ++done, total: selected.length });
            return rows.map((h) => toConfiguredHook(h, r.fullName, 'repository'));
          } catch (e) {
            if (statusOf(e) === 401) throw e;
            const error = listError(e, 'repository');
            errors.push({ scope: r.fullName, error });
            opts.onEvent?.({ type: 'error', scope: r.fullName, error });
            ++done;
            return [];
          }
        }),
      ),
    );
    for (const list of perRepo) {
      hooks.push(...list);
      repositoryHooks += list.length;
    }
  }
  const limit = pLimit(4);
  const judged = await Promise.all(hooks.map((h) => limit(async () => judgeHook(h, judge, await deliverySummary(client, h, perPage)))));
  const findings = judged.flat().sort((a, b) => compareSeverity(a.severity, b.severity) || a.scope.localeCompare(b.scope) || a.hookId - b.hookId || a.ruleId.localeCompare(b.ruleId));
  errors.sort((a, b) => a.scope.localeCompare(b.scope));
  return { findings, stats: { organizationHooks, repositoryHooks, repositories, errors, hostCheck: judge.allowHookHosts.length > 0, durationMs: Date.now() - started } };
}
