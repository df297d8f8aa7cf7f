/**
 * A browser keeps its history database open and locked, and recent visits may sit only in its
 * write-ahead log (`<db>-wal`). hookscan never opens the live file with SQLite: it reads the bytes
 * (a copy in memory) and replays the log's committed frames onto that copy, as SQLite's own
 * checkpoint would, following the documented WAL format (sqlite.org/fileformat2.html#walformat):
 * a 32-byte header (magic, version, page size, checkpoint sequence, two salts, a checksum), then
 * frames of a 24-byte header (page number, database size for a commit frame, the salts, a running
 * checksum) and one page. Frames count until the first whose salts or checksum do not match; only
 * frames up to the last valid commit are applied.
 */

export interface WalReplay {
  /** The database image with the log applied, in rollback-journal mode (readable from memory). */
  image: Uint8Array;
  /** Committed frames applied. */
  frames: number;
  /** Why the log was ignored or cut short, if it was. */
  note?: string;
}

const WAL_HEADER = 32;
const FRAME_HEADER = 24;

function checksum(bytes: Uint8Array, start: number, end: number, bigEndian: boolean, s: [number, number]): [number, number] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let [s0, s1] = s;
  for (let i = start; i < end; i += 8) {
    s0 = (s0 + view.getUint32(i, !bigEndian) + s1) >>> 0;
    s1 = (s1 + view.getUint32(i + 4, !bigEndian) + s0) >>> 0;
  }
  return [s0, s1];
}

/** The database page size from its header (offset 16; 1 means 65536). */
function dbPageSize(db: Uint8Array): number {
  const v = (db[16] << 8) | db[17];
  return v === 1 ? 65536 : v;
}

/** Applies the committed frames of `wal` to a copy of `db`. A missing, empty or foreign log leaves the copy as it was. */
export function replayWal(db: Uint8Array, wal: Uint8Array | undefined): WalReplay {
  let image = Uint8Array.from(db);
  const legacy = (note?: string, frames = 0): WalReplay => {
    // Rollback-journal mode: SQLite then reads the image without looking for a log or shared memory.
    if (image.length >= 20 && image[18] === 2) image[18] = 1;
    if (image.length >= 20 && image[19] === 2) image[19] = 1;
    return { image, frames, ...(note ? { note } : {}) };
  };
  if (!wal || wal.length === 0) return legacy();
  if (wal.length < WAL_HEADER) return legacy('write-ahead log shorter than its header: ignored');
  const view = new DataView(wal.buffer, wal.byteOffset, wal.byteLength);
  const magic = view.getUint32(0);
  if (magic !== 0x377f0682 && magic !== 0x377f0683) return legacy('write-ahead log has no WAL magic number: ignored');
  const bigEndian = (magic & 1) === 1;
  const pageSize = view.getUint32(8);
  if (pageSize < 512 || pageSize > 65536 || (pageSize & (pageSize - 1)) !== 0) return legacy(`write-ahead log page size ${pageSize} is invalid: ignored`);
  if (image.length >= 100 && dbPageSize(image) !== pageSize) return legacy('write-ahead log page size differs from the database: ignored');
  const salt1 = view.getUint32(16);
  const salt2 = view.getUint32(20);
  let sum = checksum(wal, 0, 24, bigEndian, [0, 0]);
  if (sum[0] !== view.getUint32(24) || sum[1] !== view.getUint32(28)) return legacy('write-ahead log header checksum does not match: ignored');

  // Pass 1: the valid frames and the last commit among them.
  const frameSize = FRAME_HEADER + pageSize;
  let lastCommit = -1;
  let commitSize = 0;
  let valid = 0;
  for (let off = WAL_HEADER; off + frameSize <= wal.length; off += frameSize, valid++) {
    if (view.getUint32(off + 8) !== salt1 || view.getUint32(off + 12) !== salt2) break;
    sum = checksum(wal, off, off + 8, bigEndian, sum);
    sum = checksum(wal, off + FRAME_HEADER, off + frameSize, bigEndian, sum);
    if (sum[0] !== view.getUint32(off + 16) || sum[1] !== view.getUint32(off + 20)) break;
    const size = view.getUint32(off + 4);
    if (size > 0) {
      lastCommit = valid;
      commitSize = size;
    }
  }
  if (lastCommit < 0) return legacy(valid ? 'write-ahead log holds no committed transaction: ignored' : undefined);

  // Pass 2: apply frames 0..lastCommit in order (later frames of a page win).
  const size = commitSize * pageSize;
  if (size !== image.length) {
    const grown = new Uint8Array(size);
    grown.set(image.subarray(0, Math.min(image.length, size)));
    image = grown;
  }
  for (let i = 0; i <= lastCommit; i++) {
    const off = WAL_HEADER + i * frameSize;
    const page = view.getUint32(off);
    if (page === 0 || page > commitSize) continue;
    image.set(wal.subarray(off + FRAME_HEADER, off + frameSize), (page - 1) * pageSize);
  }
  // The in-header database size (offset 28) must agree with the image, or SQLite trusts the stale one.
  if (image.length >= 32) new DataView(image.buffer).setUint32(28, commitSize);
  return legacy(undefined, lastCommit + 1);
}
