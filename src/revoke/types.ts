/** Revocation data: the plan (printable, secret-free) and what applying it came to. */
import type { RevokeActionKind } from '../providers/index.js';
import type { FindingIdentity, VerificationStatus } from '../types.js';
import type { AuditOutcome } from './audit-log.js';

/** By API (`delete`, `disable`, `rotate`) or by hand following the runbook. */
export type PlanAction = RevokeActionKind | 'manual';

/** A credential an API action needs: its name only, never a value. */
export interface CredentialNeed {
  /** The environment variable read by default (also the key under `revoke-credentials` in .hookscan.yaml). */
  name: string;
  description: string;
}

/** One finding of the plan. Holds no secret: the URL is redacted. */
export interface RevocationStep extends FindingIdentity {
  /** The redacted URL. */
  url: string;
  /** The verdict in the findings file (`unverified` when it was written without --verify). */
  verdict: VerificationStatus | 'unverified';
  verdictReason?: string;
  action: PlanAction;
  /** API actions: the request(s) that will be sent, secret redacted. */
  request?: string;
  /** API actions: the credentials needed (none for Discord). */
  credentials: CredentialNeed[];
  /** API actions on a self-hosted server: the host that receives the credential (must be allowed with --verify-allow-host). */
  selfHostedHost?: string;
  /** Set when the API is unconfirmed (the action then needs --unconfirmed-apis). */
  unconfirmed?: string;
  /** API actions: true when --apply acts on it (after re-verifying it just before acting). */
  eligible: boolean;
  /** Why this action, and why --apply will or will not act. */
  why: string;
  /** Markdown: the manual steps (from the pattern's remediation), also the fallback of an API action. */
  runbook: string;
  /** Where it was seen (`path:line`, `commit:path:line` for history), at most five. */
  seenAt: string[];
  /** Locations beyond `seenAt`. */
  moreLocations: number;
}

export interface RevocationPlan {
  version: 1;
  /** Act also when liveness cannot be established right before acting. */
  includeUnverified: boolean;
  /** Use admin APIs marked unconfirmed (Make, n8n, Azure Logic Apps). */
  unconfirmedApis: boolean;
  steps: RevocationStep[];
  summary: {
    findings: number;
    /** Steps by API. */
    api: number;
    /** API steps --apply acts on. */
    eligible: number;
    manual: number;
  };
}

export type RevocationOutcome = Extract<AuditOutcome, 'revoked' | 'already-gone' | 'failed' | 'skipped' | 'manual'>;

/** What --apply did with one step. */
export interface StepResult {
  time: string;
  fingerprint: string;
  provider: string;
  action: PlanAction;
  outcome: RevocationOutcome;
  /** Status of the revoking request; of the check when none was sent. */
  httpStatus?: number;
  /** For people, redacted: what was checked and answered, or why nothing was done. */
  detail: string;
  /** Whether this step counts for the exit status (an eligible API action). */
  counted: boolean;
  /** The re-verification just before acting and afterwards. */
  before?: { status: string; reason: string };
  after?: { status: string; reason: string };
}

export interface RevocationResult {
  results: StepResult[];
  /** Every eligible API action ended `revoked` or `already-gone`. */
  ok: boolean;
  counts: Record<RevocationOutcome, number>;
}
