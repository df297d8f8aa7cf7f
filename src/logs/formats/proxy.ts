/** Proxy and web server access logs: Squid native, Squid common/combined, nginx/Apache combined. */
import type { LineParser, LogEvent, LogFormat } from '../types.js';
import { clfTime, count, hostOf, regexLines } from './fields.js';

// time elapsed client code/status bytes method URL user hierarchy/peer type (squid logformat "squid").
const SQUID = /^(\d{9,11}(?:\.\d+)?)\s+-?\d+\s+(\S+)\s+[A-Z_]+\/\d{3}\s+(\d+)\s+([A-Z_-]+)\s+(\S+)\s+\S+\s+[A-Z_]+\/\S+/;

// client ident user [time] "method target version" status bytes … (httpd mod_log_config %h %l %u %t "%r" %>s %b).
const CLF = /^(\S+) (\S+) (\S+) \[([^\]]+)\] "([A-Z]+) (\S+)(?: [^"]*)?" (\d{3}|-) (\d+|-)(.*)$/;

/** A request target as a host: absolute URL, CONNECT host:port, or '' for a path (the server itself). */
function targetHost(method: string, target: string): string {
  if (method === 'CONNECT') return hostOf(target);
  return target.startsWith('/') ? '' : hostOf(target);
}

function event(time: number, source: string, method: string, target: string, bytesIn: number | undefined): LogEvent {
  const host = targetHost(method, target);
  return { time, source, host, kind: method === 'CONNECT' ? 'tls' : 'http', method, url: method === 'CONNECT' ? undefined : target, bytesIn };
}

export const squidNative: LogFormat = regexLines({
  name: 'squid',
  sizes: 'bytes in = reply size sent to the client (%<st); request size is not recorded',
  re: SQUID,
  events: (m) => (m ? [event(Number(m[1]) * 1000, m[2], m[4], m[5], count(m[3]))] : null),
});

function clf(name: string, trailer: (rest: string) => boolean, sizes: string): LogFormat {
  return {
    name,
    sizes,
    lineLocal: true,
    test: (line) => {
      const m = CLF.exec(line);
      return !!m && trailer(m[9]);
    },
    create: (): LineParser => ({
      parse(line) {
        const m = CLF.exec(line);
        if (!m) return null;
        const source = m[3] !== '-' ? `${m[1]} (${m[3]})` : m[1];
        return [event(clfTime(m[4]), source, m[5], m[6], count(m[8]))];
      },
    }),
  };
}

/** Squid's common/combined: the CLF line ends with the Squid status:hierarchy pair. */
export const squidCommon = clf('squid-common', (rest) => /\s[A-Z_]+:[A-Z_]+\s*$/.test(rest) || /\s[A-Z_]+:[A-Z_]+\s+"/.test(rest) || /"\s+[A-Z_]+:[A-Z_]+$/.test(rest), 'bytes in = reply size (%<st); request size is not recorded');

export const combined = clf('combined', () => true, 'bytes in = response size (%b); request size needs %I / $request_length');
