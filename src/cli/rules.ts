/** `hookscan rules` wiring. */
import { resolve } from 'node:path';
import { Command, Option } from 'commander';
import type { CliIO } from './io.js';
import { loadPatternFiles } from '../patterns/index.js';

const FORMATS = ['sigma', 'suricata', 'zeek-intel'] as const;

export function addRulesCommand(program: Command, io: CliIO, setExit: (code: number) => void, deps: { writeReport: (io: CliIO, file: string | undefined, text: string, secretsInside: boolean) => void }): void {
  program
    .command('rules')
    .description('Write detection rules for the webhook and capture services hookscan knows (Sigma, Suricata, Zeek Intel).')
    .addOption(new Option('-f, --format <format>', 'rule format').choices([...FORMATS]).makeOptionMandatory())
    .option('--dual-use', 'also alert on whole chat-platform domains (discord.com, api.telegram.org…), not only on their webhook paths')
    .option('-o, --output <file>', 'write the rules to a file')
    .option('--patterns <dir>', 'use the pattern files of this folder instead of the built-in ones')
    .addHelpText('after', '\nEach rule names its source data and MITRE ATT&CK T1567.004.\nExamples:\n  hookscan rules --format sigma -o hookscan-sigma.yml\n  hookscan rules --format suricata --dual-use -o hookscan.rules\n  hookscan rules --format zeek-intel -o hookscan.intel')
    .action(async (flags: { format: (typeof FORMATS)[number]; dualUse?: boolean; output?: string; patterns?: string }) => {
      const { rules } = await import('../app/rules.js');
      const r = rules({ format: flags.format, dualUse: flags.dualUse, providers: flags.patterns ? loadPatternFiles(resolve(io.cwd, flags.patterns)) : undefined });
      deps.writeReport(io, flags.output, r.rendered, false);
      setExit(r.exitCode);
    });
}
