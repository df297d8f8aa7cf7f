// Browser history on a synthetic root: Chrome (Linux), Edge (Windows), Brave (macOS) and Firefox
// databases built with real SQLite (sql.js here; the sqlite3 CLI where present, for a live
// write-ahead log), visits to webhook and capture URLs found with their visit times, corrupt and
// truncated databases in coverage, and the database files never written.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { SqlJsStatic } from 'sql.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prTime, replayWal, webkitTime } from '../../src/host/index.js';
import type { HostLocation } from '../../src/app/host.js';
import { cli } from '../support/cli.js';
import { webhook } from '../support/fabricate.js';

const work = mkdtempSync(join(tmpdir(), 'hookscan-browsers-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
let SQL: SqlJsStatic;
beforeAll(async () => {
  const require = createRequire(import.meta.url);
  SQL = await (require('sql.js') as (c: object) => Promise<SqlJsStatic>)({ locateFile: (f: string) => require.resolve(`sql.js/dist/${f}`) });
});

const WEBKIT_EPOCH_OFFSET_US = 11_644_473_600_000_000;
const webkitUs = (iso: string) => Date.parse(iso) * 1000 + WEBKIT_EPOCH_OFFSET_US;
const prUs = (iso: string) => Date.parse(iso) * 1000;

function put(path: string, bytes: Uint8Array): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, bytes);
}

function chromeDb(visits: { url: string; at: string }[]): Uint8Array {
  const db = new SQL.Database();
  db.run('CREATE TABLE urls(id INTEGER PRIMARY KEY, url LONGVARCHAR, title LONGVARCHAR, visit_count INTEGER DEFAULT 0, typed_count INTEGER DEFAULT 0, last_visit_time INTEGER NOT NULL, hidden INTEGER DEFAULT 0)');
  db.run('CREATE TABLE visits(id INTEGER PRIMARY KEY, url INTEGER NOT NULL, visit_time INTEGER NOT NULL, from_visit INTEGER, transition INTEGER DEFAULT 0, segment_id INTEGER, visit_duration INTEGER DEFAULT 0)');
  visits.forEach((v, i) => {
    db.run('INSERT INTO urls(id, url, title, visit_count, last_visit_time) VALUES (?, ?, ?, 1, ?)', [i + 1, v.url, `page ${i}`, webkitUs(v.at)]);
    db.run('INSERT INTO visits(url, visit_time) VALUES (?, ?)', [i + 1, webkitUs(v.at)]);
  });
  const bytes = db.export();
  db.close();
  return bytes;
}

const FIREFOX_SCHEMA =
  'CREATE TABLE moz_places(id INTEGER PRIMARY KEY, url LONGVARCHAR, title LONGVARCHAR, rev_host LONGVARCHAR, visit_count INTEGER DEFAULT 0, last_visit_date INTEGER, guid TEXT);' +
  'CREATE TABLE moz_historyvisits(id INTEGER PRIMARY KEY, from_visit INTEGER, place_id INTEGER, visit_date INTEGER, visit_type INTEGER, session INTEGER);';

function firefoxDb(visits: { url: string; at: string }[], placeOnly: { url: string; at: string }[] = []): Uint8Array {
  const db = new SQL.Database();
  db.exec(FIREFOX_SCHEMA);
  visits.forEach((v, i) => {
    db.run('INSERT INTO moz_places(id, url, last_visit_date) VALUES (?, ?, ?)', [i + 1, v.url, prUs(v.at)]);
    db.run('INSERT INTO moz_historyvisits(place_id, visit_date, visit_type) VALUES (?, ?, 1)', [i + 1, prUs(v.at)]);
  });
  placeOnly.forEach((v, i) => db.run('INSERT INTO moz_places(id, url, last_visit_date) VALUES (?, ?, ?)', [1000 + i, v.url, prUs(v.at)]));
  const bytes = db.export();
  db.close();
  return bytes;
}

interface JsonHost {
  findings: { provider: string; url: string; locations: HostLocation[] }[];
  host: { coverage: { path: string; status: string; reason: string }[]; families: string[] };
}

async function sweep(root: string): Promise<{ code: number; report: JsonHost; stdout: string; text: string }> {
  const r = await cli(['host', '--root', root, '--all-users', '-f', 'json'], root);
  const t = await cli(['host', '--root', root, '--all-users'], root);
  return { code: r.code, report: JSON.parse(r.stdout) as JsonHost, stdout: r.stdout, text: t.stdout };
}

function locationsOf(report: JsonHost, path: string): HostLocation[] {
  return report.findings.flatMap((f) => f.locations).filter((l) => l.path === path);
}

describe('browser history on Linux, macOS and Windows layouts', () => {
  const root = join(work, 'root');
  const chrome = webhook('discord');
  const edge = webhook('slack');
  const brave = webhook('webhook-site');
  const firefox = webhook('telegram');
  const bookmark = webhook('slack');
  const CHROME = '/home/alice/.config/google-chrome/Default/History';
  const EDGE = '/Users/bob/AppData/Local/Microsoft/Edge/User Data/Profile 1/History';
  const BRAVE = '/Users/carol/Library/Application Support/BraveSoftware/Brave-Browser/Default/History';
  const FIREFOX = '/home/alice/.mozilla/firefox/abcd1234.default-release/places.sqlite';
  const CORRUPT = '/home/alice/.config/chromium/Default/History';
  const TRUNCATED = '/root/.mozilla/firefox/x.default/places.sqlite';

  beforeAll(() => {
    put(join(root, CHROME), chromeDb([{ url: 'https://news.example.org/', at: '2026-11-01T08:00:00.000Z' }, { url: chrome.url, at: '2026-11-02T09:30:00.000Z' }]));
    put(join(root, EDGE), chromeDb([{ url: edge.url, at: '2026-11-03T10:00:00.000Z' }]));
    put(join(root, BRAVE), chromeDb([{ url: brave.url, at: '2026-11-04T11:00:00.000Z' }]));
    put(join(root, FIREFOX), firefoxDb([{ url: firefox.url, at: '2026-11-05T12:00:00.000Z' }], [{ url: bookmark.url, at: '2026-11-06T13:00:00.000Z' }]));
    put(join(root, CORRUPT), Buffer.from('SQLite format 3\0 this is not a database at all, just bytes'.repeat(40)));
    const full = firefoxDb([{ url: webhook('discord').url, at: '2026-11-07T00:00:00.000Z' }]);
    put(join(root, TRUNCATED), full.subarray(0, 1500));
  });

  it('finds each visit to a webhook with its browser profile and visit time', async () => {
    const before = statSync(join(root, CHROME)).mtimeMs;
    const { code, report, stdout, text } = await sweep(root);
    expect(code).toBe(1);
    expect(report.host.families).toContain('browser');
    const expectAt = (path: string, iso: string) => {
      const locs = locationsOf(report, path);
      expect(locs.length, path).toBe(1);
      expect(locs[0].family).toBe('browser');
      expect(locs[0].timestamp).toBe(iso);
    };
    expectAt(CHROME, '2026-11-02T09:30:00.000Z');
    expectAt(EDGE, '2026-11-03T10:00:00.000Z');
    expectAt(BRAVE, '2026-11-04T11:00:00.000Z');
    const ff = locationsOf(report, FIREFOX).map((l) => l.timestamp).sort();
    expect(ff).toEqual(['2026-11-05T12:00:00.000Z', '2026-11-06T13:00:00.000Z']);
    for (const s of [chrome, edge, brave, firefox, bookmark]) {
      expect(stdout).not.toContain(s.secret);
      expect(text).not.toContain(s.secret);
    }
    expect(text).toContain(CHROME);
    expect(statSync(join(root, CHROME)).mtimeMs).toBe(before);
  });

  it('lists corrupt and truncated databases in coverage with the reason', async () => {
    const { report, text } = await sweep(root);
    const cov = (p: string) => report.host.coverage.find((c) => c.path === p);
    expect(cov(CORRUPT)?.status).toBe('corrupt');
    expect(cov(CORRUPT)?.reason).toMatch(/Chromium history database/);
    expect(cov(TRUNCATED)?.status).toBe('corrupt');
    expect(text).toMatch(/Coverage: .*could not be read/);
  });
});

describe('time bases', () => {
  it('converts WebKit (1601) and PRTime (1970) microseconds', () => {
    expect(webkitTime(webkitUs('2026-01-02T03:04:05.000Z'))).toBe('2026-01-02T03:04:05.000Z');
    expect(prTime(prUs('2026-01-02T03:04:05.000Z'))).toBe('2026-01-02T03:04:05.000Z');
    expect(webkitTime(0)).toBeUndefined();
    expect(prTime(-5)).toBeUndefined();
  });
});

const sqlite3 = spawnSync('sqlite3', ['-version']).status === 0;
describe.skipIf(!sqlite3)('a live Firefox database with its write-ahead log (needs the sqlite3 CLI)', () => {
  it('replays committed visits that exist only in places.sqlite-wal', async () => {
    const root = join(work, 'wal-root');
    const profile = join(root, 'home', 'dave', '.mozilla', 'firefox', 'p.default');
    mkdirSync(profile, { recursive: true });
    const live = join(work, 'live.sqlite');
    const old = webhook('slack');
    const recent = webhook('discord');
    // The schema and one visit checkpointed into the main file; then WAL mode with checkpoints off,
    // a second visit committed to the log only, and both files copied while the connection is open
    // (what a responder copies from a running browser).
    execFileSync('sqlite3', [live, `${FIREFOX_SCHEMA} INSERT INTO moz_places VALUES (1, '${old.url}', 't', NULL, 1, ${prUs('2026-10-01T00:00:00.000Z')}, 'g1'); INSERT INTO moz_historyvisits VALUES (1, 0, 1, ${prUs('2026-10-01T00:00:00.000Z')}, 1, 0);`]);
    const snap = join(profile, 'places.sqlite');
    execFileSync('sqlite3', [
      live,
      'PRAGMA journal_mode=WAL;',
      'PRAGMA wal_autocheckpoint=0;',
      `INSERT INTO moz_places VALUES (2, '${recent.url}', 't', NULL, 1, ${prUs('2026-11-20T10:00:00.000Z')}, 'g2'); INSERT INTO moz_historyvisits VALUES (2, 0, 2, ${prUs('2026-11-20T10:00:00.000Z')}, 1, 0);`,
      `.system cp ${live} ${snap} && cp ${live}-wal ${snap}-wal`,
    ]);
    expect(existsSync(`${snap}-wal`)).toBe(true);
    expect(readFileSync(snap).includes(Buffer.from(recent.url))).toBe(false); // only in the log
    const replay = replayWal(readFileSync(snap), readFileSync(`${snap}-wal`));
    expect(replay.frames).toBeGreaterThan(0);
    const { report } = await sweep(root);
    const shown = '/home/dave/.mozilla/firefox/p.default/places.sqlite';
    expect(locationsOf(report, shown).map((l) => l.timestamp).sort()).toEqual(['2026-10-01T00:00:00.000Z', '2026-11-20T10:00:00.000Z']);
    // A log whose first frame does not match its header is ignored: the committed main file is still read.
    const wal = readFileSync(`${snap}-wal`);
    wal[40] ^= 0xff;
    writeFileSync(`${snap}-wal`, wal);
    const again = await sweep(root);
    expect(locationsOf(again.report, shown).map((l) => l.timestamp)).toEqual(['2026-10-01T00:00:00.000Z']);
  });
});
