/** `hookscan audit-hooks ORG`: audit, and on request disable or delete, the webhooks configured on a GitHub organisation and its repositories. */
import { resolve } from 'node:path';
import { Command, Option } from 'commander';
import { EXIT, UsageError } from '../errors.js';
import { applyHookActions, auditHooks, createHookJudge, DEFAULT_ACTION_RULES, HOOK_RULE_IDS, planHookActions, renderHookAuditJson, renderHookAuditText, renderHookPlan, statusOf, type HookRuleId } from '../github/index.js';
import { loadProviders } from '../patterns/index.js';
import { appendAudit } from '../revoke/index.js';
import { activePatterns } from '../scan.js';
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
      const action = flags.disable ? 'disable' : flags.delete ? 'delete' : undefined;
      if (flags.apply && !action) throw new UsageError('--apply needs --disable or --delete');
      if (flags.yes && !flags.apply) throw new UsageError('--yes only confirms --apply');
      const rules = (flags.rules ?? [...DEFAULT_ACTION_RULES]) as HookRuleId[];
      for (const r of rules) if (!HOOK_RULE_IDS.includes(r)) throw new UsageError(`--rules: unknown rule '${r}' (known: ${HOOK_RULE_IDS.join(', ')})`);
      if (flags.rules && !action) throw new UsageError('--rules chooses the hooks of --disable or --delete; give one of them');
      const config = configFrom(io, flags);
      const providers = loadProviders();
      const judge = createHookJudge(providers, activePatterns({ providers }, config), config.allowHookHosts);
      const client = await clientFor(io, flags, token);
      let result;
      try {
        result = await auditHooks({
          client,
          org,
          judge,
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
      } catch (e) {
        if (statusOf(e) === 401) throw new UsageError(`${client.host} rejected the token (HTTP 401): check the variable named by --token-env (default GITHUB_TOKEN)`, { cause: e });
        throw e;
      }
      const plan = action ? planHookActions(result.findings, { action, rules }) : [];
      if (flags.apply && !flags.yes) throw new UsageError(`--apply would ${action} ${plan.length} webhook${plan.length === 1 ? '' : 's'}; add --yes to confirm (run without --apply to see the plan)`);
      const entries = flags.apply && plan.length ? await applyHookActions(client, plan, { delayMs: flags.mutationDelay }) : [];
      if (entries.length) appendAudit(resolve(io.cwd, flags.auditLog), entries);
      if (flags.format === 'json') {
        helpers.writeReport(io, flags.output, renderHookAuditJson(org, result, action ? { plan, ...(flags.apply ? { applied: entries } : {}) } : {}), false);
      } else {
        const planText = action ? `\n${renderHookPlan(plan, !!flags.apply)}` : '';
        const applied = entries.map((e) => `  ${e.outcome.padEnd(12)} ${e.action} ${e.fingerprint}${e.httpStatus ? ` (HTTP ${e.httpStatus})` : ''}`).join('\n');
        helpers.writeReport(io, flags.output, `${renderHookAuditText(org, result)}${planText}${applied ? `${applied}\n` : ''}`, false);
      }
      if (entries.length) io.stderr.write(`hookscan: ${entries.length} change${entries.length === 1 ? '' : 's'} recorded in ${flags.auditLog}\n`);
      const readable = (flags.orgOnly ? 1 : result.stats.repositories + 1) - result.stats.errors.length;
      if (readable <= 0) {
        io.stderr.write('hookscan: no webhook list could be read: the token needs admin:org_hook / admin:repo_hook (see docs/org-scan.md)\n');
        return setExit(EXIT.error);
      }
      if (entries.some((e) => e.outcome === 'failed')) return setExit(EXIT.error);
      setExit(result.findings.length ? EXIT.findings : EXIT.clean);
    });
}
