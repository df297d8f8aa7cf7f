/**
 * Redaction of log paths: the one function every logs output calls, so the project-wide masking
 * module can replace it in one place. Keeps the path's shape (/api/webhooks/12…/ab…) and drops the query.
 */
import { redactSecret } from '../detect/index.js';

export function maskPath(target: string): string {
  let path = target;
  const scheme = path.indexOf('://');
  if (scheme >= 0) {
    const slash = path.indexOf('/', scheme + 3);
    path = slash >= 0 ? path.slice(slash) : '/';
  }
  const q = path.search(/[?#]/);
  const query = q >= 0;
  if (query) path = path.slice(0, q);
  // A segment of 8+ characters with a digit, or of 16+, may be a token: keep its first characters only.
  const masked = path
    .split('/')
    .map((seg) => (seg.length >= 16 || (seg.length >= 8 && /\d/.test(seg)) ? redactSecret(seg) : seg))
    .join('/');
  return query ? `${masked}?…` : masked;
}
