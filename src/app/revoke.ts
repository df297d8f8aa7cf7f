/**
 * `hookscan revoke`: the revocation plan of a findings file, and with `apply` (confirmed) the plan
 * carried out, every step appended to the audit log. Credentials arrive as values (the shell reads
 * the environment) and are masked, whole, in everything rendered; secrets are redacted.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { CONFIG_FILE, loadConfig } from '../config/index.js';
import { scrubSecrets } from '../detect/index.js';
import { EXIT, UsageError } from '../errors.js';
import { loadPatternFiles } from '../patterns/index.js';
import { REVOKE_CREDENTIALS } from '../providers/index.js';
import { applyRevocation, findingsFromReport, planRevocation, renderPlan, type RevocationPlan, type RevocationResult, type RevokeFormat, type StepResult } from '../revoke/index.js';
import { maskCredentials, secretForms } from '../secrets/index.js';
import { VERSION } from '../version.js';
import { originsFrom } from './verify-options.js';

export const DEFAULT_AUDIT_LOG = 'hookscan-audit.jsonl';

/** Credential values from an environment: each name, or the variable .hookscan.yaml names for it. */
export function readCredentials(env: Readonly<Record<string, string | undefined>>, mapping: Readonly<Record<string, string>>): { values: Record<string, string | undefined>; hints: Record<string, string> } {
  const values: Record<string, string | undefined> = {};
  const hints: Record<string, string> = {};
  for (const name of REVOKE_CREDENTIALS) {
    const variable = mapping[name] ?? name;
    const v = env[variable];
    values[name] = v && v.trim() ? v.trim() : undefined;
    hints[name] = variable === name ? name : `${variable} (named for ${name} in .hookscan.yaml)`;
  }
  return { values, hints };
}

export interface RevokeRequest {
  /** The findings file (a JSON report written with --no-redact), relative to cwd. */
  file: string;
  cwd: string;
  configFile?: string;
  /** Where credentials are read from (the shell passes its environment). */
  env: Readonly<Record<string, string | undefined>>;
  apply?: boolean;
  /** Confirmation given up front (--yes). */
  yes?: boolean;
  /** Asks the user, showing the plan; absent when nobody can answer (not a terminal). */
  confirm?: (planText: string, eligible: number) => Promise<boolean>;
  includeUnverified?: boolean;
  unconfirmedApis?: boolean;
  only?: string[];
  format: RevokeFormat;
  origins?: string[];
  allowHosts?: string[];
  timeoutMs?: number;
  auditLog?: string;
  /** Each step's outcome as a line, already masked. */
  onStep?: (line: string, r: StepResult) => void;
  now?: Date;
}

export interface RevokeResponse {
  result: { plan: RevocationPlan; applied?: RevocationResult };
  rendered: string;
  exitCode: number;
  /** Lines for standard error. */
  notes: string[];
}

export async function revokeCommand(req: RevokeRequest): Promise<RevokeResponse> {
  if (req.yes && !req.apply) throw new UsageError('--yes only confirms --apply');
  let doc: unknown;
  try {
    doc = JSON.parse(readFileSync(resolve(req.cwd, req.file), 'utf8'));
  } catch (e) {
    throw new UsageError(`cannot read findings ${req.file}: ${(e as Error).message.split('\n')[0]} (expected a JSON report: hookscan scan … --format json --no-redact --output ${req.file})`, { cause: e });
  }
  const config = loadConfig(resolve(req.cwd, req.configFile ?? CONFIG_FILE), !!req.configFile);
  for (const name of Object.keys(config.revokeCredentials)) {
    if (!REVOKE_CREDENTIALS.includes(name)) throw new UsageError(`revoke-credentials in the configuration: unknown credential '${name}' (known: ${REVOKE_CREDENTIALS.join(', ')})`);
  }
  const providers = loadPatternFiles();
  const patterns = providers.flatMap((p) => p.patterns);
  const findings = findingsFromReport(doc, req.file, patterns);
  const origins = originsFrom({ verifyOrigin: req.origins }, config, new Set(providers.map((p) => p.id)));
  const plan = planRevocation(findings, { patterns, includeUnverified: req.includeUnverified, unconfirmedApis: req.unconfirmedApis, only: req.only });
  if (req.only?.length && plan.steps.length === 0) throw new UsageError(`--only ${req.only.join(',')}: no finding of ${req.file} has such a fingerprint`);

  const { values, hints } = readCredentials(req.env, config.revokeCredentials);
  const credentialValues = Object.values(values).filter((v): v is string => !!v);
  const secrets = findings.flatMap((f) => secretForms(f));
  /** Last line of defence on everything written: credentials masked whole, secrets redacted. */
  const clean = (text: string) => scrubSecrets(maskCredentials(text, credentialValues, '[credential]'), secrets);
  const render = (applied?: RevocationResult) => clean(renderPlan(req.format, plan, { source: req.file, result: applied, toolVersion: VERSION, now: req.now ?? new Date() }));

  if (!req.apply) return { result: { plan }, rendered: render(), exitCode: EXIT.clean, notes: [] };

  const n = plan.summary.eligible;
  if (n > 0 && !req.yes) {
    if (!req.confirm) throw new UsageError(`--apply would act on ${n} webhook${n === 1 ? '' : 's'}; standard input is not a terminal, so add --yes to confirm (nothing was sent)`);
    if (!(await req.confirm(clean(renderPlan('text', plan, { source: req.file, toolVersion: VERSION })), n))) throw new UsageError('not confirmed: nothing was sent');
  }

  const auditLog = req.auditLog ?? DEFAULT_AUDIT_LOG;
  const byFingerprint = new Map(plan.steps.map((s) => [s.fingerprint, s] as const));
  let done = 0;
  const applied = await applyRevocation(plan, findings, {
    credentials: values,
    credentialHints: hints,
    origins,
    allowHosts: req.allowHosts,
    timeoutMs: req.timeoutMs,
    auditLog: resolve(req.cwd, auditLog),
    onResult: (r) => {
      done++;
      const s = byFingerprint.get(r.fingerprint);
      req.onStep?.(clean(`[${done}/${plan.steps.length}] ${r.outcome.padEnd(12)} ${s?.providerName ?? r.provider} ${s?.url ?? ''}${r.httpStatus !== undefined ? ` (HTTP ${r.httpStatus})` : ''}`), r);
    },
  });
  const notes = applied.results.length ? [`${applied.results.length} step${applied.results.length === 1 ? '' : 's'} recorded in ${auditLog}`] : [];
  return { result: { plan, applied }, rendered: render(applied), exitCode: applied.ok ? EXIT.clean : EXIT.findings, notes };
}
