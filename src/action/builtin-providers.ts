/**
 * The built-in providers. From the sources: patterns/*.yaml, loaded and validated as the CLI does.
 * In the Action bundle, scripts/build-action.mjs replaces this module with the same providers as
 * data, validated at build time and without their examples (fabricated URLs stay out of the
 * bundle), so the bundle needs neither the patterns/ folder nor a YAML parser at start-up.
 */
import { loadPatternFiles } from '../patterns/index.js';
import type { PatternFile } from '../types.js';

export function builtinProviders(): PatternFile[] {
  return loadPatternFiles();
}
