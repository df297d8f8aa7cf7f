#!/usr/bin/env node
// Builds the native re2 addon that the GitHub Action bundle carries: re2 (the version in
// node_modules, pinned in package.json) compiled against the headers of Node 24 (the runtime of
// `runs.using: node24`) for Linux x64, stripped, with a manifest that the staleness test reads.
// Other platforms use the pure-JavaScript RE2 port bundled in the Action (see src/action/regex.ts).
//
//   node scripts/build-re2-native.mjs [--out DIR]     (default DIR: dist-action)
//
// Needs a C++ toolchain (g++, make, python3); takes a few minutes on two cores. The sources are
// copied to .cache/re2-build (so node_modules/re2, built for the Node that runs the tests, is left
// alone) and built there, by node-gyp with --nodedir pointing at Node 24's headers.
import { execFileSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CACHE_DIR, NODE24_MODULES, NODE24_VERSION, ensureNode24 } from './node24.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const NATIVE_FILE = `re2-linux-x64-abi${NODE24_MODULES}.node`;
export const NATIVE_MANIFEST = 're2-native.json';

/** What the committed binary must have been built from; compared by the staleness test. */
export function expectedNativeManifest() {
  const re2 = JSON.parse(readFileSync(join(ROOT, 'node_modules/re2/package.json'), 'utf8')).version;
  return { file: NATIVE_FILE, re2, node: NODE24_VERSION, modules: NODE24_MODULES, platform: 'linux', arch: 'x64' };
}

export function buildNative(outDir) {
  const { dir: nodeDir, node: node24 } = ensureNode24();
  const src = join(ROOT, 'node_modules/re2');
  const build = join(CACHE_DIR, 're2-build');
  rmSync(build, { recursive: true, force: true });
  mkdirSync(build, { recursive: true });
  for (const part of ['binding.gyp', 'lib', 'vendor', 'package.json']) cpSync(join(src, part), join(build, part), { recursive: true });
  const gyp = join(ROOT, 'node_modules/node-gyp/bin/node-gyp.js');
  const env = { ...process.env, npm_config_nodedir: nodeDir, JOBS: 'max' };
  // binding.gyp runs `node -e "require('nan')"`: .cache/ sits in the repository, so nan resolves.
  for (let attempt = 1; ; attempt++) {
    try {
      execFileSync(process.execPath, [gyp, 'rebuild', `--nodedir=${nodeDir}`, `--target=${NODE24_VERSION}`, '--arch=x64', '-j', 'max'], { cwd: build, env, stdio: 'inherit' });
      break;
    } catch (e) {
      // re2's compile has been seen to fail once on a dependency file and pass on a rerun.
      if (attempt >= 3) throw e;
      process.stderr.write(`re2 native build failed (attempt ${attempt} of 3); retrying\n`);
    }
  }
  const built = join(build, 'build/Release/re2.node');
  mkdirSync(outDir, { recursive: true });
  const target = join(outDir, NATIVE_FILE);
  copyFileSync(built, target);
  // No debug info: smaller, and no build paths inside.
  execFileSync('strip', ['--strip-unneeded', target]);
  // It must load in Node 24 and compile a pattern.
  const check = `const m={exports:{}};process.dlopen(m,${JSON.stringify(target)});const r=new m.exports('(?i:ab)(c)','d');const x=r.exec(Buffer.from('xABc'));if(!x||x.index!==1)throw new Error('bad match');console.log('ok')`;
  execFileSync(node24, ['-e', check], { stdio: 'inherit' });
  const sha256 = createHash('sha256').update(readFileSync(target)).digest('hex');
  const manifest = { ...expectedNativeManifest(), sha256 };
  writeFileSync(join(outDir, NATIVE_MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
  rmSync(build, { recursive: true, force: true });
  return manifest;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const i = process.argv.indexOf('--out');
  const out = resolve(i > 0 ? process.argv[i + 1] : join(ROOT, 'dist-action'));
  if (!existsSync(join(ROOT, 'node_modules/re2/package.json'))) throw new Error('node_modules/re2 is missing: run npm ci first');
  const m = buildNative(out);
  console.log(`re2 ${m.re2} for Node ${m.node} (ABI ${m.modules}) linux-x64 → ${join(out, m.file)} (sha256 ${m.sha256.slice(0, 12)}…)`);
}
