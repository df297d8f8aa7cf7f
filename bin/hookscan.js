#!/usr/bin/env node
import { existsSync } from 'node:fs';

// The bundled CLI (scripts/build-cli.mjs, part of `npm run build`) starts faster; tsc's output is
// the fallback when the bundle was not built.
const bundle = new URL('../dist/bundle/cli.js', import.meta.url);
const { main } = await import(existsSync(bundle) ? bundle.href : '../dist/cli/index.js');

await main();
