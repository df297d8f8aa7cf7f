// README.md stays true: the quick start, the generated provider table and the scan flag table.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { run } from '../src/cli/index.js';
import { providerTable } from '../src/cli/providers-table.js';
import { loadProviders } from '../src/patterns/index.js';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const README = readFileSync(join(ROOT, 'README.md'), 'utf8');

async function help(argv: string[]): Promise<string> {
  let stdout = '';
  const code = await run(argv, {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: () => true },
    cwd: ROOT,
    env: {},
  });
  expect(code).toBe(0);
  return stdout;
}

/** The flags of a commander help text's Options section: [short?, long] per option, --help excluded. */
function flagsOfHelp(text: string): { short?: string; long: string }[] {
  const options = text.split(/^Options:\s*$/m)[1]?.split(/^\S.*$/m)[0] ?? '';
  const out: { short?: string; long: string }[] = [];
  for (const line of options.split('\n')) {
    const m = /^ {2}(?:(-[A-Za-z]),\s+)?(--[a-z][a-z-]*)/.exec(line);
    if (m && m[2] !== '--help') out.push({ short: m[1], long: m[2] });
  }
  return out;
}

describe('README.md', () => {
  it('opens with the two quick-start commands in the first sh block', () => {
    const first = /```(\w*)\n([\s\S]*?)```/.exec(README);
    expect(first, 'no code block').not.toBeNull();
    expect(first![1]).toBe('sh');
    expect(first![2].trim().split('\n')).toEqual(['npm ci && npx hookscan scan .', 'npm test']);
    // and it is the first thing after the title and the Quick start heading
    const before = README.slice(0, first!.index).trim().split('\n').filter((l) => l.trim());
    expect(before).toEqual(['# hookscan', '## Quick start']);
  });

  it('has the provider table generated from patterns/ (npm run readme)', () => {
    const start = README.indexOf('<!-- PROVIDERS:START');
    const end = README.indexOf('<!-- PROVIDERS:END -->');
    expect(start).toBeGreaterThan(-1);
    expect(end).toBeGreaterThan(start);
    const table = README.slice(README.indexOf('\n', start) + 1, end);
    expect(table, 'README provider table is stale: run npm run readme').toBe(providerTable(loadProviders(), 'markdown'));
  });

  it('documents every flag of hookscan scan --help in its flag table', async () => {
    const flags = flagsOfHelp(await help(['scan', '--help']));
    expect(flags.length).toBeGreaterThanOrEqual(10);
    const section = README.split(/^### `hookscan scan` flags\s*$/m)[1]?.split(/^#/m)[0] ?? '';
    const rows = section.split('\n').filter((l) => l.startsWith('| `'));
    expect(rows.length).toBeGreaterThan(0);
    const missing: string[] = [];
    for (const f of flags) {
      const row = rows.find((r) => new RegExp(`\`[^\`]*${f.long}(?![a-z-])`).test(r));
      if (!row) missing.push(f.long);
      else if (f.short && !row.includes(`${f.short},`)) missing.push(`${f.short} (short for ${f.long})`);
    }
    expect(missing).toEqual([]);
    // and the table documents no flag that --help does not know
    const documented = rows.map((r) => /(--[a-z][a-z-]*)/.exec(r)?.[1]).filter(Boolean);
    expect(documented.filter((d) => !flags.some((f) => f.long === d))).toEqual([]);
  });

  it('lists every command of hookscan --help in its usage block', async () => {
    const text = await help(['--help']);
    const commands = (text.split(/^Commands:\s*$/m)[1] ?? '')
      .split('\n')
      .map((l) => /^ {2}([a-z][a-z-]*)(?: |$)/.exec(l)?.[1])
      .filter((c): c is string => !!c && c !== 'help');
    expect(commands.length).toBeGreaterThanOrEqual(3);
    for (const c of commands) expect(README).toContain(`hookscan ${c}`);
  });
});
