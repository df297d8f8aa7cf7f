/**
 * The provider registry: which verifier (if any) checks a finding, plus the guarded HTTP helper.
 * Adding a provider with a safe check: one module here and one line in VERIFIERS.
 */
import type { Finding } from '../types.js';
import { dingtalk } from './dingtalk.js';
import { discord } from './discord.js';
import { feishu } from './feishu.js';
import { googleChat } from './google-chat.js';
import { ifttt } from './ifttt.js';
import { mattermost } from './mattermost.js';
import { microsoftTeams } from './microsoft-teams.js';
import { CAPTURE_SERVICE_REASON, NO_SAFE_CHECK } from './no-safe-check.js';
import { slack } from './slack.js';
import { telegram } from './telegram.js';
import type { Verifier, VerificationPlan } from './types.js';
import { webex } from './webex.js';
import { wecom } from './wecom.js';

export type { BreakerPolicy, CheckResult, HttpOutcome, ProbeRequest, Verifier, VerifierContext, VerificationPlan } from './types.js';
export { GuardedHttp, isBlockedAddress, pinnedLookup, retryAfterMs, rewriteToOrigin, type GuardedRequest, type HttpPolicy, type Lookup, type ResolvedAddress, type RetryPolicy } from './http.js';
export { findingUrl } from './finding-url.js';
export { capturesOf } from './captures.js';
export { NO_SAFE_CHECK, CAPTURE_SERVICE_REASON } from './no-safe-check.js';
export { REVOKERS, REVOKE_CREDENTIALS, revokerFor } from './revokers.js';
export type { ActionRequest, CredentialSpec, RevokeActionKind, RevokeAttempt, RevokeCheck, Revoker, RevokerContext } from './revoker.js';

export const VERIFIERS: readonly Verifier[] = [slack, discord, microsoftTeams, googleChat, telegram, dingtalk, feishu, wecom, webex, ifttt, mattermost];

const BY_RULE = new Map<string, Verifier>(VERIFIERS.flatMap((v) => v.ruleIds.map((id) => [id, v] as const)));

/** What to do with a finding: run a verifier, or a fixed verdict (never contacted). */
export function planFor(f: Pick<Finding, 'ruleId' | 'provider' | 'kind'>): VerificationPlan {
  // A provider webhook used as an exfiltration channel (kind raised to exfil-sink by its context)
  // is still checked: whether the channel is live is what triage needs. Capture services have no
  // verifier and are never contacted.
  const why = NO_SAFE_CHECK[f.ruleId] ?? NO_SAFE_CHECK[f.provider];
  const v = BY_RULE.get(f.ruleId);
  if (f.kind === 'exfil-sink' && !v && !why) return { status: 'skipped', reason: CAPTURE_SERVICE_REASON };
  if (why) return { status: 'unverifiable', reason: why };
  if (v) return { verifier: v };
  return { status: 'unverifiable', reason: `hookscan has no verifier for ${f.ruleId} (provider ${f.provider})` };
}
