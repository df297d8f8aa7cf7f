/**
 * The GitHub commands: `hookscan org ORG`, `hookscan merge REPORT...`, `hookscan audit-hooks ORG`.
 * The token is read here (GITHUB_TOKEN or --token-env NAME) and handed to the library; every
 * line this module writes passes through a filter that masks it, as a last line of defence.
 */
import { appendFileSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { Command, Option } from 'commander';
import { loadConfig, CONFIG_FILE, type HookscanConfig } from '../config/index.js';
import { Detector, scrubFindings } from '../detect/index.js';
import { maskCredentials } from '../secrets/index.js';
import { ConfigError, EXIT, UsageError } from '../errors.js';
import {
  applyHookActions,
  auditHooks,
  createGitHubClient,
  createHookJudge,
  DEFAULT_API_URL,
  DEFAULT_ACTION_RULES,
  HOOK_RULE_IDS,
  parseShard,
  planHookActions,
  renderHookAuditJson,
  renderHookAuditText,
  renderHookPlan,
  renderOrgSummary,
  scanOrg,
  statusOf,
  tokenForms,
  type GitHubClient,
  type HookRuleId,
  type RateLimitWait,
  type Shard,
} from '../github/index.js';
import { loadProviders } from '../patterns/index.js';
import { FORMATS, fromJsonReport, mergeResults, render, type Format } from '../report/index.js';
import { appendAudit } from '../revoke/index.js';
import { activePatterns } from '../scan.js';
import type { ScanResult } from '../types.js';
import { VERSION } from '../version.js';
import type { CliIO } from './io.js';
import { FAIL_ON, exitCodeFor } from '../app/fail-on.js';
import { failOnOption, intArg, sizeArg } from './options.js';

export interface GithubCommandHelpers {
  writeReport(io: CliIO, file: string | undefined, text: string, secretsInside: boolean): void;
  readBaseline(file: string): Set<string>;
}


interface GithubFlags {
  githubApiUrl?: string;
  tokenEnv?: string;
  includeForks?: boolean;
  includeArchived?: boolean;
  repos?: string;
  shard?: string;
  maxWait?: number;
  quiet?: boolean;
  config?: string;
}

/** The options org and audit-hooks share. */
function githubOptions(cmd: Command): Command {
  return cmd
    .option('--github-api-url <url>', `REST API root: ${DEFAULT_API_URL} (default; or $GITHUB_API_URL), https://HOST/api/v3 for GitHub Enterprise Server`)
    .option('--token-env <name>', 'environment variable that holds the token (default GITHUB_TOKEN); the token is never printed')
    .option('--include-forks', 'also forks')
    .option('--include-archived', 'also archived repositories')
    .option('--repos <globs>', 'only repositories whose name matches (comma-separated globs; owner/name when a glob has a slash; !glob excludes)')
    .option('--shard <I/N>', 'only the I-th of N stable shares of the repositories (by name hash; 1 ≤ I ≤ N)')
    .option('--max-wait <seconds>', 'longest rate-limit wait accepted before giving up (default 3600)', intArg('--max-wait', 0))
    .option('-c, --config <file>', `configuration file (default: ${CONFIG_FILE} in the current folder)`)
    .option('-q, --quiet', 'no progress lines (failures and rate-limit waits are still reported)');
}

/** Wraps the CLI's streams so that no form of the token can be written. */
function masked(io: CliIO, token: string | undefined): CliIO {
  const forms = tokenForms(token);
  if (forms.length === 0) return io;
  const mask = (s: string) => maskCredentials(s, forms);
  return { ...io, stdout: { write: (s: string) => io.stdout.write(mask(s)) }, stderr: { write: (s: string) => io.stderr.write(mask(s)) } };
}

function tokenFrom(io: CliIO, flags: GithubFlags, required: boolean): { token?: string; variable: string } {
  const variable = flags.tokenEnv ?? 'GITHUB_TOKEN';
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(variable)) throw new UsageError(`--token-env '${variable}' is not an environment variable name`);
  const token = io.env[variable]?.trim() || undefined;
  if (!token && (required || flags.tokenEnv)) throw new UsageError(`no token: set ${variable}${flags.tokenEnv ? '' : ' (or name another variable with --token-env NAME)'} to a token with the scopes docs/org-scan.md lists`);
  return { token, variable };
}

function configFrom(io: CliIO, flags: GithubFlags): HookscanConfig {
  return flags.config ? loadConfig(resolve(io.cwd, flags.config), true) : loadConfig(join(io.cwd, CONFIG_FILE), false);
}

function waitLine(io: CliIO) {
  return (w: RateLimitWait) => {
    const secs = Math.ceil(w.waitMs / 1000);
    io.stderr.write(`hookscan: GitHub ${w.kind} rate limit: waiting ${secs} s (until ${w.until.toISOString().slice(11, 19)} UTC) before ${w.request}\n`);
  };
}

function clientFor(io: CliIO, flags: GithubFlags, token: string | undefined): Promise<GitHubClient> {
  return createGitHubClient({
    token,
    baseUrl: flags.githubApiUrl ?? io.env.GITHUB_API_URL ?? DEFAULT_API_URL,
    onWait: waitLine(io),
    maxWaitMs: flags.maxWait !== undefined ? flags.maxWait * 1000 : undefined,
  });
}

function shardFrom(flags: GithubFlags): Shard | undefined {
  return flags.shard ? parseShard(flags.shard) : undefined;
}

function defaultCache(io: CliIO): string {
  const xdg = io.env.XDG_CACHE_HOME;
  const home = io.env.HOME ?? homedir();
  return xdg ? join(xdg, 'hookscan', 'mirrors') : home ? join(home, '.cache', 'hookscan', 'mirrors') : join(io.cwd, '.hookscan-cache');
}

function appendSummary(io: CliIO, file: string, text: string): void {
  try {
    appendFileSync(resolve(io.cwd, file), text);
  } catch (e) {
    throw new UsageError(`cannot write the summary to ${file}: ${(e as Error).message}`, { cause: e });
  }
}

function exitFor(result: ScanResult, failOn: (typeof FAIL_ON)[number]): number {
  return exitCodeFor(failOn, result.findings);
}

interface OrgFlags extends GithubFlags {
  cache?: string;
  sinceLastRun?: boolean;
  jobs?: number;
  format: Format;
  output?: string;
  summary?: string;
  redact: boolean;
  baseline?: string;
  failOn: (typeof FAIL_ON)[number];
  maxFileSize?: number;
  patterns?: string;
  verbose?: boolean;
}

interface MergeFlags {
  format: Format;
  output?: string;
  summary?: string;
  redact: boolean;
  failOn: (typeof FAIL_ON)[number];
  patterns?: string;
}

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

export function addGithubCommands(program: Command, rawIo: CliIO, setExit: (code: number) => void, helpers: GithubCommandHelpers): void {
  githubOptions(
    program
      .command('org')
      .description("Scan the history of every repository of a GitHub organisation (mirror clones, cached and fetched incrementally) into one report.")
      .argument('<org>', 'organisation login'),
  )
    .option('--cache <dir>', 'mirror cache folder, reused on the next run (default: ~/.cache/hookscan/mirrors)')
    .option('--since-last-run', 'scan only the commits new since the last run recorded in the cache (per repository)')
    .option('-j, --jobs <n>', 'repositories cloned and scanned at once (default 4)', intArg('--jobs'))
    .addOption(new Option('-f, --format <format>', 'report format').choices([...FORMATS]).default('text'))
    .option('-o, --output <file>', 'write the report to a file instead of standard output')
    .option('--summary <file>', 'append a Markdown summary to this file (e.g. "$GITHUB_STEP_SUMMARY")')
    .option('--no-redact', 'show full URLs, secrets included')
    .option('-b, --baseline <report.json>', 'do not report findings whose fingerprints are in this earlier JSON report')
    .addOption(failOnOption('exit 1 when: any finding, or none (always 0)', ['any', 'none']))
    .option('--max-file-size <size>', 'skip (and count) blobs larger than this, e.g. 25MB', sizeArg)
    .option('--patterns <dir>', 'use the pattern files of this folder instead of the built-in ones')
    .option('-v, --verbose', 'list skipped blobs')
    .addHelpText(
      'after',
      `
Examples:
  GITHUB_TOKEN=… hookscan org my-org -f sarif -o org.sarif
  hookscan org my-org --cache /var/cache/hookscan --since-last-run      nightly: only new commits
  hookscan org my-org --shard 3/8 -f json -o shard-3.json               one of 8 runners; then hookscan merge
  hookscan org my-org --github-api-url https://ghe.example.com/api/v3 --token-env GHE_TOKEN

A repository that fails to clone is reported and counted; the run goes on (exit 2 only if every one fails).
Token scopes and a sharded GitHub Actions workflow: docs/org-scan.md.`,
    )
    .action(async (org: string, flags: OrgFlags) => {
      const { token, variable } = tokenFrom(rawIo, flags, false);
      const io = masked(rawIo, token);
      if (!token) io.stderr.write(`hookscan: no token in ${variable}: only public repositories, and 60 API requests per hour\n`);
      const config = configFrom(io, flags);
      const providers = flags.patterns ? loadProviders(resolve(io.cwd, flags.patterns)) : undefined;
      const patterns = activePatterns({ providers }, config);
      const client = await clientFor(io, flags, token);
      const tty = !!io.stderrIsTTY && !flags.quiet;
      let shown = false;
      const result = await scanOrg({
        org,
        client,
        token,
        cacheDir: resolve(io.cwd, flags.cache ?? defaultCache(io)),
        sinceLastRun: flags.sinceLastRun,
        jobs: flags.jobs,
        includeForks: flags.includeForks,
        includeArchived: flags.includeArchived,
        repos: flags.repos,
        shard: shardFrom(flags),
        config,
        providers,
        baseline: flags.baseline ? helpers.readBaseline(resolve(io.cwd, flags.baseline)) : undefined,
        maxFileSize: flags.maxFileSize,
        gitEnv: io.env,
        dropEnv: [variable],
        onEvent: (e) => {
          if (e.type === 'failed') {
            if (shown) io.stderr.write('\r\x1b[K');
            shown = false;
            io.stderr.write(`hookscan: ${e.repository}: ${e.stage} failed: ${e.error}\n`);
          } else if (e.type === 'listed') {
            if (!flags.quiet) io.stderr.write(`hookscan: ${org}: ${e.listed} repositories, ${e.selected} to scan\n`);
          } else if (tty) {
            shown = true;
            io.stderr.write(`\r\x1b[K[${e.done}/${e.total}] ${e.repository}: ${e.stage}`);
          }
        },
      });
      if (shown) io.stderr.write('\r\x1b[K');
      const color = flags.format === 'text' && !flags.output && !!io.stdoutIsTTY && !io.env.NO_COLOR;
      let text = render(flags.format, result, { noRedact: !flags.redact, patterns, toolVersion: VERSION, color, verbose: flags.verbose });
      if (flags.redact) text = scrubFindings(text, result.findings);
      helpers.writeReport(io, flags.output, text, !flags.redact);
      if (flags.summary) appendSummary(io, flags.summary, renderOrgSummary(result, { title: `hookscan: ${org}` }));
      const repos = result.stats.repositories!;
      if (repos.failed) io.stderr.write(`hookscan: ${repos.failed} of ${repos.selected} repositories could not be scanned (listed above)\n`);
      if (repos.selected > 0 && repos.failed === repos.selected) {
        io.stderr.write('hookscan: no repository could be scanned: check the token, its scopes and the network\n');
        return setExit(EXIT.error);
      }
      setExit(exitFor(result, flags.failOn));
    });

  program
    .command('merge')
    .description('Merge JSON reports (the shards of an org scan) into one report: findings deduplicated by fingerprint, locations merged.')
    .argument('<reports...>', 'JSON reports written with --format json')
    .addOption(new Option('-f, --format <format>', 'report format').choices([...FORMATS]).default('text'))
    .option('-o, --output <file>', 'write the report to a file instead of standard output')
    .option('--summary <file>', 'append a Markdown summary to this file (e.g. "$GITHUB_STEP_SUMMARY")')
    .option('--no-redact', 'keep full URLs (only when every input was written with --no-redact)')
    .addOption(failOnOption('exit 1 when: any finding, live (a finding verified live), or none'))
    .option('--patterns <dir>', 'pattern files for rule metadata (default: the built-in ones)')
    .addHelpText('after', '\nExample: hookscan merge shard-*.json -f sarif -o org.sarif --summary "$GITHUB_STEP_SUMMARY"')
    .action((files: string[], flags: MergeFlags) => {
      const io = rawIo;
      const providers = flags.patterns ? loadProviders(resolve(io.cwd, flags.patterns)) : loadProviders();
      const patterns = providers.flatMap((p) => p.patterns);
      let detector: Detector | undefined;
      const recover = (url: string, ruleId: string) => {
        detector ??= new Detector(patterns);
        const m = detector.detect(Buffer.from(url)).find((x) => x.ruleId === ruleId);
        return m ? { secret: m.secret, redactedUrl: m.redactedUrl } : undefined;
      };
      const parsed = files.map((f) => {
        let doc: unknown;
        try {
          doc = JSON.parse(readFileSync(resolve(io.cwd, f), 'utf8'));
        } catch (e) {
          throw new ConfigError(`cannot read report ${f}: ${(e as Error).message.split('\n')[0]}`, { cause: e });
        }
        return { file: f, ...fromJsonReport(doc, f, recover) };
      });
      const redactedInputs = parsed.filter((p) => p.redacted).map((p) => p.file);
      if (!flags.redact && redactedInputs.length) throw new UsageError(`--no-redact: ${redactedInputs.join(', ')} ${redactedInputs.length === 1 ? 'holds' : 'hold'} redacted URLs only; write the shards with --no-redact too, or merge without it`);
      const result = mergeResults(parsed.map((p) => p.result));
      let text = render(flags.format, result, { noRedact: !flags.redact, patterns, toolVersion: VERSION, color: false });
      if (flags.redact) text = scrubFindings(text, result.findings);
      helpers.writeReport(io, flags.output, text, !flags.redact);
      if (flags.summary) appendSummary(io, flags.summary, renderOrgSummary(result));
      const shards = result.stats.repositories?.shards;
      const n = shards?.length ? Number(shards[0].split('/')[1]) : 0;
      if (n && shards!.length < n) {
        const have = new Set(shards!.map((s) => Number(s.split('/')[0])));
        const missing = Array.from({ length: n }, (_, i) => i + 1).filter((i) => !have.has(i));
        io.stderr.write(`hookscan: warning: shard${missing.length === 1 ? '' : 's'} ${missing.map((i) => `${i}/${n}`).join(', ')} missing from the merge\n`);
      }
      setExit(exitFor(result, flags.failOn));
    });

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
