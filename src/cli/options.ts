/** Option definitions shared by the CLI's commands: declared once here, used by each command. */
import { InvalidArgumentError, Option } from 'commander';
import { FAIL_ON, type FailOn } from '../app/fail-on.js';
import { parseSize } from '../config/index.js';

/** A whole-number argument ≥ min, with an error naming the flag. */
export function intArg(name: string, min = 1): (v: string) => number {
  return (v: string) => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < min) throw new InvalidArgumentError(`${name} must be a whole number ≥ ${min}`);
    return n;
  };
}

/** A size such as 20MB, 512KB or a number of bytes. */
export function sizeArg(v: string): number {
  const n = parseSize(v);
  if (n === null) throw new InvalidArgumentError('expected a size such as 20MB, 512KB or a number of bytes');
  return n;
}

/** `--fail-on <when>`: the choices a command offers (all of FAIL_ON unless it cannot verify). */
export function failOnOption(description: string, choices: readonly FailOn[] = FAIL_ON): Option {
  return new Option('--fail-on <when>', description).choices([...choices]).default('any');
}
