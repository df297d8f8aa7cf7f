#!/usr/bin/env node
// Part of `npm run build`: validates patterns/*.yaml (the same checks as at run time) and writes
// dist/patterns.json — the parsed files, the YAML texts' hash and each file's name and size — so
// that start-up skips YAML parsing and, while the YAML files are unchanged, reading them at all.
import { writeFileSync } from 'node:fs';
import { BUILTIN_PATTERNS_DIR, PATTERN_CACHE_FILE, buildPatternCache } from '../dist/patterns/index.js';

const built = buildPatternCache(BUILTIN_PATTERNS_DIR); // throws ConfigError on a malformed file
// ASCII only (other characters as \u escapes, which JSON.parse reads back the same): start-up then
// reads a one-byte string, about 2 ms sooner than decoding UTF-8 into a two-byte one.
const json = JSON.stringify(built).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
writeFileSync(PATTERN_CACHE_FILE, json);
console.log(`patterns: ${built.providers.length} providers, ${built.providers.reduce((a, p) => a + p.patterns.length, 0)} patterns → ${PATTERN_CACHE_FILE}`);
