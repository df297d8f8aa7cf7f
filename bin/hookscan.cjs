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
const { readFileSync, renameSync, statSync, writeFileSync } = require('node:fs');
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
  const cacheFile = `${bundle}.cache`;
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
      } catch {
        // A read-only package folder: run without a cache.
      }
    });
  }
  const mod = { exports: {} };
  script.runInThisContext()(mod.exports, createRequire(bundle), mod, bundle, dirname(bundle), (specifier) => import(specifier));
  mod.exports.main();
}
