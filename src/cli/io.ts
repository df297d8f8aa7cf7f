/** The process boundary: what the CLI may touch, passed in so tests can run it in-process. */
export interface CliIO {
  stdout: { write(s: string): unknown };
  stderr: { write(s: string): unknown };
  cwd: string;
  env: Record<string, string | undefined>;
  stdoutIsTTY?: boolean;
  stderrIsTTY?: boolean;
  /** Reads all of standard input (hooks get ref lists there). */
  readStdin?: () => Promise<string>;
}
