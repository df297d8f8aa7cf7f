// The GitHub Action, run as a runner runs it: the committed bundle under Node 24, copied away from
// the repository's node_modules, with real event payloads, against temporary repositories whose
// base already holds one webhook and whose head adds another. Secrets are fabricated at run time.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FABRICATE } from '../support/fabricate.js';
import { startFakeProvider } from '../support/fake-provider.js';
import {
  ROOT,
  SCHEDULE_PAYLOAD,
  fullCheckout,
  git,
  installAction,
  makeOrigin,
  node24,
  pullRequestPayload,
  pushPayload,
  readActionYml,
  runAction,
  runActionAsync,
  shallowCheckout,
  type Origin,
  type RunResult,
} from './runner.js';

const ZERO = '0'.repeat(40);
let tmp: string;
let action: string;
let origin: Origin;
/** The secret parts of the two fabricated URLs (what must never reach a log unmasked). */
let existingSecret: string;
let addedSecret: string;

function secretOf(url: string): string {
  // Slack: T…/B…/token; Discord: id/token — everything after the fixed path prefix.
  return url.replace(/^https:\/\/hooks\.slack\.com\/services\//, '').replace(/^https:\/\/discord\.com\/api\/webhooks\//, '');
}

let counter = 0;
function workspace(): string {
  return join(tmp, `ws-${++counter}`);
}

/** stdout lines that are not `::add-mask::`: every line once masking is set up. */
function unmaskedLines(r: RunResult): string[] {
  return r.stdout.split('\n').filter((l) => !l.startsWith('::add-mask::'));
}

function expectMasked(r: RunResult, secrets: string[]): void {
  const lines = r.stdout.split('\n').filter(Boolean);
  const firstOther = lines.findIndex((l) => !l.startsWith('::add-mask::'));
  // The masks come first, before anything else is printed.
  expect(lines.slice(firstOther).some((l) => l.startsWith('::add-mask::'))).toBe(false);
  for (const s of secrets) {
    expect(lines.slice(0, firstOther).some((l) => l.includes(s)), `no ::add-mask:: line for a secret`).toBe(true);
    expect(unmaskedLines(r).join('\n')).not.toContain(s);
    expect(r.stderr).not.toContain(s);
    expect(r.summary).not.toContain(s);
    if (r.sarifPath) expect(readFileSync(r.sarifPath, 'utf8')).not.toContain(s);
  }
}

function annotations(r: RunResult): string[] {
  return r.stdout.split('\n').filter((l) => l.startsWith('::error '));
}

function expectNoStackTrace(r: RunResult): void {
  expect(`${r.stdout}\n${r.stderr}`).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
}

beforeAll(() => {
  node24();
  tmp = mkdtempSync(join(tmpdir(), 'hookscan-action-test-'));
  action = installAction();
  const existing = FABRICATE.slack();
  const added = FABRICATE.discord();
  existingSecret = secretOf(existing);
  addedSecret = secretOf(added);
  origin = makeOrigin(tmp, existing, added);
}, 180_000);

afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
  rmSync(action, { recursive: true, force: true });
});

describe('action.yml', () => {
  it('is a node24 JavaScript action whose main is the committed bundle, every input with a default', () => {
    const yml = readActionYml();
    expect(yml.runs.using).toBe('node24');
    expect(yml.runs.main).toBe('dist-action/index.js');
    expect(existsSync(join(ROOT, yml.runs.main))).toBe(true);
    expect(Object.keys(yml.inputs).sort()).toEqual(['baseline', 'config', 'fail-on', 'mode', 'paths', 'range', 'redact', 'sarif-file', 'verify']);
    for (const [name, spec] of Object.entries(yml.inputs)) expect(spec.default, name).toBeTypeOf('string');
    expect(yml.inputs.verify.default).toBe('false');
    expect(yml.inputs['fail-on'].default).toBe('any');
    expect(yml.inputs.redact.default).toBe('true');
    expect(Object.keys(yml.outputs).sort()).toEqual(['findings', 'live', 'sarif']);
  });
});

describe('pull_request', () => {
  it('scans only the pull request commits of a shallow merge checkout: the pre-existing webhook is not reported', () => {
    const ws = shallowCheckout(origin, workspace(), 'refs/pull/7/merge', origin.merge);
    expect(git(ws, 'rev-parse', '--is-shallow-repository')).toBe('true');
    const r = runAction(action, { workspace: ws, eventName: 'pull_request', payload: pullRequestPayload(origin) });
    expectNoStackTrace(r);
    expect(r.code, r.stdout + r.stderr).toBe(1);
    expect(r.outputs.findings).toBe('1');
    expect(r.outputs.live).toBe('0');
    expect(r.outputs.sarif).toMatch(/hookscan\.sarif$/);
    expect(r.stdout).toContain('regex engine: re2 (native)');
    expect(r.stdout).toMatch(/fetched \d+ commits of history/);

    // One annotation, on the added line.
    const ann = annotations(r);
    expect(ann).toHaveLength(1);
    expect(ann[0]).toMatch(new RegExp(`^::error file=src/notify\\.js,line=${origin.addedLine},col=\\d+,`));
    expect(ann[0]).toContain('title=hookscan%3A Discord');
    expect(ann[0]).toContain('rule discord-webhook');

    // The job summary: a redacted table.
    expect(r.summary).toContain('hookscan: 1 webhook URL found');
    expect(r.summary).toContain('| Provider | Rule | Location | URL (redacted) | Verdict | Remediation |');
    const row = r.summary.split('\n').find((l) => l.startsWith('| Discord'));
    expect(row).toBeDefined();
    expect(row).toContain('`discord-webhook`');
    expect(row).toContain(`\`src/notify.js:${origin.addedLine}\` @ \`${origin.head.slice(0, 7)}\``);
    expect(row).toContain('not verified');
    expect(row).toMatch(/Delete the webhook/);
    expect(r.summary).not.toContain('Slack');

    // The SARIF file for upload-sarif.
    expect(r.sarif?.runs[0].results).toHaveLength(1);
    const res = r.sarif!.runs[0].results[0];
    expect(res.ruleId).toBe('discord-webhook');
    expect(res.locations[0].physicalLocation.artifactLocation.uri).toBe('src/notify.js');
    expect(res.locations[0].physicalLocation.region.startLine).toBe(origin.addedLine);

    // Masking: the secret only ever appears inside ::add-mask:: lines, which come first.
    expectMasked(r, [addedSecret]);
    expect(r.stdout).not.toContain(existingSecret);
  });

  it('works on a full checkout (fetch-depth: 0) without fetching', () => {
    const ws = fullCheckout(origin, workspace(), origin.merge);
    const r = runAction(action, { workspace: ws, eventName: 'pull_request', payload: pullRequestPayload(origin) });
    expect(r.code, r.stdout + r.stderr).toBe(1);
    expect(r.outputs.findings).toBe('1');
    expect(r.stdout).not.toContain('fetched');
    expectMasked(r, [addedSecret]);
  });

  it('a fork pull request (read-only token) still reports, with a notice about code scanning uploads', () => {
    const ws = shallowCheckout(origin, workspace(), 'refs/pull/7/merge', origin.merge);
    const r = runAction(action, { workspace: ws, eventName: 'pull_request', payload: pullRequestPayload(origin, { headRepo: 'someone/webapp' }) });
    expect(r.code, r.stdout + r.stderr).toBe(1);
    expect(r.outputs.findings).toBe('1');
    expect(r.stdout).toMatch(/^::notice title=hookscan::a pull request from a fork/m);
    expectMasked(r, [addedSecret]);
  });

  it('an empty pull request: a clear message, exit 0, an empty SARIF file', () => {
    const ws = shallowCheckout(origin, workspace(), 'refs/pull/7/merge', origin.merge);
    const r = runAction(action, { workspace: ws, eventName: 'pull_request', payload: pullRequestPayload(origin, { commits: 0, head: origin.base }) });
    expectNoStackTrace(r);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toContain('nothing to scan: the pull request has no commits of its own');
    expect(r.outputs.findings).toBe('0');
    expect(r.summary).toContain('hookscan: nothing to scan');
    expect(r.sarif?.runs[0].results).toEqual([]);
  });

  it('fail-on none reports without failing', () => {
    const ws = fullCheckout(origin, workspace(), origin.merge);
    const r = runAction(action, { workspace: ws, eventName: 'pull_request', payload: pullRequestPayload(origin), inputs: { 'fail-on': 'none' } });
    expect(r.code).toBe(0);
    expect(r.outputs.findings).toBe('1');
    expect(annotations(r)).toHaveLength(1);
  });

  it('no checkout (not a git repository): says to add actions/checkout, exit 2, no stack trace', () => {
    const ws = workspace();
    mkdirSync(ws);
    writeFileSync(join(ws, 'app.js'), 'console.log(1);\n');
    const r = runAction(action, { workspace: ws, eventName: 'pull_request', payload: pullRequestPayload(origin) });
    expectNoStackTrace(r);
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(/^::error title=hookscan::hookscan: .* is not a git repository .*actions\/checkout/m);
  });

  it('a shallow checkout that cannot fetch (no origin): says to set fetch-depth: 0, exit 2', () => {
    const ws = shallowCheckout(origin, workspace(), 'refs/pull/7/merge', origin.merge);
    git(ws, 'remote', 'remove', 'origin');
    const r = runAction(action, { workspace: ws, eventName: 'pull_request', payload: pullRequestPayload(origin) });
    expectNoStackTrace(r);
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(/^::error title=hookscan::.*fetch-depth: 0/m);
  });

  it('a missing git history on origin: a clear message, exit 2', () => {
    const ws = shallowCheckout(origin, workspace(), 'refs/pull/7/merge', origin.merge);
    const r = runAction(action, { workspace: ws, eventName: 'pull_request', payload: pullRequestPayload(origin, { head: 'f'.repeat(40) }) });
    expectNoStackTrace(r);
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(/^::error title=hookscan::.*fetch-depth: 0/m);
  });
});

describe('push', () => {
  it('scans the pushed range before..after of a shallow branch checkout', () => {
    const ws = shallowCheckout(origin, workspace(), 'refs/heads/feature', origin.head);
    const r = runAction(action, { workspace: ws, eventName: 'push', payload: pushPayload(origin) });
    expect(r.code, r.stdout + r.stderr).toBe(1);
    expect(r.outputs.findings).toBe('1');
    expect(annotations(r)[0]).toMatch(/^::error file=src\/notify\.js,line=3,/);
    expectMasked(r, [addedSecret]);
    expect(r.stdout).not.toContain(existingSecret);
  });

  it('a new branch: the commits no other branch has', () => {
    const ws = shallowCheckout(origin, workspace(), 'refs/heads/feature', origin.head);
    const r = runAction(action, { workspace: ws, eventName: 'push', payload: pushPayload(origin, { before: ZERO, created: true }) });
    expect(r.code, r.stdout + r.stderr).toBe(1);
    expect(r.outputs.findings).toBe('1');
    expect(r.summary).toContain('new branch feature');
    expectMasked(r, [addedSecret]);
    expect(r.stdout).not.toContain(existingSecret);
  });

  it('a deleted branch scans nothing', () => {
    const ws = shallowCheckout(origin, workspace(), 'refs/heads/main', origin.base);
    const payload = { ...pushPayload(origin), after: ZERO, deleted: true };
    const r = runAction(action, { workspace: ws, eventName: 'push', payload });
    expect(r.code).toBe(0);
    expect(r.outputs.findings).toBe('0');
    expect(r.stdout).toContain('nothing to scan');
  });
});

describe('schedule and workflow_dispatch', () => {
  it('a scheduled run scans the full history: the pre-existing webhook is reported too', () => {
    // The default checkout on a schedule: the default branch, one commit; hookscan fetches the rest.
    const ws = shallowCheckout(origin, workspace(), 'refs/heads/main', origin.base);
    const r = runAction(action, { workspace: ws, eventName: 'schedule', payload: SCHEDULE_PAYLOAD });
    expectNoStackTrace(r);
    expect(r.code, r.stdout + r.stderr).toBe(1);
    expect(r.outputs.findings).toBe('2');
    expect(r.stdout).toContain('fetched the full history');
    const files = annotations(r).map((l) => /file=([^,]+)/.exec(l)![1]).sort();
    expect(files).toEqual(['config/settings.env', 'src/notify.js']);
    expect(r.summary).toContain('| Slack |');
    expect(r.summary).toContain('| Discord |');
    expect(r.sarif?.runs[0].results.map((x) => x.ruleId).sort()).toEqual(['discord-webhook', 'slack-incoming-webhook']);
    expectMasked(r, [existingSecret, addedSecret]);
  });

  it('workflow_dispatch with mode worktree scans the files of the checkout', () => {
    const ws = fullCheckout(origin, workspace(), origin.base);
    const r = runAction(action, { workspace: ws, eventName: 'workflow_dispatch', payload: { inputs: {} }, inputs: { mode: 'worktree' } });
    expect(r.code, r.stdout + r.stderr).toBe(1);
    expect(r.outputs.findings).toBe('1');
    expect(annotations(r)[0]).toMatch(/^::error file=config\/settings\.env,line=2,/);
    expectMasked(r, [existingSecret]);
  });

  it('an explicit range input overrides the event', () => {
    const ws = fullCheckout(origin, workspace(), origin.head);
    const r = runAction(action, { workspace: ws, eventName: 'schedule', payload: SCHEDULE_PAYLOAD, inputs: { range: `${origin.base}..${origin.head}` } });
    expect(r.code, r.stdout + r.stderr).toBe(1);
    expect(r.outputs.findings).toBe('1');
  });

  it('a baseline suppresses known findings; a bad input is a usage error', () => {
    const ws = fullCheckout(origin, workspace(), origin.base);
    const first = runAction(action, { workspace: ws, eventName: 'schedule', payload: SCHEDULE_PAYLOAD });
    const fps = first.sarif!.runs[0].results.map((x) => x.properties.fingerprint);
    writeFileSync(join(ws, 'baseline.json'), JSON.stringify({ version: 1, findings: fps.map((fingerprint) => ({ fingerprint })) }));
    const again = runAction(action, { workspace: ws, eventName: 'schedule', payload: SCHEDULE_PAYLOAD, inputs: { baseline: 'baseline.json' } });
    expect(again.code, again.stdout).toBe(0);
    expect(again.outputs.findings).toBe('0');
    const bad = runAction(action, { workspace: ws, eventName: 'schedule', payload: SCHEDULE_PAYLOAD, inputs: { 'fail-on': 'sometimes' } });
    expect(bad.code).toBe(2);
    expect(bad.stdout).toContain("input 'fail-on' must be one of any, live, none");
    expectNoStackTrace(bad);
  });
});

describe('larger scans and report options', () => {
  it('a working tree of many files goes through the bundled worker threads, with either engine', () => {
    const dir = workspace();
    mkdirSync(dir);
    const urls: string[] = [];
    for (let i = 0; i < 600; i++) {
      const url = i % 150 === 0 ? FABRICATE.slack() : '';
      if (url) urls.push(url);
      writeFileSync(join(dir, `f${i}.js`), `export const n = ${i};\n${url ? `const hook = '${url}';\n` : ''}`);
    }
    for (const engine of ['native', 'js']) {
      const r = runAction(action, { workspace: dir, eventName: 'workflow_dispatch', payload: {}, inputs: { mode: 'worktree' }, env: { HOOKSCAN_REGEX_ENGINE: engine, NODE_DEBUG: 'worker' } });
      expect(r.code, r.stdout + r.stderr).toBe(1);
      expect(r.outputs.findings).toBe(String(urls.length));
      expect(r.stderr).toMatch(/create new worker .*dist-action[\\/]worker\.js/);
      expectMasked(r, urls.map(secretOf));
    }
  }, 60_000);

  it('redact: false puts full URLs in the SARIF file only; the log and the summary stay redacted', () => {
    const ws = fullCheckout(origin, workspace(), origin.merge);
    const r = runAction(action, { workspace: ws, eventName: 'pull_request', payload: pullRequestPayload(origin), inputs: { redact: 'false' } });
    expect(r.code).toBe(1);
    expect(readFileSync(r.sarifPath!, 'utf8')).toContain(addedSecret);
    expect(unmaskedLines(r).join('\n')).not.toContain(addedSecret);
    expect(r.summary).not.toContain(addedSecret);
  });
});

describe('verify', () => {
  it('verify: true asks the provider (here a fake Discord on 127.0.0.1 through verify-origins); fail-on live fails on a live URL', async () => {
    const discord = await startFakeProvider('discord');
    try {
      discord.set(addedSecret, 'live');
      const ws = fullCheckout(origin, workspace(), origin.merge);
      writeFileSync(join(ws, '.hookscan.yaml'), `verify-origins:\n  discord: ${discord.origin}\n`);
      const r = await runActionAsync(action, { workspace: ws, eventName: 'pull_request', payload: pullRequestPayload(origin), inputs: { verify: 'true', 'fail-on': 'live' } });
      expectNoStackTrace(r);
      expect(r.code, r.stdout + r.stderr).toBe(1);
      expect(r.outputs).toMatchObject({ findings: '1', live: '1' });
      expect(annotations(r)[0]).toContain('Verification: live.');
      expect(r.summary.split('\n').find((l) => l.startsWith('| Discord'))).toContain('**live**');
      expect(discord.log.every((q) => q.method === 'GET')).toBe(true);
      expectMasked(r, [addedSecret]);
    } finally {
      await discord.close();
    }
  });

  it("fail-on live without verify is a usage error", () => {
    const ws = fullCheckout(origin, workspace(), origin.merge);
    const r = runAction(action, { workspace: ws, eventName: 'pull_request', payload: pullRequestPayload(origin), inputs: { 'fail-on': 'live' } });
    expect(r.code).toBe(2);
    expect(r.stdout).toContain("fail-on 'live' needs verify: true");
  });
});

describe('the fallback regex engine (re2js, for runners without the native addon)', () => {
  it('finds the same webhooks as the native re2 in history and in every pattern example', async () => {
    const ws = fullCheckout(origin, workspace(), origin.base);
    const native = runAction(action, { workspace: ws, eventName: 'schedule', payload: SCHEDULE_PAYLOAD });
    const js = runAction(action, { workspace: ws, eventName: 'schedule', payload: SCHEDULE_PAYLOAD, env: { HOOKSCAN_REGEX_ENGINE: 'js' } });
    expect(js.stdout).toContain('regex engine: re2js');
    expect(js.outputs.findings).toBe(native.outputs.findings);

    // Every example of every pattern file, one file each, scanned by both engines.
    const { loadProviders } = await import('../../src/patterns/index.js');
    const dir = workspace();
    mkdirSync(dir);
    let n = 0;
    for (const p of loadProviders().flatMap((x) => x.patterns)) {
      for (const e of p.examples) writeFileSync(join(dir, `${p.id}-${++n}.txt`), `${e.text}\n`);
      for (const ne of p.negativeExamples) writeFileSync(join(dir, `${p.id}-neg-${++n}.txt`), `${ne}\n`);
    }
    const key = (r: RunResult) =>
      r.sarif!.runs[0].results.map((x) => `${x.ruleId} ${x.properties.fingerprint} ${x.locations[0].physicalLocation.artifactLocation.uri}:${x.locations[0].physicalLocation.region.startLine}`).sort();
    const a = runAction(action, { workspace: dir, eventName: 'workflow_dispatch', payload: {}, inputs: { mode: 'worktree', 'fail-on': 'none' } });
    const b = runAction(action, { workspace: dir, eventName: 'workflow_dispatch', payload: {}, inputs: { mode: 'worktree', 'fail-on': 'none' }, env: { HOOKSCAN_REGEX_ENGINE: 'js' } });
    expect(a.code, a.stdout).toBe(0);
    expect(key(a).length).toBeGreaterThan(50);
    expect(key(b)).toEqual(key(a));
  }, 120_000);
});
