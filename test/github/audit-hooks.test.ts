// `hookscan audit-hooks` against the fake GitHub: organisation and repository webhooks judged by
// target (capture service, another provider's webhook, host outside allow-hook-hosts) and settings
// (insecure_ssl, no secret, failing deliveries); then --disable/--delete as a plan, and applied
// with --apply --yes, checked request by request and in the audit log. URLs and the token are
// fabricated at run time.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run, type CliIO } from '../../src/cli/index.js';
import type { HookFinding } from '../../src/github/index.js';
import type { AuditEntry } from '../../src/revoke/index.js';
import { fabricate, rand } from '../support/fabricate.js';
import { FakeGitHub, type FakeHook } from './fake-github.js';

const ORG = 'acme';
const TOKEN = `ghp_${rand('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 36)}`;
let root: string;
let gh: FakeGitHub;
const capture = fabricate('webhook-site').url;
const discord = fabricate('discord').url;
const capture2 = fabricate('webhook-site').url;
const fabricated = [capture, discord, capture2];

function hook(id: number, url: string, extra: Partial<FakeHook> = {}, config: Partial<FakeHook['config']> = {}): FakeHook {
  return { id, active: true, events: ['push'], config: { url, secret: `s-${randomUUID()}`, ...config }, ...extra };
}

async function cli(argv: string[], env: Record<string, string> = { GITHUB_TOKEN: TOKEN }) {
  let stdout = '';
  let stderr = '';
  const io: CliIO = { stdout: { write: (s: string) => (stdout += s) }, stderr: { write: (s: string) => (stderr += s) }, cwd: root, env, stdoutIsTTY: false, stderrIsTTY: false };
  const code = await run(argv, io);
  for (const t of [stdout, stderr]) {
    expect(t).not.toContain(TOKEN);
    for (const u of fabricated) expect(t).not.toContain(u);
  }
  return { code, stdout, stderr };
}
const apiArgs = () => ['--github-api-url', gh.apiUrl, '--mutation-delay', '0'];

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'hookscan-audit-'));
  writeFileSync(join(root, '.hookscan.yaml'), 'allow-hook-hosts:\n  - "*.acme.example"\n');
  const now = new Date().toISOString();
  gh = new FakeGitHub({
    org: ORG,
    token: TOKEN,
    gitRoot: root,
    repos: ['api', 'web', 'infra', 'legacy', 'docs', 'secret-project', 'old-fork'].map((name) => ({ name, fork: name === 'old-fork' })),
    orgHooks: [hook(1, capture, { events: ['*'], created_at: now }, { secret: undefined }), hook(2, 'https://ci.acme.example/github')],
    repoHooks: {
      'acme/api': [hook(11, discord)],
      'acme/web': [hook(12, 'https://deploy.acme.example/hook', {}, { insecure_ssl: '1' })],
      'acme/infra': [
        hook(13, 'https://old-ci.vendor.example/hooks/abcdef0123456789abcdef', {
          deliveries: [
            { id: 3, status_code: 502, status: 'Invalid HTTP Response: 502', delivered_at: '2025-01-03T00:00:00Z' },
            { id: 2, status_code: 502, status: 'Invalid HTTP Response: 502', delivered_at: '2025-01-02T00:00:00Z' },
            { id: 1, status_code: 200, status: 'OK', delivered_at: '2025-01-01T00:00:00Z' },
          ],
        }),
      ],
      'acme/legacy': [hook(14, capture2, { active: false })],
      'acme/docs': [hook(15, 'https://ci.acme.example/docs', { last_response: { code: 404, status: 'misconfigured', message: 'Not Found' } })],
      'acme/old-fork': [hook(16, capture)],
    },
    hooksForbidden: ['acme/secret-project'],
  });
  await gh.start();
});

afterAll(async () => {
  await gh?.stop();
  if (root) rmSync(root, { recursive: true, force: true });
});

describe('hookscan audit-hooks', () => {
  let findings: HookFinding[];

  it('reports each risky hook with its own rule id, hook id, scope and reasons', async () => {
    const r = await cli(['audit-hooks', ORG, ...apiArgs(), '-f', 'json']);
    expect(r.code, r.stderr).toBe(1);
    const doc = JSON.parse(r.stdout) as { kind: string; findings: HookFinding[]; stats: { organizationHooks: number; repositoryHooks: number; repositories: number; errors: { scope: string }[]; hostCheck: boolean } };
    findings = doc.findings;
    expect(doc.kind).toBe('hook-audit');
    const got = findings.map((f) => `${f.scope}#${f.hookId} ${f.ruleId}`).sort();
    expect(got).toEqual(
      [
        'acme#1 github-hook-capture-service',
        'acme#1 github-hook-host-not-allowed',
        'acme#1 github-hook-no-secret',
        'acme/api#11 github-hook-provider-webhook',
        'acme/api#11 github-hook-host-not-allowed',
        'acme/web#12 github-hook-insecure-ssl',
        'acme/infra#13 github-hook-host-not-allowed',
        'acme/infra#13 github-hook-failed-deliveries',
        'acme/legacy#14 github-hook-capture-service',
        'acme/legacy#14 github-hook-host-not-allowed',
        'acme/docs#15 github-hook-failed-deliveries',
      ].sort(),
    );
    const byKey = new Map(findings.map((f) => [`${f.scope}#${f.hookId} ${f.ruleId}`, f]));
    const cap = byKey.get('acme#1 github-hook-capture-service')!;
    expect(cap).toMatchObject({ scopeKind: 'organization', severity: 'critical', host: 'webhook.site', provider: 'webhook-site', events: ['*'] });
    expect(cap.reasons.join(' ')).toContain('every event (*)');
    expect(cap.target).toMatch(/^https:\/\/webhook\.site\/.*…/);
    expect(byKey.get('acme/api#11 github-hook-provider-webhook')).toMatchObject({ scopeKind: 'repository', severity: 'high', provider: 'discord' });
    expect(byKey.get('acme/infra#13 github-hook-failed-deliveries')!.reasons[0]).toContain('2 of the last 3 deliveries failed (latest: 502');
    expect(byKey.get('acme/docs#15 github-hook-failed-deliveries')!.reasons[0]).toContain('the last delivery got 404');
    expect(byKey.get('acme/infra#13 github-hook-host-not-allowed')!.target).not.toContain('abcdef0123456789abcdef');
    // The org-level allowed hook (#2) has no finding; the fork's hook is not listed (forks skipped).
    expect(findings.some((f) => f.hookId === 2 || f.hookId === 16)).toBe(false);
    expect(doc.stats).toMatchObject({ organizationHooks: 2, repositoryHooks: 5, repositories: 6, hostCheck: true });
    expect(doc.stats.errors.map((e) => e.scope)).toEqual(['acme/secret-project']);
    // Nothing was changed.
    expect(gh.requests((q) => q.method !== 'GET')).toEqual([]);
  });

  it('prints a text report', async () => {
    const r = await cli(['audit-hooks', ORG, ...apiArgs()]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('organisation acme · hook 1 → https://webhook.site/');
    expect(r.stdout).toMatch(/11 webhook findings in acme · 7 hooks \(2 organisation, 5 in 6 repositories\) · 1 scope unreadable/);
    expect(r.stdout).toContain('unreadable: acme/secret-project: cannot list webhooks (HTTP 404');
  });

  it('--disable plans without changing anything; --apply needs --yes', async () => {
    const plan = await cli(['audit-hooks', ORG, ...apiArgs(), '--disable']);
    expect(plan.code).toBe(1);
    expect(plan.stdout).toContain('Plan: 4 webhooks');
    expect(plan.stdout).toContain('PATCH /orgs/acme/hooks/1 {"active":false}');
    expect(plan.stdout).toContain('PATCH /repos/acme/infra/hooks/13 {"active":false}');
    expect(plan.stdout).toContain('hook 14 → https://');
    expect(plan.stdout).toContain('(already inactive)');
    expect(plan.stdout).toContain('Nothing was changed');
    const noYes = await cli(['audit-hooks', ORG, ...apiArgs(), '--disable', '--apply']);
    expect(noYes.code).toBe(2);
    expect(noYes.stderr).toContain('add --yes to confirm');
    expect((await cli(['audit-hooks', ORG, ...apiArgs(), '--apply', '--yes'])).stderr).toContain('--apply needs --disable or --delete');
    expect((await cli(['audit-hooks', ORG, ...apiArgs(), '--disable', '--delete'])).code).toBe(2);
    expect((await cli(['audit-hooks', ORG, ...apiArgs(), '--disable', '--rules', 'nope'])).stderr).toContain("unknown rule 'nope'");
    expect(gh.requests((q) => q.method !== 'GET')).toEqual([]);
  });

  it('--disable --apply --yes sends PATCH active:false and writes the audit log', async () => {
    const r = await cli(['audit-hooks', ORG, ...apiArgs(), '--disable', '--apply', '--yes', '--audit-log', 'audit.jsonl']);
    expect(r.code, r.stderr).toBe(1);
    const patches = gh.requests((q) => q.method === 'PATCH');
    expect(patches.map((q) => [q.path, JSON.parse(q.body)])).toEqual([
      ['/api/v3/orgs/acme/hooks/1', { active: false }],
      ['/api/v3/repos/acme/api/hooks/11', { active: false }],
      ['/api/v3/repos/acme/infra/hooks/13', { active: false }],
    ]);
    const log = readFileSync(join(root, 'audit.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as AuditEntry);
    expect(log.map((e) => [e.fingerprint, e.provider, e.action, e.outcome, e.httpStatus])).toEqual([
      ['hook:acme:1', 'github', 'disable', 'disabled', 200],
      ['hook:acme/api:11', 'github', 'disable', 'disabled', 200],
      ['hook:acme/infra:13', 'github', 'disable', 'disabled', 200],
      ['hook:acme/legacy:14', 'github', 'disable', 'skipped', undefined],
    ]);
    for (const e of log) {
      expect(Date.parse(e.time)).not.toBeNaN();
      for (const u of fabricated) expect(e.detail).not.toContain(u);
    }
    expect(r.stderr).toContain('4 changes recorded in audit.jsonl');
    expect(gh.orgHooks.find((h) => h.id === 1)!.active).toBe(false);
  });

  it('--delete --apply --yes --rules deletes only the hooks of those rules', async () => {
    const r = await cli(['audit-hooks', ORG, ...apiArgs(), '--delete', '--rules', 'github-hook-capture-service', '--apply', '--yes', '--audit-log', 'audit.jsonl', '-f', 'json']);
    expect(r.code, r.stderr).toBe(1);
    const doc = JSON.parse(r.stdout) as { plan: { auditId: string }[]; applied: AuditEntry[] };
    expect(doc.plan.map((p) => p.auditId)).toEqual(['hook:acme:1', 'hook:acme/legacy:14']);
    expect(gh.requests((q) => q.method === 'DELETE').map((q) => q.path)).toEqual(['/api/v3/orgs/acme/hooks/1', '/api/v3/repos/acme/legacy/hooks/14']);
    expect(doc.applied.map((e) => [e.outcome, e.httpStatus])).toEqual([
      ['deleted', 204],
      ['deleted', 204],
    ]);
    expect(gh.orgHooks.map((h) => h.id)).toEqual([2]);
    const log = readFileSync(join(root, 'audit.jsonl'), 'utf8').trim().split('\n');
    expect(log).toHaveLength(6);
  });

  it('needs a token, and says which scopes when nothing can be read', async () => {
    const none = await cli(['audit-hooks', ORG, ...apiArgs()], {});
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('no token: set GITHUB_TOKEN');
    const wrong = await cli(['audit-hooks', ORG, ...apiArgs()], { GITHUB_TOKEN: 'wrong-token-value' });
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('rejected the token');
    expect(wrong.stderr).not.toContain('wrong-token-value');
  });
});
