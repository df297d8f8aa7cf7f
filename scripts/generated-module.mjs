// The tail every generator of a checked-in module shares: write the text, or with --check fail when
// the file on disk differs (the test suite and CI run the check). `count` says what was written.
import { readFileSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';

export function writeOrCheck(file, text, { command, count }) {
  const name = relative(process.cwd(), file);
  if (process.argv.includes('--check')) {
    if (readFileSync(file, 'utf8') !== text) {
      console.error(`${name} is stale: run ${command}`);
      process.exit(1);
    }
    return;
  }
  writeFileSync(file, text);
  console.log(`${count(text)} → ${name}`);
}
