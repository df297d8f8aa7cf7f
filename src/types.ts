/** Shared data types. Pure declarations: no imports of node modules. */

export type Kind = 'credential' | 'exfil-sink';
export type Severity = 'critical' | 'high' | 'medium' | 'low';
export type Confidence = 'high' | 'medium' | 'low';
/** How a URL was found in the bytes: as written, or after undoing an encoding. */
export type Encoding = 'plain' | 'escaped' | 'percent' | 'base64' | 'hex' | 'html' | 'char-codes' | 'reversed' | 'split';

/** A pattern after loading and validation (see patterns/README.md). */
export interface Pattern {
  id: string;
  provider: string;
  providerName: string;
  kind: Kind;
  name: string;
  description: string;
  severity: Severity;
  keywords: string[];
  regex: string;
  /** Character-class body; a match directly followed by one of these characters is dropped. */
  boundary: string;
  placeholders: string[];
  /**
   * The URL's host is the user's own server (Mattermost, Rocket.Chat): the same hook id on two
   * hosts is two webhooks, so the host is part of the finding's identity (its fingerprint).
   */
  selfHosted?: boolean;
  /** A side-effect-free verification exists for this pattern's URLs (src/providers). */
  verify?: boolean;
  /** An API can revoke this pattern's webhooks (src/providers, docs/revocation.md). */
  revoke?: boolean;
  remediation: string;
  references: string[];
  examples: { text: string; secret: string }[];
  negativeExamples: string[];
  /** The file the pattern came from (for error messages). */
  file: string;
}

/** One pattern file (patterns/<id>.yaml): a provider's hosts and detection rules. */
export interface PatternFile {
  /** The provider id (the file name). */
  id: string;
  name: string;
  /** The webhook domains (each covers its subdomains). */
  hosts: string[];
  /** The provider's admin API domains, which revocation calls, when they are not the webhook's. */
  apiHosts?: string[];
  file: string;
  patterns: Pattern[];
}

/** @deprecated The type of a pattern file is `PatternFile` (`src/providers` holds verifiers, not this). */
export type Provider = PatternFile;

/** A range of text: 1-based lines and columns (Unicode code points), end exclusive. */
export interface Span {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** One place a secret was seen. Lines and columns are 1-based; columns count Unicode code points. */
export interface Location {
  path: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** History scans: the commit that holds this blob at this path. */
  commit?: string;
  author?: string;
  date?: string;
  /** Org scans: owner/name. */
  repository?: string;
  encoding?: Encoding;
  /** A URL assembled from pieces (encoding `split`): where each piece is written, in URL order. */
  parts?: Span[];
}

/** A raw match inside one fragment, before dedupe. */
export interface Match {
  ruleId: string;
  secret: string;
  url: string;
  encoding: Encoding;
  /** Byte offsets into the fragment. */
  start: number;
  end: number;
}

export type VerificationStatus = 'live' | 'dead' | 'unknown' | 'unverifiable' | 'skipped';
export interface Verdict {
  status: VerificationStatus;
  reason: string;
  checkedAt: string;
}

/** The named parts of a match (`(?P<host>…)`, `id`, `token`, …), percent-decoded: secrets, like the secret itself. */
export type Captures = Readonly<Record<string, string>>;

/** What names a finding in every output: its identity without the secret (JSON report, revocation plan). */
export type FindingIdentity = Pick<Finding, 'fingerprint' | 'ruleId' | 'provider' | 'providerName' | 'kind' | 'name'>;

/** One (rule, secret) pair with every place it was seen. Holds the raw secret: redact before output. */
export interface Finding {
  fingerprint: string;
  ruleId: string;
  provider: string;
  providerName: string;
  kind: Kind;
  name: string;
  severity: Severity;
  /** The raw, usable URL (decoded when it was found encoded). Never print it without redaction. */
  url: string;
  /** The URL with its secret part redacted. */
  redactedUrl: string;
  /** The raw secret part of the URL. */
  secret: string;
  /**
   * The other parts of the match the pattern names (`(?P<host>…)`, `id`, `token`, `workflow`, …),
   * percent-decoded, for verifiers and revokers. Secrets like `secret`: no report writes them (a
   * finding read back from a report has none; whoever reads it finds them again with the detector, src/revoke/input.ts).
   */
  captures?: Captures;
  encoding: Encoding;
  locations: Location[];
  /** Sightings beyond the stored locations (history scans keep a bounded list). */
  moreLocations?: number;
  verification?: Verdict;
  evidence?: string[];
  /**
   * exfil-sink findings: how sure the verdict is. high: a sending call is shown to send gathered
   * data to this URL; medium: only nearness (data gathered near the URL, an install hook, a hidden
   * URL, a capture service's host); low: as medium, next to a comment that asks to replace the URL
   * (a template — still reported).
   */
  confidence?: Confidence;
}

export interface SkippedFile {
  path: string;
  /** `corrupt-archive`: an archive (or one of its members) could not be read; `archive-limit`: nesting depth, total size or entry count cap reached. */
  reason: 'binary' | 'too-large' | 'unreadable' | 'missing-object' | 'lfs-pointer' | 'submodule' | 'corrupt-archive' | 'archive-limit';
  detail?: string;
}

/** Org scans: what happened to the organisation's repositories. */
export interface RepositoryStats {
  /** Repositories the organisation has (all shards). */
  listed: number;
  /** Repositories chosen for this run (this shard, filters applied). */
  selected: number;
  scanned: number;
  /** Incremental runs: nothing new since the last scan. */
  unchanged: number;
  failed: number;
  /** Not scanned, by reason (fork, archived, filtered). */
  skipped: Record<string, number>;
  failures: { repository: string; stage: 'clone' | 'fetch' | 'scan'; error: string }[];
  /** The shards (`I/N`) this result covers. */
  shards?: string[];
  /** Only what is new since the last run was scanned. */
  incremental?: boolean;
}

/** One match that was not reported, and why. */
export interface Suppression {
  path: string;
  line?: number;
  ruleId: string;
  redactedUrl: string;
  reason: string;
}

export interface ScanStats {
  /**
   * Units of content scanned: files in a folder scan; in a git history or range scan the blobs
   * (distinct file contents), the same number as `blobsScanned` (kept under this name for
   * compatibility; `blobsScanned` says what it is).
   */
  filesScanned: number;
  /** Bytes of those units, as read (before decoding). */
  bytesScanned: number;
  /** Units not scanned (binary, too large, unreadable, …): `skipped` says which and why. */
  filesSkipped: number;
  skipped: SkippedFile[];
  findings: number;
  /** Findings dropped by the allowlist, hookscan:allow comments or the baseline. */
  suppressed: number;
  /**
   * Everything not reported, by reason: `allow comment`, `allow-fingerprints`, `baseline`,
   * `allow-hosts`, `placeholder`, `documentation host` (matches, not findings: one secret seen twice counts twice).
   */
  suppressedByReason?: Record<string, number>;
  /** The first suppressions (at most 1,000), for `--verbose`: where, which rule, the redacted URL, why. */
  suppressions?: Suppression[];
  durationMs: number;
  /** Git history and range scans only: distinct blobs scanned (each content once, however many commits or paths hold it). */
  blobsScanned?: number;
  /** Git history and range scans only: commits whose changes were read. */
  commitsScanned?: number;
  shallow?: boolean;
  /** Org scans. */
  repositories?: RepositoryStats;
}

export interface ScanResult {
  findings: Finding[];
  stats: ScanStats;
}

/** Progress events sent through the onProgress callback. */
export interface Progress {
  phase: 'scan' | 'verify';
  done: number;
  total?: number;
  bytes: number;
  findings: number;
}

/**
 * `length` bytes at `offset` of the open descriptor `fd` (git history written to a file). `key`,
 * unique to the file while the process runs, lets the reader keep what it read ahead (a descriptor
 * number can be reused for another file).
 */
export interface FileRange {
  fd: number;
  offset: number;
  length: number;
  key: number;
}

/**
 * What a source hands over to be scanned: a file to read, or bytes already read (`manifest`: the
 * bytes are a package.json, whose install hooks are read; `name`: a path the bytes were seen at, whose
 * extension says which language-specific evidence applies). Sources know nothing more of detection.
 * A file unit with `range` is that range of an open file; `file` then only names it.
 */
export type ScanUnit =
  | { kind: 'file'; file: string; maxFileSize: number; range?: FileRange }
  | { kind: 'bytes'; bytes: Uint8Array; manifest?: boolean; name?: string };

/** A file's language, for language-specific evidence (src/detect/evidence.ts); 'any' in data means every language. */
export type Language = 'any' | 'javascript' | 'python' | 'powershell' | 'shell' | 'go' | 'csharp' | 'lua' | 'php' | 'batch' | 'ruby' | 'java';

export interface EvidenceIndicator {
  family: string;
  /** Phrases of one id are listed once per URL (the first that matches). */
  id: string;
  /** For "posts <what> to a Discord webhook"; `$&` is the matched text, `$1` its first group. */
  what: string;
  languages: Language[];
  /** A JavaScript regular expression (flags g, and i with ignoreCase). */
  source: string;
  ignoreCase: boolean;
  /** weak: a host fact a monitoring alert sends too; counts only with other evidence. */
  weight: 'strong' | 'weak';
}

