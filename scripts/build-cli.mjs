#!/usr/bin/env node
// Part of `npm run build`: the CLI as one CommonJS file that V8 can cache compiled, so a git hook
// pays little more than Node's own start (issue 14).
//
//   dist/bundle/cli.cjs      src/cli/index.ts and everything of src/ it imports, lazily imported
//                            modules included (esbuild wraps them: their code is compiled only
//                            when first run). bin/hookscan.cjs compiles it with V8's code cache,
//                            dist/bundle/cli.cjs.cache, which the end of this script writes.
//   dist/bundle/worker.js    the detection worker (src/engine/worker.ts), an ES module.
//
// The npm packages on the scan path (commander, ignore, picomatch, p-limit) are bundled, and so is
// yaml (src/yaml.ts requires it on first use: it is compiled only when a config or a changed pattern
// file is read); re2 (native) and the lazily loaded Octokit, tar, yauzl and sql.js stay external
// and resolve from node_modules. dist/bundle/ sits two levels under the
// package root like dist/<dir>/*.js, so the paths the sources build from import.meta.url
// (patterns/, dist/patterns.json, bin/, ./worker.js) point at the same places; src/version.ts, one
// level deep, is the only path rewritten.
import { build } from 'esbuild';
import { warmCodeCache } from './warm-cache.mjs';
import { readFile } from 'node:fs/promises';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'dist', 'bundle');

/** Replaces exact pieces of a source file at bundle time; fails the build when one is gone. */
function rewrite(name, file, pairs, loader = 'ts') {
  return {
    name,
    setup(b) {
      b.onLoad({ filter: file }, async (args) => {
        let text = await readFile(args.path, 'utf8');
        for (const [from, to] of pairs) {
          if (!text.includes(from)) throw new Error(`build-cli: ${args.path} no longer contains ${from}`);
          text = text.replace(from, to);
        }
        return { contents: text, loader };
      });
    },
  };
}

const versionPath = rewrite('version-path', /[\\/]src[\\/]version\.ts$/, [["'../package.json'", "'../../package.json'"]]);
// CommonJS has no top-level await: the regex engine is chosen with require (re2's main export is the
// class; re2js.ts is bundled and loads the re2js package's CommonJS build when the addon fails).
const regexEngine = rewrite('regex-engine-require', /[\\/]src[\\/]patterns[\\/]regex-engine\.ts$/, [
  ["engine = (await import('re2')).default;", "engine = require('re2');"],
  ["engine = (await import('./re2js.js')).JsRE2 as unknown as RE2Class;", "engine = require('./re2js.js').JsRE2 as unknown as RE2Class;"],
]);

// commander requires child_process (some 35 built-in modules: net, dgram, streams) at load for its
// executable subcommands, which hookscan does not use: required on first use instead.
const commanderLazySpawn = rewrite('commander-lazy-spawn', /[\\/]commander[\\/]lib[\\/]command\.js$/, [
  ["const childProcess = require('node:child_process');", "const childProcess = { spawn: (...a) => require('node:child_process').spawn(...a) };"],
], 'js');

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  // re2 is native; Octokit, tar, yauzl and sql.js are loaded lazily by a few commands only.
  external: ['re2', 're2js', '@octokit/*', 'tar', 'yauzl', 'sql.js'],
  legalComments: 'none',
  // Names minified too: a smaller file is read and deserialized sooner (a 10-file scan 0.97x). Error
  // classes set their own names (src/errors.ts); stack traces of internal errors show short names.
  minifyWhitespace: true,
  minifySyntax: true,
  minifyIdentifiers: true,
  logLevel: 'warning',
};

rmSync(OUT, { recursive: true, force: true }); // also removes a code cache of the previous build
mkdirSync(OUT, { recursive: true });
const cli = await build({
  ...common,
  entryPoints: { cli: join(ROOT, 'src/cli/index.ts') },
  outdir: OUT,
  outExtension: { '.js': '.cjs' },
  format: 'cjs',
  write: false,
  // import.meta.url of every bundled module is the bundle's own URL (same folder depth, see above).
  define: { 'import.meta.url': '__hookscanBundleUrl' },
  banner: { js: "var __hookscanBundleUrl = require('node:url').pathToFileURL(__filename).href;" },
  plugins: [versionPath, regexEngine, commanderLazySpawn],
});
// A function compiled from V8's code cache loses the vm.Script's dynamic-import hook ("A dynamic
// import callback was not specified"), so the external packages loaded lazily (tar, yauzl,
// Octokit, readline) are imported through a function bin/hookscan.cjs passes in: its import() is
// the ES-module loader's own, and resolves from the same package root.
for (const file of cli.outputFiles) {
  let text = file.text;
  const lazy = [];
  text = text.replace(/\bimport\(("(?:node:[a-z/]+|tar|yauzl|@octokit\/[a-z-]+)")\)/g, (_, spec) => {
    lazy.push(spec);
    return `__hookscanImport(${spec})`;
  });
  const left = text.match(/\bimport\([^)]{0,40}/g);
  if (left) throw new Error(`build-cli: dynamic import() left in the CommonJS bundle: ${left.join(', ')}`);
  if (lazy.length === 0) throw new Error('build-cli: no lazily imported package found (has the bundle changed shape?)');
  writeFileSync(file.path, text);
}
await build({
  ...common,
  entryPoints: { worker: join(ROOT, 'src/engine/worker.ts') },
  outdir: OUT,
  format: 'esm',
  // Bundled CommonJS packages require Node built-ins: give the ESM output a require.
  banner: { js: "import { createRequire as __hookscanCreateRequire } from 'node:module'; const require = __hookscanCreateRequire(import.meta.url);" },
  plugins: [versionPath],
});

// The code cache, written by a scan of a one-file folder (scripts/warm-cache.mjs).
warmCodeCache(ROOT);
