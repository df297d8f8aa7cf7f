/** The public library API. */
export { scan, resolveScan, activePatterns, FindingCollector, type ScanOptions } from './scan.js';
export { loadProviders, parseProviderFile, BUILTIN_PATTERNS_DIR } from './patterns/index.js';
export { Detector, fingerprint, redactSecret, placeholderReason } from './detect/index.js';
export { loadConfig, parseConfig, defaultConfig, type HookscanConfig } from './config/index.js';
export { render, renderText, renderJson, renderSarif, toJsonReport, toSarif, mergeResults, fromJsonReport, FORMATS, type Format, type JsonReport, type ReportOptions } from './report/index.js';
export { WorktreeSource, GitSource, type GitMode, type Source, type SourceSink, type Origin } from './sources/index.js';
export { createEngine, type Engine, type Job, type JobResult } from './engine/index.js';
export { verify, parseOrigin, DEFAULT_VERIFY_TIMEOUT_MS, type VerifyOptions } from './verify/index.js';
export { VERIFIERS, planFor, type Verifier } from './providers/index.js';
export { HookscanError, UsageError, ConfigError, EnvironmentError, EXIT, describeError } from './errors.js';
export { run, type CliIO } from './cli/index.js';
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
