// Which findings are verified: decided by the rule, not only by the finding's kind.
import { describe, expect, it } from 'vitest';
import { planFor } from '../../src/providers/index.js';

describe('planFor', () => {
  it('verifies a provider webhook whose context made it an exfiltration sink', () => {
    const plan = planFor({ ruleId: 'discord-webhook', provider: 'discord', kind: 'exfil-sink' });
    expect('verifier' in plan && plan.verifier.ruleIds).toContain('discord-webhook');
  });

  it('never contacts a capture service', () => {
    const plan = planFor({ ruleId: 'webhook-site-url', provider: 'webhook-site', kind: 'exfil-sink' });
    expect(plan).toMatchObject({ status: 'skipped' });
  });

  it('keeps automation platforms unverifiable whatever their kind', () => {
    for (const kind of ['credential', 'exfil-sink'] as const) {
      expect(planFor({ ruleId: 'zapier-webhook', provider: 'zapier', kind })).toMatchObject({ status: 'unverifiable' });
    }
  });
});
