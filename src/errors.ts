/**
 * The error vocabulary. The shells (cli/index.ts `run()`, action/) map every error to exit code 2
 * with one line from describeError(); findings are 1, nothing to report 0.
 */

export class HookscanError extends Error {
  /** What the user can do about it, printed after the message. */
  readonly hint?: string;
  constructor(message: string, options?: { cause?: unknown; hint?: string }) {
    super(message, options?.cause !== undefined ? { cause: options.cause } : undefined);
    this.name = 'HookscanError';
    if (options?.hint) this.hint = options.hint;
  }
}

// Each class names itself: the CLI bundle is minified (class names are not kept).
/** Bad command-line usage or an input that cannot be used as given. */
export class UsageError extends HookscanError {
  override name = 'UsageError';
}
/** A malformed .hookscan.yaml, pattern file or baseline. */
export class ConfigError extends HookscanError {
  override name = 'ConfigError';
}
/** git missing, not a repository, or another environment problem. */
export class EnvironmentError extends HookscanError {
  override name = 'EnvironmentError';
}

export const EXIT = { clean: 0, findings: 1, error: 2 } as const;

/** Causes followed at most this deep (a cycle or a long chain stops here). */
const MAX_CAUSES = 4;

function messageOf(e: unknown): string {
  const m = (e as { message?: unknown } | undefined)?.message;
  return typeof m === 'string' && m ? m.split('\n')[0] : String(e);
}

/**
 * What went wrong, for stderr or the Action's error annotation, in one place: the message (no stack
 * for known errors), then each `cause` that adds something ("caused by: …"; one whose text the
 * message already quotes is not repeated), then the hint, when the error carries one.
 */
export function describeError(err: unknown): string {
  const head = err instanceof HookscanError ? `hookscan: ${err.message}` : `hookscan: unexpected error: ${messageOf(err)}`;
  const lines = [head];
  let said = head;
  let cause = (err as { cause?: unknown } | undefined)?.cause;
  for (let depth = 0; cause !== undefined && cause !== null && depth < MAX_CAUSES; depth++) {
    const m = messageOf(cause);
    if (m && !said.includes(m)) {
      lines.push(`  caused by: ${m}`);
      said += `\n${m}`;
    }
    cause = (cause as { cause?: unknown }).cause;
  }
  const hint = (err as { hint?: unknown } | undefined)?.hint;
  if (typeof hint === 'string' && hint) lines.push(`  hint: ${hint}`);
  return lines.join('\n');
}
