/** `hookscan merge REPORT...`: join the JSON reports of org-scan shards into one. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Command, Option } from 'commander';
import { Detector, scrubFindings } from '../detect/index.js';
import { ConfigError, UsageError } from '../errors.js';
import { renderOrgSummary } from '../github/index.js';
import { loadProviders } from '../patterns/index.js';
import { FORMATS, fromJsonReport, mergeResults, render, type Format } from '../report/index.js';
import { VERSION } from '../version.js';
import type { CliIO } from './io.js';
import { FAIL_ON } from '../app/fail-on.js';
import { failOnOption } from './options.js';
import { GithubCommandHelpers, appendSummary, exitFor } from './github-shared.js';

interface MergeFlags {
  format: Format;
  output?: string;
  summary?: string;
  redact: boolean;
  failOn: (typeof FAIL_ON)[number];
  patterns?: string;
}


export function addMergeCommand(program: Command, rawIo: CliIO, setExit: (code: number) => void, helpers: GithubCommandHelpers): void {
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

}
