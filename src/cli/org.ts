/** `hookscan org ORG`: scan every repository of a GitHub organisation (mirrors cached and fetched incrementally) into one report. */
import { resolve } from 'node:path';
import { Command, Option } from 'commander';
import { orgCommand } from '../app/org.js';
import { loadPatternFiles } from '../patterns/index.js';
import { FORMATS, type Format } from '../report/index.js';
import type { CliIO } from './io.js';
import { FAIL_ON } from '../app/fail-on.js';
import { failOnOption, intArg, sizeArg } from './options.js';
import { GithubCommandHelpers, GithubFlags, githubOptions, masked, tokenFrom, configFrom, clientFor, shardFrom, defaultCache, appendSummary } from './github-shared.js';

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


export function addOrgCommand(program: Command, rawIo: CliIO, setExit: (code: number) => void, helpers: GithubCommandHelpers): void {
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
      const providers = flags.patterns ? loadPatternFiles(resolve(io.cwd, flags.patterns)) : undefined;
      const client = await clientFor(io, flags, token);
      const tty = !!io.stderrIsTTY && !flags.quiet;
      let shown = false;
      const r = await orgCommand({
        format: flags.format,
        noRedact: !flags.redact,
        color: flags.format === 'text' && !flags.output && !!io.stdoutIsTTY && !io.env.NO_COLOR,
        verbose: flags.verbose,
        failOn: flags.failOn,
        summary: !!flags.summary,
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
      helpers.writeReport(io, flags.output, r.rendered, !flags.redact);
      if (flags.summary && r.summary !== undefined) appendSummary(io, flags.summary, r.summary);
      for (const w of r.warnings) io.stderr.write(`hookscan: ${w}\n`);
      setExit(r.exitCode);
    });

}
