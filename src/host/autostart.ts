/** Boot and logon scripts on Unix: rc.local, shell start-up files, XDG autostart entries and at jobs. */
import { TECHNIQUES } from './techniques.js';
import { joinShown, type HostReader } from './reader.js';

const USER_RC = ['.bashrc', '.bash_profile', '.bash_login', '.bash_logout', '.profile', '.zshrc', '.zprofile', '.zshenv', '.zlogin', '.zlogout', '.config/fish/config.fish'];
const SYSTEM_RC = ['/etc/profile', '/etc/bash.bashrc', '/etc/bashrc', '/etc/zshrc', '/etc/zprofile', '/etc/zshenv', '/etc/zsh/zshrc', '/etc/zsh/zprofile', '/etc/zsh/zshenv', '/etc/environment'];

export function collectAutostart(r: HostReader, homes: string[]): void {
  const rcLocal = { family: 'autostart', technique: TECHNIQUES.rcScripts, removal: 'Delete the line from the boot script; check that rc-local.service is meant to be enabled.' };
  r.add('/etc/rc.local', rcLocal);
  r.add('/etc/rc.d/rc.local', rcLocal);

  const shellRc = { family: 'autostart', technique: TECHNIQUES.shellRc, removal: 'Delete the line from the shell start-up file; sessions already open keep it until they exit.' };
  for (const f of SYSTEM_RC) r.add(f, shellRc);
  r.addAll('/etc/profile.d', shellRc);
  for (const home of homes) for (const f of USER_RC) r.add(joinShown(home, f), shellRc);

  const xdg = { family: 'autostart', technique: TECHNIQUES.xdgAutostart, removal: 'Delete the .desktop entry; it runs at the next graphical login otherwise.' };
  r.addAll('/etc/xdg/autostart', xdg, { filter: (n) => n.endsWith('.desktop') });
  for (const home of homes) r.addAll(joinShown(home, '.config/autostart'), xdg, { filter: (n) => n.endsWith('.desktop') });

  const at = { family: 'autostart', technique: TECHNIQUES.at, removal: 'List the queue with `atq` and remove the job with `atrm JOB`.' };
  for (const dir of ['/var/spool/cron/atjobs', '/var/spool/at', '/var/at/jobs']) r.addAll(dir, at, { filter: (n) => !n.startsWith('.') });
}
