import type { Location, ScanUnit, SkippedFile } from '../types.js';

/** Where scanned bytes were seen. */
export interface Origin {
  path: string;
  commit?: string;
  author?: string;
  date?: string;
  repository?: string;
}

export interface SourceSink {
  /** Total units (files or blobs), and bytes when known: for progress and choosing an engine. */
  total?(units: number, bytes?: number): void;
  /**
   * Scans one unit and records what it holds at every origin (a git blob can sit in many commits).
   * Origins may be given lazily: they are only asked for when the unit holds a finding.
   */
  scan(unit: ScanUnit, origins: Origin[] | (() => Origin[] | Promise<Origin[]>), opts?: { preimages?: readonly string[] }): Promise<void>;
  /**
   * Scans several units at once (each with its origins): one promise for the lot, not one per unit.
   * Optional: a sink without it gets the units one by one through scan().
   */
  scanAll?(units: { unit: ScanUnit; origins: Origin[] }[]): Promise<void>;
  /**
   * Range and index: the earlier version (`id`) of a changed file. What it holds is not new: a unit
   * scanned later with this id among its `preimages` does not report it again. The bytes are not kept.
   */
  preimage(id: string, unit: ScanUnit): void;
  skip(s: SkippedFile): void;
}

/** A source of bytes to scan: the working tree, git history, a commit range, the index… */
export interface Source {
  run(sink: SourceSink, signal?: AbortSignal): Promise<void>;
  /** Orders a finding's locations (history: oldest commit first). */
  compareLocations?: (a: Location, b: Location) => number;
  /** Detection worker threads that suit this source on a machine with this many cores. */
  defaultWorkers?(cores: number): number;
  /** Statistics only the source knows (commits, shallow clone). */
  describe?(): { commitsScanned?: number; shallow?: boolean; blobsScanned?: number };
}
