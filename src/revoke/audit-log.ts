/**
 * The audit log of destructive actions (hookscan revoke, hookscan audit-hooks --apply):
 * JSON Lines appended to a file, one line per action. Never holds a raw URL, secret or credential.
 */
import { appendFileSync } from 'node:fs';

export type AuditOutcome = 'revoked' | 'already-gone' | 'failed' | 'skipped' | 'manual' | 'disabled' | 'deleted';

export interface AuditEntry {
  /** ISO time of the action. */
  time: string;
  /** The finding's fingerprint (revoke) or a stable id of the target (audit-hooks: `hook:<scope>:<id>`). */
  fingerprint: string;
  provider: string;
  /** What was done or planned: delete, disable, manual… */
  action: string;
  /** HTTP status of the request, when one was sent. */
  httpStatus?: number;
  outcome: AuditOutcome;
  /** A redacted, human-readable detail (the provider's answer, a missing variable's name…). */
  detail?: string;
}

/** Appends entries to a JSON Lines file (created with mode 0600). */
export function appendAudit(file: string, entries: AuditEntry[]): void {
  if (entries.length === 0) return;
  appendFileSync(file, entries.map((e) => JSON.stringify(e)).join('\n') + '\n', { mode: 0o600 });
}
