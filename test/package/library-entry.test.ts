// The library entry (`import … from 'hookscan'`) is the library: it does not export the CLI's `run`
// and importing it does not load commander (the CLI's argument parser).
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

describe('the library entry', () => {
  it('exports the library and not the CLI, and loads no commander', () => {
    const out = execFileSync(
      process.execPath,
      ['--input-type=module', '-e', "const m = await import('./dist/index.js'); const { createRequire } = await import('node:module'); const cache = Object.keys(createRequire(import.meta.url).cache); console.log(JSON.stringify({ run: 'run' in m, scan: typeof m.scan, commander: cache.filter((k) => k.includes('commander')).length }));"],
      { cwd: ROOT, encoding: 'utf8' },
    );
    expect(JSON.parse(out)).toEqual({ run: false, scan: 'function', commander: 0 });
  });

  it('is small: only the documented API (scan, verify, revocation, reporters, configuration, errors)', () => {
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', "const m = await import('./dist/index.js'); console.log(JSON.stringify(Object.keys(m).sort()))"], { cwd: ROOT, encoding: 'utf8' });
    // Adding a name here is a public-API decision: document it in the README's library section.
    expect(JSON.parse(out)).toEqual(
      [
        'ConfigError', 'DEFAULT_VERIFY_TIMEOUT_MS', 'EXIT', 'EnvironmentError', 'FORMATS', 'GitSource', 'HookscanError',
        'REVOKE_CREDENTIALS', 'REVOKE_FORMATS', 'UsageError', 'VERSION', 'applyRevocation', 'describeError',
        'findingsFromReport', 'fromJsonReport', 'loadConfig', 'loadPatternFiles', 'loadProviders', 'mergeResults', 'parseConfig',
        'planRevocation', 'render', 'renderJson', 'renderPlan', 'renderSarif', 'renderText', 'scan', 'verify',
      ].sort(),
    );
  });
});
