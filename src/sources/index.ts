export type { Origin, Source, SourceSink } from './types.js';
export { WorktreeSource, type WorktreeOptions } from './worktree.js';
export { DEFAULT_ARCHIVE_LIMITS, hasArchiveName, scanArchiveBytes, scanArchiveFile, sniffArchive, type ArchiveFormat, type ArchiveLimits, type ArchiveOptions } from './archive.js';
export { GitSource, inspectRepository, parseLog, type GitMode, type GitSourceOptions } from './git.js';
