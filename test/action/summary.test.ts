// The job summary: a redacted markdown table, whatever the redact input says.
import { describe, expect, it } from 'vitest';
import { remediationLine, renderSummary } from '../../src/action/summary.js';
import { loadProviders } from '../../src/patterns/index.js';
import { FABRICATE, findingsIn } from '../support/fabricate.js';

const patterns = loadProviders().flatMap((p) => p.patterns);

describe('job summary', () => {
  it('has one redacted row per finding with provider, rule, location, verdict and remediation', () => {
    const findings = findingsIn(`a = "${FABRICATE.slack()}"\nb = "${FABRICATE.telegram()}"`).map((f) => ({
      ...f,
      locations: [{ path: 'dir|x/app.env', line: 4, column: 5, endLine: 4, endColumn: 90, commit: 'c'.repeat(40) }],
    }));
    findings[1].verification = { status: 'live', reason: 'the token answers', checkedAt: '2026-01-01T00:00:00Z' };
    const md = renderSummary({
      result: { findings, stats: { filesScanned: 3, bytesScanned: 10, filesSkipped: 0, skipped: [], findings: 2, suppressed: 1, durationMs: 12, commitsScanned: 2 } },
      patterns,
      scanned: 'pull request #3',
      failOn: 'any',
      failed: true,
      verified: true,
      engine: 're2 (native)',
      version: '0.0.0',
      warnings: [],
    });
    expect(md).toContain('hookscan: 2 webhook URLs found');
    const rows = md.split('\n').filter((l) => /^\| (Slack|Telegram) /.test(l));
    expect(rows).toHaveLength(2);
    expect(rows[0]).toContain('`dir\\|x/app.env:4` @ `ccccccc`');
    expect(rows.join('\n')).toContain('**live** — the token answers');
    for (const f of findings) expect(md).not.toContain(f.secret);
  });

  it('the remediation cell is the first step, in plain text', () => {
    expect(remediationLine('Risk text.\n\n1. Open **Settings** → `Webhooks` and\n   delete it.\n2. Then more.')).toBe('Open Settings → Webhooks and delete it.');
    expect(remediationLine('Just rotate it\nat the provider.\n\nMore.')).toBe('Just rotate it at the provider.');
  });
});
