// Windows: findings, SARIF URIs and baselines name files with forward slashes, relative to the scan
// root, so reports from Windows and Linux runners agree; CRLF files give the same lines and columns
// as LF files.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, win32 } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { portableRelative, toPortablePath } from '../../src/sources/portable-path.js';
import { cli } from '../support/cli.js';
import { webhook } from '../support/fabricate.js';

const dir = mkdtempSync(join(tmpdir(), 'hookscan-portable-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('portable paths', () => {
  it('turns Windows paths under the scan root into forward-slash relative paths', () => {
    expect(portableRelative('C:\\work\\repo', 'C:\\work\\repo\\src\\lib\\a.js', win32)).toBe('src/lib/a.js');
    expect(portableRelative('C:\\work\\repo', 'C:\\work\\other\\b.js', win32)).toBe('../other/b.js');
    expect(portableRelative('C:\\work\\repo', 'c:\\work\\repo\\x.ps1', win32)).toBe('x.ps1');
    expect(toPortablePath('src\\a b\\c.js', win32)).toBe('src/a b/c.js');
  });

  it('leaves POSIX paths alone (a backslash is a file-name character there)', () => {
    expect(toPortablePath('odd\\name.js')).toBe('odd\\name.js');
    expect(portableRelative('/repo', '/repo/src/a.js')).toBe('src/a.js');
  });

  it('SARIF URIs and JSON paths of nested files use forward slashes', async () => {
    const root = join(dir, 'nested');
    mkdirSync(join(root, 'src', 'deep'), { recursive: true });
    writeFileSync(join(root, 'src', 'deep', 'n.js'), `const u = "${webhook('slack').url}";\n`);
    const json = JSON.parse((await cli(['scan', '--format', 'json', '.'], root)).stdout) as { findings: { locations: { path: string }[] }[] };
    expect(json.findings[0].locations[0].path).toBe('src/deep/n.js');
    const sarif = JSON.parse((await cli(['scan', '--format', 'sarif', '.'], root)).stdout) as { runs: { results: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[] };
    expect(sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe('src/deep/n.js');
  });
});

describe('CRLF files', () => {
  it('report the same lines and columns as the LF file', async () => {
    const a = webhook('slack');
    const b = webhook('discord');
    const c = webhook('microsoft-teams');
    const lines = [
      '// notifier',
      `const a = "${a.url}";`,
      '',
      `\tpost('${b.url}', { body: 'é — ü' });`,
      `const split = "${c.url.slice(0, 30)}" +`,
      `  "${c.url.slice(30)}";`,
      `const b64 = "${Buffer.from(a.url.replace('hooks', 'hooks')).toString('base64')}";`,
    ];
    const lf = join(dir, 'lf');
    const crlf = join(dir, 'crlf');
    mkdirSync(lf);
    mkdirSync(crlf);
    writeFileSync(join(lf, 'n.js'), `${lines.join('\n')}\n`);
    writeFileSync(join(crlf, 'n.js'), `${lines.join('\r\n')}\r\n`);
    const where = async (root: string) => {
      const r = JSON.parse((await cli(['scan', '--format', 'json', '.'], root)).stdout) as { findings: { ruleId: string; locations: { line: number; column: number; endLine: number; endColumn: number; parts?: unknown[] }[] }[] };
      return r.findings.flatMap((f) => f.locations.map((l) => ({ rule: f.ruleId, ...l }))).sort((x, y) => x.line - y.line || x.column - y.column);
    };
    const fromLf = await where(lf);
    expect(fromLf.length).toBeGreaterThanOrEqual(3);
    expect(await where(crlf)).toEqual(fromLf);
  });
});
