import type { SkippedFile } from '../types.js';

/** Where a fragment's bytes came from. */
export interface Origin {
  path: string;
  commit?: string;
  author?: string;
  date?: string;
  repository?: string;
}

/** Bytes to scan plus every place they were seen (a git blob can sit in many commits). */
export interface Fragment {
  bytes: Buffer;
  origin: Origin;
  /** For history blobs: called lazily, only when the fragment held a finding. */
  moreOrigins?: () => Promise<Origin[]> | Origin[];
}

export interface SourceSink {
  fragment(f: Fragment): void | Promise<void>;
  skip(s: SkippedFile): void;
  /** Total units (files or blobs) when known, for progress. */
  total?(n: number): void;
}

export interface Source {
  run(sink: SourceSink, signal?: AbortSignal): Promise<void>;
}
