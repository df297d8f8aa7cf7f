// Fabricated webhook URLs, built at run time from crypto random bytes (the repository scans itself,
// so no test file may hold a literal URL a pattern would report), and findings made from them by
// the real detector.
import { randomBytes, randomUUID } from 'node:crypto';
import { Detector } from '../../src/detect/index.js';
import { newFinding } from '../../src/scan.js';
import { loadProviders } from '../../src/patterns/index.js';
import type { Finding, Pattern } from '../../src/types.js';

const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const B64URL = `${ALNUM}_-`;
const DIGITS = '0123456789';
const HEX = '0123456789abcdef';

export function rand(alphabet: string, n: number): string {
  return [...randomBytes(n)].map((b) => alphabet[b % alphabet.length]).join('');
}

const SCHEME = 'https://';

/** One URL per call; `event` only for IFTTT. */
export const FABRICATE: Record<string, () => string> = {
  slack: () => `${SCHEME}hooks.slack.com/services/T${rand(UPPER, 9)}/B${rand(UPPER, 10)}/${rand(ALNUM, 24)}`,
  'slack-workflow': () => `${SCHEME}hooks.slack.com/workflows/T${rand(UPPER, 9)}/A${rand(UPPER, 9)}/${rand(DIGITS, 18)}/${rand(ALNUM, 24)}`,
  discord: () => `${SCHEME}discord.com/api/webhooks/${1 + (randomBytes(1)[0] % 9)}${rand(DIGITS, 17)}/${rand(B64URL, 68)}`,
  'microsoft-teams': () =>
    `${SCHEME}corp${rand('abcdefghij', 5)}.webhook.office.com/webhookb2/${randomUUID()}@${randomUUID()}/IncomingWebhook/${rand(HEX, 32)}/${randomUUID()}/V2${rand(B64URL, 43)}`,
  'google-chat': () => `${SCHEME}chat.googleapis.com/v1/spaces/AAAA${rand(B64URL, 7)}/messages?key=AIza${rand(B64URL, 35)}&token=${rand(B64URL, 43)}%3D`,
  telegram: () => `${SCHEME}api.telegram.org/bot${1 + (randomBytes(1)[0] % 9)}${rand(DIGITS, 9)}:AA${rand(B64URL, 33)}/sendMessage`,
  dingtalk: () => `${SCHEME}oapi.dingtalk.com/robot/send?access_token=${rand(HEX, 64)}`,
  feishu: () => `${SCHEME}open.feishu.cn/open-apis/bot/v2/hook/${randomUUID()}`,
  wecom: () => `${SCHEME}qyapi.weixin.qq.com/cgi-bin/webhook/send?key=${randomUUID()}`,
  webex: () => `${SCHEME}webexapis.com/v1/webhooks/incoming/${Buffer.from(`ciscospark://us/WEBHOOK/${randomUUID()}`).toString('base64url')}`,
  ifttt: () => `${SCHEME}maker.ifttt.com/trigger/door_${rand('abcdefgh', 6)}/with/key/${rand(B64URL, 22)}`,
  mattermost: () => `${SCHEME}chat-${rand('abcdefgh', 6)}.example.io/hooks/${rand('13456789abcdefghijkmnopqrstuwxyz', 25)}${rand('acehorwy', 1)}`,
  'rocket-chat': () => `${SCHEME}rc-${rand('abcdefgh', 6)}.example.io/hooks/${rand('23456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz', 17)}/${rand('23456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz', 48)}`,
  zapier: () => `${SCHEME}hooks.zapier.com/hooks/catch/${rand(DIGITS, 7)}/${rand('abcdefghijklmnopqrstuvwxyz0123456789', 6)}/`,
  make: () => `${SCHEME}hook.eu1.make.com/${rand('abcdefghijklmnopqrstuvwxyz0123456789', 32)}`,
  pipedream: () => `${SCHEME}e${rand('abcdefghijklmnopqrstuvwxyz0123456789', 20)}.m.pipedream.net`,
  'webhook-site': () => `${SCHEME}webhook.site/${randomUUID()}`,
};

let patterns: Pattern[] | undefined;
let detector: Detector | undefined;

/** The findings the real detector reports for a text (no dedupe beyond the detector's). */
export function findingsIn(text: string): Finding[] {
  patterns ??= loadProviders().flatMap((p) => p.patterns);
  detector ??= new Detector(patterns);
  const byId = new Map(patterns.map((p) => [p.id, p]));
  return detector.detect(Buffer.from(text)).map((m) => newFinding(byId.get(m.ruleId)!, m));
}

/** A fabricated URL of a provider and its finding; retried until the detector reports exactly one. */
export function fabricate(kind: keyof typeof FABRICATE | string): { url: string; finding: Finding } {
  for (let i = 0; i < 100; i++) {
    const url = FABRICATE[kind]();
    const found = findingsIn(`url = "${url}"\n`);
    if (found.length === 1) return { url, finding: found[0] };
  }
  throw new Error(`could not fabricate a ${kind} URL the detector reports`);
}

/** A fabricated URL of a provider with its secret (the part the pattern captures). */
export function webhook(kind: keyof typeof FABRICATE | string): { url: string; secret: string } {
  const { url, finding } = fabricate(kind);
  return { url, secret: finding.secret };
}
