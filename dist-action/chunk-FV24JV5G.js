// hookscan GitHub Action, bundled from src/ by `npm run build:action` (scripts/build-action.mjs). Do not edit.
import { createRequire as __hookscanCreateRequire } from 'node:module';
const require = __hookscanCreateRequire(import.meta.url);
import {
  JsRE2
} from "./chunk-RSU7PZF2.js";

// src/action/regex.ts
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
var NATIVE_ADDON = "re2-linux-x64-abi137.node";
var NATIVE_ABI = "137";
function loadNative() {
  if (process.env.HOOKSCAN_REGEX_ENGINE === "js") return { why: "HOOKSCAN_REGEX_ENGINE=js" };
  if (process.platform !== "linux" || process.arch !== "x64") return { why: `no native re2 for ${process.platform}-${process.arch}` };
  if (process.versions.modules !== NATIVE_ABI) return { why: `native re2 is built for Node ABI ${NATIVE_ABI} (Node 24), this is ${process.versions.modules}` };
  let file;
  try {
    file = fileURLToPath(new URL(`./${NATIVE_ADDON}`, import.meta.url));
  } catch {
    return { why: "native re2 not found" };
  }
  if (!existsSync(file)) return { why: "native re2 not found next to the bundle" };
  try {
    const mod = { exports: {} };
    process.dlopen(mod, file);
    return { engine: mod.exports, why: "" };
  } catch (e) {
    return { why: `native re2 did not load: ${e.message.split("\n")[0]}` };
  }
}
var native = loadNative();
var REGEX_ENGINE = native.engine ? "re2 (native)" : `re2js (${native.why})`;
var RE2 = native.engine ?? JsRE2;
var regex_default = RE2;

export {
  NATIVE_ADDON,
  REGEX_ENGINE,
  regex_default
};
