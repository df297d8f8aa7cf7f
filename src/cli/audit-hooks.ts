/** `hookscan audit-hooks ORG`: audit, and on request disable or delete, the webhooks configured on a GitHub organisation and its repositories. */
import { Command, Option } from 'commander';
import { auditHooksCommand } from '../app/audit-hooks.js';
import { UsageError } from '../errors.js';
import { DEFAULT_ACTION_RULES } from '../github/index.js';
import type { CliIO } from './io.js';
import { intArg } from './options.js';
import { GithubCommandHelpers, GithubFlags, githubOptions, masked, tokenFrom, configFrom, clientFor, shardFrom } from './github-shared.js';

interface AuditFlags extends GithubFlags {
  format: 'text' | 'json';
  output?: string;
  orgOnly?: boolean;
  deliveries?: number;
  disable?: boolean;
  delete?: boolean;
  rules?: string[];
  apply?: boolean;
  yes?: boolean;
  auditLog: string;
  jobs?: number;
  mutationDelay?: number;
}


export function addAuditHooksCommand(program: Command, rawIo: CliIO, setExit: (code: number) => void, helpers: GithubCommandHelpers): void {
  githubOptions(
    program
      .command('audit-hooks')
      .description("Audit the webhooks configured on a GitHub organisation and its repositories (capture services, other providers' webhooks, hosts outside allow-hook-hosts, no TLS check, no secret, failing deliveries).")
      .argument('<org>', 'organisation login'),
  )
    .option('--org-only', "only the organisation's own webhooks, not each repository's")
    .option('--deliveries <n>', 'recent deliveries checked per hook (default 25; 0: only the last response)', intArg('--deliveries', 0))
    .addOption(new Option('-f, --format <format>', 'report format').choices(['text', 'json']).default('text'))
    .option('-o, --output <file>', 'write the report to a file instead of standard output')
    .option('--disable', 'plan to disable (PATCH active:false, reversible) the hooks found')
    .option('--delete', 'plan to delete the hooks found (not reversible)')
    .option('--rules <ids>', `which findings' hooks to act on (comma-separated; default ${DEFAULT_ACTION_RULES.join(',')})`, (v: string, prev: string[] = []) => [...prev, ...v.split(',').map((s) => s.trim()).filter(Boolean)])
    .option('--apply', 'send the planned requests (with --yes)')
    .option('--yes', 'confirm --apply (there is no prompt)')
    .option('--audit-log <file>', 'JSON Lines audit log of what --apply did', 'hookscan-audit.jsonl')
    .option('-j, --jobs <n>', 'repositories listed at once (default 8)', intArg('--jobs'))
    .addOption(new Option('--mutation-delay <ms>', 'pause between changes').argParser(intArg('--mutation-delay', 0)).hideHelp())
    .addHelpText(
      'after',
      `
Examples:
  hookscan audit-hooks my-org                          report only
  hookscan audit-hooks my-org --disable                print the plan (nothing is changed)
  hookscan audit-hooks my-org --disable --apply --yes  disable them; each change goes to hookscan-audit.jsonl

Needs admin:org_hook (organisation owner) and admin:repo_hook or read:repo_hook; see docs/org-scan.md.
Set allow-hook-hosts in .hookscan.yaml to flag every target outside your own hosts.`,
    )
    .action(async (org: string, flags: AuditFlags) => {
      const { token } = tokenFrom(rawIo, flags, true);
      const io = masked(rawIo, token);
      if (flags.disable && flags.delete) throw new UsageError('choose one of --disable and --delete');
      const client = await clientFor(io, flags, token);
      const r = await auditHooksCommand({
        client,
        org,
        config: configFrom(io, flags),
        cwd: io.cwd,
        format: flags.format,
        action: flags.disable ? 'disable' : flags.delete ? 'delete' : undefined,
        rules: flags.rules,
        apply: flags.apply,
        yes: flags.yes,
        auditLog: flags.auditLog,
        mutationDelayMs: flags.mutationDelay,
        repositoriesToo: !flags.orgOnly,
        deliveries: flags.deliveries,
        jobs: flags.jobs,
        includeForks: flags.includeForks,
        includeArchived: flags.includeArchived,
        repos: flags.repos,
        shard: shardFrom(flags),
        onEvent: (e) => {
          if (e.type === 'listed' && !flags.quiet) io.stderr.write(`hookscan: ${org}: auditing the webhooks of ${e.repositories} repositories and the organisation\n`);
        },
      });
      helpers.writeReport(io, flags.output, r.rendered, false);
      for (const n of r.notes) io.stderr.write(`hookscan: ${n}\n`);
      setExit(r.exitCode);
    });

}
