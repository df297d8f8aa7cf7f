/** `hookscan blocklist`: the known webhook and capture-service domains for DNS filters, proxies and IDS. */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { type Command, Option } from 'commander';
import { blocklistCommand } from '../app/blocklist.js';
import { BLOCKLIST_FORMATS, BLOCKLIST_KINDS, type BlocklistFormat, type BlocklistKind } from '../blocklist/index.js';
import { UsageError } from '../errors.js';
import type { CliIO } from './io.js';

const HELP = `
Formats:
  plain     one domain per line; each covers its subdomains
  hosts     0.0.0.0 lines for /etc/hosts or Pi-hole (exact names only: subdomains are not covered)
  dnsmasq   address=/domain/ lines, NXDOMAIN for the domain and its subdomains (conf-file= or /etc/dnsmasq.d/)
  unbound   local-zone: "domain." always_nxdomain under server: (include: it from unbound.conf)
  rpz       a response-policy zone file (BIND, Unbound, Knot Resolver, PowerDNS Recursor)
  squid     acl hookscan_webhooks dstdomain lines and an http_access deny (include before your allow rules)
  suricata  alert rules on DNS queries, TLS SNI and HTTP Host

Kinds: credential (chat and automation webhooks: their domains may also carry ordinary traffic),
exfil-sink (request-capture services, OAST hosts, tunnels) or all (default).

Examples:
  hookscan blocklist                                   plain list on standard output
  hookscan blocklist --format unbound -o /etc/unbound/unbound.conf.d/hookscan.conf
  hookscan blocklist --format suricata --kind exfil-sink -o hookscan.rules

The header names the hookscan version and the date (SOURCE_DATE_EPOCH, when set, fixes the date).`;

/** The date written in the header: SOURCE_DATE_EPOCH (reproducible builds) or now. */
function headerDate(env: CliIO['env']): Date {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch === undefined || epoch === '') return new Date();
  if (!/^\d+$/.test(epoch)) throw new UsageError(`SOURCE_DATE_EPOCH must be a number of seconds (got '${epoch}')`);
  return new Date(Number(epoch) * 1000);
}

export function addBlocklistCommand(program: Command, io: CliIO, setExit: (code: number) => void): void {
  program
    .command('blocklist')
    .description('Print the webhook and capture-service domains hookscan knows, for DNS filters, proxies and IDS rules.')
    .addOption(new Option('-f, --format <format>', 'output format').choices([...BLOCKLIST_FORMATS]).default('plain'))
    .addOption(new Option('--kind <kind>', 'which domains: those of credential webhooks, exfiltration sinks, or all').choices([...BLOCKLIST_KINDS]).default('all'))
    .option('-o, --output <file>', 'write to a file instead of standard output')
    .option('--patterns <dir>', 'use the pattern files of this folder instead of the built-in ones')
    .addHelpText('after', HELP)
    .action((flags: { format: BlocklistFormat; kind: BlocklistKind; output?: string; patterns?: string }) => {
      const r = blocklistCommand({ format: flags.format, kind: flags.kind, date: headerDate(io.env), cwd: io.cwd, patternsDir: flags.patterns });
      const text = r.rendered;
      if (flags.output) {
        try {
          writeFileSync(resolve(io.cwd, flags.output), text);
        } catch (e) {
          throw new UsageError(`cannot write ${flags.output}: ${(e as Error).message}`, { cause: e });
        }
      } else {
        io.stdout.write(text);
      }
      setExit(r.exitCode);
    });
}
