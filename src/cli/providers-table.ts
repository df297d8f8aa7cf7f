/** The provider table: `hookscan providers` and the README section generated from patterns/. */
import type { PatternFile } from '../types.js';

export function providerTable(providers: PatternFile[], format: 'text' | 'markdown' | 'json'): string {
  const rows = providers.map((p) => ({
    provider: p.id,
    name: p.name,
    kinds: [...new Set(p.patterns.map((x) => x.kind))].join(', '),
    patterns: p.patterns.map((x) => x.id),
    hosts: p.hosts,
  }));
  if (format === 'json') return `${JSON.stringify(rows, null, 2)}\n`;
  if (format === 'markdown') {
    const lines = ['| Provider | Kind | Pattern ids | Hosts |', '|---|---|---|---|'];
    for (const r of rows) lines.push(`| ${r.name} | ${r.kinds} | ${r.patterns.map((x) => `\`${x}\``).join(', ')} | ${r.hosts.join(', ')} |`);
    return `${lines.join('\n')}\n`;
  }
  const w = Math.max(...rows.map((r) => r.name.length));
  return `${rows.map((r) => `${r.name.padEnd(w)}  ${r.kinds.padEnd(22)}  ${r.patterns.join(', ')}`).join('\n')}\n`;
}
