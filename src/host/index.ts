export { sweepHost, homesOf, HOST_FAMILIES } from './sweep.js';
export { HostReader, decodeText, printableRuns, DEFAULT_MAX_HOST_FILE } from './reader.js';
export { bashTimes, zshTimes, fishTimes } from './shell-history.js';
export { registryRemovals } from './registry.js';
export { TECHNIQUES } from './techniques.js';
export type { HostArtifact, HostSweep, HostSweepOptions, CoverageEntry, CoverageStatus, Technique } from './types.js';
export { collectBrowsers, findHistoryDatabases, webkitTime, prTime } from './browsers.js';
export { replayWal } from './sqlite-wal.js';
