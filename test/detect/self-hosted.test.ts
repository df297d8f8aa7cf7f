// Self-hosted providers (Mattermost, Rocket.Chat): the host is part of a hook's identity — one hook
// id on two servers is two findings, on one server one finding — and a finding shows its own host.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { scanCommand } from '../../src/app/scan.js';
import { webhook } from '../support/fabricate.js';

const dir = mkdtempSync(join(tmpdir(), 'hookscan-selfhosted-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('self-hosted identity', () => {
  it.each(['mattermost', 'rocket-chat'])('%s: the same hook id on two hosts is two findings', async (kind) => {
    const { url } = webhook(kind);
    const u = new URL(url);
    const other = `${u.protocol}//chat.other-${kind}.net${u.pathname}`;
    writeFileSync(join(dir, `${kind}.py`), `A = "${url}"\nB = "${other}"\nC = "${url}"\n`);
    const r = await scanCommand({ paths: [`${kind}.py`], cwd: dir, format: 'json', failOn: 'none', noRedact: true });
    expect(r.result.findings).toHaveLength(2);
    expect(new Set(r.result.findings.map((f) => f.fingerprint)).size).toBe(2);
    expect(r.result.findings.map((f) => new URL(f.url).host).sort()).toEqual([u.host, `chat.other-${kind}.net`].sort());
    const first = r.result.findings.find((f) => new URL(f.url).host === u.host)!;
    expect(first.locations.map((l) => l.line)).toEqual([1, 3]);
  });

  it('other providers keep rule + secret as their identity (baselines of them are unchanged)', async () => {
    const { url } = webhook('discord');
    writeFileSync(join(dir, 'd.py'), `A = "${url}"\nB = "${url.replace('discord.com', 'discordapp.com')}"\n`);
    const r = await scanCommand({ paths: ['d.py'], cwd: dir, format: 'json', failOn: 'none' });
    expect(r.result.findings).toHaveLength(1);
  });
});
