/**
 * Glob path arguments: `hookscan scan 'config/**\/*.yml'` as Windows shells and npm scripts pass it,
 * unexpanded. An argument that names an existing path is taken as it is (a file may be called
 * `a[1].js`); one that does not, and holds glob characters, is expanded over the tree below its
 * fixed prefix with picomatch (the dialect of `--repos` too), node_modules and .git left out unless
 * the glob names them. picomatch loads only when an argument needs it.
 */
import { existsSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { UsageError } from '../errors.js';
import { walkFolder } from './walk.js';

const GLOB_CHARS = /[*?[\]{}!]/;

/** Whether a path argument is a glob to expand (not an existing path, and glob characters in it). */
export function isGlobArgument(arg: string, cwd: string): boolean {
  return GLOB_CHARS.test(arg) && !existsSync(resolve(cwd, arg));
}

/** The path arguments with each glob replaced by the files it matches (sorted); a glob that matches nothing is a usage error. */
export async function expandPathGlobs(args: readonly string[], cwd: string): Promise<string[]> {
  const globs = args.map((a) => isGlobArgument(a, cwd));
  if (!globs.includes(true)) return [...args];
  const { default: picomatch } = await import('picomatch');
  const out: string[] = [];
  for (const [i, arg] of args.entries()) {
    if (!globs[i]) {
      out.push(arg);
      continue;
    }
    const pattern = arg.split(sep).join('/');
    const { base } = picomatch.scan(pattern);
    const root = resolve(cwd, base || '.');
    const match = picomatch(pattern.startsWith('./') ? pattern.slice(2) : pattern, { dot: true, windows: false });
    const named = (part: string) => pattern.split('/').includes(part);
    const found: string[] = [];
    if (existsSync(root)) {
      await walkFolder(root, {
        enter: (_path, name) => (name !== 'node_modules' || named('node_modules')) && (name !== '.git' || named('.git')),
        keep: (path) => match(relative(cwd, path).split(sep).join('/')),
        file: (path) => {
          found.push(relative(cwd, path) || path);
        },
        error: () => {},
      });
    }
    if (found.length === 0) throw new UsageError(`no file matches '${arg}'`, { hint: 'quote the glob so the shell passes it as written; ** matches any depth, e.g. "config/**/*.yml"' });
    out.push(...found.sort());
  }
  return out;
}
