/** `hookscan blocklist`: the known webhook and capture-service domains, rendered for a filter. */
import { resolve } from 'node:path';
import { blocklistEntries, renderBlocklist, type BlocklistEntry, type BlocklistFormat, type BlocklistKind } from '../blocklist/index.js';
import { EXIT } from '../errors.js';
import { loadPatternFiles } from '../patterns/index.js';
import { VERSION } from '../version.js';

export interface BlocklistRequest {
  format: BlocklistFormat;
  kind: BlocklistKind;
  /** The date in the header (reproducible builds pass SOURCE_DATE_EPOCH's). */
  date: Date;
  cwd: string;
  patternsDir?: string;
}

export function blocklistCommand(req: BlocklistRequest): { result: BlocklistEntry[]; rendered: string; exitCode: number } {
  const providers = loadPatternFiles(req.patternsDir ? resolve(req.cwd, req.patternsDir) : undefined);
  const result = blocklistEntries(providers, req.kind);
  return { result, rendered: renderBlocklist(result, req.format, { version: VERSION, date: req.date, kind: req.kind }), exitCode: EXIT.clean };
}
