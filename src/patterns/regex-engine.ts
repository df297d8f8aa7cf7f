/**
 * Chooses the regex engine, once: the native `re2` addon when it loads, else re2js (src/patterns/
 * re2js.ts) — same syntax, same linear-time guarantee, same findings, slower. The addon is absent
 * when npm could not build it (no compiler, `npm install --ignore-scripts`, an unsupported
 * platform). The library only records why; the shell (src/cli) says so once on stderr.
 *
 * In the Action bundle `re2` resolves to src/action/regex.ts (scripts/build-action.mjs), which
 * makes the same choice for the addon the bundle carries.
 */
import type NativeRE2 from 're2';

type RE2Class = typeof NativeRE2;

let engine: RE2Class;
let fallbackReason: string | undefined;
try {
  engine = (await import('re2')).default;
} catch (e) {
  // Loaded only here: re2js is a large module, and a git hook with the native addon never needs it.
  engine = (await import('./re2js.js')).JsRE2 as unknown as RE2Class;
  fallbackReason = `the native re2 addon did not load (${(e as Error).message.split('\n')[0]})`;
}

/** The engine's constructor: `new RE2(source, flags)`. */
export const RE2: RE2Class = engine;
export type RE2 = NativeRE2;

/** Which engine runs, and why re2js when it is the fallback (undefined reason: native re2). */
export const regexEngine: { name: 're2' | 're2js'; fallbackReason?: string } =
  fallbackReason === undefined ? { name: 're2' } : { name: 're2js', fallbackReason };
