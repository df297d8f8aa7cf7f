/** A host sweep's vocabulary: artifacts read from a root, the persistence technique each one implies, and coverage. */

/** A MITRE ATT&CK technique a persisted webhook rides on. */
export interface Technique {
  id: string;
  name: string;
}

/** One readable text on the host, with what it means and how to undo it. */
export interface HostArtifact {
  /** Where the artifact lives, as seen inside the root (e.g. /etc/crontab, /proc/42/cmdline). */
  path: string;
  text: string;
  /** Collector family: processes, shell-history, cron, systemd, autostart, launchd, windows, registry. */
  family: string;
  technique?: Technique;
  /** How to remove the persistence (or what to do with a history line). */
  removal: string;
  /** Line (1-based) → ISO time, where the artifact dates its lines (shell histories). */
  lineTimes?: Map<number, string>;
  /** Line (1-based) → a removal step specific to that line (registry values). */
  lineRemoval?: Map<number, string>;
  /** File modification time (ISO). */
  modified?: string;
  pid?: number;
  process?: string;
}

/** Why something that should have been looked at was not (or only partly) read. */
export type CoverageStatus = 'absent' | 'unreadable' | 'not-a-file' | 'too-large' | 'unsupported' | 'corrupt';

export interface CoverageEntry {
  path: string;
  status: CoverageStatus;
  reason: string;
}

/** The collectors' output: what they read and what they could not. */
export interface HostSweep {
  artifacts: HostArtifact[];
  coverage: CoverageEntry[];
  /** Families that looked (whether or not anything was there). */
  families: string[];
}

export interface HostSweepOptions {
  /** The filesystem root to sweep (a live system's / or a mounted image). */
  root: string;
  /** Every user's home under the root; otherwise only `home`. */
  allUsers?: boolean;
  /** The invoking user's home, as a path inside the root (e.g. /home/alice). */
  home?: string;
  /** Registry exports (.reg) to read, as real paths. */
  regFiles?: string[];
  /** Largest file read whole (bytes); bigger ones land in coverage. */
  maxFileSize?: number;
}
