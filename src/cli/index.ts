/** The commander program. With action/, the only code that touches process. */
import { chmodSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Command, CommanderError, Option } from 'commander';
import { describeError, EXIT, HookscanError, UsageError } from '../errors.js';
import { loadPatternFiles, regexEngine } from '../patterns/index.js';
import { FORMATS, readBaseline, type Format } from '../report/index.js';
import { FAIL_ON } from '../app/fail-on.js';
import { failOnOption, intArg, sizeArg } from './options.js';
import type { Progress } from '../types.js';
import type { GitMode } from '../sources/index.js';
import { VERSION } from '../version.js';
import { providerTable } from './providers-table.js';
import { addBlocklistCommand } from './blocklist.js';
import type { HookKind } from '../app/hook.js';
import { baselineCommand, scanCommand, type ScanRequest } from '../app/scan.js';
import { checkVerifyFlags, collect, commaList, verifyRequest, type VerifyFlags } from './verify-flags.js';
import type { CliIO } from './io.js';

export type { CliIO } from './io.js';



interface ScanFlags extends Omit<VerifyFlags, 'failOn'> {
  history?: boolean;
  range?: string;
  /** Internal (git hooks): rev-list arguments instead of a range. */
  revs?: string[];
  staged?: boolean;
  format: Format;
  output?: string;
  redact: boolean;
  config?: string;
  baseline?: string;
  failOn: (typeof FAIL_ON)[number];
  jobs?: number;
  maxFileSize?: number;
  verbose?: boolean;
  quiet?: boolean;
  includeDependencies?: boolean;
  archives?: boolean;
  maxArchiveDepth?: number;
  maxArchiveSize?: number;
  patterns?: string;
}

function progressWriter(io: CliIO, enabled: boolean) {
  if (!enabled) return { update: undefined, done: () => {} };
  let last = 0;
  let shown = false;
  const started = Date.now();
  return {
    update: (p: Progress) => {
      const now = Date.now();
      if (now - last < 100) return;
      last = now;
      shown = true;
      const mbps = p.bytes / 1024 / 1024 / Math.max(0.001, (now - started) / 1000);
      const of = p.total ? `/${p.total}` : '';
      io.stderr.write(p.phase === 'verify' ? `\r\x1b[Kverifying ${p.done}${of} URLs` : `\r\x1b[Kscanning ${p.done}${of} · ${mbps.toFixed(1)} MB/s · ${p.findings} found`);
    },
    done: () => {
      if (shown) io.stderr.write('\r\x1b[K');
    },
  };
}

/** The scan flags as an application request (shared by scan and the hooks' internal flags). */
function scanRequest(paths: string[], flags: ScanFlags, io: CliIO, onProgress?: (p: Progress) => void): ScanRequest {
  checkVerifyFlags(flags);
  const modes = [flags.history && 'history', flags.range !== undefined && 'range', flags.staged && 'staged'].filter(Boolean);
  if (modes.length > 1) throw new UsageError(`--history, --range and --staged exclude each other (got ${modes.map((m) => `--${m}`).join(' and ')})`);
  const git: GitMode | undefined = flags.history ? { kind: 'history' } : flags.staged ? { kind: 'staged' } : flags.range !== undefined ? { kind: 'range', range: flags.range, revs: flags.revs } : undefined;
  return {
    paths,
    cwd: io.cwd,
    configFile: flags.config,
    patternsDir: flags.patterns,
    git,
    baselineFile: flags.baseline,
    jobs: flags.jobs,
    maxFileSize: flags.maxFileSize,
    includeDependencies: flags.includeDependencies,
    archives: { walk: flags.archives, maxDepth: flags.maxArchiveDepth, maxTotalBytes: flags.maxArchiveSize },
    verify: verifyRequest(flags),
    failOn: flags.failOn,
    format: flags.format,
    noRedact: !flags.redact,
    color: flags.format === 'text' && !flags.output && !!io.stdoutIsTTY && !io.env.NO_COLOR,
    verbose: flags.verbose,
    onProgress,
  };
}

function writeReport(io: CliIO, file: string | undefined, text: string, secretsInside: boolean): void {
  if (!file) {
    io.stdout.write(text);
    return;
  }
  const path = resolve(io.cwd, file);
  try {
    writeFileSync(path, text, { mode: secretsInside ? 0o600 : 0o644 });
    if (secretsInside) chmodSync(path, 0o600);
  } catch (e) {
    throw new UsageError(`cannot write ${file}: ${(e as Error).message}`, { cause: e });
  }
  if (secretsInside) io.stderr.write(`hookscan: ${file} holds unredacted webhook URLs (written with mode 0600); keep it out of version control and delete it when done\n`);
}

export function buildProgram(io: CliIO, setExit: (code: number) => void, more: CommandAdder[] = []): Command {
  const program = new Command();
  program
    .name('hookscan')
    .description('Find hardcoded webhook URLs (Slack, Discord, Teams, Telegram, …) and exfiltration sinks in files and git history.')
    .version(VERSION, '-V, --version')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) })
    .hook('preAction', () => {
      if (regexEngine.fallbackReason) io.stderr.write(`hookscan: ${regexEngine.fallbackReason}; using re2js (same results, slower)\n`);
    });

  const scanCmd = program
    .command('scan')
    .description('Scan files and folders (default: the current folder) for webhook URLs.')
    .argument('[paths...]', "files, folders or quoted globs ('config/**/*.yml') to scan; a repository folder with --history/--range/--staged", [])
    .option('--history', 'scan every blob of every commit reachable from any ref (branches, tags, remotes, stash), each once')
    .option('--range <A..B>', 'scan only what the commits of a range add (pull requests, pre-push)')
    .option('--staged', 'scan only what is staged in the index (pre-commit)')
    .addOption(new Option('-f, --format <format>', 'report format').choices([...FORMATS]).default('text'))
    .option('-o, --output <file>', 'write the report to a file instead of standard output')
    .option('--no-redact', 'show full URLs, secrets included (the JSON "url" then holds the decoded, usable URL)')
    .option('-c, --config <file>', 'configuration file (default: .hookscan.yaml at the scan root)')
    .option('-b, --baseline <report.json>', 'do not report findings whose fingerprints are in this earlier JSON report')
    .addOption(failOnOption('exit 1 when: any finding, live (only a finding verified live; needs --verify), or none (always exit 0)'))
    .option('--verify', 'check each distinct URL with its provider, by a request that cannot post a message or start a run')
    .option('--verify-providers <ids>', 'verify only these providers (comma-separated ids, see hookscan providers)', commaList)
    .option('--verify-origin <provider=origin>', "send a provider's verification calls to another origin, path and query kept (repeatable; proxies, GovSlack, tests)", collect)
    .option('--verify-allow-host <host>', 'a self-hosted server (Mattermost) that verification may contact (repeatable; *.example.com covers subdomains)', collect)
    .option('--verify-timeout <ms>', 'per-request verification timeout in milliseconds (default 5000)', intArg('--verify-timeout'))
    .option('-j, --jobs <n>', 'files read in parallel', intArg('--jobs'))
    .option('--max-file-size <size>', 'skip (and count) files larger than this, e.g. 25MB', sizeArg)
    .option('--include-dependencies', 'also scan node_modules (dependencies are where exfiltration hides)')
    .option('--archives', 'also open archives found in folders (.tgz, .tar, .gz, .zip, .whl, .jar…); archives named as paths are always opened')
    .option('--max-archive-depth <n>', 'archive levels opened (a.zip!b.tgz!c.js is 2; default 4)', intArg('--max-archive-depth'))
    .option('--max-archive-size <size>', 'stop reading an archive after this many uncompressed bytes, nested ones included (default 1GB)', sizeArg)
    .option('--patterns <dir>', 'use the pattern files of this folder instead of the built-in ones')
    .option('-v, --verbose', 'list skipped files (binary, too large, unreadable) and the matches not reported, with why (placeholder, documentation host, allow comment, baseline, allow-hosts)')
    .option('-q, --quiet', 'no progress output')
    .addHelpText(
      'after',
      `
Examples:
  hookscan scan                      scan the current folder
  hookscan scan src config -f json   JSON report of two folders
  hookscan scan 'deploy/**/*.yml'    a glob, expanded by hookscan when the shell does not
  hookscan scan --history            every commit of every ref: finds webhooks deleted long ago
  hookscan scan --range main..HEAD   only what this branch adds
  hookscan scan --staged             only what is about to be committed
  hookscan scan . -f sarif -o hookscan.sarif
  hookscan scan . --baseline .hookscan-baseline.json
  hookscan scan pkg-1.0.0.tgz        an npm tarball as users get it (findings at pkg-1.0.0.tgz!package/…)
  hookscan scan . --include-dependencies --archives
                                     node_modules too, and every archive inside the tree
  hookscan scan . --verify --fail-on live
                                     check each URL (no message is sent); exit 1 only if one is live
  hookscan scan . --verify --verify-providers slack,discord --verify-timeout 3000
  hookscan scan . --verify --verify-origin slack=https://slack-egress.corp.example

Exit codes: 0 nothing to report, 1 findings (see --fail-on), 2 usage or configuration error.
Lines containing "hookscan:allow" are never reported.`,
    )
    .action(async (paths: string[], flags: ScanFlags) => {
      const progress = progressWriter(io, !!io.stderrIsTTY && !flags.quiet);
      const { rendered, exitCode } = await scanCommand(scanRequest(paths, flags, io, progress.update)).finally(progress.done);
      writeReport(io, flags.output, rendered, !flags.redact);
      setExit(exitCode);
    });
  void scanCmd;

  program
    .command('baseline')
    .description('Write a baseline: a JSON report whose findings later scans ignore (how an old repository adopts hookscan).')
    .argument('[paths...]', 'files or folders to scan', [])
    .option('-o, --output <file>', 'where to write it', '.hookscan-baseline.json')
    .option('-c, --config <file>', 'configuration file')
    .option('-q, --quiet', 'no progress output')
    .addHelpText('after', '\nThen: hookscan scan --baseline .hookscan-baseline.json (the file holds fingerprints and redacted URLs only).')
    .action(async (paths: string[], flags: { output: string; config?: string; quiet?: boolean }) => {
      const progress = progressWriter(io, !!io.stderrIsTTY && !flags.quiet);
      const { result, rendered } = await baselineCommand({ paths, cwd: io.cwd, configFile: flags.config, onProgress: progress.update }).finally(progress.done);
      writeReport(io, flags.output, rendered, false);
      io.stderr.write(`hookscan: baseline with ${result.findings.length} finding(s) written to ${flags.output}\n`);
      setExit(EXIT.clean);
    });

  program
    .command('install-hook')
    .description('Install a git hook that blocks pushes (default) or commits that add webhook URLs.')
    .option('--pre-push', 'scan exactly the commits being pushed (default)')
    .option('--pre-commit', 'scan what is staged')
    .option('--force', 'replace a hook that hookscan did not write (kept as <hook>.backup)')
    .addHelpText('after', '\nThe hook runs `hookscan hook pre-push|pre-commit`; it honours core.hooksPath. Skip it once with --no-verify.')
    .action(async (flags: { prePush?: boolean; preCommit?: boolean; force?: boolean }) => {
      if (flags.prePush && flags.preCommit) throw new UsageError('choose one of --pre-push and --pre-commit');
      const kind: HookKind = flags.preCommit ? 'pre-commit' : 'pre-push';
      const { installHook } = await import('../app/hook.js');
      const r = installHook(io.cwd, kind, !!flags.force);
      io.stdout.write(`hookscan: ${kind} hook written to ${r.file}${r.replaced ? ` (previous hook kept as ${r.replaced})` : ''}\n`);
      setExit(EXIT.clean);
    });

  program
    .command('hook')
    .description('Run as a git hook (what install-hook writes): pre-push reads the pushed refs on stdin.')
    .argument('<kind>', 'pre-push or pre-commit')
    .argument('[args...]', 'what git passes (pre-push: remote name and URL)')
    .action(async (kind: string, args: string[]) => {
      if (kind !== 'pre-push' && kind !== 'pre-commit') throw new UsageError(`unknown hook '${kind}' (pre-push or pre-commit)`);
      // git hands the refs on stdin; the pre-commit framework in PRE_COMMIT_FROM_REF/TO_REF.
      const stdin =
        kind !== 'pre-push' ? undefined
        : io.env.PRE_COMMIT_TO_REF ? `x ${io.env.PRE_COMMIT_TO_REF} x ${io.env.PRE_COMMIT_FROM_REF || '0'.repeat(40)}`
        : io.readStdin ? await io.readStdin() : '';
      const { hookCommand } = await import('../app/hook.js');
      const { rendered, exitCode } = await hookCommand({ kind, cwd: io.cwd, stdin });
      io.stderr.write(rendered);
      setExit(exitCode);
    });

  program
    .command('providers')
    .description('List the providers and patterns hookscan knows.')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'markdown', 'json']).default('text'))
    .action((flags: { format: 'text' | 'markdown' | 'json' }) => {
      io.stdout.write(providerTable(loadPatternFiles(), flags.format));
      setExit(EXIT.clean);
    });

  addBlocklistCommand(program, io, setExit);

  for (const add of more) add(program, io, setExit);

  return program;
}

/** Adds one or more commands to the program (the commands whose modules load on demand). */
export type CommandAdder = (program: Command, io: CliIO, setExit: (code: number) => void) => void;

/**
 * Commands whose code is loaded only when they run (or for help and completion): a git hook running
 * `hookscan scan` or `hookscan hook` does not load the logs parsers, the host sweep, the incident
 * report, the GitHub client or the revocation code.
 */
const LAZY_COMMANDS: { names: string[]; load: () => Promise<CommandAdder> }[] = [
  { names: ['org'], load: async () => { const m = await import('./org.js'); return (p, io, s) => m.addOrgCommand(p, io, s, { writeReport, readBaseline }); } },
  { names: ['merge'], load: async () => { const m = await import('./merge.js'); return (p, io, s) => m.addMergeCommand(p, io, s, { writeReport, readBaseline }); } },
  { names: ['audit-hooks'], load: async () => { const m = await import('./audit-hooks.js'); return (p, io, s) => m.addAuditHooksCommand(p, io, s, { writeReport, readBaseline }); } },
  { names: ['revoke'], load: async () => { const m = await import('./revoke.js'); return (p, io, s) => m.addRevokeCommand(p, io, s, { writeReport }); } },
  { names: ['logs'], load: async () => { const m = await import('./logs.js'); return (p, io, s) => m.addLogsCommand(p, io, s, { writeReport }); } },
  { names: ['rules'], load: async () => { const m = await import('./rules.js'); return (p, io, s) => m.addRulesCommand(p, io, s, { writeReport }); } },
  { names: ['host'], load: async () => { const m = await import('./host.js'); return (p, io, s) => m.addHostCommand(p, io, s, { writeReport }); } },
  { names: ['report'], load: async () => { const m = await import('./report.js'); return (p, io, s) => m.addReportCommand(p, io, s, { writeReport }); } },
  { names: ['completion'], load: async () => { const m = await import('./completion.js'); return (p, io) => m.addCompletionCommand(p, io); } },
];
const EAGER_COMMANDS = new Set(['scan', 'baseline', 'install-hook', 'hook', 'providers', 'blocklist']);

/** The on-demand commands argv needs: its command's, or all of them (help, completion, an unknown word). */
export async function commandsFor(argv: string[]): Promise<CommandAdder[]> {
  const first = argv.find((a) => !a.startsWith('-'));
  if (first && EAGER_COMMANDS.has(first)) return [];
  const one = first ? LAZY_COMMANDS.find((c) => c.names.includes(first) && first !== 'completion') : undefined;
  if (one) return [await one.load()];
  // No command (--help, --version), `help`, `completion` (it lists every command), or a typo (commander
  // suggests the nearest command): every command must be known.
  return Promise.all(LAZY_COMMANDS.map((c) => c.load()));
}

/** Runs the CLI with the given arguments (without node and script). Returns the exit code; never exits. */
export async function run(argv: string[], io: CliIO): Promise<number> {
  let code: number = EXIT.clean;
  const program = buildProgram(
    io,
    (c) => {
      code = c;
    },
    await commandsFor(argv),
  );
  try {
    await program.parseAsync(argv, { from: 'user' });
    return code;
  } catch (err) {
    if (err instanceof CommanderError) {
      // --help and --version end here with exit code 0; usage errors were already printed.
      return err.exitCode === 0 ? EXIT.clean : EXIT.error;
    }
    io.stderr.write(`${describeError(err)}\n`);
    if (!(err instanceof HookscanError) && io.env.HOOKSCAN_DEBUG) io.stderr.write(`${(err as Error).stack}\n`);
    return EXIT.error;
  }
}

/** The bin entry: real process I/O. */
export async function main(): Promise<void> {
  const io: CliIO = {
    // The standard streams are opened on first use: Node's getters build a stream each (standard
    // input alone costs about 6 ms of a start), and most runs write to one of them, read none.
    get stdout() {
      return process.stdout;
    },
    get stderr() {
      return process.stderr;
    },
    cwd: process.cwd(),
    env: process.env,
    get stdoutIsTTY() {
      return process.stdout.isTTY;
    },
    get stderrIsTTY() {
      return process.stderr.isTTY;
    },
    get stdinIsTTY() {
      return process.stdin.isTTY;
    },
    prompt: async (question: string) => {
      const { createInterface } = await import('node:readline/promises');
      const rl = createInterface({ input: process.stdin, output: process.stderr });
      try {
        return await rl.question(question);
      } finally {
        rl.close();
      }
    },
    get stdinStream() {
      return process.stdin;
    },
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const c of process.stdin) chunks.push(c as Buffer);
      return Buffer.concat(chunks).toString('utf8');
    },
  };
  process.exitCode = await run(process.argv.slice(2), io);
}
