/**
 * `lstat` and `readdir` as promises over node:fs's callback API. node:fs/promises would do the
 * same, but loading it also loads its stream and readline machinery (about 1 % of a 10-file scan's
 * start); the walk needs only these two.
 */
import { lstat as lstatCallback, readdir as readdirCallback } from 'node:fs';
import { promisify } from 'node:util';

export const lstat = promisify(lstatCallback);
export const readdir = promisify(readdirCallback);
