// A file dense with keywords merges every decode window into one; it is decoded in overlapping
// pieces (bounded buffers). Escaped URLs anywhere — across the pieces' seams too — are found once.
import { describe, expect, it } from 'vitest';
import { fabricate, findingsIn } from '../support/fabricate.js';

describe('escaped URLs in a file dense with keywords', () => {
  it('are each found once, across the seams of the decode pieces', () => {
    const urls: string[] = [];
    let text = '';
    const filler = 'hooks.slack \\/ &amp; %2F discord webhook\n'; // keywords and decode triggers everywhere
    while (text.length < 1_200_000) {
      // land URLs near every 256 KiB seam and at random places in between
      const seam = Math.ceil(text.length / 262_144) * 262_144;
      const gap = seam - text.length;
      text += filler.repeat(Math.max(1, Math.floor((gap > 0 && gap < 20_000 ? gap - 60 : 9_000 + Math.random() * 30_000) / filler.length)));
      const url = fabricate('slack').url;
      urls.push(url);
      text += `"${url.replaceAll('/', '\\/')}"\n`;
    }
    const found = findingsIn(text).filter((f) => f.encoding === 'escaped');
    expect(found.map((f) => f.url).sort()).toEqual([...urls].sort());
  });
});
