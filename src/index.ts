/**
 * The hookscan library: what a program needs to find webhook URLs, check them and act on them.
 * Nothing here prints, exits, reads the environment or `process.cwd()`; errors are thrown as the
 * classes below. (The command-line shells live in `src/cli` and `src/action`; the rest of `src/` is
 * internal and may change without notice.)
 *
 * - Scan: `scan()` — files and folders, or a `GitSource` (history, range, staged).
 * - Check: `verify()` — a side-effect-free request per URL (no message is posted).
 * - Act: `findingsFromReport()`, `planRevocation()` (pure), `applyRevocation()` (effects), `renderPlan()`.
 * - Report: `render()` and the text, JSON and SARIF renderers; `mergeResults()` for shards.
 * - Configure: `loadConfig()`, `parseConfig()`, `loadPatternFiles()` (the pattern files; `loadProviders()` is its
 *   deprecated old name, as the type `Provider` is of `PatternFile`).
 */
export { scan, type ScanOptions } from './scan.js';
export { GitSource, type GitMode, type Source, type SourceSink, type Origin } from './sources/index.js';
export { verify, DEFAULT_VERIFY_TIMEOUT_MS, type VerifyOptions } from './verify/index.js';
export {
  findingsFromReport,
  planRevocation,
  applyRevocation,
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
export { REVOKE_CREDENTIALS } from './providers/index.js';
export { render, renderText, renderJson, renderSarif, mergeResults, fromJsonReport, FORMATS, type Format, type JsonReport, type ReportOptions } from './report/index.js';
export { loadConfig, parseConfig, type HookscanConfig } from './config/index.js';
export { loadPatternFiles, loadProviders } from './patterns/index.js';
export { HookscanError, UsageError, ConfigError, EnvironmentError, EXIT, describeError } from './errors.js';
export { VERSION } from './version.js';
export type * from './types.js';
