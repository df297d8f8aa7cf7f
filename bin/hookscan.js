#!/usr/bin/env node
// The CLI's entry is bin/hookscan.cjs (it starts faster: no ES-module loader). This file stays for
// `node bin/hookscan.js` and for git hooks installed by hookscan 0.1, which run it by path.
import { createRequire } from 'node:module';

createRequire(import.meta.url)('./hookscan.cjs');
