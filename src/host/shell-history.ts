/** Shell histories: bash (with HISTTIMEFORMAT `#epoch` lines), zsh extended format, fish, PowerShell PSReadLine, macOS zsh sessions. */
import { TECHNIQUES } from './techniques.js';
import { joinShown, type HostReader } from './reader.js';

const REMOVAL = 'Treat the webhook as exposed: revoke it (hookscan revoke), then delete the line from this history file; it may also be in other users\' histories and in terminal logs.';

const iso = (epoch: number) => new Date(epoch * 1000).toISOString();

/** Line → time for a bash history written with HISTTIMEFORMAT: a `#1700000000` line dates the next line. One pass. */
export function bashTimes(text: string): Map<number, string> {
  const times = new Map<number, string>();
  let line = 0;
  let pending: number | undefined;
  for (const l of text.split('\n')) {
    line++;
    const m = /^#(\d{9,11})\s*$/.exec(l);
    if (m) {
      pending = Number(m[1]);
      continue;
    }
    if (pending !== undefined) times.set(line, iso(pending));
    pending = undefined;
  }
  return times;
}

/** zsh EXTENDED_HISTORY: `: 1700000000:0;command`; continuation lines (ending in a backslash) share the time. */
export function zshTimes(text: string): Map<number, string> {
  const times = new Map<number, string>();
  let line = 0;
  let current: string | undefined;
  let continues = false;
  for (const l of text.split('\n')) {
    line++;
    const m = /^: (\d{9,11}):\d+;/.exec(l);
    if (m) current = iso(Number(m[1]));
    else if (!continues) current = undefined;
    if (current) times.set(line, current);
    continues = l.endsWith('\\');
  }
  return times;
}

/** fish_history (YAML-like): `- cmd: …` then `  when: 1700000000`; the time dates the command line before it. */
export function fishTimes(text: string): Map<number, string> {
  const times = new Map<number, string>();
  let line = 0;
  let cmdLine: number | undefined;
  for (const l of text.split('\n')) {
    line++;
    if (l.startsWith('- cmd:')) cmdLine = line;
    const m = /^\s+when:\s*(\d{9,11})\s*$/.exec(l);
    if (m && cmdLine !== undefined) {
      times.set(cmdLine, iso(Number(m[1])));
      times.set(line, iso(Number(m[1])));
      cmdLine = undefined;
    }
  }
  return times;
}

export function collectShellHistories(r: HostReader, homes: string[]): void {
  const meta = { family: 'shell-history', technique: TECHNIQUES.commandHistory, removal: REMOVAL };
  for (const home of homes) {
    r.add(joinShown(home, '.bash_history'), meta, { parse: bashTimes });
    r.add(joinShown(home, '.sh_history'), meta);
    for (const z of ['.zsh_history', '.histfile']) r.add(joinShown(home, z), meta, { parse: zshTimes });
    r.add(joinShown(home, '.local/share/fish/fish_history'), meta, { parse: fishTimes });
    r.add(joinShown(home, '.local/share/powershell/PSReadLine/ConsoleHost_history.txt'), meta);
    r.add(joinShown(home, 'AppData/Roaming/Microsoft/Windows/PowerShell/PSReadLine/ConsoleHost_history.txt'), meta);
    r.addAll(joinShown(home, '.zsh_sessions'), meta, { filter: (n) => n.endsWith('.history') || n.endsWith('.historynew') });
  }
}
