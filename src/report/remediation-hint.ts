/** A remediation text (markdown) cut to the one line a report row or annotation has room for. */

/**
 * A one-line remediation hint from a markdown help text: the first step of its first list when it
 * has one (what to do), else its first sentence; markdown decoration removed.
 */
export function firstLine(markdown: string): string {
  const paras = markdown.split(/\n\s*\n/);
  const items = paras.flatMap((p) => p.split(/\n(?=\s*(?:[-*]|\d+[.)])\s)/)).filter((x) => /^\s*(?:[-*]|\d+[.)])\s/.test(x));
  const chosen = items[0] ?? paras.find((p) => p.trim() && !p.trim().startsWith('#')) ?? '';
  const text = chosen.split('\n').map((l) => l.trim()).join(' ').replace(/^(?:[-*]|\d+[.)])\s+/, '');
  const plain = text.replace(/\*\*|__|`/g, '').replace(/\[([^\]]+)\]\([^)]+\)/g, '$1').trim();
  const end = plain.search(/[.!?](?:\s|$)/);
  return end >= 0 ? plain.slice(0, end + 1) : plain;
}
