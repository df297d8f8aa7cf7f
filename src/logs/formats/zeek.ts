/** Zeek http, dns, ssl and conn logs: TSV (columns from the #fields header) and JSON. */
import type { LineParser, LogEvent, LogFormat } from '../types.js';
import { count, hostOf, jsonLines, str } from './fields.js';

type Row = Record<string, unknown>;

function kindOf(path: string, row: Row): string {
  if (path) return path.replace(/^.*\//, '').replace(/\..*$/, '');
  if ('query' in row && 'qtype_name' in row) return 'dns';
  if ('server_name' in row || 'ssl_history' in row) return 'ssl';
  if ('method' in row || 'uri' in row) return 'http';
  if ('orig_bytes' in row || 'conn_state' in row) return 'conn';
  return '';
}

/** One Zeek record (TSV row mapped by #fields, or a JSON object) as events. */
function fromRow(path: string, row: Row): LogEvent[] | null {
  const time = Number(row.ts) * 1000;
  const source = str(row['id.orig_h']) ?? '';
  if (!source || !Number.isFinite(time)) return null;
  const uid = str(row.uid);
  const withUid = (e: LogEvent): LogEvent => (uid ? { ...e, uid } : e);
  switch (kindOf(path, row)) {
    case 'http': {
      const host = hostOf(str(row.host));
      return [withUid({ time, source, host, kind: 'http', method: str(row.method), url: str(row.uri), bytesOut: count(row.request_body_len), bytesIn: count(row.response_body_len) })];
    }
    case 'dns':
      return [{ time, source, host: hostOf(str(row.query)), kind: 'dns' }];
    case 'ssl':
      return [withUid({ time, source, host: hostOf(str(row.server_name)), kind: 'tls' })];
    case 'conn':
      // conn.log names addresses only: its byte counts join to http/ssl events on uid (analyze.ts).
      return uid ? [{ time, source, host: '', kind: 'conn', uid, bytesOut: count(row.orig_bytes), bytesIn: count(row.resp_bytes) }] : [];
    default:
      return [];
  }
}

function unescape(v: string): string {
  return v.replace(/\\x([0-9a-fA-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
}

export const zeekTsv: LogFormat = {
  name: 'zeek',
  sizes: 'http: bytes out = request_body_len, bytes in = response_body_len; ssl: orig_bytes/resp_bytes of conn.log joined on uid when conn.log is given; dns: none',
  test: (line) => line.startsWith('#separator') || line.startsWith('#fields\t'),
  create(): LineParser {
    let sep = '\t';
    let fields: string[] | undefined;
    let path = '';
    let unset = '-';
    let empty = '(empty)';
    return {
      parse(line) {
        if (line.startsWith('#')) {
          if (line.startsWith('#separator ')) sep = unescape(line.slice(11));
          else {
            const [key, ...rest] = line.split(sep);
            if (key === '#fields') fields = rest;
            else if (key === '#path') path = rest[0] ?? '';
            else if (key === '#unset_field') unset = rest[0] ?? '-';
            else if (key === '#empty_field') empty = rest[0] ?? '(empty)';
          }
          return [];
        }
        if (!fields) return null;
        const cols = line.split(sep);
        if (cols.length !== fields.length) return null;
        const row: Row = {};
        fields.forEach((f, i) => {
          const v = cols[i];
          if (v !== unset && v !== empty) row[f] = v;
        });
        return fromRow(path, row);
      },
    };
  },
};

export const zeekJson: LogFormat = jsonLines({
  name: 'zeek-json',
  // Not lineLocal: conn records name no host, yet their bytes join to sink events on uid.
  lineLocal: false,
  sizes: zeekTsv.sizes,
  is: (o) => 'id.orig_h' in o && 'ts' in o,
  events(o) {
    const ts = o.ts;
    // JSON logs may write ts as ISO 8601 (LogAscii::json_timestamps).
    const row = typeof ts === 'string' && !/^\d+(\.\d+)?$/.test(ts) ? { ...o, ts: Date.parse(ts) / 1000 } : o;
    return fromRow(str(o._path) ?? '', row);
  },
});
