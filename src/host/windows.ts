/** A mounted Windows image: Startup folders and scheduled-task XML (UTF-16 LE with BOM, as Windows writes them). */
import { TECHNIQUES } from './techniques.js';
import { joinShown, type HostReader } from './reader.js';

const TASKS = '/Windows/System32/Tasks';

function collectTasks(r: HostReader, dir: string, depth: number): void {
  if (depth > 16) return;
  for (const name of r.list(dir) ?? []) {
    const shown = joinShown(dir, name);
    if (r.isDir(shown)) {
      collectTasks(r, shown, depth + 1);
      continue;
    }
    const task = shown.slice(TASKS.length).replace(/\//g, '\\');
    r.add(shown, { family: 'windows', technique: TECHNIQUES.scheduledTask, removal: `schtasks /Delete /TN "${task}" /F (as an administrator on the live system).` });
  }
}

export function collectWindows(r: HostReader, homes: string[]): void {
  const startup = { family: 'windows', technique: TECHNIQUES.runKeys, removal: 'Delete the entry from the Startup folder; it runs at the next logon otherwise.' };
  r.addAll('/ProgramData/Microsoft/Windows/Start Menu/Programs/StartUp', startup, { binary: 'strings', filter: (n) => n !== 'desktop.ini' });
  for (const home of homes) r.addAll(joinShown(home, 'AppData/Roaming/Microsoft/Windows/Start Menu/Programs/Startup'), startup, { binary: 'strings', filter: (n) => n !== 'desktop.ini' });
  collectTasks(r, TASKS, 0);
}
