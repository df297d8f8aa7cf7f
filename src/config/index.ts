/** .hookscan.yaml: loading and validation. Unknown keys and wrong types are errors naming the key and file. */
import { readFileSync } from 'node:fs';
import { ConfigError } from '../errors.js';
import { hostListed } from '../host-name.js';
import { parseYaml } from '../yaml.js';

export interface HookscanConfig {
  /** gitignore-style patterns, relative to the scan root. */
  exclude: string[];
  /** Pattern ids that are not run. */
  disableRules: string[];
  /** Finding fingerprints that are never reported. */
  allowFingerprints: string[];
  /** Hosts whose URLs are never reported (a company's own capture service); `*.example.com` covers subdomains. */
  allowHosts: string[];
  /** Files larger than this many bytes are skipped and counted. */
  maxFileSize: number;
  /** Provider id → origin that receives its verification and revocation calls. */
  verifyOrigins: Record<string, string>;
  /** audit-hooks: hosts a configured GitHub webhook may deliver to (`*.example.com` covers subdomains); empty: no host check. */
  allowHookHosts: string[];
  /** revoke: credential name (HOOKSCAN_MATTERMOST_TOKEN…) → the NAME of the environment variable that holds it. Never a value. */
  revokeCredentials: Record<string, string>;
}

export const DEFAULT_MAX_FILE_SIZE = 25 * 1024 * 1024;

export const CONFIG_FILE = '.hookscan.yaml';

export function defaultConfig(): HookscanConfig {
  return { exclude: [], disableRules: [], allowFingerprints: [], allowHosts: [], maxFileSize: DEFAULT_MAX_FILE_SIZE, verifyOrigins: {}, allowHookHosts: [], revokeCredentials: {} };
}

/** Parses sizes such as 1048576, "512KB", "20MB", "1GiB". */
export function parseSize(v: unknown): number | null {
  if (typeof v === 'number' && Number.isFinite(v) && v > 0) return Math.floor(v);
  if (typeof v !== 'string') return null;
  const m = /^\s*(\d+(?:\.\d+)?)\s*([kmg]i?b?|b)?\s*$/i.exec(v);
  if (!m) return null;
  const unit = (m[2] ?? 'b').toLowerCase()[0];
  const mult = unit === 'k' ? 1024 : unit === 'm' ? 1024 ** 2 : unit === 'g' ? 1024 ** 3 : 1;
  const n = Math.floor(Number(m[1]) * mult);
  return n > 0 ? n : null;
}

type Field = { key: keyof HookscanConfig; parse: (v: unknown) => unknown; expect: string };
const list = (v: unknown) => (Array.isArray(v) && v.every((x) => typeof x === 'string' && x !== '') ? v : undefined);
const FIELDS: Record<string, Field> = {
  exclude: { key: 'exclude', parse: list, expect: 'a list of path patterns' },
  'disable-rules': { key: 'disableRules', parse: list, expect: 'a list of rule ids' },
  'allow-fingerprints': { key: 'allowFingerprints', parse: list, expect: 'a list of fingerprints' },
  'allow-hosts': { key: 'allowHosts', parse: list, expect: 'a list of host names' },
  'allow-hook-hosts': { key: 'allowHookHosts', parse: list, expect: 'a list of host names' },
  'max-file-size': { key: 'maxFileSize', parse: (v) => parseSize(v) ?? undefined, expect: 'a size such as 20MB or a number of bytes' },
  'verify-origins': {
    key: 'verifyOrigins',
    parse: (v) => (v && typeof v === 'object' && !Array.isArray(v) && Object.values(v).every((x) => typeof x === 'string') ? v : undefined),
    expect: 'a mapping of provider id to origin URL',
  },
  // Values are names of environment variables, never credentials: a committed config is no place for one.
  // UPPER_SNAKE_CASE rejects most token shapes; the error never echoes a value.
  'revoke-credentials': {
    key: 'revokeCredentials',
    parse: (v) =>
      v && typeof v === 'object' && !Array.isArray(v) && Object.entries(v).every(([k, x]) => /^[A-Z][A-Z0-9_]*$/.test(k) && typeof x === 'string' && /^[A-Z_][A-Z0-9_]{0,127}$/.test(x)) ? v : undefined,
    expect: 'a mapping of credential name (e.g. HOOKSCAN_MATTERMOST_TOKEN) to the NAME of the environment variable that holds it, in UPPER_SNAKE_CASE (never the credential itself)',
  },
};

export function parseConfig(text: string, file: string): HookscanConfig {
  let doc: unknown;
  try {
    doc = parseYaml(text);
  } catch (e) {
    throw new ConfigError(`${file}: not valid YAML: ${(e as Error).message.split('\n')[0]}`, { cause: e });
  }
  const cfg = defaultConfig();
  if (doc === null || doc === undefined) return cfg;
  if (typeof doc !== 'object' || Array.isArray(doc)) throw new ConfigError(`${file}: must be a mapping of settings`);
  for (const [k, v] of Object.entries(doc)) {
    const f = FIELDS[k];
    if (!f) throw new ConfigError(`${file}: unknown key '${k}' (known: ${Object.keys(FIELDS).join(', ')})`);
    const parsed = f.parse(v);
    if (parsed === undefined) throw new ConfigError(`${file}: '${k}' must be ${f.expect}`);
    (cfg as unknown as Record<string, unknown>)[f.key] = parsed;
  }
  return cfg;
}

/** Reads a config file. A missing file is only an error when it was named explicitly. */
export function loadConfig(file: string, required: boolean): HookscanConfig {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    if (!required && (e as NodeJS.ErrnoException).code === 'ENOENT') return defaultConfig();
    throw new ConfigError(`cannot read config ${file}: ${(e as Error).message}`, { cause: e });
  }
  return parseConfig(text, file);
}

/**
 * True when the host is listed: exactly, or through a `*.suffix` entry (the domain and its
 * subdomains, on a label boundary). The one rule, from src/host-name.ts.
 */
export function hostAllowed(host: string, allowHosts: readonly string[]): boolean {
  return hostListed(host, allowHosts);
}
