/** Redaction and fingerprints: pure functions of a secret. */
import { sha256Hex } from '../builtin.js';
import { maskSecrets, secretForms } from './index.js';

/** Stable identity of a finding: rule id + secret, never a location. */
export function fingerprint(ruleId: string, secret: string): string {
  return sha256Hex(`${ruleId}\0${secret}`).slice(0, 32);
}

/** Keeps at most the first few characters of each part of a secret (parts split at / : @ . -). */
export function redactSecret(secret: string): string {
  return secret.replace(/[^/:@.]+/g, (part) => {
    const keep = part.length >= 16 ? 4 : part.length >= 8 ? 2 : 0;
    return `${part.slice(0, keep)}…`;
  });
}

/** Replaces the secret span [start, end) of a URL with its redacted form. */
export function redactSpan(url: string, start: number, end: number): string {
  return url.slice(0, start) + redactSecret(url.slice(start, end)) + url.slice(end);
}

/**
 * Last line of defence: replaces every occurrence of any known secret in a text with its redacted
 * form, in one pass over the text for all secrets at once (src/secrets).
 */
export function scrubSecrets(text: string, secrets: Iterable<string>): string {
  return maskSecrets(text, secrets, redactSecret);
}

/** The last pass over a rendered output: every form of every finding's secret redacted (src/secrets). */
export function scrubFindings(text: string, findings: readonly { secret: string }[]): string {
  return scrubSecrets(text, findings.flatMap((f) => secretForms(f)));
}
