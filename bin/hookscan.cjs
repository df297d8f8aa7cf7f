#!/usr/bin/env node
'use strict';
// The CLI's entry. `npm run build` bundles the CLI into one CommonJS file, dist/bundle/cli.cjs
// (scripts/build-cli.mjs); it is compiled here with V8's code cache, so a start skips parsing and
// compiling what the last run already compiled (a 10-file scan: 0.88x the time of the ES-module
// chunks it replaces, docs/benchmarks.md). Without a build, tsc's dist/cli/index.js runs.
//
// The cache, dist/bundle/cli.cjs.cache, sits beside the code it was made from and is written there
// only: never to a shared or temporary folder, where another user could plant bytecode. It is
// written at exit when missing, or when V8 rejected it (another Node version, other flags), or
// when it is older than the bundle; the build deletes the old one and writes a new one. A package
// folder that cannot be written to just runs without one.
//
// V8 rejects a cache made under other V8 flags: `--max-old-space-size` in NODE_OPTIONS, as many
// shells and CI set it, is enough. Runs with and without such flags (a terminal and an editor's git
// client running the same hook) would rewrite one cache in turn, and each would start without one
// (a 10-file scan 1.21x). So a run with Node flags or NODE_OPTIONS keeps its own cache,
// cli.cjs.<hash of Node's version and the flags>.cache; at most KEYED of those are kept.
const { readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } = require('node:fs');
const { createRequire } = require('node:module');
const { dirname, join } = require('node:path');
const vm = require('node:vm');

const bundle = join(__dirname, '..', 'dist', 'bundle', 'cli.cjs');
let source;
try {
  source = readFileSync(bundle, 'utf8');
} catch {
  source = undefined;
}

if (source === undefined) {
  import('../dist/cli/index.js').then(({ main }) => main());
} else {
  const KEYED = 4;
  const flags = [...process.execArgv, process.env.NODE_OPTIONS ?? ''].join(' ').trim();
  const cacheFile = flags ? `${bundle}.${fnv1a(`${process.version} ${flags}`)}.cache` : `${bundle}.cache`;
  let cachedData;
  try {
    if (statSync(cacheFile).mtimeMs >= statSync(bundle).mtimeMs) cachedData = readFileSync(cacheFile);
  } catch {
    cachedData = undefined;
  }
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname, __hookscanImport) {${source}\n})`, {
    filename: bundle,
    cachedData,
  });
  if (cachedData === undefined || script.cachedDataRejected) {
    process.once('exit', () => {
      try {
        const tmp = `${cacheFile}.${process.pid}.tmp`;
        writeFileSync(tmp, script.createCachedData());
        renameSync(tmp, cacheFile);
        if (flags) keepNewest(dirname(bundle), KEYED);
      } catch {
        // A read-only package folder: run without a cache.
      }
    });
  }
  const mod = { exports: {} };
  script.runInThisContext()(mod.exports, createRequire(bundle), mod, bundle, dirname(bundle), (specifier) => import(specifier));
  mod.exports.main();
}

/** A 32-bit FNV-1a hash of a string, as 8 hex digits (a file name, not a secret). */
function fnv1a(text) {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** Deletes all but the `keep` newest flag-keyed caches in `dir`. */
function keepNewest(dir, keep) {
  const keyed = readdirSync(dir).filter((n) => /^cli\.cjs\.[0-9a-f]{8}\.cache$/.test(n));
  if (keyed.length <= keep) return;
  const byAge = keyed.map((n) => ({ n, t: statSync(join(dir, n)).mtimeMs })).sort((a, b) => b.t - a.t);
  for (const { n } of byAge.slice(keep)) rmSync(join(dir, n), { force: true });
}
