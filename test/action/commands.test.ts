// Workflow commands: escaping, masks, annotations capped as GitHub caps them.
import { describe, expect, it } from 'vitest';
import { MAX_ERROR_ANNOTATIONS, annotationLines, command, escapeData, maskLines, outputLines, secretsToMask } from '../../src/action/commands.js';
import { FABRICATE, findingsIn } from '../support/fabricate.js';

describe('workflow commands', () => {
  it('escapes data and properties', () => {
    expect(escapeData('50%\r\nnext')).toBe('50%25%0D%0Anext');
    expect(command('error', { file: 'a,b:c.js', line: 3 }, 'x\ny')).toBe('::error file=a%2Cb%3Ac.js,line=3::x%0Ay');
  });

  it('masks each secret, its URL, its encoded form and its long parts', () => {
    const [f] = findingsIn(`hook = "${FABRICATE.slack()}"`);
    const masks = secretsToMask([f]);
    expect(masks).toContain(f.secret);
    expect(masks).toContain(f.url);
    for (const part of f.secret.split('/')) expect(masks).toContain(part);
    expect(maskLines([f]).every((l) => l.startsWith('::add-mask::'))).toBe(true);
  });

  it('annotates at most 10 findings, then one notice counts the rest; no raw secret', () => {
    const text = Array.from({ length: 12 }, () => `url = "${FABRICATE.discord()}"`).join('\n');
    const findings = findingsIn(text).map((f, i) => ({ ...f, locations: [{ path: 'a.js', line: i + 1, column: 7, endLine: i + 1, endColumn: 100 }] }));
    expect(findings).toHaveLength(12);
    const lines = annotationLines(findings, () => 'Rotate it.');
    expect(lines.filter((l) => l.startsWith('::error '))).toHaveLength(MAX_ERROR_ANNOTATIONS);
    expect(lines.at(-1)).toMatch(/^::notice title=hookscan::2 more findings are not annotated/);
    for (const f of findings) expect(lines.join('\n')).not.toContain(f.secret);
  });

  it('writes outputs, with a heredoc for multi-line values', () => {
    expect(outputLines({ findings: 2, sarif: '/tmp/x.sarif' }, 'EOF1')).toBe('findings=2\nsarif=/tmp/x.sarif\n');
    expect(outputLines({ text: 'a\nb' }, 'EOF1')).toBe('text<<EOF1\na\nb\nEOF1\n');
  });
});
