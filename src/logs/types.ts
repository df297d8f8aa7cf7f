/** What every log parser yields: one network event, whatever the format. */

export type EventKind = 'http' | 'dns' | 'tls' | 'conn';

export interface LogEvent {
  /** Epoch milliseconds; NaN when the line carries no usable time. */
  time: number;
  /** Who made the request: client IP, user or machine name. */
  source: string;
  /** Lower-case host name (no port, no trailing dot); empty when the format records only addresses. */
  host: string;
  kind: EventKind;
  method?: string;
  /** The request target as logged (absolute URL or path); undefined for DNS/TLS. */
  url?: string;
  /** Bytes the client sent (request body or upload), when the format records it. */
  bytesOut?: number;
  /** Bytes the client received, when the format records it. */
  bytesIn?: number;
  /** Zeek's connection id: joins http/ssl events to conn.log's byte counts. */
  uid?: string;
}

/** A line parser for one file. `null` = the line does not fit the format (counted as skipped). */
export interface LineParser {
  parse(line: string): LogEvent[] | null;
}

export interface LogFormat {
  name: string;
  /** One line on what the sizes mean (bytes out/in are not recorded by every format). */
  sizes: string;
  /** Does this line look like the format? (Detection from content.) */
  test(line: string): boolean;
  create(): LineParser;
  /** The whole file is one document (HAR): read it at once instead of by lines. */
  document?: boolean;
  /** Each line parses on its own (no headers or multi-line records): the sink prefilter may skip lines. */
  lineLocal?: boolean;

}
