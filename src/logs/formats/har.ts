/** HAR 1.2 (browser devtools, proxies): one JSON document, log.entries[]. */
import type { LineParser, LogEvent, LogFormat } from '../types.js';
import { at, count, hostOf, isoTime, str } from './fields.js';

export const har: LogFormat = {
  name: 'har',
  sizes: 'bytes out = request.bodySize, bytes in = response.bodySize',
  document: true,
  test: (text) => /^\s*\{\s*"log"\s*:/.test(text),
  create: (): LineParser => ({
    parse(text) {
      let doc: unknown;
      try {
        doc = JSON.parse(text);
      } catch {
        return null;
      }
      const entries = at(doc, 'log', 'entries');
      if (!Array.isArray(entries)) return null;
      const out: LogEvent[] = [];
      for (const e of entries) {
        const url = str(at(e, 'request', 'url'));
        if (!url) continue;
        out.push({
          time: isoTime(at(e, 'startedDateTime')),
          source: 'browser',
          host: hostOf(url),
          kind: 'http',
          method: str(at(e, 'request', 'method')),
          url,
          bytesOut: count(at(e, 'request', 'bodySize')) ?? count((str(at(e, 'request', 'postData', 'text')) ?? '').length || undefined),
          bytesIn: count(at(e, 'response', 'bodySize')),
        });
      }
      return out;
    },
  }),
};
