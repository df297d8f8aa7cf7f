/** Running processes on Linux: /proc/PID/cmdline and environ (what is readable), named by /proc/PID/comm. */
import { TECHNIQUES } from './techniques.js';
import type { HostReader } from './reader.js';

export function collectProcesses(r: HostReader, opts: { skipPids?: number[] } = {}): void {
  const pids = (r.list('/proc') ?? []).filter((n) => /^\d+$/.test(n));
  for (const pid of pids) {
    if (opts.skipPids?.includes(Number(pid))) continue;
    const dir = `/proc/${pid}`;
    const comm = r.bytes(`${dir}/comm`)?.buf.toString('utf8').trim();
    if (comm === undefined) continue; // exited between the listing and now
    const removal = `Capture evidence (cat /proc/${pid}/cmdline, ls -l /proc/${pid}/exe, its parent in /proc/${pid}/status), then stop it (kill ${pid}) and remove whatever starts it.`;
    for (const [file, sep] of [['cmdline', ' '], ['environ', '\n']] as const) {
      const got = r.bytes(`${dir}/${file}`);
      if (!got || got.buf.length === 0) continue;
      r.artifacts.push({
        path: `${dir}/${file}`,
        text: got.buf.toString('utf8').split('\0').join(sep),
        family: 'processes',
        technique: TECHNIQUES.process,
        removal,
        pid: Number(pid),
        process: comm,
      });
    }
  }
}
