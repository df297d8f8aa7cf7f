// hookscan GitHub Action, bundled from src/ by `npm run build:action` (scripts/build-action.mjs). Do not edit.
import { createRequire as __hookscanCreateRequire } from 'node:module';
const require = __hookscanCreateRequire(import.meta.url);
import {
  NATIVE_ADDON,
  REGEX_ENGINE,
  regex_default
} from "./chunk-FV24JV5G.js";
import {
  JsRE2,
  literalAlternation
} from "./chunk-RSU7PZF2.js";
import "./chunk-DSMI7GCB.js";
export {
  JsRE2,
  NATIVE_ADDON,
  REGEX_ENGINE,
  regex_default as default,
  literalAlternation
};
