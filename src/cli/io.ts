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
  /** Standard input as a stream (hookscan logs -: large logs in bounded memory). */
  stdinStream?: AsyncIterable<Buffer | string> | Iterable<Buffer | string>;
  /** Standard input is a terminal (a confirmation prompt is possible). */
  stdinIsTTY?: boolean;
  /** Asks one question on the terminal and returns the answer line (revoke --apply's confirmation). */
  prompt?: (question: string) => Promise<string>;
}
