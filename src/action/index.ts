/**
 * The GitHub Action: inputs and the workflow event → the same library calls as the CLI → the log
 * (masks first, then annotations), the job summary, the SARIF file, the step outputs and an exit
 * status. With cli/, the only code that touches process; even here through the `io` it is given.
 */
import { randomUUID } from 'node:crypto';
import { appendFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { availableParallelism } from 'node:os';
import { CONFIG_FILE, loadConfig } from '../config/index.js';
import { checkFailOn } from '../app/fail-on.js';
import { scrubSecrets } from '../detect/index.js';
import { renderResult } from '../app/render.js';
import { scanCommand, type ScanResponse } from '../app/scan.js';
import { describeError, EXIT, HookscanError, UsageError } from '../errors.js';
import { activePatterns } from '../scan.js';
import { GitSource, WorktreeSource } from '../sources/index.js';
import type { Finding, ScanResult } from '../types.js';
import { VERSION } from '../version.js';
import { builtinProviders } from './builtin-providers.js';
import { annotationLines, command, maskLines, outputLines } from './commands.js';
import { planScan, type Plan } from './event.js';
import { Git, prepareHistory } from './history.js';
import { readInputs, type ActionInputs } from './inputs.js';
import { REGEX_ENGINE } from './regex.js';
import { remediationLine, renderSummary } from './summary.js';
import { secretForms } from '../secrets/index.js';

export interface ActionIO {
  env: NodeJS.ProcessEnv;
  stdout: { write(s: string): unknown };
  /** Where the workspace is when GITHUB_WORKSPACE is not set (a run by hand). */
  cwd: string;
}

const EMPTY: ScanResult = {
  findings: [],
  stats: { filesScanned: 0, bytesScanned: 0, filesSkipped: 0, skipped: [], findings: 0, suppressed: 0, durationMs: 0 },
};

function readEvent(env: NodeJS.ProcessEnv): unknown {
  const file = env.GITHUB_EVENT_PATH;
  if (!file || !existsSync(file)) return {};
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new UsageError(`cannot read the event payload ${file}: ${(e as Error).message}`, { cause: e });
  }
}

/** Runs the Action. Returns the exit status: 0 clean (under fail-on), 1 findings, 2 usage or environment error. */
export async function runAction(io: ActionIO): Promise<number> {
  const { env } = io;
  // Nothing is printed before the masks: lines wait here until the scan's secrets are known.
  const pending: string[] = [];
  let secrets: string[] = [];
  let opened = false;
  const open = (findings: readonly Finding[]) => {
    if (opened) return;
    opened = true;
    secrets = findings.flatMap((f) => secretForms(f));
    for (const l of maskLines(findings)) io.stdout.write(`${l}\n`);
    for (const l of pending) io.stdout.write(`${l}\n`);
    pending.length = 0;
  };
  const print = (line: string) => {
    const safe = scrubSecrets(line, secrets);
    if (opened) io.stdout.write(`${safe}\n`);
    else pending.push(safe);
  };

  try {
    const inputs = readInputs(env);
    checkFailOn(inputs.failOn, inputs.verify, { failOn: "fail-on 'live'", verify: 'verify: true' });
    const workspace = resolve(env.GITHUB_WORKSPACE || io.cwd);
    const eventName = env.GITHUB_EVENT_NAME ?? '';
    const plan = planScan(eventName, readEvent(env), inputs.mode, inputs.range);
    const config = inputs.config ? loadConfig(resolve(workspace, inputs.config), true) : loadConfig(join(workspace, CONFIG_FILE), false);
    const providers = builtinProviders();
    const sarifFile = inputs.sarifFile ? resolve(workspace, inputs.sarifFile) : join(env.RUNNER_TEMP || workspace, 'hookscan.sarif');

    print(`hookscan ${VERSION}: scanning the ${plan.describe} of ${workspace} (regex engine: ${REGEX_ENGINE})`);
    if (plan.kind === 'range' && plan.fork) {
      print(
        command('notice', { title: 'hookscan' }, 'a pull request from a fork: its token is read-only, so a SARIF upload step cannot publish to code scanning (it needs security-events: write). The annotations, the job summary and the exit status still report every finding.'),
      );
    }
    const prepared = await prepareHistory(new Git(workspace, env), plan);
    for (const n of prepared.notes) print(`hookscan: ${n}`);

    // What the scan found is announced (masks first) before verification talks to anything.
    const announce = (r: ScanResult) => {
      open(r.findings);
      if (prepared.nothing !== undefined) print(`hookscan: nothing to scan: ${prepared.nothing}`);
      for (const w of prepared.warnings) print(command('warning', { title: 'hookscan' }, w));
      if (inputs.verify && r.findings.length) print(`hookscan: verifying ${r.findings.length} URL(s) with their providers (no message is sent)`);
    };
    const request = { cwd: workspace, config, providers, baselineFile: inputs.baseline, format: 'sarif', noRedact: !inputs.redact, failOn: inputs.failOn, verify: inputs.verify ? {} : undefined } as const;
    let response: ScanResponse;
    if (prepared.nothing === undefined) {
      const jobs = availableParallelism();
      if (!prepared.mode) for (const p of inputs.paths) if (!existsSync(resolve(workspace, p))) throw new UsageError(`input 'paths': ${p} does not exist in the workspace`);
      const source = prepared.mode
        ? new GitSource({ repo: workspace, mode: prepared.mode, maxFileSize: config.maxFileSize })
        : new WorktreeSource({ paths: inputs.paths.map((p) => resolve(workspace, p)), root: workspace, exclude: config.exclude, maxFileSize: config.maxFileSize, jobs });
      response = await scanCommand({ ...request, paths: [workspace], source, jobs, within: prepared.mode ? inputs.paths : undefined, onScanned: announce });
    } else {
      announce(EMPTY);
      const patterns = activePatterns({ providers }, config);
      response = { result: EMPTY, rendered: renderResult(EMPTY, { format: 'sarif', noRedact: !inputs.redact, patterns }), exitCode: EXIT.clean, patterns, config };
    }
    const { result, patterns, rendered: sarif } = response;

    const byId = new Map(patterns.map((p) => [p.id, p]));
    const remediation = (f: Finding) => remediationLine(byId.get(f.ruleId)?.remediation ?? '');
    for (const l of annotationLines(result.findings, remediation)) print(l);

    const live = result.findings.filter((f) => f.verification?.status === 'live').length;
    const failed = response.exitCode === EXIT.findings;

    try {
      mkdirSync(dirname(sarifFile), { recursive: true });
      writeFileSync(sarifFile, sarif, { mode: inputs.redact ? 0o644 : 0o600 });
    } catch (e) {
      throw new UsageError(`cannot write the SARIF file ${sarifFile}: ${(e as Error).message}`, { cause: e });
    }

    if (env.GITHUB_STEP_SUMMARY) {
      const summary = renderSummary({
        result,
        patterns,
        scanned: plan.describe,
        failOn: inputs.failOn,
        failed,
        verified: inputs.verify,
        engine: REGEX_ENGINE,
        version: VERSION,
        warnings: prepared.warnings,
        sarifFile: isAbsolute(sarifFile) && sarifFile.startsWith(workspace) ? relative(workspace, sarifFile) : sarifFile,
        nothing: prepared.nothing,
      });
      appendFileSync(env.GITHUB_STEP_SUMMARY, summary);
    }
    if (env.GITHUB_OUTPUT) {
      appendFileSync(env.GITHUB_OUTPUT, outputLines({ findings: result.findings.length, live, sarif: sarifFile }, `hookscan_${randomUUID()}`));
    }

    const n = result.findings.length;
    const tail = failed ? `failing the step (fail-on: ${inputs.failOn})` : `not failing (fail-on: ${inputs.failOn})`;
    print(
      prepared.nothing !== undefined
        ? 'hookscan: nothing scanned, nothing found'
        : `hookscan: ${n} finding${n === 1 ? '' : 's'}${inputs.verify ? `, ${live} live` : ''} in the ${plan.describe}; ${tail}. SARIF: ${sarifFile}`,
    );
    return failed ? EXIT.findings : EXIT.clean;
  } catch (err) {
    open([]);
    print(command('error', { title: 'hookscan' }, describeError(err)));
    if (!(err instanceof HookscanError) && env.RUNNER_DEBUG === '1') {
      for (const l of String((err as Error)?.stack ?? '').split('\n')) print(`::debug::${l}`);
    }
    return EXIT.error;
  }
}

export type { Plan, ActionInputs };
