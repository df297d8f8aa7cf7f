/**
 * The revocation plan: pure. Per finding, an API action (a revoker exists, its API is confirmed or
 * --unconfirmed-apis was given) or a manual runbook from the pattern's remediation. Capture
 * services and other exfiltration sinks are never revoked: they are someone else's infrastructure
 * and evidence; the runbook says report and block egress. The plan holds no secret.
 */
import { revokerFor } from '../providers/index.js';
import type { Finding, Location, Pattern } from '../types.js';
import { findingIdentity } from '../finding.js';
import type { PlanAction, RevocationPlan, RevocationStep } from './types.js';

export interface PlanOptions {
  /** The active patterns: their `remediation` is each step's runbook. */
  patterns?: readonly Pattern[];
  /** --apply also acts when liveness cannot be established right before acting (default: only live). */
  includeUnverified?: boolean;
  /** Use admin APIs that are marked unconfirmed (default: those findings get a runbook). */
  unconfirmedApis?: boolean;
  /** Only the findings with these fingerprints (a prefix of 8 or more characters is enough). */
  only?: readonly string[];
}

const MAX_SEEN = 5;

function seenAt(l: Location): string {
  const where = `${l.path}:${l.line}`;
  const repo = l.repository ? `${l.repository}:` : '';
  return l.commit ? `${repo}${l.commit.slice(0, 12)}:${where}` : `${repo}${where}`;
}

/** The domain to block for an exfiltration sink: the host without the labels that hold the secret. */
export function egressDomain(f: Pick<Finding, 'url' | 'secret'>): string {
  let host: string;
  try {
    host = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(f.url) ? f.url : `https://${f.url.replace(/^[^@/]*@/, '')}`).hostname;
  } catch {
    return '';
  }
  const labels = host.split('.');
  while (labels.length > 2 && f.secret && f.secret.includes(labels[0])) labels.shift();
  return labels.join('.');
}

function exfilRunbook(f: Finding, remediation: string): string {
  const domain = egressDomain(f);
  const block = domain
    ? `Block egress to \`${domain}\` on CI runners and servers that do not need it (\`hookscan blocklist\` writes DNS, proxy and IDS rules for every known capture domain).`
    : 'Block egress to this service on CI runners and servers that do not need it (`hookscan blocklist`).';
  const head = [
    '**Indicator, not your credential.** hookscan never revokes or deletes attacker infrastructure: that destroys evidence and is not your resource.',
    `1. Find out who added it and why. If it is not yours, keep the evidence (the finding, its locations, the commits that added it) and report it to the service's abuse contact.`,
    `2. ${block}`,
  ].join('\n');
  return remediation ? `${head}\n\n${remediation.trim()}` : head;
}

function verdictOf(f: Finding): Pick<RevocationStep, 'verdict' | 'verdictReason'> {
  return f.verification ? { verdict: f.verification.status, verdictReason: f.verification.reason } : { verdict: 'unverified' };
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return '';
  }
}

/** The plan for these findings. Pure: sends nothing, reads nothing. */
export function planRevocation(findings: readonly Finding[], options: PlanOptions = {}): RevocationPlan {
  const remediation = new Map((options.patterns ?? []).map((p) => [p.id, p.remediation] as const));
  const includeUnverified = !!options.includeUnverified;
  const unconfirmedApis = !!options.unconfirmedApis;
  const only = options.only?.map((o) => o.toLowerCase());
  const chosen = only ? findings.filter((f) => only.some((o) => f.fingerprint.toLowerCase().startsWith(o))) : findings;

  const steps = chosen.map((f): RevocationStep => {
    const base = {
      ...findingIdentity(f),
      url: f.redactedUrl,
      ...verdictOf(f),
      seenAt: f.locations.slice(0, MAX_SEEN).map(seenAt),
      moreLocations: Math.max(0, f.locations.length - MAX_SEEN) + (f.moreLocations ?? 0),
    };
    const help = remediation.get(f.ruleId)?.trim() ?? '';
    const manual = (why: string, runbook = help): RevocationStep => ({
      ...base,
      action: 'manual',
      credentials: [],
      eligible: false,
      why,
      runbook: runbook || `No runbook is known for ${f.providerName}: remove the webhook in ${f.providerName}'s settings, create a new one if needed, and keep it in a secret store.`,
    });

    if (f.kind === 'exfil-sink') {
      return manual('capture service or exfiltration sink: an indicator to report and block, never revoked by hookscan', exfilRunbook(f, help));
    }
    const r = revokerFor(f.ruleId);
    if (!r) return manual(`${f.providerName} has no API that revokes this webhook: follow the runbook`);
    const unsupported = r.unsupported?.(f);
    if (unsupported) return manual(`${unsupported}: follow the runbook`);
    if (!f.secret || f.secret === f.url) return manual(`the URL no longer matches the ${f.ruleId} pattern, so hookscan cannot tell which webhook to revoke: follow the runbook`);
    if (r.unconfirmed && !unconfirmedApis) {
      return manual(`${f.providerName} has an admin API, but it is unconfirmed (${r.unconfirmed}): follow the runbook, or run with --unconfirmed-apis to use it`);
    }

    const action: PlanAction = r.action;
    const status = base.verdict;
    const eligible = status !== 'dead';
    const why =
      status === 'dead'
        ? 'verified dead when scanned: nothing to revoke; not contacted'
        : status === 'live'
          ? 'verified live when scanned; re-verified just before acting'
          : `not verified live when scanned (${status}): re-verified just before acting, and acted on only if live${includeUnverified ? ' or if liveness cannot be established (--include-unverified)' : ''}`;
    return {
      ...base,
      action,
      request: r.describe(f),
      credentials: r.credentials.map((c) => ({ name: c.name, description: c.description })),
      ...(r.selfHosted ? { selfHostedHost: hostOf(f.url) } : {}),
      ...(r.unconfirmed ? { unconfirmed: r.unconfirmed } : {}),
      eligible,
      why,
      runbook: help,
    };
  });

  const rank = (s: RevocationStep) => (s.action !== 'manual' ? (s.eligible ? 0 : 1) : s.kind === 'credential' ? 2 : 3);
  const ordered = steps.map((s, i) => [s, i] as const).sort((a, b) => rank(a[0]) - rank(b[0]) || a[1] - b[1]).map(([s]) => s);
  const api = ordered.filter((s) => s.action !== 'manual');
  return {
    version: 1,
    includeUnverified,
    unconfirmedApis,
    steps: ordered,
    summary: { findings: ordered.length, api: api.length, eligible: api.filter((s) => s.eligible).length, manual: ordered.length - api.length },
  };
}
