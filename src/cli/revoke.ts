/**
 * `hookscan revoke FINDINGS.json`: prints the revocation plan; with --apply (and a confirmation)
 * carries it out and appends every step to the audit log. Credentials are read here, from the
 * environment (names documented; .hookscan.yaml may name other variables), handed to the library
 * as values, and masked in everything this command writes.
 */
import { Command, Option } from 'commander';
import { DEFAULT_AUDIT_LOG, revokeCommand } from '../app/revoke.js';
import { REVOKE_FORMATS, type RevokeFormat } from '../revoke/index.js';
import type { CliIO } from './io.js';
import { intArg } from './options.js';
import { collect, commaList } from './verify-flags.js';

export { DEFAULT_AUDIT_LOG };

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
      const prompt = io.prompt;
      const confirm =
        io.stdinIsTTY && prompt
          ? async (planText: string, n: number) => {
              io.stderr.write(planText);
              const answer = (await prompt(`Revoke ${n} webhook${n === 1 ? '' : 's'} by API as planned above? Deleting cannot be undone. Type "yes" to continue: `)).trim().toLowerCase();
              return answer === 'yes' || answer === 'y';
            }
          : undefined;
      const r = await revokeCommand({
        file,
        cwd: io.cwd,
        configFile: flags.config,
        env: io.env,
        apply: flags.apply,
        yes: flags.yes,
        confirm,
        includeUnverified: flags.includeUnverified,
        unconfirmedApis: flags.unconfirmedApis,
        only: flags.only,
        format: flags.format,
        origins: flags.verifyOrigin,
        allowHosts: flags.verifyAllowHost,
        timeoutMs: flags.verifyTimeout,
        auditLog: flags.auditLog,
        onStep: flags.quiet ? undefined : (line) => io.stderr.write(`hookscan: ${line}\n`),
      });
      helpers.writeReport(io, flags.output, r.rendered, false);
      for (const n of r.notes) io.stderr.write(`hookscan: ${n}\n`);
      setExit(r.exitCode);
    });
}
