/** `hookscan logs`: request in, { result, rendered, exitCode } out. Opens the files; the analysis is in src/logs. */
import { createReadStream, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { EXIT, UsageError } from '../errors.js';
import { loadPatternFiles } from '../patterns/index.js';
import { defaultConfig } from '../config/index.js';
import { anyLive, checkFailOn, type FailOn } from './fail-on.js';
import { maskFor } from './render.js';
import { checkVerify, verifyWith, type VerifyRequest } from './verify-options.js';
import { analyzeLogs, FORMAT_NAMES, renderLogs, type LogInput, type LogsFormat, type LogsResult } from '../logs/index.js';
import type { PatternFile } from '../types.js';
import { VERSION } from '../version.js';

export interface LogsRequest {
  /** Files or folders; "-" is standard input. */
  paths: string[];
  cwd: string;
  /** Standard input, when "-" is given. */
  stdin?: AsyncIterable<Buffer | string> | Iterable<Buffer | string>;
  format: LogsFormat;
  /** Force the input format. */
  formatIn?: string;
  /** Parse every line, not only those naming a sink domain. */
  parseAll?: boolean;
  noRedact?: boolean;
  /** any (default): traffic to a sink or a webhook URL fails; live: only a URL verified live; none: never. */
  failOn?: FailOn;
  providers?: PatternFile[];
  year?: number;
  tzOffsetMinutes?: number;
  signal?: AbortSignal;
  /** Verify the webhook URLs found (under the scan's policy; the logs have no configuration). */
  verify?: VerifyRequest;
}

export interface LogsResponse {
  result: LogsResult;
  rendered: string;
  exitCode: number;
}

/** Every file under the given paths (folders walked recursively, sorted); "-" kept. */
function expand(paths: string[], cwd: string): { name: string; file?: string }[] {
  const out: { name: string; file?: string }[] = [];
  for (const p of paths) {
    if (p === '-') {
      out.push({ name: '-' });
      continue;
    }
    const abs = resolve(cwd, p);
    let dir = false;
    try {
      dir = statSync(abs).isDirectory();
    } catch {
      // Missing or unreadable: reading it reports the reason as a skip.
    }
    if (!dir) {
      out.push({ name: p, file: abs });
      continue;
    }
    const entries = (readdirSync(abs, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
      .filter((d) => d.isFile())
      .map((d) => join(d.parentPath ?? (d as unknown as { path: string }).path, d.name))
      .sort();
    for (const f of entries) out.push({ name: relative(cwd, f) || f, file: f });
  }
  return out;
}

export async function logs(req: LogsRequest): Promise<LogsResponse> {
  if (req.formatIn && !FORMAT_NAMES.includes(req.formatIn)) throw new UsageError(`unknown --format-in '${req.formatIn}' (one of ${FORMAT_NAMES.join(', ')})`);
  if (!req.paths.length) throw new UsageError('give log files, folders, or - for standard input');
  const providers = req.providers ?? loadPatternFiles();
  const patterns = providers.flatMap((p) => p.patterns);
  const inputs: LogInput[] = expand(req.paths, req.cwd).map((e) => {
    if (!e.file) {
      if (!req.stdin) throw new UsageError('standard input is not available here');
      return { name: '-', bytes: req.stdin };
    }
    const file = e.file;
    return { name: e.name, bytes: createReadStream(file, { highWaterMark: 1 << 20 }), reopen: () => createReadStream(file, { highWaterMark: 1 << 20 }) };
  });
  const result = await analyzeLogs(inputs, { providers, patterns, format: req.formatIn, year: req.year, tzOffsetMinutes: req.tzOffsetMinutes, parseAll: req.parseAll, signal: req.signal });
  checkFailOn(req.failOn ?? 'any', !!req.verify);
  if (req.verify && result.findings.length) {
    const origins = checkVerify(req.verify, defaultConfig(), new Set(providers.map((p) => p.id)));
    result.findings = await verifyWith(result.findings, req.verify, origins);
  }
  const rendered = maskFor(renderLogs(req.format, result, { noRedact: req.noRedact, patterns, toolVersion: VERSION }), result.findings, req.noRedact);
  const failOn = req.failOn ?? 'any';
  const failed = failOn === 'live' ? anyLive(result.findings) : failOn === 'any' && (result.sinks.length > 0 || result.findings.length > 0);
  return { result, rendered, exitCode: failed ? EXIT.findings : EXIT.clean };
}
