export type { Fragment, Origin, Source, SourceSink } from './types.js';
export { WorktreeSource, type WorktreeOptions } from './worktree.js';
export { classify } from './content.js';
