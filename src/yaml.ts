import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** Parses YAML; the parser is loaded on first use only (start-up time matters in git hooks). */
export function parseYaml(text: string): unknown {
  return (require('yaml') as typeof import('yaml')).parse(text);
}
