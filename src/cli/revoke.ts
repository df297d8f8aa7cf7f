/**
 * `hookscan revoke FINDINGS.json`: prints the revocation plan; with --apply (and a confirmation)
 * carries it out and appends every step to the audit log. Credentials are read here, from the
 * environment (names documented; .hookscan.yaml may name other variables), handed to the library
 * as values, and masked in everything this command writes.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Command, Option } from 'commander';
import { CONFIG_FILE, loadConfig } from '../config/index.js';
import { scrubSecrets } from '../detect/index.js';
import { maskCredentials, secretForms } from '../secrets/index.js';
import { EXIT, UsageError } from '../errors.js';
import { loadProviders } from '../patterns/index.js';
import { REVOKE_CREDENTIALS } from '../providers/index.js';
import { applyRevocation, findingsFromReport, planRevocation, renderPlan, REVOKE_FORMATS, type RevokeFormat, type StepResult } from '../revoke/index.js';
import { VERSION } from '../version.js';
import type { CliIO } from './io.js';
import { intArg } from './options.js';
import { collect, commaList, originsFrom } from './verify-flags.js';

export const DEFAULT_AUDIT_LOG = 'hookscan-audit.jsonl';

interface RevokeFlags {
  apply?: boolean;
  yes?: boolean;
  includeUnverified?: boolean;
  unconfirmedApis?: boolean;
  only?: string[];
  format: RevokeFormat;
  output?: string;
  auditLog: string;
  verifyOrigin?: string[];
  verifyAllowHost?: string[];
  verifyTimeout?: number;
  config?: string;
  quiet?: boolean;
}

export interface RevokeCommandHelpers {
  writeReport(io: CliIO, file: string | undefined, text: string, secretsInside: boolean): void;
}


/** Credential values from the environment: each name, or the variable .hookscan.yaml names for it. */
export function readCredentials(env: CliIO['env'], mapping: Readonly<Record<string, string>>): { values: Record<string, string | undefined>; hints: Record<string, string> } {
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

export function addRevokeCommand(program: Command, io: CliIO, setExit: (code: number) => void, helpers: RevokeCommandHelpers): void {
  program
    .command('revoke')
    .description('Revoke the webhooks of a findings file (JSON, --no-redact): prints the plan; --apply carries it out by API where a provider allows it.')
    .argument('<findings>', 'a JSON report written with: hookscan scan … --verify --format json --no-redact --output findings.json')
    .option('--apply', 'carry the plan out (default: print it, send nothing)')
    .option('--yes', 'confirm --apply without the prompt (needed when standard input is not a terminal)')
    .option('--include-unverified', 'also act when the check just before acting cannot establish that the webhook is live (default: only live ones)')
    .option('--unconfirmed-apis', 'use the admin APIs marked unconfirmed in docs/revocation.md (Make, n8n, Azure Logic Apps)')
    .option('--only <fingerprints>', 'only these findings (comma-separated fingerprints or prefixes of 8+ characters; repeatable)', commaList)
    .addOption(new Option('-f, --format <format>', 'plan format (markdown: a checklist for the incident ticket)').choices([...REVOKE_FORMATS]).default('text'))
    .option('-o, --output <file>', 'write the plan (and results) to a file instead of standard output')
    .option('--audit-log <file>', 'JSON Lines file --apply appends every step to', DEFAULT_AUDIT_LOG)
    .option('--verify-origin <provider=origin>', "send a provider's calls to another origin, path and query kept (repeatable; as for scan --verify)", collect)
    .option('--verify-allow-host <host>', 'a self-hosted server (Mattermost, Rocket.Chat) that may receive its admin credential (repeatable; *.example.com covers subdomains)', collect)
    .option('--verify-timeout <ms>', 'per-request timeout in milliseconds (default 5000)', intArg('--verify-timeout'))
    .option('-c, --config <file>', 'configuration file (default: .hookscan.yaml in the current folder)')
    .option('-q, --quiet', 'no progress lines')
    .addHelpText(
      'after',
      `
Examples:
  hookscan scan . --verify --format json --no-redact --output findings.json
  hookscan revoke findings.json                         the plan; nothing is sent
  hookscan revoke findings.json --format markdown -o revocation.md
                                                        the plan as a checklist for the incident ticket
  HOOKSCAN_MATTERMOST_TOKEN=… hookscan revoke findings.json --apply --verify-allow-host chat.example.com
  hookscan revoke findings.json --apply --yes --audit-log incident-42.jsonl

Credentials (environment variables, or name other variables under revoke-credentials in .hookscan.yaml):
  HOOKSCAN_MATTERMOST_TOKEN, HOOKSCAN_ROCKETCHAT_USER_ID + HOOKSCAN_ROCKETCHAT_TOKEN,
  with --unconfirmed-apis: HOOKSCAN_MAKE_TOKEN + HOOKSCAN_MAKE_TEAM_ID, HOOKSCAN_N8N_API_KEY, HOOKSCAN_AZURE_TOKEN.
  Discord needs none. See docs/revocation.md.

Exit codes: 0 plan printed, or every API action revoked or already gone; 1 an API action failed or
was skipped; 2 usage error (a redacted findings file, a declined confirmation: nothing was sent).`,
    )
    .action(async (file: string, flags: RevokeFlags) => {
      if (flags.yes && !flags.apply) throw new UsageError('--yes only confirms --apply');
      const path = resolve(io.cwd, file);
      let doc: unknown;
      try {
        doc = JSON.parse(readFileSync(path, 'utf8'));
      } catch (e) {
        throw new UsageError(`cannot read findings ${file}: ${(e as Error).message.split('\n')[0]} (expected a JSON report: hookscan scan … --format json --no-redact --output ${file})`, { cause: e });
      }
      const config = loadConfig(resolve(io.cwd, flags.config ?? CONFIG_FILE), !!flags.config);
      for (const name of Object.keys(config.revokeCredentials)) {
        if (!REVOKE_CREDENTIALS.includes(name)) throw new UsageError(`revoke-credentials in the configuration: unknown credential '${name}' (known: ${REVOKE_CREDENTIALS.join(', ')})`);
      }
      const providers = loadProviders();
      const patterns = providers.flatMap((p) => p.patterns);
      const findings = findingsFromReport(doc, file, patterns);
      const origins = originsFrom(flags, config, new Set(providers.map((p) => p.id)));
      const plan = planRevocation(findings, { patterns, includeUnverified: flags.includeUnverified, unconfirmedApis: flags.unconfirmedApis, only: flags.only });
      if (flags.only?.length && plan.steps.length === 0) throw new UsageError(`--only ${flags.only.join(',')}: no finding of ${file} has such a fingerprint`);

      const { values, hints } = readCredentials(io.env, config.revokeCredentials);
      const credentialValues = Object.values(values).filter((v): v is string => !!v);
      const secrets = findings.flatMap((f) => secretForms(f));
      /** Last line of defence on everything written: credentials masked whole, secrets redacted. */
      const clean = (text: string) => {
        return scrubSecrets(maskCredentials(text, credentialValues, '[credential]'), secrets);
      };
      const render = (result?: Awaited<ReturnType<typeof applyRevocation>>) => clean(renderPlan(flags.format, plan, { source: file, result, toolVersion: VERSION, now: new Date() }));

      if (!flags.apply) {
        helpers.writeReport(io, flags.output, render(), false);
        return setExit(EXIT.clean);
      }

      const n = plan.summary.eligible;
      if (n > 0 && !flags.yes) {
        if (!io.stdinIsTTY || !io.prompt) throw new UsageError(`--apply would act on ${n} webhook${n === 1 ? '' : 's'}; standard input is not a terminal, so add --yes to confirm (nothing was sent)`);
        io.stderr.write(clean(renderPlan('text', plan, { source: file, toolVersion: VERSION })));
        const answer = (await io.prompt(`Revoke ${n} webhook${n === 1 ? '' : 's'} by API as planned above? Deleting cannot be undone. Type "yes" to continue: `)).trim().toLowerCase();
        if (answer !== 'yes' && answer !== 'y') throw new UsageError('not confirmed: nothing was sent');
      }

      const auditLog = resolve(io.cwd, flags.auditLog);
      const urlOf = new Map(plan.steps.map((s) => [s.fingerprint, s] as const));
      let done = 0;
      const onResult = (r: StepResult) => {
        done++;
        if (flags.quiet) return;
        const s = urlOf.get(r.fingerprint);
        io.stderr.write(clean(`hookscan: [${done}/${plan.steps.length}] ${r.outcome.padEnd(12)} ${s?.providerName ?? r.provider} ${s?.url ?? ''}${r.httpStatus !== undefined ? ` (HTTP ${r.httpStatus})` : ''}\n`));
      };
      const result = await applyRevocation(plan, findings, {
        credentials: values,
        credentialHints: hints,
        origins,
        allowHosts: flags.verifyAllowHost,
        timeoutMs: flags.verifyTimeout,
        auditLog,
        onResult,
      });
      helpers.writeReport(io, flags.output, render(result), false);
      if (result.results.length) io.stderr.write(`hookscan: ${result.results.length} step${result.results.length === 1 ? '' : 's'} recorded in ${flags.auditLog}\n`);
      setExit(result.ok ? EXIT.clean : EXIT.findings);
    });
}
