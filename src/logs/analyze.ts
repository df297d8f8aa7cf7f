/** Reads logs (any format hookscan knows), matches sinks and webhook URLs, aggregates per (source, sink). */
import type { Finding, Pattern, PatternFile } from '../types.js';
import { Detector, locate } from '../detect/index.js';
import { newFinding } from '../scan.js';
import type { LineParser, LogEvent, LogFormat } from './types.js';
import { detectFormat, logFormats } from './formats/index.js';
import { SinkMatcher } from './sink-match.js';
import { SinkAggregator, type SinkReport } from './aggregate.js';
import { LogReadError, lineBatches, MAX_LINE, type ByteInput, type LineFilter } from './reader.js';
import { sinkPrefilter } from './prefilter.js';
import { ConnJoin } from './conn-join.js';

export interface LogInput {
  /** As reported (a path, or "-" for standard input). */
  name: string;
  bytes: ByteInput;
  /** The same bytes again (files), for a second pass over Zeek conn logs; absent for standard input. */
  reopen?: () => ByteInput;
}

export interface LogsOptions {
  providers: PatternFile[];
  patterns: Pattern[];
  /** Force a format (a name of FORMAT_NAMES) instead of detecting it. */
  format?: string;
  /** Year for logs without one (dnsmasq); default: the current UTC year. */
  year?: number;
  /** Minutes east of UTC of local-time logs (Windows DNS debug log); default 0. */
  tzOffsetMinutes?: number;
  /** Zeek conn records held while waiting for their sink event (default MAX_PENDING_CONN; lower in tests). */
  maxPendingConn?: number;
  /** Parse every line, not only those naming a sink domain (slower; counts corrupt lines everywhere). */
  parseAll?: boolean;
  /** Largest single-document log (HAR) read, in bytes. */
  maxDocument?: number;
  signal?: AbortSignal;
}

export interface FileStats {
  path: string;
  /** The format read, or null when none fit. */
  format: string | null;
  lines: number;
  parsed: number;
  skipped: number;
  /** Why lines or the file were skipped, with counts. */
  reasons: Record<string, number>;
  /** The first skipped line numbers (up to 5), to look at. */
  examples: number[];
  /** What the format's byte counts mean. */
  sizes?: string;
  /** Lines read but not parsed: they name no sink domain (see --parse-all). */
  prefiltered?: number;
}

export interface LogsStats {
  lines: number;
  parsed: number;
  skipped: number;
  /** Lines read per format. */
  formats: Record<string, number>;
  files: FileStats[];
  durationMs: number;
  /** Lines read but not parsed because they name no sink domain (0 with --parse-all). */
  prefiltered: number;
  /** Sink connections given their bytes from Zeek conn.log (joined on uid). */
  connectionsJoined: number;
  /** Events of sources beyond the pair limit, counted under "(other sources)". */
  folded?: number;
}

export interface LogsResult {
  sinks: SinkReport[];
  findings: Finding[];
  stats: LogsStats;
}

const SAMPLE = 20;

function skip(f: FileStats, reason: string, line: number): void {
  f.skipped++;
  f.reasons[reason] = (f.reasons[reason] ?? 0) + 1;
  if (line > 0 && f.examples.length < 5) f.examples.push(line);
}

export async function analyzeLogs(inputs: LogInput[], opts: LogsOptions): Promise<LogsResult> {
  const started = Date.now();
  const formats = logFormats({ year: opts.year ?? new Date().getUTCFullYear(), tzOffsetMinutes: opts.tzOffsetMinutes ?? 0 });
  const forced = opts.format ? formats.find((f) => f.name === opts.format) : undefined;
  const matcher = new SinkMatcher(opts.providers);
  const prefilter = sinkPrefilter(matcher.domains);
  const detector = new Detector(opts.patterns);
  const byRule = new Map(opts.patterns.map((p) => [p.id, p]));
  const agg = new SinkAggregator();
  const join = new ConnJoin(agg, opts.maxPendingConn);
  /** Inputs that held Zeek conn records, with their format, for a second join pass. */
  const connInputs: { input: LogInput; format: LogFormat }[] = [];
  const findings = new Map<string, Finding>();
  const pairsWithFindings = new Set<string>();
  const files: FileStats[] = [];

  for (const input of inputs) {
    const f: FileStats = { path: input.name, format: null, lines: 0, parsed: 0, skipped: 0, reasons: {}, examples: [] };
    files.push(f);
    let format: LogFormat | undefined = forced;
    let parser: LineParser | undefined;
    const sample: string[] = [];
    let lineNo = 0;
    let doc: string[] | undefined;
    let docBytes = 0;
    let stop = false;

    const handle = (line: string, n: number, fmt: LogFormat, p: LineParser) => {
      const events = p.parse(line);
      if (events === null) return skip(f, line.trim() === '' ? 'blank' : 'corrupt-line', n);
      f.parsed++;
      for (const e of events) consider(e, line, n, fmt);
    };
    let hadConn = false;
    const consider = (e: LogEvent, line: string, n: number, fmt: LogFormat) => {
      agg.see(e.time);
      if (e.kind === 'conn' && e.uid) {
        if (!hadConn) {
          hadConn = true;
          connInputs.push({ input, format: fmt });
        }
        return join.conn(e.uid, e.bytesOut, e.bytesIn);
      }
      const sink = matcher.match(e.host);
      // A URL in a proxy log may name a webhook even when the host is an IP or a relative path.
      const urlSink = !sink && e.url && !e.host ? matcher.match(hostFromText(e.url)) : undefined;
      const s = sink ?? urlSink;
      if (!s) return;
      const key = agg.add(e, s, fmt.name, { path: input.name, line: n });
      if (e.uid && e.bytesOut === undefined && e.bytesIn === undefined) join.want(e.uid, key);
      if (e.url === undefined) return;
      if (fmt.document) return findIn(e.url, n, e.source, s.domain, 0);
      if (findIn(line, n, e.source, s.domain, 0)) return;
      // Zeek and Suricata log host and path in separate fields: look at them joined.
      if (e.url.startsWith('/') && e.host) findIn(`https://${e.host}${e.url}`, n, e.source, s.domain, Math.max(0, line.indexOf(e.url) - e.host.length - 8));
    };
    /** Webhook URLs in the text become findings at line n (columns shifted by `shift`). */
    const findIn = (text: string, n: number, source: string, domain: string, shift: number): boolean => {
      const buf = Buffer.from(text, 'utf8');
      const raw = detector.detect(buf);
      if (raw.length === 0) return false;
      for (const m of locate(buf, raw)) {
        const p = byRule.get(m.ruleId);
        if (!p) continue;
        const fresh = newFinding(p, m);
        const found = findings.get(fresh.fingerprint) ?? fresh;
        findings.set(found.fingerprint, found);
        if (found.locations.length < 1000) found.locations.push({ path: input.name, line: n, column: m.column + shift, endLine: n, endColumn: m.endColumn + shift, encoding: m.encoding });
        else found.moreLocations = (found.moreLocations ?? 0) + 1;
        pairsWithFindings.add(`${source}\0${domain}`);
      }
      return true;
    };
    const start = (fmt: LogFormat | undefined) => {
      format = fmt;
      f.format = fmt?.name ?? null;
      f.sizes = fmt?.sizes;
      parser = fmt?.create();
      if (fmt?.document) doc = [];
    };

    // Once the format is known and parses line by line, only lines that may name a sink are decoded
    // and parsed; the rest are counted (`prefiltered`). Zeek TSV keeps every line (its #fields headers).
    const filter: LineFilter | undefined = opts.parseAll
      ? undefined
      : { active: () => !!parser && !doc && !!format?.lineLocal && sample.length === 0, next: (buf, from) => prefilter.next(buf, from) };
    try {
      for await (const { lines: batch, numbers, count } of lineBatches(input.bytes, filter)) {
        if (opts.signal?.aborted) throw opts.signal.reason;
        if (stop) break;
        const startNo = lineNo;
        if (numbers) f.prefiltered = (f.prefiltered ?? 0) + count - batch.length;
        for (let bi = 0; bi < batch.length; bi++) {
        const line = batch[bi];
        if (stop) break;
        lineNo = numbers ? numbers[bi] : lineNo + 1;
        f.lines = lineNo;
        if (line === null) {
          if (doc) throw new LogReadError('too-large', `a line over ${MAX_LINE} bytes in a single-document log`);
          skip(f, 'line-too-long', lineNo);
          continue;
        }
        if (!parser) {
          if (forced && !sample.length) start(forced);
          else {
            sample.push(line);
            if (sample.length < SAMPLE) continue;
            start(detectFormat(sample, formats));
            if (!parser) {
              stop = true;
              break;
            }
          }
          if (!parser) continue;
          // Replay the sample through the chosen parser.
          const replay = sample.splice(0);
          const base = lineNo - replay.length;
          for (let i = 0; i < replay.length; i++) feed(replay[i], base + i + 1);
          if (!replay.length) feed(line, lineNo);
          continue;
        }
        feed(line, lineNo);
        }
        if (!stop) {
          lineNo = startNo + count;
          f.lines = lineNo;
        }
      }
      if (!parser && sample.length) {
        start(detectFormat(sample, formats));
        if (parser) {
          const base = lineNo - sample.length;
          sample.forEach((l, i) => feed(l, base + i + 1));
        }
      }
      if (doc && parser) {
        const text = doc.join('\n');
        doc = undefined;
        handle(text, 1, format!, parser);
        // The document is parsed whole (or skipped whole): count its lines accordingly.
        if (f.skipped === 0) f.parsed = f.lines;
        else f.skipped = f.lines - f.parsed;
      }
      if (!parser) {
        f.reasons['unknown-format'] = 1;
        f.skipped = f.lines;
      }
    } catch (e) {
      if (e instanceof LogReadError) {
        f.reasons[e.reason] = (f.reasons[e.reason] ?? 0) + 1;
        if (e.reason === 'binary') f.skipped = f.lines;
      } else throw e;
    }

    function feed(line: string, n: number) {
      if (doc) {
        docBytes += line.length + 1;
        if (docBytes > (opts.maxDocument ?? 256 * 1024 * 1024)) throw new LogReadError('too-large', 'single-document log (HAR) too large');
        doc.push(line);
        return;
      }
      if (line === '' || (line.startsWith('#') && format?.name !== 'zeek')) {
        // Blank lines and comment headers (W3C, Windows DNS legend) are neither parsed nor broken.
        f.parsed++;
        return;
      }
      handle(line, n, format!, parser!);
    }
  }

  // conn records that did not fit the pending map: read those conn logs again for the uids still wanted.
  if (join.incomplete) {
    for (const { input, format } of connInputs) {
      if (!input.reopen) continue;
      const parser = format.create();
      for await (const { lines: batch } of lineBatches(input.reopen())) {
        for (const line of batch) {
          if (line === null) continue;
          for (const e of parser.parse(line) ?? []) if (e.kind === 'conn' && e.uid) join.conn(e.uid, e.bytesOut, e.bytesIn);
        }
      }
    }
  }

  const lines = files.reduce((a, f) => a + f.lines, 0);
  const parsed = files.reduce((a, f) => a + f.parsed, 0);
  const skipped = files.reduce((a, f) => a + f.skipped, 0);
  const perFormat: Record<string, number> = {};
  for (const f of files) if (f.format) perFormat[f.format] = (perFormat[f.format] ?? 0) + f.lines;
  return {
    sinks: agg.reports(pairsWithFindings),
    findings: [...findings.values()],
    stats: { lines, parsed, skipped, connectionsJoined: join.joined, prefiltered: files.reduce((a, f) => a + (f.prefiltered ?? 0), 0), formats: perFormat, files, durationMs: Date.now() - started, ...(agg.folded ? { folded: agg.folded } : {}) },
  };
}

/** The host of an absolute URL inside a logged target (/redirect?u=https://…), if any. */
function hostFromText(text: string): string {
  const m = /https?:\/\/([^/\s"'?#]+)/i.exec(text);
  if (!m) return '';
  return m[1].toLowerCase().replace(/:\d+$/, '').replace(/\.$/, '');
}
