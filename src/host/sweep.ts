/** One read-only sweep of a root: every collector, then the coverage of what could not be read. */
import { collectAutostart } from './autostart.js';
import { collectBrowsers } from './browsers.js';
import { collectCron } from './cron.js';
import { collectLaunchd } from './launchd.js';
import { collectProcesses } from './processes.js';
import { HostReader, joinShown } from './reader.js';
import { collectRegistryExports } from './registry.js';
import { collectShellHistories } from './shell-history.js';
import { collectSystemd } from './systemd.js';
import type { HostSweep, HostSweepOptions } from './types.js';
import { collectWindows } from './windows.js';

export const HOST_FAMILIES = ['processes', 'shell-history', 'cron', 'systemd', 'autostart', 'launchd', 'windows', 'registry', 'browser'] as const;

/** The home folders to look in: every user's with allUsers, else the one given. */
export function homesOf(r: HostReader, opts: Pick<HostSweepOptions, 'allUsers' | 'home'>): string[] {
  if (!opts.allUsers) return opts.home ? [opts.home] : [];
  const homes = new Set<string>();
  for (const dir of ['/root', '/var/root']) if (r.isDir(dir)) homes.add(dir);
  for (const parent of ['/home', '/Users']) {
    for (const name of r.list(parent) ?? []) {
      const shown = joinShown(parent, name);
      if (r.isDir(shown)) homes.add(shown);
    }
  }
  if (opts.home) homes.add(opts.home);
  return [...homes];
}

export async function sweepHost(opts: HostSweepOptions & { cwd?: string; skipPids?: number[] }): Promise<HostSweep> {
  const r = new HostReader(opts.root, opts.maxFileSize);
  const homes = homesOf(r, opts);
  collectProcesses(r, { skipPids: opts.skipPids });
  collectShellHistories(r, homes);
  collectCron(r);
  collectSystemd(r, homes);
  collectAutostart(r, homes);
  collectLaunchd(r, homes);
  collectWindows(r, homes);
  await collectBrowsers(r, homes);
  const artifacts = [...r.artifacts];
  const coverage = [...r.coverage];
  if (opts.regFiles?.length) {
    const reg = collectRegistryExports(opts.regFiles, opts.cwd ?? opts.root, opts.maxFileSize);
    artifacts.push(...reg.artifacts);
    coverage.push(...reg.coverage);
  }
  return { artifacts, coverage, families: [...HOST_FAMILIES] };
}
