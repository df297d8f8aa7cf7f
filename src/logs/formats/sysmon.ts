/** Sysmon events 3 (network connection) and 22 (DNS query) exported as JSON: evtx_dump, Winlogbeat/ECS, flat (NXLog, GELF, Splunk) and PowerShell ConvertTo-Json shapes. */
import type { LogEvent, LogFormat } from '../types.js';
import { at, hostOf, isoTime, jsonLines, str } from './fields.js';

function shape(o: Record<string, unknown>): { id: number; data: Record<string, unknown>; computer: string } | null {
  if (o.Event && typeof o.Event === 'object') {
    const id = Number(at(o, 'Event', 'System', 'EventID'));
    const data = (at(o, 'Event', 'EventData') ?? {}) as Record<string, unknown>;
    return { id, data, computer: str(at(o, 'Event', 'System', 'Computer')) ?? '' };
  }
  if (o.winlog && typeof o.winlog === 'object') {
    const id = Number(at(o, 'winlog', 'event_id'));
    const data = (at(o, 'winlog', 'event_data') ?? {}) as Record<string, unknown>;
    return { id, data, computer: str(at(o, 'winlog', 'computer_name')) ?? str(at(o, 'host', 'name')) ?? '' };
  }
  // Flat exports (NXLog to_json, Graylog/GELF, Splunk JSON): the event data fields sit beside EventID.
  const provider = str(o.SourceName) ?? str(o.ProviderName) ?? str(o.Channel) ?? '';
  if (!/sysmon/i.test(provider)) return null;
  if (o.EventID !== undefined) {
    return { id: Number(o.EventID), data: o, computer: str(o.Hostname) ?? str(o.Computer) ?? '' };
  }
  // PowerShell `Get-WinEvent ... | ConvertTo-Json`: Id, MachineName and a Message of "Key: value" lines.
  if (o.Id !== undefined && typeof o.Message === 'string') {
    return { id: Number(o.Id), data: messageFields(o.Message), computer: str(o.MachineName) ?? '' };
  }
  return null;
}

/** The "Key: value" lines of a rendered Sysmon event message. */
function messageFields(message: string): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  for (const line of message.split(/\r?\n/)) {
    const i = line.indexOf(': ');
    if (i > 0) data[line.slice(0, i).trim()] = line.slice(i + 2).trim();
  }
  return data;
}

export const sysmonJson: LogFormat = jsonLines({
  name: 'sysmon',
  sizes: 'no byte counts (Sysmon records connections and queries, not volumes)',
  is: (o) => shape(o) !== null,
  events(o) {
    const s = shape(o);
    if (!s) return null;
    const time = isoTime(str(s.data.UtcTime) ?? str(o['@timestamp']));
    const image = str(s.data.Image) ?? '';
    const exe = image.replace(/^.*[\\/]/, '');
    if (s.id === 22) {
      const source = `${s.computer}${exe ? ` ${exe}` : ''}`.trim();
      return [{ time, source, host: hostOf(str(s.data.QueryName)), kind: 'dns' } satisfies LogEvent];
    }
    if (s.id === 3) {
      const source = `${str(s.data.SourceIp) ?? s.computer}${exe ? ` ${exe}` : ''}`;
      return [{ time, source, host: hostOf(str(s.data.DestinationHostname)), kind: 'conn' } satisfies LogEvent];
    }
    return [];
  },
});
