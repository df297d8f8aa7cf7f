/**
 * Loads, validates and compiles the pattern files in patterns/*.yaml.
 * Compiles through src/patterns/regex-engine.ts (native re2, or re2js when the addon is absent).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { RE2 } from './regex-engine.js';
import { captureLayout, layoutOf, type CaptureLayout } from './captures.js';
import { keywordReach } from './regex-bounds.js';
import { ConfigError } from '../errors.js';
import { SEVERITIES } from '../severity.js';
import { parseYaml } from '../yaml.js';
import type { Kind, Pattern, PatternFile, Severity } from '../types.js';

export { RE2 };
export { regexEngine } from './regex-engine.js';
export { captureLayout, capturesAt, type CaptureLayout, type Captures } from './captures.js';

/** The patterns/ folder shipped with the package (works from src/ and from dist/). */
export const BUILTIN_PATTERNS_DIR = fileURLToPath(new URL('../../patterns/', import.meta.url));
/**
 * Validated pattern files as JSON, written by `npm run build` (scripts/build-patterns.mjs) and
 * keyed by a hash of the YAML texts: start-up skips YAML parsing and regex validation when the
 * YAML files are unchanged. The YAML files stay the source of truth.
 */
export const PATTERN_CACHE_FILE = fileURLToPath(new URL('../../dist/patterns.json', import.meta.url));

const KINDS: readonly Kind[] = ['credential', 'exfil-sink'];
const FILE_KEYS = new Set(['provider', 'name', 'hosts', 'api-hosts', 'remediation', 'references', 'patterns']);
const PATTERN_KEYS = new Set([
  'id', 'kind', 'name', 'description', 'severity', 'keywords', 'regex', 'boundary',
  'placeholders', 'self-hosted', 'verify', 'revoke', 'remediation', 'references', 'examples', 'negative_examples',
]);
const DEFAULT_BOUNDARY = 'A-Za-z0-9_-';

function fail(file: string, id: string | undefined, what: string): never {
  throw new ConfigError(`${file}${id ? `: pattern ${id}` : ''}: ${what}`);
}

function str(v: unknown, file: string, id: string | undefined, key: string, opts: { optional?: boolean; empty?: boolean } = {}): string | undefined {
  if (v === undefined || v === null) {
    if (opts.optional) return undefined;
    fail(file, id, `'${key}' is required`);
  }
  if (typeof v !== 'string') fail(file, id, `'${key}' must be a string`);
  if (!opts.empty && v.trim() === '') fail(file, id, `'${key}' must not be empty`);
  return v;
}

function strList(v: unknown, file: string, id: string | undefined, key: string, optional = false): string[] | undefined {
  if (v === undefined || v === null) {
    if (optional) return undefined;
    fail(file, id, `'${key}' is required`);
  }
  if (!Array.isArray(v) || v.some((x) => typeof x !== 'string' || x === '')) fail(file, id, `'${key}' must be a list of non-empty strings`);
  return v as string[];
}

/** Parses and validates one pattern file's text. Throws ConfigError naming file, pattern id and problem. */
export function parseProviderFile(text: string, file: string): PatternFile {
  let doc: unknown;
  try {
    doc = parseYaml(text);
  } catch (e) {
    fail(file, undefined, `not valid YAML: ${(e as Error).message.split('\n')[0]}`);
  }
  if (!doc || typeof doc !== 'object' || Array.isArray(doc)) fail(file, undefined, 'must be a mapping with provider, name and patterns');
  const d = doc as Record<string, unknown>;
  for (const k of Object.keys(d)) if (!FILE_KEYS.has(k)) fail(file, undefined, `unknown key '${k}'`);
  const providerId = str(d.provider, file, undefined, 'provider')!;
  const expected = basename(file).replace(/\.ya?ml$/, '');
  if (providerId !== expected) fail(file, undefined, `provider '${providerId}' must match the file name '${expected}'`);
  const providerName = str(d.name, file, undefined, 'name')!;
  const hosts = strList(d.hosts, file, undefined, 'hosts', true) ?? [];
  const apiHosts = strList(d['api-hosts'], file, undefined, 'api-hosts', true);
  const fileRemediation = str(d.remediation, file, undefined, 'remediation', { optional: true });
  const fileReferences = strList(d.references, file, undefined, 'references', true);
  if (!Array.isArray(d.patterns) || d.patterns.length === 0) fail(file, undefined, "'patterns' must be a non-empty list");

  const patterns = d.patterns.map((raw: unknown, i: number): Pattern => {
    if (!raw || typeof raw !== 'object' || Array.isArray(raw)) fail(file, `#${i + 1}`, 'must be a mapping');
    const p = raw as Record<string, unknown>;
    const id = typeof p.id === 'string' && p.id ? p.id : fail(file, `#${i + 1}`, "'id' is required");
    for (const k of Object.keys(p)) if (!PATTERN_KEYS.has(k)) fail(file, id, `unknown key '${k}'`);
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) fail(file, id, "'id' must be kebab-case");
    const kind = p.kind as Kind;
    if (!KINDS.includes(kind)) fail(file, id, `'kind' must be one of ${KINDS.join(', ')}`);
    const severity = p.severity as Severity;
    if (!SEVERITIES.includes(severity)) fail(file, id, `'severity' must be one of ${SEVERITIES.join(', ')}`);
    const keywords = strList(p.keywords, file, id, 'keywords')!;
    if (keywords.length === 0) fail(file, id, "'keywords' must not be empty");
    for (const k of keywords) if (k !== k.toLowerCase()) fail(file, id, `keyword '${k}' must be lower-case`);
    const regex = str(p.regex, file, id, 'regex')!;
    try {
      new RE2(regex);
    } catch (e) {
      fail(file, id, `regex does not compile with RE2: ${(e as Error).message}`);
    }
    const layout = captureLayout(regex);
    if (typeof layout === 'string') fail(file, id, layout);
    const boundary = p.boundary === undefined ? DEFAULT_BOUNDARY : str(p.boundary, file, id, 'boundary', { empty: true })!;
    if (boundary) {
      try {
        classBytes(boundary);
      } catch {
        fail(file, id, `'boundary' is not a valid character class body: ${boundary}`);
      }
    }
    const remediation = str(p.remediation, file, id, 'remediation', { optional: true }) ?? fileRemediation;
    if (!remediation) fail(file, id, "'remediation' is required (on the pattern or the file)");
    const references = strList(p.references, file, id, 'references', true) ?? fileReferences ?? [];
    if (!Array.isArray(p.examples)) fail(file, id, "'examples' must be a list");
    const examples = p.examples.map((e: unknown, j: number) => {
      const ex = e as Record<string, unknown> | null;
      if (!ex || typeof ex.text !== 'string' || typeof ex.secret !== 'string') fail(file, id, `examples[${j}] needs 'text' and 'secret' strings`);
      return { text: ex.text, secret: ex.secret };
    });
    const negativeExamples = strList(p.negative_examples, file, id, 'negative_examples')!;
    return {
      id,
      provider: providerId,
      providerName,
      kind,
      name: str(p.name, file, id, 'name')!,
      description: str(p.description, file, id, 'description')!,
      severity,
      keywords,
      regex,
      boundary,
      placeholders: strList(p.placeholders, file, id, 'placeholders', true) ?? [],
      ...flag(p, 'self-hosted', 'selfHosted', file, id),
      ...flag(p, 'verify', 'verify', file, id),
      ...flag(p, 'revoke', 'revoke', file, id),
      remediation,
      references,
      examples,
      negativeExamples,
      file,
    };
  });
  return { id: providerId, name: providerName, hosts, ...(apiHosts?.length ? { apiHosts } : {}), file, patterns };
}

/** An optional true/false key of a pattern, as `{ [field]: true }` when true. */
function flag<K extends string>(p: Record<string, unknown>, key: string, field: K, file: string, id: string): Partial<Record<K, true>> {
  const v = p[key];
  if (v === undefined || v === false) return {};
  if (v !== true) fail(file, id, `'${key}' must be true or false`);
  return { [field]: true } as Partial<Record<K, true>>;
}

function patternNames(dir: string): string[] {
  try {
    return readdirSync(dir).filter((n) => /\.ya?ml$/.test(n)).sort();
  } catch (e) {
    throw new ConfigError(`cannot read the pattern folder ${dir}: ${(e as Error).message}`, { cause: e });
  }
}

function readPatternTexts(dir: string, names = patternNames(dir)): { file: string; text: string }[] {
  return names.map((n) => ({ file: join(dir, n), text: readFileSync(join(dir, n), 'utf8') }));
}

/**
 * Identifies a set of pattern file texts (names and contents) for the build cache: two 32-bit
 * FNV-1a lanes over the UTF-16 code units. Not a security boundary (the cache is a file the package
 * ships); a cryptographic hash would load node:crypto on every start for nothing.
 */
export function patternHash(texts: { file: string; text: string }[]): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  const feed = (s: string) => {
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      a = Math.imul(a ^ c, 0x01000193);
      b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 15);
    }
    a = Math.imul(a ^ 0xff, 0x01000193);
    b = Math.imul(b ^ 0xff, 0x5bd1e995);
  };
  for (const t of texts) {
    feed(basename(t.file));
    feed(t.text);
  }
  return `${(a >>> 0).toString(16).padStart(8, '0')}${(b >>> 0).toString(16).padStart(8, '0')}:${texts.length}`;
}

/** The build cache (dist/patterns.json): the YAML texts' hash, each file's name and size, the parsed files. */
export interface PatternCache {
  hash: string;
  files: [name: string, size: number][];
  providers: PatternFile[];
}

/** What scripts/build-patterns.mjs writes: the cache of a folder's pattern files, validated. */
export function buildPatternCache(dir: string): PatternCache {
  const names = patternNames(dir);
  const texts = readPatternTexts(dir, names);
  const providers = parseProviderTexts(texts, dir);
  return { hash: patternHash(texts), files: names.map((n) => [n, statSync(join(dir, n)).size]), providers };
}

/**
 * The cached pattern files of `dir`, or null when the cache is missing or stale.
 *
 * Fresh without reading a YAML file when the folder holds the same file names with the same sizes
 * and none was modified after the cache was written (a build writes the cache after the YAML; an
 * edit, a checkout or a pull gives the edited file a later time; npm gives every file of an
 * installed package the same time). Otherwise the YAML texts are read and their hash decides.
 */
export function readPatternCache(
  dir: string,
  cacheFile: string,
  names = patternNames(dir),
  texts: () => { file: string; text: string }[] = () => readPatternTexts(dir, names),
): PatternFile[] | null {
  let built: PatternCache;
  let cacheTime: number;
  try {
    cacheTime = statSync(cacheFile).mtimeMs;
    built = JSON.parse(readFileSync(cacheFile, 'utf8')) as PatternCache;
  } catch {
    return null; // no build cache (running from sources)
  }
  const stamps = Array.isArray(built.files) ? built.files : [];
  const unchanged =
    stamps.length === names.length &&
    names.every((n, i) => {
      if (stamps[i][0] !== n) return false;
      const st = statSync(join(dir, n), { throwIfNoEntry: false });
      return st !== undefined && st.size === stamps[i][1] && st.mtimeMs <= cacheTime;
    });
  if (!unchanged && built.hash !== patternHash(texts())) return null;
  for (const p of built.providers) for (const x of p.patterns) x.file = p.file = join(dir, basename(p.file));
  return built.providers;
}

const cache = new Map<string, PatternFile[]>();
let builtin: PatternFile[] | undefined;

/** The built-in pattern files, once per process: from the build cache, or parsed when it is stale. */
function loadBuiltin(): PatternFile[] {
  const dir = BUILTIN_PATTERNS_DIR;
  const names = patternNames(dir);
  let texts: { file: string; text: string }[] | undefined;
  const read = () => (texts ??= readPatternTexts(dir, names)); // read at most once
  return readPatternCache(dir, PATTERN_CACHE_FILE, names, read) ?? parseProviderTexts(read(), dir);
}

/** Loads every *.yaml file of a folder; ids must be unique across files. */
export function loadPatternFiles(dir: string = BUILTIN_PATTERNS_DIR): PatternFile[] {
  if (dir === BUILTIN_PATTERNS_DIR) return (builtin ??= loadBuiltin());
  const texts = readPatternTexts(dir);
  const hash = patternHash(texts);
  const hit = cache.get(hash);
  if (hit) return hit;
  const providers = parseProviderTexts(texts, dir);
  cache.set(hash, providers);
  return providers;
}

/** @deprecated Use `loadPatternFiles` (it loads pattern files; `src/providers` holds verifiers). */
export const loadProviders = loadPatternFiles;

function parseProviderTexts(texts: { file: string; text: string }[], dir: string): PatternFile[] {
  const seen = new Map<string, string>();
  const providers = texts.map(({ file, text }) => {
    const provider = parseProviderFile(text, file);
    for (const p of provider.patterns) {
      const other = seen.get(p.id);
      if (other) fail(file, p.id, `duplicate id (also in ${other})`);
      seen.set(p.id, file);
    }
    return provider;
  });
  if (providers.length === 0) throw new ConfigError(`no pattern files (*.yaml) in ${dir}`);
  return providers;
}

/** A pattern with its compiled regex. */
export interface CompiledPattern extends Pattern {
  re: RE2;
  /** Byte lookup: boundaryBytes[b] is 1 when byte b may not follow a match. */
  boundaryBytes: Uint8Array;
  /** Which group holds the secret and which named groups hold the other parts. */
  layout: CaptureLayout;
  /**
   * How far a match can reach from one of the keywords, in bytes (regex-bounds.ts): set when every
   * match holds a keyword and is bounded in length, so the regex can run in windows around the hits.
   */
  reach?: number;
}

/** The ASCII bytes of a character-class body (simple classes: ranges, escapes). */
export function classBytes(body: string): Uint8Array {
  const out = new Uint8Array(256);
  if (!body) return out;
  const cls = new RegExp(`^[${body}]$`);
  for (let b = 0; b < 128; b++) if (cls.test(String.fromCharCode(b))) out[b] = 1;
  return out;
}

export function compilePattern(p: Pattern): CompiledPattern {
  const reach = keywordReach(p.regex, p.keywords);
  return { ...p, re: new RE2(p.regex, 'gd'), boundaryBytes: classBytes(p.boundary), layout: layoutOf(p.regex), ...(reach !== undefined ? { reach } : {}) };
}

/** Builds one case-insensitive RE2 that finds any of the given literals. */
export function compileLiterals(literals: string[]): RE2 {
  const esc = literals.map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RE2(`(?i)(?:${esc.join('|')})`, 'g');
}
