/**
 * The placeholder filter: documentation values, templates and elided secrets are not findings.
 * Applied to every secret after decoding.
 */

const MARKERS = ['${', '{{', '{', '}', '<', '>', '%s', '$', 'xxxx', '****', '...', '…', 'your', 'example', 'replace',
  'placeholder', 'redacted', 'dummy', 'changeme', 'sample', 'insert'];

function hasRun(s: string, len: number): boolean {
  let same = 1, up = 1;
  for (let i = 1; i < s.length; i++) {
    const a = s.charCodeAt(i - 1), b = s.charCodeAt(i);
    same = b === a ? same + 1 : 1;
    const alnum = (x: number) => (x >= 48 && x <= 57) || (x >= 65 && x <= 90) || (x >= 97 && x <= 122);
    up = b === a + 1 && alnum(a) && alnum(b) ? up + 1 : 1;
    if (same >= len || up >= len) return true;
  }
  return false;
}

/** Why a secret looks like a placeholder, or null when it looks real. */
export function placeholderReason(secret: string, known: readonly string[] = []): string | null {
  const lower = secret.toLowerCase();
  for (const m of MARKERS) if (lower.includes(m)) return `contains '${m}'`;
  for (const k of known) if (secret.includes(k)) return 'a documented placeholder';
  if (hasRun(secret, 8)) return 'a run of repeated or sequential characters';
  return null;
}
