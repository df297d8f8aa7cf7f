/** Crontabs: /etc/crontab, /etc/cron.d, the periodic folders and the per-user spools (Debian, RHEL, SUSE, macOS). */
import { TECHNIQUES } from './techniques.js';
import type { HostReader } from './reader.js';

export function collectCron(r: HostReader): void {
  const system = { family: 'cron', technique: TECHNIQUES.cron, removal: 'Delete the line (or the file) as root, then check the other crontabs for the same URL; cron picks the change up without a restart.' };
  r.add('/etc/crontab', system);
  r.add('/etc/anacrontab', system);
  for (const dir of ['/etc/cron.d', '/etc/cron.hourly', '/etc/cron.daily', '/etc/cron.weekly', '/etc/cron.monthly', '/etc/periodic/daily', '/etc/periodic/weekly', '/etc/periodic/monthly']) r.addAll(dir, system);
  for (const dir of ['/var/spool/cron/crontabs', '/var/spool/cron/tabs', '/var/spool/cron', '/usr/lib/cron/tabs', '/var/at/tabs']) {
    for (const user of r.list(dir) ?? []) {
      const shown = `${dir}/${user}`;
      if (r.isDir(shown)) continue;
      r.add(shown, { ...system, removal: `Run \`crontab -u ${user} -e\` and delete the line (do not edit the spool file directly).` });
    }
  }
}
