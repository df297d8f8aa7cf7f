/** What counts as text: the NUL sniff and UTF-16 transcoding that every source and the engine share (detection input, not a source). */

const SNIFF = 8000;

export type Classified = { text: Buffer } | { skip: 'binary' | 'lfs-pointer' };

const LFS = Buffer.from('version https://git-lfs.github.com/spec/v1');

/** Returns the bytes to scan (UTF-16 with a BOM is converted to UTF-8) or why they are skipped. */
export function classify(bytes: Buffer): Classified {
  if (bytes.length >= 2) {
    const b0 = bytes[0], b1 = bytes[1];
    if ((b0 === 0xff && b1 === 0xfe) || (b0 === 0xfe && b1 === 0xff)) {
      const body = Buffer.from(bytes.subarray(2, bytes.length - (bytes.length % 2)));
      if (b0 === 0xfe) body.swap16();
      return { text: Buffer.from(body.toString('utf16le'), 'utf8') };
    }
  }
  if (bytes.length < 200 && bytes.subarray(0, LFS.length).equals(LFS)) return { skip: 'lfs-pointer' };
  const n = Math.min(bytes.length, SNIFF);
  const nul = bytes.indexOf(0);
  if (nul >= 0 && nul < n) return { skip: 'binary' };
  return { text: bytes };
}
