/**
 * What the walk needs to know of archives before opening one — formats, limits, names and magic
 * bytes — and the bound on members in flight. Light on purpose: the readers (tar, zlib, yauzl) in
 * archive.ts load only when an archive is opened.
 */
export type ArchiveFormat = 'zip' | 'gzip' | 'tar';

export interface ArchiveLimits {
  /** Archive levels opened: `a.zip!b.tgz!c.js` needs 2. Deeper archives are skipped (`archive-limit`). */
  maxDepth: number;
  /** Uncompressed bytes read from one archive, nested ones included (zip and gzip bombs). */
  maxTotalBytes: number;
  /** Members of one archive, nested ones included. */
  maxEntries: number;
}

export const DEFAULT_ARCHIVE_LIMITS: ArchiveLimits = {
  maxDepth: 4,
  maxTotalBytes: 1024 * 1024 * 1024,
  maxEntries: 100_000,
};

/** What the working-tree source does with archives. */
export interface ArchiveOptions extends Partial<ArchiveLimits> {
  /** Also open archives found while walking folders (files named directly are always opened). */
  walk?: boolean;
}

export const ZIP_NAMES = /\.(zip|whl|egg|jar|war|ear|aar|apk|nupkg|vsix|xpi)$/i;
const TAR_NAMES = /\.(tar|tgz|tar\.gz|taz|gem|crate|gz)$/i;

/** Whether a file name says archive (walked files are opened only then). */
export function hasArchiveName(name: string): boolean {
  return ZIP_NAMES.test(name) || TAR_NAMES.test(name);
}

/** A tar header block: the `ustar` magic, or (old v7 archives) a valid header checksum. */
export function looksLikeTar(b: Uint8Array): boolean {
  if (b.length < 512) return false;
  if (b[257] === 0x75 && b[258] === 0x73 && b[259] === 0x74 && b[260] === 0x61 && b[261] === 0x72) return true; // "ustar"
  const field = Buffer.from(b.subarray(148, 156)).toString('latin1').replace(/[\0 ]+$/, '').trim();
  if (!/^[0-7]{1,7}$/.test(field)) return false;
  let sum = 0;
  for (let i = 0; i < 512; i++) sum += i >= 148 && i < 156 ? 0x20 : b[i];
  return sum === parseInt(field, 8) && b[0] !== 0;
}

/** The archive format the first bytes (512 are enough) show, if any. */
export function sniffArchive(head: Uint8Array): ArchiveFormat | undefined {
  if (head.length >= 4 && head[0] === 0x50 && head[1] === 0x4b && ((head[2] === 3 && head[3] === 4) || (head[2] === 5 && head[3] === 6))) return 'zip';
  if (head.length >= 3 && head[0] === 0x1f && head[1] === 0x8b && head[2] === 8) return 'gzip';
  if (looksLikeTar(head)) return 'tar';
  return undefined;
}

/** Member scans in flight, shared by every archive of a walk so memory stays bounded. */
export class InFlight {
  private readonly running = new Set<Promise<void>>();
  private failure: { error: unknown } | undefined;
  constructor(private readonly max: number) {}

  /** Waits until a slot is free. */
  async room(): Promise<void> {
    while (this.running.size >= this.max) await Promise.race(this.running);
    this.check();
  }

  add(p: Promise<void>): void {
    const tracked: Promise<void> = p.then(
      () => {
        this.running.delete(tracked);
      },
      (error: unknown) => {
        this.running.delete(tracked);
        this.failure ??= { error };
      },
    );
    this.running.add(tracked);
  }

  /** Waits for every scan and rethrows the first failure (an abort, a worker crash). */
  async drain(): Promise<void> {
    while (this.running.size) await Promise.all(this.running);
    this.check();
  }

  private check(): void {
    if (this.failure) throw this.failure.error;
  }
}
