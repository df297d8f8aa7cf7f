/** GitHub: the REST client, organisation listing, the mirror cache, org scans and the webhook audit. */
export { createGitHubClient, apiBaseUrl, describeApiError, statusOf, DEFAULT_API_URL, type GitHubClient, type GitHubClientOptions, type RateLimitWait } from './client.js';
export { listOrgRepos, selectRepos, repoFilter, parseShard, shardOf, type RepoInfo, type Selection, type SelectOptions, type Shard } from './repos.js';
export { syncMirror, mirrorDir, readState, writeState, readTips, incrementalRevs, gitEnvironment, authorizationHeader, tokenForms, checkCloneUrl, remoteSection, FETCH_REFSPECS, STATE_FILE, type RepoState } from './mirror.js';
export { scanOrg, type OrgScanOptions, type OrgScanEvent } from './org-scan.js';
export {
  auditHooks,
  judgeHook,
  createHookJudge,
  toConfiguredHook,
  redactHookUrl,
  hookAuditId,
  HOOK_RULES,
  HOOK_RULE_IDS,
  type ConfiguredHook,
  type HookFinding,
  type HookAuditResult,
  type HookAuditOptions,
  type HookAuditEvent,
  type HookRuleId,
} from './hook-audit.js';
export { planHookActions, applyHookActions, renderHookPlan, DEFAULT_ACTION_RULES, type HookAction, type HookActionKind } from './hook-actions.js';
export { renderHookAuditJson, renderHookAuditText } from './hook-report.js';
export { renderOrgSummary } from './org-summary.js';
