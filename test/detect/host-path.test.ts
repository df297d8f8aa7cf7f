// Host and path apart: the host in one literal or option, the path with the key in another, or a
// raw HTTP request — put together and reported as a split URL with both pieces; placeholders not.
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { Detector } from '../../src/detect/index.js';
import { loadProviders } from '../../src/patterns/index.js';

const detector = new Detector(loadProviders().flatMap((p) => p.patterns));
const key = () => randomBytes(16).toString('base64url').slice(0, 22);
const find = (text: string) => detector.detect(Buffer.from(text));

describe('host and path apart', () => {
  it.each([
    ['Python http.client', (k: string) => `conn = http.client.HTTPSConnection("maker.ifttt.com")\nconn.request("POST", "/trigger/door_open/with/key/${k}", body)\n`],
    ['Node options object', (k: string) => `const options = { hostname: 'maker.ifttt.com', path: '/trigger/door_open/with/key/${k}', method: 'POST' };\nhttps.request(options, cb).end(data);\n`],
    ['a raw HTTP request', (k: string) => `POST /trigger/door_open/with/key/${k} HTTP/1.1\r\nHost: maker.ifttt.com\r\nContent-Type: application/json\r\n\r\n{}\r\n`],
    ['two constants', (k: string) => `HOST = "maker.ifttt.com"\nPATH = "/trigger/door_open/with/key/${k}"\nrequests.post("https://" + HOST + PATH)\n`],
  ])('%s', (_name, make) => {
    const k = key();
    const text = make(k);
    const found = find(text).filter((m) => m.ruleId === 'ifttt-webhooks-key');
    expect(found).toHaveLength(1);
    expect(found[0].url).toBe(`https://maker.ifttt.com/trigger/door_open/with/key/${k}`);
    expect(found[0].encoding).toBe('split');
    // (Where the URL is assembled from the two constants, the scheme is a piece too.)
    expect(found[0].parts?.map((p) => text.slice(p.start, p.end)).slice(-2)).toEqual(['maker.ifttt.com', `/trigger/door_open/with/key/${k}`]);
  });

  it('a Logic Apps URL in a prefix and a postfix constant (the sig in the postfix)', () => {
    const sig = randomBytes(32).toString('base64url').slice(0, 43);
    const wf = randomBytes(16).toString('hex');
    const text = `PREFIX = "https://prod-12.westus.logic.azure.com:443/workflows/${wf}/triggers/manual/paths/invoke"\nPOSTFIX = "?api-version=2016-10-01&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=${sig}"\nurl = f"{PREFIX}{POSTFIX}"\n`;
    const [m] = find(text);
    expect(m.ruleId).toBe('azure-logic-apps-trigger');
    expect(m.url).toContain(sig);
    expect(m.encoding).toBe('split');
  });

  it('placeholders and keyless paths are not reported', () => {
    expect(find('conn = HTTPSConnection("maker.ifttt.com")\nconn.request("POST", "/trigger/door_open/with/key/YOUR_KEY_HERE_xxxxxxxx")\n')).toEqual([]);
    expect(find('conn = HTTPSConnection("maker.ifttt.com")\nconn.request("GET", "/status/healthcheck")\n')).toEqual([]);
    expect(find('POST /trigger/door_open/with/key/{key} HTTP/1.1\nHost: maker.ifttt.com\n')).toEqual([]);
  });

  it('stays linear: 4× the host mentions take less than 10× the time', () => {
    const make = (n: number) => Buffer.from(Array.from({ length: n }, (_, i) => `h${i} = "maker.ifttt.com"; p${i} = "/status/${i}/ok/fine"\n`).join(''));
    const time = (b: Buffer) => {
      const t = process.hrtime.bigint();
      detector.detect(b);
      return Number(process.hrtime.bigint() - t);
    };
    time(make(1000));
    expect(time(make(4000)) / time(make(1000))).toBeLessThan(10);
  });
});

describe('Python str.format() fills a URL from its parts', () => {
  it("a Slack URL from team, bot and secret constants: '…/{}/{}/{}'.format(TEAM, BOT, SECRET)", () => {
    const t = `T${randomBytes(8).toString('hex').toUpperCase().slice(0, 10)}`;
    const b = `B${randomBytes(8).toString('hex').toUpperCase().slice(0, 10)}`;
    const sec = randomBytes(18).toString('base64').replace(/[^A-Za-z0-9]/g, 'q').slice(0, 24);
    for (const call of ['.format(TEAM, BOT, SECRET)', '.format(SECRET=SECRET, BOT=BOT, TEAM=TEAM)']) {
      const fields = call.includes('=') ? '{TEAM}/{BOT}/{SECRET}' : '{}/{}/{}';
      const text = `TEAM = "${t}"\nBOT = "${b}"\nSECRET = "${sec}"\nurl = "https://hooks.slack.com/services/${fields}"${call}\n`;
      const found = find(text).filter((m) => m.ruleId === 'slack-incoming-webhook');
      expect(found.map((m) => m.url), call).toEqual([`https://hooks.slack.com/services/${t}/${b}/${sec}`]);
      expect(found[0].encoding).toBe('split');
    }
  });

  it('an unresolved field stays a template and is not reported', () => {
    expect(find('url = "https://hooks.slack.com/services/{}/{}/{}".format(team, bot, secret)\n')).toEqual([]);
  });
});
