/**
 * The regex engine of the GitHub Action bundle, which stands in for the `re2` package there
 * (scripts/build-action.mjs points `import RE2 from 're2'` here): the bundle carries no
 * node_modules, so the native addon is a file next to the bundle, built for Linux x64 on Node 24's
 * ABI (scripts/build-re2-native.mjs). Anywhere else (macOS and Windows runners, arm64, another
 * Node ABI, a glibc too old to load it) the engine is re2js, a pure-JavaScript port of RE2: the
 * same syntax and the same linear-time guarantee, slower.
 *
 * V8's own linear engine (`--enable-experimental-regexp-engine`, the `l` flag) cannot stand in:
 * on Node 24 it refuses the `i` and `d` flags and any bounded repetition above 16 (`[0-9a-f]{32}`),
 * which nearly every pattern in patterns/*.yaml uses, and it has no `(?i:…)` groups.
 *
 * Only the part of node-re2's API that hookscan uses is provided by the fallback: `new RE2(source,
 * flags)` with flags from `gimsd`, `lastIndex`, `exec()` and `test()` on a Buffer (byte offsets) or
 * a string (UTF-16 offsets), `source`, `flags`, `global`.
 *
 * re2js has no DFA: its NFA reads a few hundred KB/s for the keyword prefilter (one alternation of
 * every keyword, run over every byte scanned). A pure alternation of ASCII literals cannot
 * backtrack catastrophically (at most the total length of the literals per position), so that one
 * shape runs on V8's own engine, over the bytes read as Latin-1 (one character per byte, so
 * offsets stay byte offsets); every other pattern runs on re2js.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { JsRE2 } from '../patterns/re2js.js';

export { JsRE2, literalAlternation, type RegexExecArray } from '../patterns/re2js.js';

/** The addon the bundle carries, and the Node ABI (process.versions.modules) it was built for. */
export const NATIVE_ADDON = 're2-linux-x64-abi137.node';
const NATIVE_ABI = '137';

type RE2Class = typeof JsRE2;

function loadNative(): { engine?: RE2Class; why: string } {
  if (process.env.HOOKSCAN_REGEX_ENGINE === 'js') return { why: 'HOOKSCAN_REGEX_ENGINE=js' };
  if (process.platform !== 'linux' || process.arch !== 'x64') return { why: `no native re2 for ${process.platform}-${process.arch}` };
  if (process.versions.modules !== NATIVE_ABI) return { why: `native re2 is built for Node ABI ${NATIVE_ABI} (Node 24), this is ${process.versions.modules}` };
  let file: string;
  try {
    file = fileURLToPath(new URL(`./${NATIVE_ADDON}`, import.meta.url));
  } catch {
    return { why: 'native re2 not found' };
  }
  if (!existsSync(file)) return { why: 'native re2 not found next to the bundle' };
  try {
    const mod = { exports: {} as unknown };
    process.dlopen(mod, file);
    return { engine: mod.exports as RE2Class, why: '' };
  } catch (e) {
    return { why: `native re2 did not load: ${(e as Error).message.split('\n')[0]}` };
  }
}

const native = loadNative();

/** Which engine runs the patterns, for the log and the job summary. */
export const REGEX_ENGINE: string = native.engine ? 're2 (native)' : `re2js (${native.why})`;

const RE2: RE2Class = native.engine ?? JsRE2;
export default RE2;
