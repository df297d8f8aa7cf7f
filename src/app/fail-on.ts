/**
 * The one fail-on policy, shared by every command and both shells (CLI and Action): which results
 * fail the run (exit 1) and which checks `live` needs.
 */
import { EXIT, UsageError } from '../errors.js';
import type { Finding } from '../types.js';

export const FAIL_ON = ['any', 'live', 'none'] as const;
export type FailOn = (typeof FAIL_ON)[number];

/** Any finding verified live. */
export function anyLive(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.verification?.status === 'live');
}

/** Whether these findings fail the run under this policy. */
export function failsOn(failOn: FailOn, findings: readonly Finding[]): boolean {
  if (failOn === 'none') return false;
  if (failOn === 'live') return anyLive(findings);
  return findings.length > 0;
}

/** The exit code for these findings under this policy: 1 when they fail the run, else 0. */
export function exitCodeFor(failOn: FailOn, findings: readonly Finding[]): number {
  return failsOn(failOn, findings) ? EXIT.findings : EXIT.clean;
}

/** `live` means nothing without verification. `how` names the setting in the caller's words. */
export function checkFailOn(failOn: FailOn, verify: boolean, how = { failOn: '--fail-on live', verify: '--verify' }): void {
  if (failOn === 'live' && !verify) throw new UsageError(`${how.failOn} needs ${how.verify} (nothing is known to be live without verification)`);
}
