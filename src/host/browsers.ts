/**
 * Browser history: Chrome, Chromium, Edge and Brave (`History`: urls + visits, times in microseconds
 * since 1601) and Firefox (`places.sqlite`: moz_places + moz_historyvisits, microseconds since 1970),
 * per profile, for each home swept. The database and its `-wal` are read as bytes and the log is
 * replayed onto that copy (./sqlite-wal.ts): the browser's locked file is never opened by SQLite and
 * never written. Queries run in sql.js (SQLite compiled to WebAssembly: no native build), loaded only
 * when a history database is found. Each visit becomes one line `<time> <url>` of an artifact, so the
 * same detector as `hookscan scan` finds webhook and capture-service URLs, each with its visit time.
 */
import { createRequire } from 'node:module';
import type { Database, SqlJsStatic } from 'sql.js';
import { joinShown, type HostReader } from './reader.js';
import { replayWal } from './sqlite-wal.js';
import type { HostArtifact } from './types.js';

/** History databases are larger than the text files a sweep reads: their own cap. */
export const MAX_HISTORY_DB = 512 * 1024 * 1024;

const REMOVAL =
  'A browser on this host opened this URL (a person, or a script driving the browser): treat the webhook as exposed and revoke it (hookscan revoke). Keep the history as evidence until the investigation is closed.';

/** Chromium-family user-data folders, relative to a home (Linux, macOS, Windows layouts). */
const CHROMIUM_DIRS: { browser: string; dir: string }[] = [
  { browser: 'Chrome', dir: '.config/google-chrome' },
  { browser: 'Chromium', dir: '.config/chromium' },
  { browser: 'Brave', dir: '.config/BraveSoftware/Brave-Browser' },
  { browser: 'Edge', dir: '.config/microsoft-edge' },
  { browser: 'Chromium', dir: 'snap/chromium/common/chromium' },
  { browser: 'Chrome', dir: 'Library/Application Support/Google/Chrome' },
  { browser: 'Chromium', dir: 'Library/Application Support/Chromium' },
  { browser: 'Brave', dir: 'Library/Application Support/BraveSoftware/Brave-Browser' },
  { browser: 'Edge', dir: 'Library/Application Support/Microsoft Edge' },
  { browser: 'Chrome', dir: 'AppData/Local/Google/Chrome/User Data' },
  { browser: 'Chromium', dir: 'AppData/Local/Chromium/User Data' },
  { browser: 'Brave', dir: 'AppData/Local/BraveSoftware/Brave-Browser/User Data' },
  { browser: 'Edge', dir: 'AppData/Local/Microsoft/Edge/User Data' },
];

/** Firefox profile parents, relative to a home. */
const FIREFOX_DIRS = ['.mozilla/firefox', 'snap/firefox/common/.mozilla/firefox', 'Library/Application Support/Firefox/Profiles', 'AppData/Roaming/Mozilla/Firefox/Profiles'];

/** Microseconds since 1601-01-01 (WebKit/Chromium) → ISO time. */
export function webkitTime(us: number): string | undefined {
  if (!Number.isFinite(us) || us <= 0) return undefined;
  const ms = us / 1000 - 11_644_473_600_000;
  return Number.isFinite(ms) && ms > 0 && ms < 8.64e15 ? new Date(ms).toISOString() : undefined;
}

/** Microseconds since 1970 (Firefox PRTime) → ISO time. */
export function prTime(us: number): string | undefined {
  if (!Number.isFinite(us) || us <= 0) return undefined;
  const ms = us / 1000;
  return ms < 8.64e15 ? new Date(ms).toISOString() : undefined;
}

interface HistoryDb {
  shown: string;
  browser: string;
  kind: 'chromium' | 'firefox';
}

/** Every history database under the homes, by layout. */
export function findHistoryDatabases(r: HostReader, homes: string[]): HistoryDb[] {
  const out: HistoryDb[] = [];
  for (const home of homes) {
    for (const { browser, dir } of CHROMIUM_DIRS) {
      const base = joinShown(home, dir);
      for (const profile of r.list(base) ?? []) {
        const shown = joinShown(joinShown(base, profile), 'History');
        if (r.exists(shown)) out.push({ shown, browser, kind: 'chromium' });
      }
    }
    for (const dir of FIREFOX_DIRS) {
      const base = joinShown(home, dir);
      for (const profile of r.list(base) ?? []) {
        const shown = joinShown(joinShown(base, profile), 'places.sqlite');
        if (r.exists(shown)) out.push({ shown, browser: 'Firefox', kind: 'firefox' });
      }
    }
  }
  return out;
}

const QUERIES = {
  chromium: 'SELECT v.visit_time AS t, u.url AS url FROM visits v JOIN urls u ON u.id = v.url ORDER BY v.visit_time',
  // Places without a recorded visit (bookmarks, typed then cleared) still carry a last visit date.
  firefox:
    'SELECT v.visit_date AS t, p.url AS url FROM moz_historyvisits v JOIN moz_places p ON p.id = v.place_id ' +
    'UNION ALL SELECT p.last_visit_date AS t, p.url AS url FROM moz_places p WHERE p.last_visit_date IS NOT NULL AND NOT EXISTS (SELECT 1 FROM moz_historyvisits v WHERE v.place_id = p.id) ORDER BY t',
} as const;

let sqlJs: Promise<SqlJsStatic> | undefined;
/** sql.js, loaded once and only when a history database is there to read. */
function loadSqlJs(): Promise<SqlJsStatic> {
  const require = createRequire(import.meta.url);
  sqlJs ??= (require('sql.js') as (config?: object) => Promise<SqlJsStatic>)({
    locateFile: (file: string) => require.resolve(`sql.js/dist/${file}`),
  });
  return sqlJs;
}

/** The visits of one database as an artifact (`<time> <url>` per line, line → time), or a coverage entry. */
async function readHistory(r: HostReader, db: HistoryDb, sql: SqlJsStatic): Promise<HostArtifact | undefined> {
  const main = r.bytes(db.shown, true, Math.max(r.maxFileSize, MAX_HISTORY_DB));
  if (!main) return undefined;
  const wal = r.bytes(`${db.shown}-wal`, false, Math.max(r.maxFileSize, MAX_HISTORY_DB));
  const replay = replayWal(main.buf, wal?.buf);
  if (replay.note) r.miss(`${db.shown}-wal`, 'corrupt', replay.note);
  let handle: Database | undefined;
  try {
    handle = new sql.Database(replay.image);
    const stmt = handle.prepare(QUERIES[db.kind]);
    const lines: string[] = [];
    const times = new Map<number, string>();
    const toIso = db.kind === 'chromium' ? webkitTime : prTime;
    while (stmt.step()) {
      const [t, url] = stmt.get() as [number | null, string | null];
      if (typeof url !== 'string' || url === '') continue;
      const iso = t === null ? undefined : toIso(Number(t));
      lines.push(`${iso ?? '-'} ${url.replace(/[\r\n]+/g, ' ')}`);
      if (iso) times.set(lines.length, iso);
    }
    stmt.free();
    const artifact: HostArtifact = {
      path: db.shown,
      text: lines.join('\n'),
      family: 'browser',
      removal: REMOVAL,
      modified: main.stats.mtime.toISOString(),
      ...(times.size ? { lineTimes: times } : {}),
    };
    return artifact;
  } catch (e) {
    r.miss(db.shown, 'corrupt', `not a readable ${db.browser} history database: ${(e as Error).message}`);
    return undefined;
  } finally {
    handle?.close();
  }
}

/** Browser history of every profile under the homes; unreadable or corrupt databases land in coverage. */
export async function collectBrowsers(r: HostReader, homes: string[]): Promise<void> {
  const dbs = findHistoryDatabases(r, homes);
  if (dbs.length === 0) return;
  let sql: SqlJsStatic;
  try {
    sql = await loadSqlJs();
  } catch (e) {
    for (const db of dbs) r.miss(db.shown, 'unsupported', `sql.js (WebAssembly SQLite) did not load: ${(e as Error).message}`);
    return;
  }
  for (const db of dbs) {
    const artifact = await readHistory(r, db, sql);
    if (artifact) r.artifacts.push(artifact);
  }
}
