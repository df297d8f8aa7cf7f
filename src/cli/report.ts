/** `hookscan report`: an incident report (timeline, TTD/TTR/TTC) from hookscan's own reports and audit logs. */
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { type Command, Option } from 'commander';
import { REPORT_VIEWS, runReport, type ReportView } from '../app/report.js';
import { UsageError } from '../errors.js';
import { INCIDENT_FORMATS, type IncidentFormat } from '../incident/index.js';
import type { CliIO } from './io.js';

const collect = (v: string, prev: string[] = []) => [...prev, v];

export function addReportCommand(program: Command, io: CliIO, setExit: (code: number) => void, helpers: { writeReport(io: CliIO, file: string | undefined, text: string, secretsInside: boolean): void }): void {
  program
    .command('report')
    .description('Build an incident report from scan, history, host and logs JSON reports and revocation audit logs (recognised by content).')
    .argument('<reports...>', 'JSON reports or audit logs')
    .option('--audit-log <file>', 'a revocation audit log (JSON Lines); repeatable', collect)
    .addOption(new Option('-f, --format <format>', 'output format').choices([...INCIDENT_FORMATS]).default('markdown'))
    .option('-o, --output <file>', 'write the report to a file')
    .option('--generated-at <iso>', 'the report time to print (default: now)')
    .option('--previous <file>', 'org view: the previous run\'s org report, to list what is new, gone and still open')
    .addOption(new Option('--view <view>', 'incident timeline, or the org view of an org scan report (auto: org when the only input is one)').choices([...REPORT_VIEWS]).default('auto'))
    .addHelpText(
      'after',
      `
Examples:
  hookscan report history.json proxy-logs.json host.json --audit-log hookscan-audit.jsonl -f html -o incident.html
  hookscan report org-today.json --previous org-last-week.json -f html -o org.html   (org view: by repository,
                                                                                      provider, verdict; new/gone)`,
    )
    .action((reports: string[], flags: { auditLog?: string[]; format: IncidentFormat; output?: string; generatedAt?: string; previous?: string; view: ReportView }) => {
      const read = (f: string) => {
        const path = resolve(io.cwd, f);
        try {
          return { name: f, text: readFileSync(path, 'utf8'), producedAt: statSync(path).mtime.toISOString() };
        } catch (e) {
          throw new UsageError(`cannot read ${f}: ${(e as Error).message}`, { cause: e });
        }
      };
      const inputs = [...reports, ...(flags.auditLog ?? [])].map(read);
      const previous = flags.previous ? read(flags.previous) : undefined;
      let out;
      try {
        out = runReport({ inputs, previous, view: flags.view, format: flags.format, generatedAt: flags.generatedAt ?? new Date().toISOString() });
      } catch (e) {
        throw new UsageError((e as Error).message, { cause: e });
      }
      helpers.writeReport(io, flags.output, out.rendered, false);
      setExit(out.exitCode);
    });
}
