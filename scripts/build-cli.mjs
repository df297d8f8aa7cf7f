#!/usr/bin/env node
// Part of `npm run build`: the CLI as one ESM bundle in dist/bundle/ so that start-up loads a few
// files instead of some 90 modules. bin/hookscan.js runs dist/bundle/cli.js when it exists and
// falls back to tsc's dist/cli/index.js otherwise.
//
//   dist/bundle/cli.js       src/cli/index.ts and everything of src/ it imports (lazy imports stay
//   dist/bundle/worker.js    lazy as chunk-*.js); the detection worker (src/engine/worker.ts)
//
// Small npm packages on the scan path (commander, ignore, p-limit) are bundled;
// re2 (native) and the lazily loaded Octokit, tar and yauzl stay external and resolve from
// node_modules as before (so does yaml, which src/yaml.ts loads through require). dist/bundle/ sits two levels under the package root
// like dist/<dir>/*.js, so the paths the sources build from import.meta.url (patterns/,
// dist/patterns.json, bin/, ./worker.js) point at the same places; src/version.ts, one level deep,
// is the only path rewritten.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'dist', 'bundle');

const versionPath = {
  name: 'version-path',
  setup(b) {
    b.onLoad({ filter: /[\\/]src[\\/]version\.ts$/ }, async (args) => {
      const { readFile } = await import('node:fs/promises');
      const text = await readFile(args.path, 'utf8');
      if (!text.includes("'../package.json'")) throw new Error('build-cli: src/version.ts no longer reads ../package.json');
      return { contents: text.replace("'../package.json'", "'../../package.json'"), loader: 'ts' };
    });
  },
};

rmSync(OUT, { recursive: true, force: true });
await build({
  entryPoints: { cli: join(ROOT, 'src/cli/index.ts'), worker: join(ROOT, 'src/engine/worker.ts') },
  outdir: OUT,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // re2 is native; Octokit, tar and yauzl are loaded lazily by a few commands only.
  external: ['re2', 're2js', '@octokit/*', 'tar', 'yauzl', 'sql.js'],
  chunkNames: 'chunk-[hash]',
  legalComments: 'none',
  minifyWhitespace: true,
  minifySyntax: true,
  // Bundled CommonJS packages (commander) require Node built-ins: give the ESM output a require.
  banner: { js: "import { createRequire as __hookscanCreateRequire } from 'node:module'; const require = __hookscanCreateRequire(import.meta.url);" },
  logLevel: 'warning',
  plugins: [versionPath],
});
