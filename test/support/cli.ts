/** Runs the CLI in-process through run(argv, io), capturing stdout and stderr. */
import { run, type CliIO } from '../../src/cli/index.js';

export interface Ran {
  code: number;
  stdout: string;
  stderr: string;
}

/** No TTY and an empty environment unless io says otherwise. */
export async function cli(argv: string[], cwd: string, io: Partial<CliIO> = {}): Promise<Ran> {
  let stdout = '';
  let stderr = '';
  const code = await run(argv, {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    cwd,
    env: {},
    stdoutIsTTY: false,
    stderrIsTTY: false,
    ...io,
  });
  return { code, stdout, stderr };
}
