/**
 * GitHub Actions workflow commands (`::add-mask::`, `::error file=…::`) and the environment files
 * (GITHUB_OUTPUT). Pure formatting; the caller writes the lines.
 */
import type { Finding } from '../types.js';

/**
 * GitHub shows at most 10 error annotations (and 10 warnings) per step; the rest are dropped
 * silently. See the REST docs of check runs, `output.annotations`: "GitHub Actions are limited to
 * 10 warning annotations and 10 error annotations per step."
 * (https://docs.github.com/en/rest/checks/runs#create-a-check-run).
 */
export const MAX_ERROR_ANNOTATIONS = 10;

/** Escapes the data part of a workflow command (what follows the second `::`). */
export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a property value of a workflow command (`file=…,line=…`). */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export function command(name: string, props: Record<string, string | number | undefined>, data: string): string {
  const p = Object.entries(props)
    .filter((e): e is [string, string | number] => e[1] !== undefined && e[1] !== '')
    .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
    .join(',');
  return `::${name}${p ? ` ${p}` : ''}::${escapeData(data)}`;
}

/**
 * Every string that would give a secret away: the secret, its URL, its encoded form and its longer
 * parts (a Slack secret is three parts; a log line might show one of them).
 */
export function secretsToMask(findings: readonly Finding[]): string[] {
  const out = new Set<string>();
  for (const f of findings) {
    for (const s of [f.secret, f.url, encodeURIComponent(f.secret), ...f.secret.split(/[/:@.?&=]/)]) {
      if (s.length >= 8) out.add(s);
    }
  }
  // Longest first: masking a long value before its parts keeps the log tidy.
  return [...out].sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0));
}

export function maskLines(findings: readonly Finding[]): string[] {
  return secretsToMask(findings).map((s) => `::add-mask::${escapeData(s)}`);
}

/** One error annotation per finding (its first location), at most MAX_ERROR_ANNOTATIONS, then a notice counting the rest. */
export function annotationLines(findings: readonly Finding[], remediation: (f: Finding) => string): string[] {
  const lines: string[] = [];
  for (const f of findings.slice(0, MAX_ERROR_ANNOTATIONS)) {
    const l = f.locations[0];
    if (!l) continue;
    const where = l.commit ? ` (commit ${l.commit.slice(0, 12)})` : '';
    const more = f.locations.length + (f.moreLocations ?? 0) - 1;
    const also = more > 0 ? ` Also seen in ${more} other place${more === 1 ? '' : 's'}.` : '';
    const verdict = f.verification ? ` Verification: ${f.verification.status}.` : '';
    const what = f.kind === 'exfil-sink' ? 'Exfiltration sink' : 'Hardcoded webhook';
    lines.push(
      command(
        'error',
        { file: l.path, line: l.line, col: l.column, endLine: l.endLine, endColumn: l.endLine === l.line ? l.endColumn : undefined, title: `hookscan: ${f.providerName} ${f.name}` },
        `${what} ${f.redactedUrl}${where}.${verdict}${also} ${remediation(f)} (rule ${f.ruleId}, fingerprint ${f.fingerprint})`,
      ),
    );
  }
  const rest = findings.length - Math.min(findings.length, MAX_ERROR_ANNOTATIONS);
  if (rest > 0) {
    lines.push(command('notice', { title: 'hookscan' }, `${rest} more finding${rest === 1 ? ' is' : 's are'} not annotated (GitHub shows ${MAX_ERROR_ANNOTATIONS} error annotations per step): see the job summary and the SARIF file`));
  }
  return lines;
}

/** GITHUB_OUTPUT lines; a value with a newline uses the heredoc form. */
export function outputLines(outputs: Record<string, string | number>, delimiter: string): string {
  return Object.entries(outputs)
    .map(([k, v]) => {
      const s = String(v);
      return s.includes('\n') ? `${k}<<${delimiter}\n${s}\n${delimiter}\n` : `${k}=${s}\n`;
    })
    .join('');
}
