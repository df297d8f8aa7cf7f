// The repository's GitHub workflows and action.yml pass action-validator (the SchemaStore schemas
// for workflows and actions, plus its own checks, compiled to WebAssembly: no binary download),
// and hold what the release process relies on: every external action pinned to a commit, the test
// matrix, the slow tier, the bundle-freshness check, changesets publishing with provenance.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { validateAction, validateWorkflow } from '@action-validator/core';
import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../src/yaml.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DIR = join(ROOT, '.github', 'workflows');
const files = readdirSync(DIR).filter((f) => /\.ya?ml$/.test(f));
const text = (f: string) => readFileSync(join(DIR, f), 'utf8');
type Step = { uses?: string; run?: string; with?: Record<string, unknown>; env?: Record<string, unknown> };
type Job = { steps: Step[]; strategy?: { matrix?: Record<string, unknown[]> }; permissions?: Record<string, string> };
const jobs = (f: string) => (parseYaml(text(f)) as { jobs: Record<string, Job> }).jobs;
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };

describe('GitHub workflows', () => {
  it('has the CI, dogfood and release workflows', () => {
    expect(files.sort()).toEqual(expect.arrayContaining(['ci.yml', 'dogfood.yml', 'release.yml']));
  });

  it.each(files)('%s passes action-validator', (f) => {
    const state = validateWorkflow(text(f));
    expect(state.errors, JSON.stringify(state.errors, null, 2)).toEqual([]);
  });

  it('action.yml passes action-validator', () => {
    // action-validator 0.6.0's schema predates the node24 runtime (GitHub's own actions/checkout v7
    // and setup-node v7 use it): validate the rest with node20 in its place, check `using` apart.
    const action = readFileSync(join(ROOT, 'action.yml'), 'utf8');
    expect(action).toMatch(/^\s+using: node24$/m);
    const state = validateAction(action.replace(/^(\s+using:) node24$/m, '$1 node20'));
    expect(state.errors, JSON.stringify(state.errors, null, 2)).toEqual([]);
  });

  it('the validator rejects a broken workflow (self-test)', () => {
    expect(validateWorkflow('on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    stepz: []\n').errors.length).toBeGreaterThan(0);
  });

  it.each(files)('%s pins every external action to a full commit with a version comment', (f) => {
    const uses = [...text(f).matchAll(/^\s*(?:-\s*)?uses:\s*(\S+)(.*)$/gm)].map((m) => ({ ref: m[1], comment: m[2] }));
    for (const u of uses.filter((x) => !x.ref.startsWith('./'))) {
      expect(u.ref, `${f}: ${u.ref}`).toMatch(/^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/);
      expect(u.comment, `${f}: ${u.ref}`).toMatch(/#\s*v\d/);
    }
  });

  it.each(files)('%s runs only npm scripts that exist', (f) => {
    const runs = Object.values(jobs(f)).flatMap((j) => j.steps.map((s) => s.run ?? '')).join('\n');
    for (const m of runs.matchAll(/npm run ([\w:-]+)/g)) expect(pkg.scripts, `${f}: npm run ${m[1]}`).toHaveProperty(m[1]);
    const cs = Object.values(jobs(f)).flatMap((j) => j.steps).filter((s) => s.uses?.startsWith('changesets/action'));
    for (const s of cs) for (const k of ['version-script', 'publish-script']) {
      const script = /^npm run ([\w:-]+)$/.exec(String(s.with?.[k]))?.[1];
      expect(script && pkg.scripts[script], `${f}: ${k}`).toBeTruthy();
    }
  });

  it('CI runs the default tier on Node 20, 22 and 24 on Linux, macOS and Windows, and the slow tier on Linux', () => {
    const ci = jobs('ci.yml');
    expect(ci.test.strategy?.matrix?.os).toEqual(['ubuntu-latest', 'macos-latest', 'windows-latest']);
    expect(ci.test.strategy?.matrix?.node).toEqual([20, 22, 24]);
    expect(ci.test.steps.map((s) => s.run)).toEqual(expect.arrayContaining(['npm ci', 'npm test']));
    expect(ci.slow.steps.map((s) => s.run)).toContain('npm run test:slow');
    expect(ci.bundle.steps.map((s) => s.run).join('\n')).toMatch(/npm run build:action[\s\S]*git diff --exit-code -- dist-action\//);
  });

  it('dogfood runs the repository’s own Action on pull requests and uploads its SARIF', () => {
    const d = jobs('dogfood.yml').hookscan;
    const own = d.steps.find((s) => s.uses === './');
    expect(own?.with?.['sarif-file']).toBe('hookscan.sarif');
    expect(d.steps.some((s) => s.uses?.startsWith('github/codeql-action/upload-sarif@') && s.with?.sarif_file === 'hookscan.sarif')).toBe(true);
    expect(d.permissions?.['security-events']).toBe('write');
  });

  it('release publishes through changesets with provenance and moves the v1 tag', () => {
    const r = jobs('release.yml').release;
    const cs = r.steps.find((s) => s.uses?.startsWith('changesets/action@'));
    expect(cs?.env?.NPM_CONFIG_PROVENANCE).toBe('true');
    expect(r.permissions?.['id-token']).toBe('write');
    expect(r.steps.map((s) => s.run ?? '').join('\n')).toMatch(/git tag -f v1/);
    expect(readFileSync(join(ROOT, '.changeset', 'config.json'), 'utf8')).toContain('"baseBranch": "main"');
  });
});
