/** What every output says of a finding before its own fields: the identity, never the secret. */
import type { Finding, FindingIdentity } from './types.js';

export function findingIdentity(f: Finding): FindingIdentity {
  return { fingerprint: f.fingerprint, ruleId: f.ruleId, provider: f.provider, providerName: f.providerName, kind: f.kind, name: f.name };
}
