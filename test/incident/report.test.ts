// A scripted incident: a webhook leaked in git history, scanned with --history, seen in a proxy log (the
// logs report shape), revoked against the fake Discord; `hookscan report` must rebuild its timeline.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cli } from '../support/cli.js';
import { fabricate } from '../support/fabricate.js';
import { fakeDiscord, type FakeAdmin } from '../revoke/fake-admin.js';
import type { Incident } from '../../src/incident/index.js';
import { recogniseInput } from '../../src/incident/index.js';

const EXPOSED = '2026-01-01T00:00:00.000Z';
const LOGGED = '2026-01-02T06:00:00.000Z';
const DETECTED = '2026-01-03T00:00:00.000Z';

describe('hookscan report on a scripted incident', () => {
  const dir = mkdtempSync(join(tmpdir(), 'hookscan-incident-'));
  let discord: FakeAdmin | undefined;
  afterAll(async () => {
    await discord?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('gives the timeline, TTD and TTC, and every export stays redacted', async () => {
    discord = await fakeDiscord();
    const { url, finding } = fabricate('discord');
    discord.set(finding.secret, 'live');
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd: dir, env: { ...process.env, GIT_AUTHOR_DATE: EXPOSED, GIT_COMMITTER_DATE: EXPOSED } });
    git('init', '-q');
    writeFileSync(join(dir, 'notify.py'), `HOOK = "${url}"\n`);
    git('add', '.');
    git('commit', '-qm', 'add notifier');
    writeFileSync(join(dir, 'notify.py'), 'HOOK = os.environ["HOOK"]\n');
    git('commit', '-qam', 'move to env');
    const net = ['--verify-origin', `discord=${discord.origin}`];
    expect((await cli(['scan', '--history', '-f', 'json', '-o', 'history.json'], dir)).code).toBe(1);
    utimesSync(join(dir, 'history.json'), new Date(DETECTED), new Date(DETECTED));
    expect((await cli(['scan', '--history', '--verify', '--verify-providers', 'discord', ...net, '-f', 'json', '--no-redact', '-o', 'findings.json'], dir)).code).toBe(1);
    const revoked = await cli(['revoke', 'findings.json', '--apply', '--yes', '--audit-log', 'incident.jsonl', ...net], dir);
    expect(revoked.stderr).not.toContain(finding.secret);
    const logs = { version: 1, sinks: [{ source: 'squid', domain: 'discord.com', provider: 'discord', kind: 'credential', firstSeen: LOGGED, lastSeen: '2026-01-02T07:00:00.000Z', requests: 12, posts: 12, bytesOut: 4096, bytesIn: 120, beacon: { score: 0.9 }, paths: ['/api/webhooks/…'] }], findings: [], stats: { lines: 100, parsed: 100, skipped: 0, formats: { squid: 100 } } };
    writeFileSync(join(dir, 'proxy.json'), JSON.stringify(logs));

    const r = await cli(['report', 'history.json', 'proxy.json', '--audit-log', 'incident.jsonl', '-f', 'json', '--generated-at', '2026-02-01T00:00:00.000Z'], dir);
    expect(r.code, r.stderr).toBe(0);
    const inc = JSON.parse(r.stdout) as Incident;
    expect(inc.inputs.map((i) => i.kind)).toEqual(['scan', 'logs', 'audit-log']);
    const ind = inc.indicators.find((i) => i.fingerprint === finding.fingerprint)!;
    expect(ind.exposureStart).toBe(EXPOSED);
    expect(ind.firstLogHit).toBe(LOGGED);
    expect(ind.detected).toBe(DETECTED);
    expect(ind.ttd).toBe(2 * 86400_000);
    expect(ind.open).toBe(false);
    const audit = readFileSync(join(dir, 'incident.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { time: string; outcome: string });
    expect(audit[0].outcome).toBe('revoked');
    expect(ind.contained).toBe(audit[0].time);
    expect(ind.ttc).toBe(Date.parse(audit[0].time) - Date.parse(DETECTED));
    expect(inc.timeline.map((e) => e.kind).slice(0, 3)).toEqual(['exposure', 'first-log-hit', 'first-log-hit']);
    expect(inc.timeline.map((e) => e.kind)).toContain('revocation');

    const md = await cli(['report', 'history.json', 'proxy.json', '--audit-log', 'incident.jsonl', '-f', 'markdown'], dir);
    expect(md.stdout).toMatch(/Median time to detect \(TTD\): 2d 0h/);
    expect(md.stdout).toContain('## Lessons learned');
    const ts = await cli(['report', 'history.json', 'proxy.json', '--audit-log', 'incident.jsonl', '-f', 'timesketch'], dir);
    const events = ts.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    for (const e of events) expect(Object.keys(e)).toEqual(expect.arrayContaining(['message', 'datetime', 'timestamp', 'timestamp_desc']));
    const iris = await cli(['report', 'history.json', '--audit-log', 'incident.jsonl', '-f', 'iris'], dir);
    expect((JSON.parse(iris.stdout) as { event_date: string }[])[0].event_date).toBe(EXPOSED.replace('Z', ''));
    for (const out of [r.stdout, md.stdout, ts.stdout, iris.stdout]) expect(out).not.toContain(finding.secret);
  }, 60_000);

  it('rejects an input it does not recognise, with a usage error naming the file', async () => {
    writeFileSync(join(dir, 'other.json'), '{"hello": 1}');
    const r = await cli(['report', 'other.json'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/other\.json: a JSON document hookscan report does not know/);
    expect(() => recogniseInput('x.jsonl', '{"a":1}\n{"b":2}\n')).toThrow(/x\.jsonl:1: not a revocation audit log entry/);
  });
});
