// hookscan GitHub Action, bundled from src/ by `npm run build:action` (scripts/build-action.mjs). Do not edit.
import { createRequire as __hookscanCreateRequire } from 'node:module';
const require = __hookscanCreateRequire(import.meta.url);
import {
  GitSource,
  inspectRepository,
  parseLog
} from "./chunk-M7DIZTPK.js";
import "./chunk-P5M7NSU6.js";
import "./chunk-DSMI7GCB.js";
export {
  GitSource,
  inspectRepository,
  parseLog
};
