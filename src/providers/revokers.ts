/**
 * The revoker registry: which findings can be revoked by API. Adding one: a `revoke` module (or a
 * revoker next to the provider's verifier) and one line in REVOKERS.
 */
import { azureLogicAppsRevoker } from './azure-logic-apps.js';
import { discordRevoker } from './discord.js';
import { makeRevoker } from './make.js';
import { mattermostRevoker } from './mattermost.js';
import { n8nRevoker } from './n8n.js';
import type { Revoker } from './revoker.js';
import { rocketChatRevoker } from './rocket-chat.js';

export const REVOKERS: readonly Revoker[] = [discordRevoker, mattermostRevoker, rocketChatRevoker, makeRevoker, n8nRevoker, azureLogicAppsRevoker];

const BY_RULE = new Map<string, Revoker>(REVOKERS.flatMap((r) => r.ruleIds.map((id) => [id, r] as const)));

/** The revoker of a pattern id, if any. */
export function revokerFor(ruleId: string): Revoker | undefined {
  return BY_RULE.get(ruleId);
}

/** Every credential name a revoker reads (the keys `revoke-credentials` in .hookscan.yaml accepts). */
export const REVOKE_CREDENTIALS: readonly string[] = [...new Set(REVOKERS.flatMap((r) => r.credentials.map((c) => c.name)))];
