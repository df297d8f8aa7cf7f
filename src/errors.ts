/**
 * The error vocabulary. The shells (cli/index.ts `run()`, action/) map every error to exit code 2
 * with one line from describeError(); findings are 1, nothing to report 0.
 */

export class HookscanError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** Bad command-line usage or an input that cannot be used as given. */
export class UsageError extends HookscanError {}
/** A malformed .hookscan.yaml, pattern file or baseline. */
export class ConfigError extends HookscanError {}
/** git missing, not a repository, or another environment problem. */
export class EnvironmentError extends HookscanError {}

export const EXIT = { clean: 0, findings: 1, error: 2 } as const;

/** One line for stderr: what went wrong, without a stack for known errors. */
export function describeError(err: unknown): string {
  if (err instanceof HookscanError) return `hookscan: ${err.message}`;
  const e = err as { message?: string } | undefined;
  return `hookscan: unexpected error: ${e?.message ?? String(err)}`;
}
