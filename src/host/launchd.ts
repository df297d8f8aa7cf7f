/** macOS launchd jobs: LaunchAgents and LaunchDaemons plists (XML read as text; binary plists counted in coverage). */
import { TECHNIQUES } from './techniques.js';
import { joinShown, type HostReader } from './reader.js';

function collectDir(r: HostReader, dir: string, daemon: boolean, user: boolean): void {
  for (const name of r.list(dir) ?? []) {
    if (!name.endsWith('.plist')) continue;
    const shown = joinShown(dir, name);
    const got = r.bytes(shown);
    if (!got) continue;
    if (got.buf.subarray(0, 6).toString('latin1') === 'bplist') {
      r.miss(shown, 'unsupported', 'binary property list: convert a copy with `plutil -convert xml1 -o copy.plist FILE` and scan it with hookscan scan');
      continue;
    }
    const label = name.replace(/\.plist$/, '');
    r.artifacts.push({
      path: shown,
      text: got.buf.toString('utf8'),
      family: 'launchd',
      technique: daemon ? TECHNIQUES.launchDaemon : TECHNIQUES.launchAgent,
      removal: `launchctl bootout ${daemon ? 'system' : user ? 'gui/UID' : 'gui/UID'}/${label}; delete ${shown}.`,
      modified: got.stats.mtime.toISOString(),
    });
  }
}

export function collectLaunchd(r: HostReader, homes: string[]): void {
  collectDir(r, '/Library/LaunchAgents', false, false);
  collectDir(r, '/Library/LaunchDaemons', true, false);
  for (const home of homes) collectDir(r, joinShown(home, 'Library/LaunchAgents'), false, true);
}
