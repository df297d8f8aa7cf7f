import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cli } from '../support/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'hookscan-completion-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function script(shell: string): Promise<string> {
  const r = await cli(['completion', shell], dir);
  expect(r.code).toBe(0);
  return r.stdout;
}

/** Runs the bash completion function on a command line (the last word is being completed). */
function complete(bashScript: string, words: string[]): string[] {
  const file = join(dir, 'hookscan.bash');
  writeFileSync(file, bashScript);
  const arr = words.map((w) => `'${w}'`).join(' ');
  const r = spawnSync('bash', ['-c', `source ${file}; COMP_WORDS=(${arr}); COMP_CWORD=${words.length - 1}; _hookscan_completion; printf '%s\\n' "\${COMPREPLY[@]}"`], { encoding: 'utf8', cwd: dir });
  expect(r.stderr).toBe('');
  return r.stdout.split('\n').filter(Boolean);
}

const hasBash = spawnSync('bash', ['--version']).status === 0;

describe('hookscan completion', () => {
  it.skipIf(!hasBash)('bash: completes commands, options and option choices from the program', async () => {
    const s = await script('bash');
    expect(complete(s, ['hookscan', 'sc'])).toEqual(['scan']);
    expect(complete(s, ['hookscan', 'scan', '--his'])).toEqual(['--history']);
    expect(complete(s, ['hookscan', 'scan', '--format', 's'])).toEqual(['sarif']);
    expect(complete(s, ['hookscan', 'completion', ''])).toEqual(expect.arrayContaining(['--help']));
    expect(spawnSync('bash', ['-n', join(dir, 'hookscan.bash')]).status).toBe(0);
  });

  it('zsh: loads the bash completion through bashcompinit', async () => {
    const s = await script('zsh');
    expect(s.startsWith('#compdef hookscan\n')).toBe(true);
    expect(s).toContain('bashcompinit');
    expect(s).toContain('complete -o default -F _hookscan_completion hookscan');
  });

  it('fish: one line per command and option, choices included', async () => {
    const s = await script('fish');
    expect(s).toContain("complete -c hookscan -f -n '__fish_use_subcommand' -a scan ");
    expect(s).toMatch(/complete -c hookscan -n '__fish_seen_subcommand_from scan' -s f -l format -r -f -a '[^']*sarif[^']*'/);
    expect(s).toContain("-l history ");
  });

  it('rejects an unknown shell', async () => {
    const r = await cli(['completion', 'powershell'], dir);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/bash, zsh, fish/);
  });
});
