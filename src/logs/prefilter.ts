/**
 * The logs prefilter: one case-insensitive multi-literal pass (RE2's DFA, the detector's own
 * literal compiler) over each chunk's bytes finds the lines that may name a sink; only those are
 * decoded and parsed. Exact in one direction: a line whose host or URL is a sink domain always
 * contains the domain's text (or, in the Windows DNS debug log's `(5)hooks(5)slack(3)com(0)`
 * form, its labels), so the prefilter may keep a line it did not need, never drop one it did.
 */
import { compileLiterals } from '../patterns/index.js';

export interface SinkPrefilter {
  next(buf: Buffer, from: number): number;
}

/** The label of a domain that says the most (the longest; the TLD only for one-label names). */
function keyLabel(domain: string): string {
  const labels = domain.split('.');
  const body = labels.length > 1 ? labels.slice(0, -1) : labels;
  return body.reduce((a, b) => (b.length > a.length ? b : a), '');
}

/**
 * A prefilter on each domain's key label (`hooks.slack.com` → `slack`): it also covers encodings that
 * replace the dots, and runs about twice as fast in RE2 as the full names, case-insensitively.
 */
export function sinkPrefilter(domains: string[]): SinkPrefilter {
  const literals = [...new Set(domains.map(keyLabel))].filter((x) => x.length > 0);
  const re = compileLiterals(literals);
  return {
    next(buf, from) {
      re.lastIndex = from;
      const m = re.exec(buf);
      return m ? m.index : -1;
    },
  };
}
