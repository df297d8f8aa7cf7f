/** The public library API. */
export { scan, resolveScan, activePatterns, FindingCollector, type ScanOptions } from './scan.js';
export { loadProviders, parseProviderFile, BUILTIN_PATTERNS_DIR } from './patterns/index.js';
export { Detector, fingerprint, redactSecret, placeholderReason } from './detect/index.js';
export { loadConfig, parseConfig, defaultConfig, type HookscanConfig } from './config/index.js';
export { render, renderText, renderJson, renderSarif, toJsonReport, toSarif, FORMATS, type Format, type JsonReport, type ReportOptions } from './report/index.js';
export { WorktreeSource, type Source, type Fragment, type Origin } from './sources/index.js';
export { HookscanError, UsageError, ConfigError, EnvironmentError, EXIT, describeError } from './errors.js';
export { run, type CliIO } from './cli/index.js';
export { VERSION } from './version.js';
export type * from './types.js';
