#!/usr/bin/env node
// `npm run build:action`: the GitHub Action bundle in dist-action/, committed, so that a runner
// executes action.yml's `runs.main` straight from the repository with no install step.
//
//   node scripts/build-action.mjs [--out DIR] [--skip-native]
//
// dist-action/ holds
//   index.js, worker.js, chunk-*.js   esbuild's ESM bundle of src/action/entry.ts and of the
//                                     detection worker (src/engine/worker.ts), sharing chunks
//   re2-linux-x64-abi137.node         the native re2 for Node 24 on Linux x64, built by
//   re2-native.json                   scripts/build-re2-native.mjs (rebuilt here only when missing
//                                     or built from another re2/Node version; --skip-native skips it)
//   package.json                      {"type":"module"}: the bundle is ESM wherever it is copied
//   THIRD-PARTY-NOTICES.md            licences of everything bundled
//
// In the bundle `re2` is src/action/regex.ts (the native addon, or re2js elsewhere), the pattern
// files are data validated here (without their examples), and the version is a constant: the
// bundle reads nothing outside dist-action/. The output is deterministic (same sources and
// lockfile, same bytes): test/action/bundle.test.ts rebuilds it and fails when the committed one
// is stale.
import { build } from 'esbuild';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { NATIVE_FILE, NATIVE_MANIFEST, buildNative, expectedNativeManifest } from './build-re2-native.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const PKG = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const posix = (p) => p.split(sep).join('/');

function arg(name) {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
}

/** The built-in providers, loaded and validated by the real loader, minus their examples. */
async function loadBuiltinProviders() {
  const tmpDir = join(ROOT, '.cache', 'action-build');
  mkdirSync(tmpDir, { recursive: true });
  const tmp = join(tmpDir, `patterns-${process.pid}.mjs`);
  await build({
    entryPoints: [join(ROOT, 'src/patterns/index.ts')],
    bundle: true,
    format: 'esm',
    platform: 'node',
    external: ['re2', 'yaml'],
    outfile: tmp,
    logLevel: 'warning',
  });
  try {
    const { loadPatternFiles } = await import(pathToFileURL(tmp).href);
    const dir = join(ROOT, 'patterns');
    return loadPatternFiles(dir).map((p) => {
      const file = `patterns/${basename(p.file)}`;
      return { ...p, file, patterns: p.patterns.map((x) => ({ ...x, examples: [], negativeExamples: [], file })) };
    });
  } finally {
    rmSync(tmp, { force: true });
  }
}

function actionPlugin(providers) {
  const src = (p) => join(ROOT, 'src', p);
  const replace = {
    [src('version.ts')]: `export const VERSION = ${JSON.stringify(PKG.version)};\n`,
    // require(): esbuild evaluates the bundled parser on first use only (workers never load it).
    [src('yaml.ts')]: `export function parseYaml(text) {\n  return require('yaml').parse(text);\n}\n`,
    [src('action/builtin-providers.ts')]: `const PROVIDERS = ${JSON.stringify(providers, null, 1)};\nexport function builtinProviders() {\n  return PROVIDERS;\n}\n`,
  };
  return {
    name: 'hookscan-action',
    setup(b) {
      b.onResolve({ filter: /^re2$/ }, () => ({ path: src('action/regex.ts') }));
      b.onLoad({ filter: /\.ts$/ }, (a) => (a.path in replace ? { contents: replace[a.path], loader: 'js', resolveDir: dirname(a.path) } : undefined));
    },
  };
}

const LICENSE_FILES = ['LICENSE', 'LICENSE.md', 'LICENSE.txt', 'license', 'license.md', 'LICENCE', 'LICENCE.md', 'COPYING'];

function licenceText(dir) {
  for (const f of LICENSE_FILES) if (existsSync(join(dir, f))) return readFileSync(join(dir, f), 'utf8').trim();
  return '';
}

function notices(metafile) {
  const packages = new Map();
  for (const input of Object.keys(metafile.inputs)) {
    const m = /^(.*node_modules\/((?:@[^/]+\/)?[^/]+))\//.exec(posix(input));
    if (m) packages.set(m[2], join(ROOT, m[1]));
  }
  const parts = ['# Third-party notices', '', 'The hookscan Action bundle includes the following software.', ''];
  for (const [name, dir] of [...packages].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const pj = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    parts.push(`## ${name} ${pj.version} (${pj.license ?? 'see below'})`, '', '```', licenceText(dir), '```', '');
  }
  const re2 = join(ROOT, 'node_modules/re2');
  const re2Version = JSON.parse(readFileSync(join(re2, 'package.json'), 'utf8')).version;
  for (const [title, dir] of [
    [`re2 ${re2Version} (node-re2 bindings, BSD-3-Clause), in ${NATIVE_FILE}`, re2],
    ['RE2 (BSD-3-Clause), in ' + NATIVE_FILE, join(re2, 'vendor/re2')],
    ['Abseil (Apache-2.0), in ' + NATIVE_FILE, join(re2, 'vendor/abseil-cpp')],
  ]) {
    parts.push(`## ${title}`, '', '```', licenceText(dir), '```', '');
  }
  return parts.join('\n');
}

export async function buildAction(outDir, { skipNative = false } = {}) {
  const providers = await loadBuiltinProviders();
  const result = await build({
    absWorkingDir: ROOT,
    entryPoints: { index: 'src/action/entry.ts', worker: 'src/engine/worker.ts' },
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    outdir: outDir,
    // Chunks sit next to worker.js and the addon: both are found relative to import.meta.url.
    chunkNames: 'chunk-[hash]',
    write: false,
    metafile: true,
    legalComments: 'none',
    charset: 'utf8',
    logLevel: 'warning',
    banner: {
      js: [
        '// hookscan GitHub Action, bundled from src/ by `npm run build:action` (scripts/build-action.mjs). Do not edit.',
        "import { createRequire as __hookscanCreateRequire } from 'node:module';",
        'const require = __hookscanCreateRequire(import.meta.url);',
      ].join('\n'),
    },
    plugins: [actionPlugin(providers)],
  });
  mkdirSync(outDir, { recursive: true });
  // Stale chunks go; the native addon stays (it is rebuilt below only when it must be).
  for (const f of readdirSync(outDir)) if (f !== NATIVE_FILE && f !== NATIVE_MANIFEST) rmSync(join(outDir, f), { recursive: true, force: true });
  const written = [];
  for (const f of result.outputFiles) {
    writeFileSync(f.path, f.contents);
    written.push(relative(outDir, f.path));
  }
  writeFileSync(join(outDir, 'package.json'), `${JSON.stringify({ name: 'hookscan-action-bundle', private: true, type: 'module', version: PKG.version }, null, 2)}\n`);
  writeFileSync(join(outDir, 'THIRD-PARTY-NOTICES.md'), notices(result.metafile));
  written.push('package.json', 'THIRD-PARTY-NOTICES.md');
  if (!skipNative) {
    const manifestFile = join(outDir, NATIVE_MANIFEST);
    const expected = expectedNativeManifest();
    const current = existsSync(manifestFile) && existsSync(join(outDir, NATIVE_FILE)) ? JSON.parse(readFileSync(manifestFile, 'utf8')) : null;
    const same = current && Object.entries(expected).every(([k, v]) => current[k] === v);
    if (!same) buildNative(outDir);
    written.push(NATIVE_FILE, NATIVE_MANIFEST);
  }
  return written.sort();
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const out = resolve(arg('--out') ?? join(ROOT, 'dist-action'));
  const files = await buildAction(out, { skipNative: process.argv.includes('--skip-native') });
  for (const f of files) {
    const size = readFileSync(join(out, f)).length;
    console.log(`${posix(relative(ROOT, join(out, f))).padEnd(48)} ${(size / 1024).toFixed(1).padStart(8)} KB`);
  }
}
