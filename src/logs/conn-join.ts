/**
 * Zeek's conn.log counts the bytes of each connection but names only addresses; http.log and ssl.log
 * name the host and share the connection's `uid`. The join gives a TLS upload to a sink its volume.
 * Either file may come first: conn records read before their sink event wait in a bounded map;
 * beyond it, the caller reads the conn logs again for the uids still wanted (files only, not stdin).
 */
import type { SinkAggregator } from './aggregate.js';

/** Conn records kept while waiting for their http/ssl event. */
export const MAX_PENDING_CONN = 250_000;
/** Sink connections waiting for their conn record. */
const MAX_WANTED = 1_000_000;

export class ConnJoin {
  private readonly wanted = new Map<string, { key: string; joined: boolean }>();
  private readonly pending = new Map<string, [number | undefined, number | undefined]>();
  /** Conn records dropped from `pending` because it was full: a second pass may find their sinks. */
  overflowed = false;
  joined = 0;

  constructor(
    private readonly agg: SinkAggregator,
    private readonly maxPending = MAX_PENDING_CONN,
  ) {}

  /** A conn.log record. */
  conn(uid: string, bytesOut: number | undefined, bytesIn: number | undefined): void {
    const w = this.wanted.get(uid);
    if (w) {
      if (!w.joined) this.apply(w, bytesOut, bytesIn);
      return;
    }
    if (this.pending.size < this.maxPending) this.pending.set(uid, [bytesOut, bytesIn]);
    else this.overflowed = true;
  }

  /** An http/ssl event to a sink, without byte counts of its own, that landed in pair `key`. */
  want(uid: string, key: string): void {
    if (this.wanted.has(uid) || this.wanted.size >= MAX_WANTED) return;
    const w = { key, joined: false };
    this.wanted.set(uid, w);
    const p = this.pending.get(uid);
    if (p) {
      this.pending.delete(uid);
      this.apply(w, p[0], p[1]);
    }
  }

  /** Whether a second pass over the conn logs could still join something. */
  get incomplete(): boolean {
    if (!this.overflowed) return false;
    for (const w of this.wanted.values()) if (!w.joined) return true;
    return false;
  }

  private apply(w: { key: string; joined: boolean }, bytesOut: number | undefined, bytesIn: number | undefined): void {
    w.joined = true;
    this.joined++;
    this.agg.addBytes(w.key, bytesOut, bytesIn);
  }
}
