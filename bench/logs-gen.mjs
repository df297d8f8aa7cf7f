#!/usr/bin/env node
/** Writes a Squid native access log of about SIZE bytes (default 1 GB) for the logs benchmark. Usage: node bench/logs-gen.mjs FILE [SIZE_MB] */
import { createWriteStream } from 'node:fs';
const [file, mb = '1024'] = process.argv.slice(2);
const target = Number(mb) * 1024 * 1024;
const hosts = ['www.example.com', 'github.com', 'registry.npmjs.org', 'cdn.example.net', 'api.example.org', 'www.wikipedia.org', 'hooks.slack.com', 'webhook.site', 'discord.com'];
const out = createWriteStream(file);
let written = 0;
let i = 0;
function more() {
  let ok = true;
  while (ok && written < target) {
    const rows = [];
    for (let k = 0; k < 2000; k++, i++) {
      const h = hosts[i % 97 === 0 ? 6 + (i % 3) : i % 6];
      rows.push(`${1717000000 + Math.floor(i / 50)}.${String(i % 1000).padStart(3, '0')}    ${i % 900} 10.0.${(i >> 8) & 255}.${i & 255} TCP_MISS/200 ${(i * 37) % 65536} ${i % 5 ? 'GET' : 'POST'} https://${h}/path/${i % 1000}/item?q=${i % 77} - HIER_DIRECT/203.0.113.${i % 250} text/html`);
    }
    const chunk = rows.join('\n') + '\n';
    written += chunk.length;
    ok = out.write(chunk);
  }
  if (written < target) out.once('drain', more);
  else out.end();
}
more();
