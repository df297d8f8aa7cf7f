export type { Origin, Source, SourceSink } from './types.js';
export { WorktreeSource, type WorktreeOptions } from './worktree.js';
export { classify } from './content.js';
export { GitSource, inspectRepository, parseLog, type GitMode, type GitSourceOptions } from './git.js';
