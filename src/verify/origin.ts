/** --verify-origin / verify-origins values: checked without loading the verifiers (a git hook never does). */
import { UsageError } from '../errors.js';

/** Validates an origin for --verify-origin / verify-origins. */
export function parseOrigin(provider: string, value: string): URL {
  let u: URL;
  try {
    u = new URL(value);
  } catch {
    throw new UsageError(`verify origin for '${provider}': '${value}' is not a URL (expected e.g. https://proxy.example.com)`);
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') throw new UsageError(`verify origin for '${provider}': '${value}' must be http or https`);
  if (u.username || u.password || u.search || u.hash) {
    throw new UsageError(`verify origin for '${provider}': '${value}' must be an origin with an optional base path (no credentials, query or fragment)`);
  }
  return u;
}
