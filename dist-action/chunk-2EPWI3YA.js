// hookscan GitHub Action, bundled from src/ by `npm run build:action` (scripts/build-action.mjs). Do not edit.
import { createRequire as __hookscanCreateRequire } from 'node:module';
const require = __hookscanCreateRequire(import.meta.url);
import {
  DEFAULT_ARCHIVE_LIMITS,
  InFlight,
  hasArchiveName,
  scanArchiveBytes,
  scanArchiveFile,
  sniffArchive
} from "./chunk-IL6NR7ZR.js";
import "./chunk-DSMI7GCB.js";
export {
  DEFAULT_ARCHIVE_LIMITS,
  InFlight,
  hasArchiveName,
  scanArchiveBytes,
  scanArchiveFile,
  sniffArchive
};
