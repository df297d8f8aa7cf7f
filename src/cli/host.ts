/** `hookscan host`: a read-only sweep of a live system or a mounted image for webhooks in persistence and traces. */
import { resolve } from 'node:path';
import { type Command, Option } from 'commander';
import { runHost } from '../app/host.js';
import { activePatterns } from '../scan.js';
import { defaultConfig } from '../config/index.js';
import { FORMATS, type Format } from '../report/index.js';
import { VERSION } from '../version.js';
import type { CliIO } from './io.js';

const HELP = `
Reads (never writes, never deletes) under the root:
  processes      /proc/PID/cmdline and environ (Linux, what is readable)
  shell-history  bash (#epoch lines), zsh extended, fish, PowerShell PSReadLine, macOS zsh sessions
  cron           /etc/crontab, /etc/cron.*, /var/spool/cron user spools              T1053.003
  systemd        system and user services and timers, with drop-ins                  T1543.002 / T1053.006
  autostart      /etc/rc.local (T1037.004), shell rc files (T1546.004), XDG autostart (T1547.013), at jobs
  launchd        LaunchAgents / LaunchDaemons plists (binary plists: listed in coverage) T1543.001 / T1543.004
  windows        Startup folders (T1547.001), scheduled-task XML (T1053.005), PSReadLine history
  registry       .reg exports given with --reg (Run keys, T1547.001)
  browser        Chrome, Chromium, Edge, Brave (History) and Firefox (places.sqlite) per profile:
                 visits with their times; read as a copy with the -wal log replayed, never opened in place
Homes: the invoking user's ($HOME, on a live root) or --home DIR; --all-users adds /root and every
folder under /home and /Users. Whatever could not be read is listed under Coverage (JSON: host.coverage).

Examples:
  sudo hookscan host --all-users
  hookscan host --root /mnt/image --all-users --reg exports/ntuser-run.reg -f json -o host.json`;

export function addHostCommand(program: Command, io: CliIO, setExit: (code: number) => void, helpers: { writeReport(io: CliIO, file: string | undefined, text: string, secretsInside: boolean): void }): void {
  program
    .command('host')
    .description('Sweep a live host or a mounted image (read-only) for webhooks in processes, shell histories and persistence.')
    .option('--root <dir>', 'the filesystem root to sweep (a mounted image)', '/')
    .option('--all-users', 'every user\'s home folder, not only yours')
    .option('--home <dir>', 'a home folder inside the root to sweep')
    .option('--reg <file...>', 'registry exports (.reg) to read')
    .addOption(new Option('-f, --format <format>', 'output format').choices([...FORMATS]).default('text'))
    .option('-o, --output <file>', 'write the report to a file')
    .option('--no-redact', 'show full webhook URLs')
    .option('--verbose', 'list every coverage entry')
    .addHelpText('after', HELP)
    .action(async (flags: { root: string; allUsers?: boolean; home?: string; reg?: string[]; format: Format; output?: string; redact: boolean; verbose?: boolean }) => {
      const root = resolve(io.cwd, flags.root);
      const home = flags.home ?? (root === '/' ? io.env.HOME : undefined);
      const patterns = activePatterns({}, defaultConfig());
      const color = flags.format === 'text' && !flags.output && !!io.stdoutIsTTY && !io.env.NO_COLOR;
      const out = await runHost({ root, allUsers: flags.allUsers, home, regFiles: flags.reg, cwd: io.cwd, patterns, format: flags.format, noRedact: !flags.redact, toolVersion: VERSION, skipPids: [process.pid], color, verbose: flags.verbose });
      helpers.writeReport(io, flags.output, out.rendered, !flags.redact);
      setExit(out.exitCode);
    });
}
