/** hookscan logs: proxy, DNS and network logs → traffic to webhook and capture services. */
export { analyzeLogs, type FileStats, type LogInput, type LogsOptions, type LogsResult, type LogsStats } from './analyze.js';
export { FORMAT_NAMES } from './formats/index.js';
export { LOGS_FORMATS, renderLogs, toLogsJson, SINK_RULE_ID, type LogsFormat, type LogsRenderOptions } from './render.js';
export { SinkMatcher, type Sink } from './sink-match.js';
export { beaconScore, type BeaconScore } from './beacon.js';
export type { SinkReport } from './aggregate.js';
export { maskPath } from './mask.js';
