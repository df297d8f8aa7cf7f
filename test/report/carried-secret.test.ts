// An unredacted JSON report carries each finding's secret and redacted URL, so `merge` and `revoke`
// read them instead of running the detector again; older reports without them still work.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fromJsonReport } from '../../src/report/index.js';
import { findingsFromReport } from '../../src/revoke/index.js';
import { cli } from '../support/cli.js';
import { fabricate } from '../support/fabricate.js';

const dir = mkdtempSync(join(tmpdir(), 'hookscan-carried-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the secret in an unredacted JSON report', () => {
  it('is carried with --no-redact only, and read back without a detector', async () => {
    const { url, finding } = fabricate('discord');
    writeFileSync(join(dir, 'a.js'), `const u = "${url}";\n`);
    const redacted = JSON.parse((await cli(['scan', '--format', 'json', '.'], dir)).stdout);
    expect(redacted.findings[0].secret).toBeUndefined();
    expect(JSON.stringify(redacted)).not.toContain(finding.secret);
    const full = JSON.parse((await cli(['scan', '--format', 'json', '--no-redact', '.'], dir)).stdout);
    expect(full.findings[0].secret).toBe(finding.secret);
    expect(full.findings[0].redactedUrl).toBe(finding.redactedUrl);
    // No patterns at all: nothing could be detected again, yet the secret is there.
    const [f] = findingsFromReport(full, 'full.json', []);
    expect(f.secret).toBe(finding.secret);
    expect(f.redactedUrl).toBe(finding.redactedUrl);
    expect(fromJsonReport(full, 'full.json').result.findings[0].secret).toBe(finding.secret);
  });

  it('an older unredacted report (no secret field) is still read, through the detector', async () => {
    const { url, finding } = fabricate('slack');
    writeFileSync(join(dir, 'b.js'), `const u = "${url}";\n`);
    const full = JSON.parse((await cli(['scan', '--format', 'json', '--no-redact', 'b.js'], dir)).stdout);
    for (const x of full.findings) {
      delete x.secret;
      delete x.redactedUrl;
    }
    const { loadProviders } = await import('../../src/patterns/index.js');
    const [f] = findingsFromReport(full, 'old.json', loadProviders().flatMap((p) => p.patterns));
    expect(f.secret).toBe(finding.secret);
  });
});
