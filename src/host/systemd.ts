/** systemd services and timers, system and per user, with their drop-in folders. */
import { TECHNIQUES } from './techniques.js';
import { joinShown, type HostReader } from './reader.js';

const SYSTEM_DIRS = ['/etc/systemd/system', '/run/systemd/system', '/usr/lib/systemd/system', '/lib/systemd/system', '/etc/systemd/user', '/usr/lib/systemd/user'];
const UNIT = /\.(service|timer|socket|path)$/;

function unitMeta(name: string, user: boolean) {
  const unit = name.replace(/\.d$/, '');
  const ctl = user ? 'systemctl --user' : 'systemctl';
  return {
    family: 'systemd',
    technique: name.endsWith('.timer') ? TECHNIQUES.systemdTimer : TECHNIQUES.systemd,
    removal: `${ctl} disable --now ${unit}; delete the unit file (and its .d drop-ins); ${ctl} daemon-reload.`,
  };
}

function collectDir(r: HostReader, dir: string, user: boolean): void {
  for (const name of r.list(dir) ?? []) {
    const shown = joinShown(dir, name);
    if (name.endsWith('.d') && UNIT.test(name.slice(0, -2))) {
      r.addAll(shown, unitMeta(name, user), { filter: (n) => n.endsWith('.conf') });
      continue;
    }
    if (!UNIT.test(name) || r.isDir(shown)) continue;
    r.add(shown, unitMeta(name, user));
  }
}

export function collectSystemd(r: HostReader, homes: string[]): void {
  for (const dir of SYSTEM_DIRS) collectDir(r, dir, dir.endsWith('/user'));
  for (const home of homes) collectDir(r, joinShown(home, '.config/systemd/user'), true);
}
