// The arrows of ../shared/docs/architecture.md, read from the sources: each rule names the folders
// that may not be reached, following imports transitively (a rule broken two hops away still fails).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = resolve(dirname(fileURLToPath(import.meta.url)), '../../src');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

/** Static imports that load code: a lazy `import()` loads on demand, and `import type` is erased. */
const STATIC = /^\s*(?:import|export)\s+(?!type\s)[^;]*?from\s+'(\.[^']+)'/gm;
const graph = new Map<string, string[]>();
for (const f of files(SRC)) {
  const text = readFileSync(f, 'utf8');
  graph.set(relative(SRC, f), [...text.matchAll(STATIC)].map((m) => relative(SRC, resolve(dirname(f), m[1].replace(/\.js$/, '.ts')))));
}

/** Every file a file loads at start, transitively. */
function reach(start: string): Set<string> {
  const seen = new Set<string>();
  const todo = [start];
  while (todo.length) {
    const f = todo.pop()!;
    for (const g of graph.get(f) ?? []) if (!seen.has(g)) (seen.add(g), todo.push(g));
  }
  return seen;
}

function offending(from: string, forbidden: RegExp): string[] {
  return [...graph.keys()].filter((f) => f.startsWith(from)).flatMap((f) => [...reach(f)].filter((g) => forbidden.test(g)).map((g) => `${f} → ${g}`));
}

describe('layers', () => {
  it('reads the import graph', () => {
    expect(graph.size).toBeGreaterThan(150);
    expect(graph.get('scan.ts')!.length).toBeGreaterThan(3);
  });
  it('the library entry does not load the shells', () => {
    expect(offending('index.ts', /^(cli|action)\//)).toEqual([]);
  });
  it('a source loads neither the engine nor the detector', () => {
    expect(offending('sources/', /^(engine|detect)\//)).toEqual([]);
  });
  it('the engine loads no source', () => {
    expect(offending('engine/', /^sources\//)).toEqual([]);
  });
  it('the network layer (providers) loads no matcher: no detector, pattern loader or regex engine', () => {
    expect(offending('providers/', /^(detect|patterns|engine)\//)).toEqual([]);
  });
  it('revocation loads no renderer', () => {
    expect(offending('revoke/', /^report\/(text|json|sarif|index)\.ts$/)).toEqual([]);
  });
  it('a report reads no files and no network', () => {
    expect(offending('report/', /^(sources|providers|git|github)\//)).toEqual([]);
  });
});
