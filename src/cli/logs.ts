/** `hookscan logs` wiring: flags → the logs application function → output and exit code. */
import { Command, InvalidArgumentError, Option } from 'commander';
import { FORMAT_NAMES, LOGS_FORMATS, type LogsFormat } from '../logs/index.js';
import { loadPatternFiles } from '../patterns/index.js';
import { resolve } from 'node:path';
import type { CliIO } from './io.js';
import { checkVerifyFlags, collect, commaList, verifyRequest, type VerifyFlags } from './verify-flags.js';

interface LogsFlags extends Omit<VerifyFlags, 'failOn'> {
  format: LogsFormat;
  formatIn?: string;
  output?: string;
  redact: boolean;
  failOn: 'any' | 'live' | 'none';
  year?: number;
  tz?: number;
  patterns?: string;
  parseAll?: boolean;
}

/** "+02:00", "-0530", "UTC" or minutes → minutes east of UTC. */
export function parseTz(v: string): number {
  if (/^(utc|z)$/i.test(v)) return 0;
  const m = /^([+-])(\d\d):?(\d\d)$/.exec(v);
  if (m) return (m[1] === '-' ? -1 : 1) * (+m[2] * 60 + +m[3]);
  throw new InvalidArgumentError('expected an offset such as +02:00, -0530 or UTC');
}

export function addLogsCommand(program: Command, io: CliIO, setExit: (code: number) => void, deps: { writeReport: (io: CliIO, file: string | undefined, text: string, secretsInside: boolean) => void }): void {
  program
    .command('logs')
    .description('Find traffic to webhook and capture services in proxy, DNS and network logs (gzip and - for stdin).')
    .argument('<files...>', 'log files or folders; - reads standard input')
    .addOption(new Option('-f, --format <format>', 'report format').choices([...LOGS_FORMATS]).default('text'))
    .addOption(new Option('--format-in <name>', 'the log format, instead of detecting it from the content').choices([...FORMAT_NAMES]))
    .option('-o, --output <file>', 'write the report to a file instead of standard output')
    .option('--no-redact', 'show full webhook URLs, secrets included')
    .addOption(new Option('--fail-on <when>', 'exit 1 when any sink or webhook URL is found, only when a webhook URL is verified live (needs --verify), or never (none)').choices(['any', 'live', 'none']).default('any'))
    .option('--verify', 'check each webhook URL found in the logs with its provider (same checks as hookscan scan --verify: nothing is posted)')
    .option('--verify-providers <ids>', 'verify only these providers (comma-separated ids)', commaList)
    .option('--verify-origin <provider=origin>', "send a provider's verification calls to another origin (repeatable)", collect)
    .option('--verify-allow-host <host>', 'a self-hosted server (Mattermost) that verification may contact (repeatable)', collect)
    .option('--verify-timeout <ms>', 'per-request verification timeout in milliseconds', (v) => {
      const n = Number(v);
      if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('--verify-timeout must be a whole number ≥ 1');
      return n;
    })
    .option('--year <yyyy>', 'year of logs that omit it (dnsmasq via syslog; default: this year)', (v) => {
      const n = Number(v);
      if (!Number.isInteger(n) || n < 1970 || n > 9999) throw new InvalidArgumentError('expected a year such as 2024');
      return n;
    })
    .option('--tz <offset>', 'UTC offset of logs written in local time (Windows DNS debug log), e.g. +02:00', parseTz)
    .option('--patterns <dir>', 'use the pattern files of this folder instead of the built-in ones')
    .option('--parse-all', 'parse every line, not only those that name a sink domain (slower; counts corrupt lines anywhere in the file)')
    .addHelpText(
      'after',
      `
Formats (detected from the content): ${FORMAT_NAMES.join(', ')}.

Examples:
  hookscan logs /var/log/squid/access.log.1.gz
  zcat eve.json.gz | hookscan logs - -f json
  hookscan logs zeek/ -f timesketch-jsonl -o timeline.jsonl

Exit codes: 0 nothing found, 1 traffic to a sink or a webhook URL found, 2 usage error.`,
    )
    .action(async (files: string[], flags: LogsFlags) => {
      checkVerifyFlags(flags as VerifyFlags);
      const stdin = io.stdinStream ?? (io.readStdin ? { async *[Symbol.asyncIterator]() { yield await io.readStdin!(); } } : undefined);
      const { logs } = await import('../app/logs.js');
      const r = await logs({
        paths: files,
        cwd: io.cwd,
        stdin,
        format: flags.format,
        formatIn: flags.formatIn,
        noRedact: !flags.redact,
        failOn: flags.failOn,
        verify: verifyRequest(flags as VerifyFlags),
        year: flags.year,
        tzOffsetMinutes: flags.tz,
        parseAll: flags.parseAll,
        providers: flags.patterns ? loadPatternFiles(resolve(io.cwd, flags.patterns)) : undefined,
      });
      deps.writeReport(io, flags.output, r.rendered, !flags.redact);
      const skipped = r.result.stats.files.filter((f) => Object.keys(f.reasons).some((k) => k !== 'blank'));
      if (flags.format !== 'text' && skipped.length) io.stderr.write(`hookscan: skipped lines or files in ${skipped.map((f) => `${f.path} (${Object.entries(f.reasons).map(([k, v]) => `${k} ${v}`).join(', ')})`).join('; ')}\n`);
      setExit(r.exitCode);
    });
}
