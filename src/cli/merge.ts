/** `hookscan merge REPORT...`: join the JSON reports of org-scan shards into one. */
import { Command, Option } from 'commander';
import { mergeCommand } from '../app/merge.js';
import { FORMATS, type Format } from '../report/index.js';
import type { CliIO } from './io.js';
import { FAIL_ON } from '../app/fail-on.js';
import { failOnOption } from './options.js';
import { GithubCommandHelpers, appendSummary } from './github-shared.js';

interface MergeFlags {
  format: Format;
  output?: string;
  summary?: string;
  redact: boolean;
  failOn: (typeof FAIL_ON)[number];
  patterns?: string;
}


export function addMergeCommand(program: Command, io: CliIO, setExit: (code: number) => void, helpers: GithubCommandHelpers): void {
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
      const r = mergeCommand({ files, cwd: io.cwd, format: flags.format, noRedact: !flags.redact, failOn: flags.failOn, patternsDir: flags.patterns, summary: !!flags.summary });
      helpers.writeReport(io, flags.output, r.rendered, !flags.redact);
      if (flags.summary && r.summary !== undefined) appendSummary(io, flags.summary, r.summary);
      for (const w of r.warnings) io.stderr.write(`hookscan: ${w}\n`);
      setExit(r.exitCode);
    });

}
