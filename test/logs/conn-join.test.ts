// Zeek conn.log joined to ssl.log/http.log on uid: a TLS upload to a capture service gets the
// volume conn.log counted, whichever file comes first, in TSV and JSON, and beyond the pending map
// through a second pass over the conn log.
import { createReadStream, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { analyzeLogs } from '../../src/logs/index.js';
import { loadProviders } from '../../src/patterns/index.js';
import { cli } from '../support/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'hookscan-connjoin-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const T0 = 1717000000;
const tsv = (path: string, fields: string[], rows: string[][]) =>
  ['#separator \\x09', '#set_separator\t,', '#empty_field\t(empty)', '#unset_field\t-', `#path\t${path}`, `#fields\t${fields.join('\t')}`, ...rows.map((r) => r.join('\t')), '#close\t2024-05-29-12-00-00', ''].join('\n');
const SSL = ['ts', 'uid', 'id.orig_h', 'id.orig_p', 'id.resp_h', 'id.resp_p', 'version', 'server_name', 'established'];
const CONN = ['ts', 'uid', 'id.orig_h', 'id.orig_p', 'id.resp_h', 'id.resp_p', 'proto', 'service', 'duration', 'orig_bytes', 'resp_bytes', 'conn_state'];

function write(noise: number): { ssl: string; conn: string; expectedOut: number } {
  const ssl: string[][] = [];
  const conn: string[][] = [];
  let expectedOut = 0;
  for (let i = 0; i < 3; i++) {
    const uid = `CupLoad${i}x1`;
    ssl.push([`${T0 + i * 60}.000000`, uid, '10.0.0.7', `${50000 + i}`, '203.0.113.5', '443', 'TLSv13', 'webhook.site', 'T']);
    conn.push([`${T0 + i * 60}.000000`, uid, '10.0.0.7', `${50000 + i}`, '203.0.113.5', '443', 'tcp', 'ssl', '12.5', `${5_000_000 + i}`, '4200', 'SF']);
    expectedOut += 5_000_000 + i;
  }
  for (let i = 0; i < noise; i++) conn.push([`${T0 + i}.000000`, `Cnoise${i}`, '10.0.0.9', `${40000 + (i % 20000)}`, '198.51.100.7', '443', 'tcp', 'ssl', '0.1', '500', '900', 'SF']);
  // The sink connections at the end of conn.log, after the noise.
  conn.push(...conn.splice(0, 3));
  return { ssl: tsv('ssl', SSL, ssl), conn: tsv('conn', CONN, conn), expectedOut };
}

type Sink = { domain: string; source: string; bytesOut: number | null; bytesIn: number | null };
const sinkOf = (r: { sinks: Sink[] }) => r.sinks.find((s) => s.domain === 'webhook.site' && s.source === '10.0.0.7');

describe('Zeek conn.log joined on uid', () => {
  const { ssl, conn, expectedOut } = write(10);
  writeFileSync(join(dir, 'ssl.log'), ssl);
  writeFileSync(join(dir, 'conn.log'), conn);

  it('gives a TLS sink the bytes conn.log counted, whichever file comes first', async () => {
    for (const order of [['ssl.log', 'conn.log'], ['conn.log', 'ssl.log']]) {
      const r = JSON.parse((await cli(['logs', ...order, '-f', 'json'], dir)).stdout) as { sinks: Sink[]; stats: { connectionsJoined: number } };
      expect(sinkOf(r)?.bytesOut, order.join(' ')).toBe(expectedOut);
      expect(sinkOf(r)?.bytesIn).toBe(3 * 4200);
      expect(r.stats.connectionsJoined).toBe(3);
    }
  });

  it('reads Zeek JSON the same way', async () => {
    const toJson = (text: string) =>
      text.split('\n').filter((l) => l && !l.startsWith('#')).map((l) => {
        const cols = l.split('\t');
        const fields = text.includes('#path\tconn') ? CONN : SSL;
        return JSON.stringify(Object.fromEntries(fields.map((f, i) => [f, /^\d+(\.\d+)?$/.test(cols[i]) && f !== 'uid' ? Number(cols[i]) : cols[i]])));
      }).join('\n') + '\n';
    writeFileSync(join(dir, 'conn.json'), toJson(conn));
    writeFileSync(join(dir, 'ssl.json'), toJson(ssl));
    const r = JSON.parse((await cli(['logs', 'conn.json', 'ssl.json', '-f', 'json'], dir)).stdout) as { sinks: Sink[] };
    expect(sinkOf(r)?.bytesOut).toBe(expectedOut);
  });

  it('joins beyond the pending map through a second pass over the conn log', async () => {
    const big = write(500);
    writeFileSync(join(dir, 'conn-big.log'), big.conn);
    writeFileSync(join(dir, 'ssl-big.log'), big.ssl);
    const providers = loadProviders();
    const input = (name: string) => ({ name, bytes: createReadStream(join(dir, name)), reopen: () => createReadStream(join(dir, name)) });
    const r = await analyzeLogs([input('conn-big.log'), input('ssl-big.log')], { providers, patterns: providers.flatMap((p) => p.patterns), maxPendingConn: 50 });
    const s = r.sinks.find((x) => x.domain === 'webhook.site' && x.source === '10.0.0.7');
    expect(s?.bytesOut).toBe(big.expectedOut);
    expect(r.stats.connectionsJoined).toBe(3);
  });
});
