/**
 * `hookscan scan` and `hookscan baseline`, for both shells: a typed request in, `{ result, rendered,
 * exitCode }` out. The pipeline is config → patterns → baseline → source → scan → verify → render →
 * mask → exit code, written once here; the CLI and the Action only translate their inputs into a
 * request and write what comes back.
 */
import { statSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { UsageError } from '../errors.js';
import { expandPathGlobs } from '../sources/path-globs.js';
import type { HookscanConfig } from '../config/index.js';
import { loadPatternFiles } from '../patterns/index.js';
import { readBaseline, renderJson, type Format } from '../report/index.js';
import { activePatterns, resolveScan, scan } from '../scan.js';
import type { ArchiveOptions, GitMode, Source } from '../sources/index.js';
import type { GitSource } from '../sources/git.js';
import type { Finding, Pattern, Progress, PatternFile, ScanResult } from '../types.js';
import { VERSION } from '../version.js';
import { checkFailOn, exitCodeFor, type FailOn } from './fail-on.js';
import { maskFor, renderResult } from './render.js';
import { checkVerify, verifyWith, type VerifyRequest } from './verify-options.js';

export interface ScanRequest {
  /** Files or folders (relative to cwd); default the cwd. One repository folder with `git`. */
  paths: string[];
  cwd: string;
  /** A loaded configuration, else this file, else .hookscan.yaml at the scan root. */
  config?: HookscanConfig;
  configFile?: string;
  /** Pattern files to use instead of the built-in ones: loaded, or a folder of them. */
  providers?: PatternFile[];
  patternsDir?: string;
  /** Scan a repository's history, a range or the index instead of the files. */
  git?: GitMode;
  /** A source built by the caller (the Action's event-driven git scans). */
  source?: Source;
  /** Keep only locations under these paths (relative to cwd): a git source reads the whole repository. */
  within?: string[];
  /** Fingerprints not to report again: given, or read from an earlier JSON report. */
  baseline?: Iterable<string>;
  baselineFile?: string;
  jobs?: number;
  maxFileSize?: number;
  includeDependencies?: boolean;
  archives?: ArchiveOptions;
  /** Check each URL with its provider (nothing is verified without it). */
  verify?: VerifyRequest;
  failOn: FailOn;
  format: Format;
  noRedact?: boolean;
  color?: boolean;
  verbose?: boolean;
  onProgress?: (p: Progress) => void;
  /** Called once the findings are known and before verification contacts anything (the Action's log masks). */
  onScanned?: (result: ScanResult) => void;
  signal?: AbortSignal;
}

export interface ScanResponse {
  result: ScanResult;
  /** The report in the requested format, secrets masked unless noRedact. */
  rendered: string;
  exitCode: number;
  /** The active patterns (rule metadata for other renderings: annotations, summaries). */
  patterns: Pattern[];
  config: HookscanConfig;
}

/** Keeps only the locations under `within` (relative to cwd); findings left without one are dropped. */
export function underPaths(findings: Finding[], within: readonly string[], cwd: string): Finding[] {
  const prefixes = within.map((p) => relative(cwd, resolve(cwd, p)).split('\\').join('/'));
  if (prefixes.some((p) => p === '')) return findings;
  const keep = (path: string) => prefixes.some((p) => path === p || path.startsWith(`${p}/`));
  return findings.map((f) => ({ ...f, locations: f.locations.filter((l) => keep(l.path)) })).filter((f) => f.locations.length > 0);
}

/** Scans, verifies if asked, renders and masks. Throws UsageError/ConfigError/EnvironmentError (exit 2). */
export async function scanCommand(req: ScanRequest): Promise<ScanResponse> {
  checkFailOn(req.failOn, !!req.verify);
  const cwd = req.cwd;
  // Globs the shell did not expand (Windows, npm scripts) are expanded here.
  const paths = req.git ? req.paths : await expandPathGlobs(req.paths, cwd);
  const resolved = resolveScan({ paths: paths.length ? paths : ['.'], cwd, config: req.config, configFile: req.configFile ? resolve(cwd, req.configFile) : undefined });
  let source = req.source;
  let git: GitSource | undefined;
  if (!source && req.git) {
    if (resolved.paths.length !== 1 || !statSync(resolved.paths[0]).isDirectory()) throw new UsageError(`--${req.git.kind} scans one git repository: give its folder (got ${req.paths.join(' ') || '.'})`);
    // The git source (and node's process spawning) loads only for git scans.
    const { GitSource } = await import('../sources/git.js');
    source = git = new GitSource({ repo: resolved.paths[0], mode: req.git, maxFileSize: req.maxFileSize ?? resolved.config.maxFileSize });
    // A range scan's git processes start before the patterns load (the pre-push hook's path).
    git.start();
  }
  let result: ScanResult;
  let providers: PatternFile[] | undefined;
  let patterns: Pattern[];
  let origins: ReturnType<typeof checkVerify> | undefined;
  try {
    providers = req.providers ?? (req.patternsDir ? loadPatternFiles(resolve(cwd, req.patternsDir)) : undefined);
    patterns = activePatterns({ providers }, resolved.config);
    // A bad verify setting is refused before anything is read, with or without findings.
    origins = req.verify ? checkVerify(req.verify, resolved.config, new Set((providers ?? loadPatternFiles()).map((p) => p.id))) : undefined;
    const baseline = req.baseline ?? (req.baselineFile ? readBaseline(resolve(cwd, req.baselineFile)) : undefined);
    result = await scan({
      source,
      paths: resolved.paths,
      cwd,
      config: resolved.config,
      providers,
      baseline,
      jobs: req.jobs,
      maxFileSize: req.maxFileSize,
      includeDependencies: req.includeDependencies,
      archives: req.archives,
      onProgress: req.onProgress,
      signal: req.signal,
    });
  } catch (e) {
    git?.stop();
    throw e;
  }
  if (req.within?.length) {
    result.findings = underPaths(result.findings, req.within, cwd);
    result.stats.findings = result.findings.length;
  }
  req.onScanned?.(result);
  if (req.verify && result.findings.length) result.findings = await verifyWith(result.findings, req.verify, origins!, req.onProgress);
  const rendered = renderResult(result, { format: req.format, noRedact: req.noRedact, patterns, color: req.color, verbose: req.verbose });
  return { result, rendered, exitCode: exitCodeFor(req.failOn, result.findings), patterns, config: resolved.config };
}

export interface BaselineRequest {
  paths: string[];
  cwd: string;
  configFile?: string;
  onProgress?: (p: Progress) => void;
}

/** A baseline: the scan's JSON report, always redacted (fingerprints are what later scans use). */
export async function baselineCommand(req: BaselineRequest): Promise<{ result: ScanResult; rendered: string; exitCode: number }> {
  const { result } = await scanCommand({ paths: req.paths, cwd: req.cwd, configFile: req.configFile, format: 'json', failOn: 'none', onProgress: req.onProgress });
  const rendered = maskFor(renderJson(result, { patterns: [], toolVersion: VERSION }), result.findings);
  return { result, rendered, exitCode: 0 };
}
