/**
 * The Action's inputs, read as the runner passes them (INPUT_<NAME> environment variables, the
 * name upper-cased with spaces as underscores; hyphens stay) and validated. The defaults live in
 * action.yml; the fallbacks here only matter when the entry is run by hand.
 */

import { UsageError } from '../errors.js';
import { MODES, type Mode } from './event.js';

import { FAIL_ON, type FailOn } from '../app/fail-on.js';
export { FAIL_ON, type FailOn };

export interface ActionInputs {
  mode: Mode;
  range: string;
  paths: string[];
  config: string;
  verify: boolean;
  failOn: FailOn;
  redact: boolean;
  baseline: string;
  sarifFile: string;
}

export function getInput(env: NodeJS.ProcessEnv, name: string): string {
  return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}

/** YAML 1.2 core schema booleans, as @actions/core's getBooleanInput reads them. */
function bool(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const v = getInput(env, name);
  if (v === '') return fallback;
  if (['true', 'True', 'TRUE'].includes(v)) return true;
  if (['false', 'False', 'FALSE'].includes(v)) return false;
  throw new UsageError(`input '${name}' must be true or false, got '${v}'`);
}

function oneOf<T extends string>(env: NodeJS.ProcessEnv, name: string, choices: readonly T[], fallback: T): T {
  const v = getInput(env, name) || fallback;
  if (!choices.includes(v as T)) throw new UsageError(`input '${name}' must be one of ${choices.join(', ')}, got '${v}'`);
  return v as T;
}

export function readInputs(env: NodeJS.ProcessEnv): ActionInputs {
  const range = getInput(env, 'range');
  if (range.startsWith('-')) throw new UsageError(`input 'range' must be a revision range such as origin/main..HEAD, got '${range}'`);
  const paths = getInput(env, 'paths')
    .split(/\s+/)
    .filter(Boolean);
  for (const p of paths) if (p.split(/[\\/]/).includes('..')) throw new UsageError(`input 'paths': '${p}' leaves the workspace`);
  return {
    mode: oneOf(env, 'mode', MODES, 'auto'),
    range,
    paths: paths.length ? paths : ['.'],
    config: getInput(env, 'config'),
    verify: bool(env, 'verify', false),
    failOn: oneOf(env, 'fail-on', FAIL_ON, 'any'),
    redact: bool(env, 'redact', true),
    baseline: getInput(env, 'baseline'),
    sarifFile: getInput(env, 'sarif-file'),
  };
}

