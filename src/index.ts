/** The public library API. */
export { scan, resolveScan, activePatterns, FindingCollector, type ScanOptions } from './scan.js';
export { loadProviders, parseProviderFile, BUILTIN_PATTERNS_DIR } from './patterns/index.js';
export { Detector, fingerprint, redactSecret, placeholderReason } from './detect/index.js';
export { loadConfig, parseConfig, defaultConfig, type HookscanConfig } from './config/index.js';
export { render, renderText, renderJson, renderSarif, toJsonReport, toSarif, mergeResults, fromJsonReport, FORMATS, type Format, type JsonReport, type ReportOptions } from './report/index.js';
export { WorktreeSource, GitSource, type GitMode, type Source, type SourceSink, type Origin } from './sources/index.js';
export { scanArchiveFile, scanArchiveBytes, sniffArchive, hasArchiveName, DEFAULT_ARCHIVE_LIMITS, type ArchiveFormat, type ArchiveLimits, type ArchiveOptions } from './sources/index.js';
export { blocklistEntries, renderBlocklist, BLOCKLIST_FORMATS, BLOCKLIST_KINDS, type BlocklistEntry, type BlocklistFormat, type BlocklistKind } from './blocklist/index.js';
export { createEngine, type Engine, type Job, type JobResult } from './engine/index.js';
export { verify, parseOrigin, DEFAULT_VERIFY_TIMEOUT_MS, type VerifyOptions } from './verify/index.js';
export { VERIFIERS, planFor, type Verifier } from './providers/index.js';
export {
  planRevocation,
  applyRevocation,
  findingsFromReport,
  renderPlan,
  REVOKE_FORMATS,
  type PlanOptions,
  type ApplyOptions,
  type RevocationPlan,
  type RevocationStep,
  type RevocationResult,
  type StepResult,
  type RevokeFormat,
  type AuditEntry,
} from './revoke/index.js';
export { REVOKERS, REVOKE_CREDENTIALS, type Revoker } from './providers/index.js';
export { HookscanError, UsageError, ConfigError, EnvironmentError, EXIT, describeError } from './errors.js';
export {
  scanOrg,
  auditHooks,
  judgeHook,
  createHookJudge,
  planHookActions,
  applyHookActions,
  createGitHubClient,
  listOrgRepos,
  selectRepos,
  parseShard,
  shardOf,
  HOOK_RULES,
  type OrgScanOptions,
  type HookFinding,
  type HookAuditResult,
  type HookAction,
  type GitHubClient,
  type RepoInfo,
} from './github/index.js';
export { VERSION } from './version.js';
export type * from './types.js';
