// Real code is messy: one small fixture per form in fixtures/messy/ (fabricated, random secrets),
// each URL asserted by provider, exact secret and exact line:column of where the URL starts as
// written. Plus a generated 2 MB single-line minified file.
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { randomBytes, randomInt } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { placeholderReason } from '../../src/detect/placeholder.js';
import { scan } from '../../src/scan.js';
import type { Finding, ScanResult } from '../../src/types.js';

const MESSY = resolve(fileURLToPath(new URL('../../fixtures/messy', import.meta.url)));

interface Expected {
  file: string;
  form: string;
  provider: string;
  ruleId: string;
  line: number;
  column: number;
  secret: string;
}

// line:column is where the URL starts as written (its scheme), counted in code points.
const EXPECTED: Expected[] = [
  { file: "ng.escaped-slashes.json", form: "JSON \\/ escapes", provider: "slack", ruleId: "slack-incoming-webhook", line: 4, column: 15,
    secret: "TD6C08ZN7GW/BMCTBXLTQBJ/Slg8FYJOanYR6SHGH2I1JADe" },
  { file: "ng.escaped-slashes.json", form: "JSON \\/ escapes", provider: "microsoft-teams", ruleId: "microsoft-teams-webhook", line: 5, column: 15,
    secret: "a6deb181-6d95-4725-85ef-ad75d06926b8@b979942a-eced-43b2-998e-4f0953fa0668/IncomingWebhook/4972caee40afa7810c33f3e2a11872e9/c733df07-cb2b-4840-9abf-d935fbc868c0/V2j4SeWWTZkQRoAr9DWNrzL-9EHfV5mDvWOWE_x-ruzDWJ" },
  { file: "ng.escaped-slashes.json", form: "JSON \\u002F escapes", provider: "discord", ruleId: "discord-webhook", line: 6, column: 17,
    secret: "1208877724143748063/CpCN3551z3TgLdzrsJzZq5lwDLDv_qHtpdGN-zVmsVJhP7IVhj3mf67pn7xoEFs2SIcX" },
  { file: "ng.quotes.js", form: "single quotes", provider: "slack", ruleId: "slack-incoming-webhook", line: 2, column: 17,
    secret: "TEOLG27467L/BVWLNZ5YVPT/R2PZHfARrq9VhFFFCk6K3oww" },
  { file: "ng.quotes.js", form: "double quotes", provider: "discord", ruleId: "discord-webhook", line: 3, column: 17,
    secret: "1018511322770273587/Sf2qcvTIshcgAa0RG8xXRl2OONtV1I6RVatauwi38kceozm_fqcsP2vdJUE1q2dY04dJ" },
  { file: "ng.quotes.js", form: "backticks", provider: "google-chat", ruleId: "google-chat-webhook", line: 5, column: 22,
    secret: "3QePdMRRf7hpgy-ps_jsG4ImYmyPTTqQdEqgXaBTrZk" },
  { file: "ng.app.env", form: ".env plain", provider: "slack", ruleId: "slack-incoming-webhook", line: 3, column: 19,
    secret: "TWOS96FTV99/BUB3MPIIBOO/7FKW35LP2oHhY5kvJekgdnUe" },
  { file: "ng.app.env", form: ".env export, double quotes", provider: "discord", ruleId: "discord-webhook", line: 4, column: 25,
    secret: "1955929352580047119/fsGYriD2vuLQlAQQvvbEfXh8fFOBtxCmq52Wwv2j6b17Zvwb6SolswycxU1b_0anvYuX" },
  { file: "ng.app.env", form: ".env single quotes", provider: "microsoft-teams", ruleId: "microsoft-teams-webhook", line: 5, column: 16,
    secret: "23ea5801-f579-45f7-ab4b-262fb8b26a83@0eb37c64-97ce-4848-99e3-8fdcc7ce70e5/IncomingWebhook/de92a1d866a93a4a40ca0848e8cf2907/b60dafc1-d595-4bae-ab92-bb99c2f90556/V2yJENEDLWjoBQgxPXh0eEYfVRMfI-gIHi9ETpfiNa7zZK" },
  { file: "ng.settings.ini", form: "INI key = value", provider: "slack", ruleId: "slack-incoming-webhook", line: 6, column: 13,
    secret: "T423HIOE76C/BY8VF7S8E70/FHNqY6gtxyVnBODh06pH4Nx6" },
  { file: "ng.settings.ini", form: "INI key=value, discordapp.com", provider: "discord", ruleId: "discord-webhook", line: 7, column: 13,
    secret: "1308527167968963499/CcO5jrBSzHFOxzmlO_ZSovstfYtJml-uo4NpRKd0o6rcLcfdWnll8aSvIZ1i-ihfVWOm" },
  { file: "ng.application.properties", form: "properties https\\://", provider: "slack", ruleId: "slack-incoming-webhook", line: 4, column: 18,
    secret: "T2LHVXJQ866/BCT3141BB4T/JZXhmYPTBmW0FDQgS2vl63Xd" },
  { file: "ng.application.properties", form: "properties https\\://", provider: "discord", ruleId: "discord-webhook", line: 5, column: 20,
    secret: "1462073379712133185/n_aRxq5peoMYbPS0_hBmUDjwBEguzcU9n_XxlGU35OQMLTmfhC4qCRlKETbjhPS6rAXm" },
  { file: "ng.application.properties", form: "properties https\\://", provider: "microsoft-teams", ruleId: "microsoft-teams-webhook", line: 6, column: 18,
    secret: "e5961259-38fb-474d-a076-13afe5873a93@97157124-7b5b-46ec-bb58-072c9ac3feba/IncomingWebhook/31200a11c8858a1e4615d9ebc81095ec/47d91d33-86a8-4a70-b952-b4714926f3bc/V2SujIKxSmQvkMIt0OS2MQdvi1FZbF-qQI1hcd_RG0oAs-" },
  { file: "ng.application.properties", form: "properties https\\:// and key\\=/token\\=", provider: "google-chat", ruleId: "google-chat-webhook", line: 7, column: 17,
    secret: "eWmLpv1NhjMChZj96cYzjMVXdhW7DbWY6sBanJJl_pE" },
  { file: "ng.alerts.yaml", form: "YAML plain scalar", provider: "slack", ruleId: "slack-incoming-webhook", line: 2, column: 10,
    secret: "TH8OPX5Y1RB/BF8JELIJ0B3/B8u7KvcdyiGOC35UI2TIHKaS" },
  { file: "ng.alerts.yaml", form: "YAML double-quoted", provider: "discord", ruleId: "discord-webhook", line: 3, column: 12,
    secret: "1924690438033251581/Sy72gPuY7WuEu5vngCzi9NtEekuL-4qinJPiFtiqpmU0RFUzQ4WBZPxyRuFPDEhQ9AfY" },
  { file: "ng.alerts.yaml", form: "YAML single-quoted", provider: "microsoft-teams", ruleId: "microsoft-teams-webhook", line: 4, column: 12,
    secret: "dfa2eb82-95cb-4ec1-91f1-113e33dd15df@e34fa9a9-1192-45ff-9e3a-50bba9277348/IncomingWebhook/10f2c0c3b71e867bb2c39e45e4ca29a0/a9793464-cde2-433d-a053-d6b252ed27f1/V2ceLLCV3AqK9sBkQ9Ub_KqT7o6Tu-LZVFYDwBHLx5A549" },
  { file: "ng.alerts.yaml", form: "YAML folded >- block", provider: "slack", ruleId: "slack-incoming-webhook", line: 6, column: 5,
    secret: "T7GBBSUUSW7/BECZ6CD082L/Jc8uiaQbqhXvJXewaOYufd6N" },
  { file: "ng.variables.tf", form: "Terraform variable default", provider: "slack", ruleId: "slack-incoming-webhook", line: 4, column: 18,
    secret: "THWOK7WE1RU/BKW9EWTMMLF/snBd33TqyxN916TO1hJ9GGPy" },
  { file: "ng.variables.tf", form: "Terraform map value", provider: "discord", ruleId: "discord-webhook", line: 10, column: 13,
    secret: "1211207202907800662/1kgLjE3kGQ0et7YIODEQx5n2DUYmMech-GbLNU6oWISYUEg1cONXeKwVUX0P2fzUCU1w" },
  { file: "ng.notebook.ipynb", form: "notebook source line, \\\" before", provider: "discord", ruleId: "discord-webhook", line: 10, column: 18,
    secret: "1249368415252191077/3K_gH3N56Otl11F8iUm8h_tbATEnC0dR2Za0kswP5uj1PqE2RPlIuPVQsafpFKRhYnNB" },
  { file: "ng.notebook.ipynb", form: "notebook markdown line", provider: "slack", ruleId: "slack-incoming-webhook", line: 18, column: 20,
    secret: "TZ1JZZATOPR/B316F6YF6GU/PCejqYEK92hA6CQglSvK5skm" },
  { file: "ng.redirect.html", form: "percent-encoded in a redirect link", provider: "discord", ruleId: "discord-webhook", line: 5, column: 42,
    secret: "1951790904147842283/-ESSxZEsNKxswNdKCDdd__lPr8KC2rfmUpYLuXPST4_rilB0mwcNplGgAlfPdLcbELSC" },
  { file: "ng.redirect.html", form: "doubly percent-encoded", provider: "slack", ruleId: "slack-incoming-webhook", line: 6, column: 42,
    secret: "TME9IT0VLSB/BAX1FFX3339/AbBRdl2qJxnhhfYXzZyHnxOT" },
  { file: "ng.google-chat.html", form: "&amp; between key and token", provider: "google-chat", ruleId: "google-chat-webhook", line: 3, column: 33,
    secret: "kRS4Q8eX2u16rhAnxL-6Sr7uYPsBodoKjctFPcIax84" },
  { file: "ng.crlf-unicode.py", form: "CRLF, accents and emoji before", provider: "slack", ruleId: "slack-incoming-webhook", line: 4, column: 41,
    secret: "TJ7JQLA92TU/BW9Y8N8XPPB/8dg3ZaNM8VkydpDVyRwY383G" },
  { file: "ng.crlf-unicode.py", form: "CRLF, CJK and emoji before", provider: "discord", ruleId: "discord-webhook", line: 5, column: 18,
    secret: "1331612778811441647/IR0bnjhi_UNyLU9W3aMmwgreNgKsHqtHNwJV8thFBTmeEbdaGx53hbcGyWuGWxV7mODw" },
];

let result: ScanResult;
beforeAll(async () => {
  result = await scan({ paths: [MESSY] });
});

const findingFor = (secret: string): Finding | undefined => result.findings.find((f) => f.secret === secret);

describe('fixtures/messy', () => {
  it('holds the fixture files this table describes, and all of them are read', () => {
    const files = readdirSync(MESSY).sort();
    expect(files).toEqual([...new Set(EXPECTED.map((e) => e.file))].sort());
    expect(result.stats.skipped).toEqual([]);
    expect(result.stats.filesScanned).toBe(files.length);
  });

  it.each(EXPECTED.map((e) => [`${e.file} (${e.form}, ${e.provider})`, e] as const))('%s: provider, secret, line and column', (_name, e) => {
    const f = findingFor(e.secret);
    expect(f, `no finding with the secret from ${e.file} (${e.form})`).toBeDefined();
    expect({ provider: f!.provider, ruleId: f!.ruleId, secret: f!.secret }).toEqual({ provider: e.provider, ruleId: e.ruleId, secret: e.secret });
    expect(f!.url).toContain(f!.secret.split('/').pop());
    expect(f!.locations.map((l) => `${l.path}:${l.line}:${l.column}`)).toEqual([`${e.file}:${e.line}:${e.column}`]);
  });

  it('reports nothing that the table does not list', () => {
    const known = new Set(EXPECTED.map((e) => e.secret));
    expect(result.findings.filter((f) => !known.has(f.secret)).map((f) => `${f.ruleId} ${f.redactedUrl}`)).toEqual([]);
  });
});

describe('a 2 MB single-line minified file', () => {
  const pick = (alphabet: string, n: number) => Array.from({ length: n }, () => alphabet[randomInt(alphabet.length)]).join('');
  const B62 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  const fresh = (make: () => string) => {
    for (;;) {
      const s = make();
      if (!placeholderReason(s)) return s;
    }
  };
  const slack = fresh(() => `T${pick('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 10)}/B${pick('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 10)}/${pick(B62, 24)}`);
  const discord = fresh(() => `1${pick('0123456789', 18)}/${randomBytes(51).toString('base64url')}`);
  // Minified code with non-ASCII string literals, so that columns (code points) differ from byte offsets.
  const chunk = 'function q(n){return n.map(function(t){return t*2+"ü✓—日本"})};var z=[1,2,3].reduce(function(a,b){return a+b},0);';
  const filler = (bytes: number) => chunk.repeat(Math.ceil(bytes / Buffer.byteLength(chunk)));
  const first = `https://hooks.slack.com/services/${slack}`;
  const second = `https:\\/\\/discord.com\\/api\\/webhooks\\/${discord.replace('/', '\\/')}`; // a JSON blob inlined by the bundler
  const head = `!function(){${filler(700_000)}var h="`;
  const middle = `";${filler(900_000)}var cfg=JSON.parse('{"hook":"`;
  const text = `${head}${first}${middle}${second}"}');${filler(400_000)}}();`;
  let dir = '';
  let r: ScanResult;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'hookscan-messy-'));
    writeFileSync(join(dir, 'bundle.min.js'), text);
    r = await scan({ paths: [dir] });
  }, 60_000);
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('is one line of more than 2 MB', () => {
    expect(text.includes('\n')).toBe(false);
    expect(Buffer.byteLength(text)).toBeGreaterThan(2_000_000);
    expect(r.stats.filesScanned).toBe(1);
  });

  it('finds the plain Slack URL at its code-point column', () => {
    const f = r.findings.find((x) => x.secret === slack);
    expect(f?.ruleId).toBe('slack-incoming-webhook');
    expect(f!.locations.map((l) => [l.line, l.column])).toEqual([[1, [...head].length + 1]]);
  });

  it('finds the JSON-escaped Discord URL at its code-point column', () => {
    const f = r.findings.find((x) => x.secret === discord);
    expect(f?.ruleId).toBe('discord-webhook');
    expect(f!.encoding).toBe('escaped');
    expect(f!.locations.map((l) => [l.line, l.column])).toEqual([[1, [...`${head}${first}${middle}`].length + 1]]);
  });
});
