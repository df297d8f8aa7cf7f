/** `hookscan report`: an incident report (timeline, TTD/TTR/TTC) from hookscan's own reports and audit logs. */
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { type Command, Option } from 'commander';
import { runReport } from '../app/report.js';
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
    .action((reports: string[], flags: { auditLog?: string[]; format: IncidentFormat; output?: string; generatedAt?: string }) => {
      const inputs = [...reports, ...(flags.auditLog ?? [])].map((f) => {
        const path = resolve(io.cwd, f);
        try {
          return { name: f, text: readFileSync(path, 'utf8'), producedAt: statSync(path).mtime.toISOString() };
        } catch (e) {
          throw new UsageError(`cannot read ${f}: ${(e as Error).message}`, { cause: e });
        }
      });
      let out;
      try {
        out = runReport({ inputs, format: flags.format, generatedAt: flags.generatedAt ?? new Date().toISOString() });
      } catch (e) {
        throw new UsageError((e as Error).message, { cause: e });
      }
      helpers.writeReport(io, flags.output, out.rendered, false);
      setExit(out.exitCode);
    });
}
