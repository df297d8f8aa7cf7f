/** Registry exports (.reg, usually UTF-16 LE): values under Run / RunOnce keys autostart at logon. */
import { resolve } from 'node:path';
import { TECHNIQUES } from './techniques.js';
import { decodeText, HostReader } from './reader.js';

const RUN_KEY = /\\(Run|RunOnce|RunServices|RunServicesOnce|Policies\\Explorer\\Run)$/i;

/** Line → `reg delete` command for each value line; one pass, keyed by the last `[KEY]` header. */
export function registryRemovals(text: string): Map<number, string> {
  const out = new Map<number, string>();
  let key: string | undefined;
  let line = 0;
  for (const l of text.split(/\r?\n/)) {
    line++;
    const header = /^\[(-?)([^\]]+)\]\s*$/.exec(l);
    if (header) {
      key = header[2];
      continue;
    }
    if (!key) continue;
    const value = /^"((?:[^"\\]|\\.)*)"\s*=/.exec(l) ?? /^(@)\s*=/.exec(l);
    if (!value) continue;
    const v = value[1] === '@' ? '/ve' : `/v "${value[1]}"`;
    const run = RUN_KEY.test(key) ? ' (a Run key: it starts at every logon)' : '';
    out.set(line, `reg delete "${key}" ${v} /f${run}`);
  }
  return out;
}

/** Reads each .reg export given (real paths, resolved against `cwd`). */
export function collectRegistryExports(files: string[], cwd: string, maxFileSize?: number): HostReader {
  const r = new HostReader('/', maxFileSize);
  for (const f of files) {
    const real = resolve(cwd, f);
    const got = r.bytes(real, true);
    if (!got) continue;
    const text = decodeText(got.buf);
    if (!/^\uFEFF?(Windows Registry Editor Version 5\.00|REGEDIT4)/.test(text)) {
      r.miss(real, 'corrupt', 'not a registry export (no "Windows Registry Editor" header)');
      continue;
    }
    r.artifacts.push({
      path: real,
      text,
      family: 'registry',
      technique: TECHNIQUES.runKeys,
      removal: 'Delete the value with reg delete (see the line), on the live system as the user or an administrator.',
      lineRemoval: registryRemovals(text),
      modified: got.stats.mtime.toISOString(),
    });
  }
  return r;
}
