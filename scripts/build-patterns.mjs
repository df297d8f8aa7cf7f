#!/usr/bin/env node
// Part of `npm run build`: validates patterns/*.yaml (the same checks as at run time) and writes
// dist/patterns.json, keyed by a hash of the YAML texts, so that start-up skips YAML parsing.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUILTIN_PATTERNS_DIR, PATTERN_CACHE_FILE, loadPatternFiles, patternHash } from '../dist/patterns/index.js';

const dir = BUILTIN_PATTERNS_DIR;
const texts = readdirSync(dir).filter((n) => /\.ya?ml$/.test(n)).sort().map((n) => ({ file: join(dir, n), text: readFileSync(join(dir, n), 'utf8') }));
const providers = loadPatternFiles(dir); // throws ConfigError on a malformed file
writeFileSync(PATTERN_CACHE_FILE, JSON.stringify({ hash: patternHash(texts), providers }));
console.log(`patterns: ${providers.length} providers, ${providers.reduce((a, p) => a + p.patterns.length, 0)} patterns → ${PATTERN_CACHE_FILE}`);
