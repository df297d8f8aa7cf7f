/** The Action's entry (action.yml `runs.main` runs its bundle): the real process, once. */
import { runAction } from './index.js';

// Git in a container job may refuse a workspace owned by another user ("dubious ownership"):
// this run trusts the workspace it was given, for every git it spawns.
const workspace = process.env.GITHUB_WORKSPACE;
if (workspace) {
  const n = Number(process.env.GIT_CONFIG_COUNT ?? 0) || 0;
  process.env[`GIT_CONFIG_KEY_${n}`] = 'safe.directory';
  process.env[`GIT_CONFIG_VALUE_${n}`] = workspace;
  process.env.GIT_CONFIG_COUNT = String(n + 1);
}
process.env.GIT_TERMINAL_PROMPT = '0';

process.exitCode = await runAction({ env: process.env, stdout: process.stdout, cwd: process.cwd() });
