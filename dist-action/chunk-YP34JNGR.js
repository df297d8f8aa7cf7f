// hookscan GitHub Action, bundled from src/ by `npm run build:action` (scripts/build-action.mjs). Do not edit.
import { createRequire as __hookscanCreateRequire } from 'node:module';
const require = __hookscanCreateRequire(import.meta.url);
import {
  VERSION,
  hostAllowed,
  pLimit,
  parseOrigin
} from "./chunk-QHZ5FNTD.js";
import {
  redactSecret,
  scrubSecrets
} from "./chunk-563D6BWM.js";
import {
  UsageError,
  maskSecrets,
  secretForms
} from "./chunk-P5M7NSU6.js";
import "./chunk-DSMI7GCB.js";

// src/providers/captures.ts
var NONE = Object.freeze({});
function capturesOf(f) {
  return f.captures ?? NONE;
}
function part(f, name) {
  const v = capturesOf(f)[name];
  if (v === void 0) throw new Error(`the ${f.ruleId} pattern gave no '${name}' for this finding`);
  return v;
}

// src/providers/catalog-data.ts
var CATALOG = {
  "azure-logic-apps": { "hosts": ["logic.azure.com", "logic.azure.us", "logic.azure.cn"], "apiHosts": ["management.azure.com", "management.usgovcloudapi.net", "management.chinacloudapi.cn"], "verify": [], "revoke": ["azure-logic-apps-trigger"] },
  "dingtalk": { "hosts": ["oapi.dingtalk.com"], "verify": ["dingtalk-robot-webhook"], "revoke": [] },
  "discord": { "hosts": ["discord.com", "discordapp.com", "ptb.discord.com", "canary.discord.com", "ptb.discordapp.com", "canary.discordapp.com"], "verify": ["discord-webhook"], "revoke": ["discord-webhook"] },
  "feishu": { "hosts": ["open.feishu.cn", "open-hl.feishu.cn", "open.larksuite.com", "open.larkoffice.com"], "verify": ["feishu-bot-webhook"], "revoke": [] },
  "google-chat": { "hosts": ["chat.googleapis.com"], "verify": ["google-chat-webhook"], "revoke": [] },
  "ifttt": { "hosts": ["maker.ifttt.com"], "verify": ["ifttt-webhooks-key"], "revoke": [] },
  "make": { "hosts": ["hook.eu1.make.com", "hook.eu2.make.com", "hook.us1.make.com", "hook.us2.make.com", "hook.eu1.make.celonis.com", "hook.us1.make.celonis.com", "hook.integromat.com"], "apiHosts": ["make.com", "make.celonis.com"], "verify": [], "revoke": ["make-webhook"] },
  "mattermost": { "hosts": ["cloud.mattermost.com"], "verify": ["mattermost-webhook"], "revoke": ["mattermost-webhook"] },
  "microsoft-teams": { "hosts": ["webhook.office.com", "outlook.office.com", "outlook.office365.com"], "verify": ["microsoft-teams-webhook", "microsoft-teams-legacy-webhook"], "revoke": [] },
  "n8n": { "hosts": ["app.n8n.cloud"], "apiHosts": ["app.n8n.cloud"], "verify": [], "revoke": ["n8n-cloud-webhook"] },
  "rocket-chat": { "hosts": ["rocket.chat"], "verify": [], "revoke": ["rocket-chat-webhook"] },
  "slack": { "hosts": ["hooks.slack.com", "hooks.slack-gov.com"], "verify": ["slack-incoming-webhook"], "revoke": [] },
  "telegram": { "hosts": ["api.telegram.org"], "verify": ["telegram-bot-api-url"], "revoke": [] },
  "webex": { "hosts": ["webexapis.com", "api.ciscospark.com"], "verify": ["webex-incoming-webhook"], "revoke": [] },
  "wecom": { "hosts": ["qyapi.weixin.qq.com"], "verify": ["wecom-robot-webhook"], "revoke": [] }
};

// src/providers/catalog.ts
var entry = (provider) => {
  const e = CATALOG[provider];
  if (!e) throw new Error(`no pattern file marks a rule of '${provider}' verify or revoke (patterns/${provider}.yaml)`);
  return e;
};
function verifiedRules(provider) {
  return entry(provider).verify;
}
function revokedRules(provider) {
  return entry(provider).revoke;
}
function webhookHosts(provider) {
  return entry(provider).hosts.map((h) => `*.${h}`);
}
function apiHosts(provider) {
  const e = entry(provider);
  return (e.apiHosts ?? e.hosts).map((h) => `*.${h}`);
}

// src/providers/answer-text.ts
function responseOf(o) {
  return o.kind === "response" ? o : void 0;
}
function quote(body, max = 160) {
  const one = body.replace(/[\u0000-\u001f\u007f-\u009f]+/g, " ").replace(/\s+/g, " ").trim();
  if (!one) return "(empty body)";
  return JSON.stringify(one.length > max ? `${one.slice(0, max)}…` : one);
}
function answer(r) {
  return `HTTP ${r.status} ${quote(r.body)}`;
}
function describeOutcome(o) {
  return o.kind === "response" ? answer(o) : o.kind === "redirect" ? `a redirect (HTTP ${o.status})` : o.reason;
}

// src/providers/verdicts.ts
var live = (reason) => ({ status: "live", reason });
var dead = (reason) => ({ status: "dead", reason });
var unknown = (reason) => ({ status: "unknown", reason });
var unrecognised = (r) => unknown(`unrecognised answer: ${answer(r)}`);
var acceptedProbe = (r, provider) => live(`${answer(r)}: ${provider} accepted a probe it should have rejected (report this to the hookscan maintainers)`);
function transportVerdict(o) {
  switch (o.kind) {
    case "timeout":
    case "network":
      return unknown(o.reason);
    case "refused":
      return { status: "skipped", reason: o.reason };
    case "redirect":
      return unknown(`redirected (HTTP ${o.status}) to ${o.to}; redirects are not followed`);
    case "response":
      if (o.status === 429) return unknown(`rate limited: ${answer(o)}${o.attempts > 1 ? ` after ${o.attempts} attempts` : ""}`);
      if (o.status >= 500) return unknown(`provider error: ${answer(o)}`);
      return void 0;
  }
}

// src/providers/verifier.ts
function webhookVerifier(provider, spec) {
  return { provider, ruleIds: verifiedRules(provider), hosts: spec.selfHosted ? [] : webhookHosts(provider), key: (f) => f.secret, ...spec };
}
function readable(o) {
  return transportVerdict(o) ?? responseOf(o);
}
function isVerdict(r) {
  return !("kind" in r);
}

// src/providers/finding-url.ts
function findingUrl(f) {
  const raw = /^[a-z][a-z0-9+.-]*:\/\//i.test(f.url) ? f.url : `https://${f.url}`;
  return new URL(raw);
}
function atHost(f, path, query) {
  const u = new URL(`https://${part(f, "host")}`);
  u.pathname = path;
  if (query) u.search = new URLSearchParams(query).toString();
  return u;
}

// src/providers/json-body.ts
function parseJson(body) {
  try {
    const j = JSON.parse(body);
    return j && typeof j === "object" && !Array.isArray(j) ? j : void 0;
  } catch {
    return void 0;
  }
}
function numField(j, ...keys) {
  for (const k of keys) {
    const v = j?.[k];
    if (typeof v === "number") return v;
    if (typeof v === "string" && /^-?\d+$/.test(v)) return Number(v);
  }
  return void 0;
}
function strField(j, ...keys) {
  for (const k of keys) if (typeof j?.[k] === "string") return j[k];
  return "";
}

// src/providers/random-text.ts
import { randomBytes } from "node:crypto";
function randomFrom(alphabet, n) {
  let out = "";
  while (out.length < n) {
    for (const b of randomBytes(n * 2)) {
      if (b < 256 - 256 % alphabet.length) out += alphabet[b % alphabet.length];
      if (out.length === n) break;
    }
  }
  return out;
}
var randomHex = (n) => randomFrom("0123456789abcdef", n);

// src/providers/dingtalk.ts
var DINGTALK_PROBE_BODY = '{"msgtype":"hookscan_probe"}';
function tokenMissing(o) {
  if (o.kind !== "response") return false;
  const j = parseJson(o.body);
  const code = numField(j, "errcode");
  return (code === 300001 || code === 300005) && /token is not exist/i.test(strField(j, "errmsg"));
}
var dingtalk = webhookVerifier("dingtalk", {
  key: (f) => f.secret.toLowerCase(),
  async check(f, ctx) {
    const host = part(f, "host").toLowerCase();
    const probe = (token) => ctx.send({ method: "POST", url: atHost(f, "/robot/send", { access_token: token }), headers: { "content-type": "application/json" }, body: DINGTALK_PROBE_BODY });
    const control = await ctx.control(`dingtalk ${host}`, () => probe(randomHex(64)));
    const o = await probe(f.secret);
    const r = readable(o);
    if (isVerdict(r)) return r;
    const j = parseJson(r.body);
    const code = numField(j, "errcode");
    if (r.status !== 200 || code === void 0) return unrecognised(r);
    if (tokenMissing(r)) return dead(`${answer(r)}: the robot was removed or never existed`);
    if (code === 31e4) return live(`${answer(r)}: the robot exists; a security setting (signature, keyword or IP list) blocks unsigned posts`);
    if (code === 130101 || code === 90030) return unknown(`rate limited or over quota: ${answer(r)}`);
    if (code === 0) return acceptedProbe(r, "DingTalk");
    if (tokenMissing(control)) return live(`${answer(r)}: the probe was rejected for its content, while a random token gets "token is not exist"`);
    return unknown(`${answer(r)}, but the control probe with a random token answered ${describeOutcome(control)}: the check does not tell them apart`);
  }
});

// src/providers/revoker.ts
function redactedRequest(method, url, secrets) {
  return `${method} ${maskSecrets(url, secrets, redactSecret, { min: 4 })}`;
}
function selfHostedBase(f) {
  const c = capturesOf(f);
  return { origin: `${part(f, "scheme").toLowerCase()}://${part(f, "host")}${c.port ? `:${c.port}` : ""}`, basePath: c.base ?? "" };
}
function urlAt(origin, path, query) {
  const u = new URL(origin);
  u.pathname = path;
  if (query) u.search = new URLSearchParams(query).toString();
  return u;
}
function transportFailure(o) {
  switch (o.kind) {
    case "response":
      return void 0;
    case "redirect":
      return { result: "failed", httpStatus: o.status, detail: `redirected (HTTP ${o.status}) to ${o.to}; redirects are not followed` };
    default:
      return { result: "failed", detail: o.reason };
  }
}
function failedAnswer(r, what = "the provider") {
  const why = r.status === 401 ? ": the credential was rejected" : r.status === 403 ? ": the credential lacks the permission" : r.status === 429 ? ": rate limited (after the bounded retries)" : r.status >= 500 ? `: ${what} failed` : "";
  return { result: "failed", httpStatus: r.status, detail: `${answer(r)}${why}` };
}
function transportCheck(o) {
  if (o.kind === "response") return void 0;
  if (o.kind === "redirect") return { status: "unknown", reason: `redirected (HTTP ${o.status}) to ${o.to}; redirects are not followed`, httpStatus: o.status };
  return { status: o.kind === "refused" ? "skipped" : "unknown", reason: o.reason };
}
function apiRevoker(provider, spec) {
  return { provider, ruleIds: revokedRules(provider), hosts: spec.selfHosted ? [] : apiHosts(provider), ...spec };
}
function checkable(o) {
  return transportCheck(o) ?? responseOf(o);
}
function unknownCheck(r, why = "unrecognised answer") {
  const extra = r.status === 401 ? " (the credential was rejected)" : r.status === 403 ? " (the credential lacks the permission)" : "";
  return { status: "unknown", reason: `${why}: ${answer(r)}${extra}`, httpStatus: r.status };
}

// src/providers/discord.ts
var discord = webhookVerifier("discord", {
  // 401, 403 and 429 count towards Discord's 10,000-per-10-minutes invalid-request ban per IP.
  breaker: {
    statuses: [401, 403, 429],
    run: 50,
    windowLimit: 5e3,
    windowMs: 10 * 60 * 1e3,
    why: "Discord bans an IP that gets 10,000 answers of 401, 403 or 429 within 10 minutes"
  },
  async check(f, ctx) {
    const o = await ctx.send({ method: "GET", url: atHost(f, `/api/v10/webhooks/${part(f, "id")}/${part(f, "token")}`) });
    const r = readable(o);
    if (isVerdict(r)) return r;
    const j = parseJson(r.body);
    const id = part(f, "id");
    if (r.status === 200) {
      if (j && String(j.id) === id) {
        const what = [j.name ? `webhook ${quote(String(j.name), 60)}` : "webhook", j.channel_id ? `channel ${String(j.channel_id)}` : "", j.guild_id ? `guild ${String(j.guild_id)}` : ""].filter(Boolean).join(", ");
        return live(`HTTP 200: ${what}`);
      }
      return unrecognised(r);
    }
    const code = j?.code;
    if (r.status === 401 && code === 50027) return dead(`${answer(r)}: the webhook id exists but the token is wrong (regenerated or deleted)`);
    if (r.status === 404 && code === 10015) return dead(`${answer(r)}: the webhook was deleted or never existed`);
    return unrecognised(r);
  }
});
var discordRevoker = apiRevoker("discord", {
  action: "delete",
  credentials: [],
  describe: (f) => redactedRequest("DELETE", atHost(f, `/api/v10/webhooks/${part(f, "id")}/${part(f, "token")}`).href, [f.secret]),
  async revoke(f, ctx) {
    const o = await ctx.send({
      method: "DELETE",
      url: atHost(f, `/api/v10/webhooks/${part(f, "id")}/${part(f, "token")}`),
      headers: { "x-audit-log-reason": "hookscan: webhook URL leaked, revoked" }
    });
    const t = transportFailure(o);
    const r = responseOf(o);
    if (t || !r) return t;
    const code = parseJson(r.body)?.code;
    if (r.status === 204 || r.status === 200) return { result: "done", httpStatus: r.status, detail: `HTTP ${r.status}: deleted` };
    if (r.status === 404 && code === 10015) return { result: "gone", httpStatus: 404, detail: `${answer(r)}: the webhook no longer exists` };
    if (r.status === 401 && code === 50027) return { result: "gone", httpStatus: 401, detail: `${answer(r)}: the token no longer works (regenerated or deleted)` };
    return failedAnswer(r, "Discord");
  }
});

// src/providers/feishu.ts
var FEISHU_PROBE_BODY = "{}";
var feishu = webhookVerifier("feishu", {
  key: (f) => f.secret.toLowerCase(),
  async check(f, ctx) {
    const url = new URL(`https://${part(f, "host")}`);
    url.pathname = `${part(f, "route")}${f.secret}`;
    const o = await ctx.send({ method: "POST", url, headers: { "content-type": "application/json" }, body: FEISHU_PROBE_BODY });
    const r = readable(o);
    if (isVerdict(r)) return r;
    const j = parseJson(r.body);
    const code = numField(j, "code", "StatusCode");
    const msg = strField(j, "msg", "StatusMessage");
    if (code === void 0) return unrecognised(r);
    if (code === 19001) return dead(`${answer(r)}: the bot was removed or the token never existed`);
    if (code === 19002) return live(`${answer(r)}: the token was accepted and the empty payload rejected`);
    if (code === 9499) {
      if (/too many/i.test(msg)) return unknown(`rate limited: ${answer(r)}`);
      return live(`${answer(r)}: the token was accepted and the empty payload rejected`);
    }
    if (code === 19021) return live(`${answer(r)}: the bot exists and requires signed requests`);
    if (code === 19022 || code === 19024) return live(`${answer(r)}: the bot exists; an IP or keyword restriction blocks posts`);
    if (code === 0) return acceptedProbe(r, "Feishu");
    return unrecognised(r);
  }
});

// src/providers/google-chat.ts
var GOOGLE_CHAT_PROBE_BODY = "{}";
var B64URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
function isPermissionDenied(o) {
  return o.kind === "response" && o.status === 403 && /PERMISSION_DENIED/.test(o.body);
}
var googleChat = webhookVerifier("google-chat", {
  async check(f, ctx) {
    const host = part(f, "host").toLowerCase();
    const key = capturesOf(f).key;
    const build = (token) => {
      const url = new URL(`https://${host}`);
      url.pathname = `/v1/spaces/${part(f, "space")}/messages`;
      const q = new URLSearchParams();
      if (key) q.set("key", key);
      q.set("token", token);
      url.search = q.toString();
      return url;
    };
    const probe = (token) => ctx.send({ method: "POST", url: build(token), headers: { "content-type": "application/json; charset=UTF-8" }, body: GOOGLE_CHAT_PROBE_BODY });
    const control = await ctx.control(`google-chat ${host}`, () => probe(`${randomFrom(B64URL, 43)}=`));
    const o = await probe(part(f, "token"));
    const r = readable(o);
    if (isVerdict(r)) return r;
    if (isPermissionDenied(r)) return dead(`${answer(r)}: the token is wrong or the webhook was deleted`);
    if (r.status === 200 && /"name"\s*:\s*"spaces\//.test(r.body)) return acceptedProbe(r, "Google Chat");
    if (r.status === 400 && /API_KEY_INVALID/.test(r.body)) return unknown(`${answer(r)}: the key part of the URL is broken`);
    if (r.status === 400) {
      if (isPermissionDenied(control)) return live(`${answer(r)}: the empty message was rejected, while a random token gets 403 PERMISSION_DENIED`);
      return unknown(`${answer(r)}, but the control probe with a random token answered ${describeOutcome(control)}: the check does not tell them apart`);
    }
    if (r.status === 404 && /NOT_FOUND/.test(r.body)) return dead(`${answer(r)}: the space is gone`);
    return unrecognised(r);
  }
});

// src/providers/ifttt.ts
var IFTTT_EVENT_PREFIX = "hookscan_probe_";
var ifttt = webhookVerifier("ifttt", {
  async check(f, ctx) {
    const event = `${IFTTT_EVENT_PREFIX}${randomHex(24)}`;
    const o = await ctx.send({ method: "POST", url: atHost(f, `/trigger/${event}/with/key/${f.secret}`) });
    const r = readable(o);
    if (isVerdict(r)) return r;
    if (r.status === 200 && /Congratulations/i.test(r.body)) return live(`HTTP 200 for the unused event name ${event}: the key is valid`);
    if (r.status === 401) return dead(`${answer(r)}: the key was regenerated or never existed`);
    return unrecognised(r);
  }
});

// src/providers/mattermost.ts
function mattermostProbeBody() {
  return JSON.stringify({ channel: `hookscan-probe-${randomHex(32)}`, attachments: [] });
}
var has = (o, id) => o.kind === "response" && o.body.includes(id);
var mattermost = webhookVerifier("mattermost", {
  selfHosted: true,
  key: (f) => `${selfHostedBase(f).origin.replace(/^[a-z]+:\/\//, "").toLowerCase()}/${f.secret}`,
  async check(f, ctx) {
    const { origin, basePath } = selfHostedBase(f);
    const base = `${basePath}/hooks`;
    const probe = (id) => {
      const url = new URL(origin);
      url.pathname = `${base}/${id}`;
      return ctx.send({ method: "POST", url, headers: { "content-type": "application/json" }, body: mattermostProbeBody() });
    };
    const control = await ctx.control(`mattermost ${new URL(origin).host}${base}`, () => probe(randomFrom("abcdefghijkmnopqrstuwxyz13456789", 26)));
    const o = await probe(f.secret);
    const r = readable(o);
    if (isVerdict(r)) return r;
    if (r.status === 200 && r.body.trim() === "ok") return acceptedProbe(r, "Mattermost");
    if (r.status === 501 || has(r, "web.incoming_webhook.disabled.app_error")) return unknown(`${answer(r)}: incoming webhooks are disabled on this server`);
    if (has(r, "web.incoming_webhook.invalid.app_error")) return dead(`${answer(r)}: no such hook on this server`);
    if (has(r, "web.incoming_webhook.channel_locked.app_error")) return live(`${answer(r)}: the hook exists (locked to its channel)`);
    if (has(r, "web.incoming_webhook.channel.app_error")) {
      if (has(control, "web.incoming_webhook.invalid.app_error")) return live(`${answer(r)}: the hook exists (the probe's random channel was not found)`);
      return unknown(`${answer(r)}, but the control probe with a random hook id answered ${describeOutcome(control)}: the check does not tell them apart`);
    }
    if (has(r, "web.incoming_webhook.text.app_error") || has(r, "web.incoming_webhook.parse.app_error")) {
      return unknown(`${answer(r)}: this server rejected the probe before looking up the hook`);
    }
    return unrecognised(r);
  }
});
function mattermostError(body, status) {
  const j = parseJson(body);
  return typeof j?.id === "string" && Number(j.status_code) === status;
}
var mattermostRevoker = apiRevoker("mattermost", {
  action: "delete",
  credentials: [{ name: "HOOKSCAN_MATTERMOST_TOKEN", description: "a Mattermost personal access token (or session token) with manage_incoming_webhooks, or manage_others_incoming_webhooks for hooks of other users" }],
  selfHosted: true,
  describe(f) {
    const { origin, basePath } = selfHostedBase(f);
    return redactedRequest("DELETE", `${origin}${basePath}/api/v4/hooks/incoming/${f.secret}`, [f.secret]);
  },
  async check(f, ctx) {
    const { origin, basePath } = selfHostedBase(f);
    const o = await ctx.send({
      method: "GET",
      url: urlAt(origin, `${basePath}/api/v4/hooks/incoming/${f.secret}`),
      headers: { authorization: `Bearer ${ctx.credential("HOOKSCAN_MATTERMOST_TOKEN")}` }
    });
    const r = checkable(o);
    if (isVerdict(r)) return r;
    const j = parseJson(r.body);
    if (r.status === 200 && j?.id === f.secret) {
      return { status: "live", httpStatus: 200, reason: `HTTP 200: incoming webhook${typeof j.display_name === "string" && j.display_name ? ` ${quote(j.display_name, 60)}` : ""} exists` };
    }
    if (r.status === 404 && mattermostError(r.body, 404)) return { status: "dead", httpStatus: 404, reason: `${answer(r)}: no such incoming webhook on this server` };
    return unknownCheck(r);
  },
  async revoke(f, ctx) {
    const { origin, basePath } = selfHostedBase(f);
    const o = await ctx.send({
      method: "DELETE",
      url: urlAt(origin, `${basePath}/api/v4/hooks/incoming/${f.secret}`),
      headers: { authorization: `Bearer ${ctx.credential("HOOKSCAN_MATTERMOST_TOKEN")}` }
    });
    const t = transportFailure(o);
    const r = responseOf(o);
    if (t || !r) return t;
    if (r.status === 200) return { result: "done", httpStatus: 200, detail: `${answer(r)}: deleted` };
    if (r.status === 404 && mattermostError(r.body, 404)) return { result: "gone", httpStatus: 404, detail: `${answer(r)}: the hook no longer exists` };
    return failedAnswer(r, "Mattermost");
  }
});

// src/providers/microsoft-teams.ts
var TEAMS_PROBE_BODY = '{"text":""}';
var microsoftTeams = webhookVerifier("microsoft-teams", {
  async check(f, ctx) {
    const url = new URL(`https://${part(f, "host")}`);
    url.pathname = `${part(f, "route")}${f.secret}`;
    const o = await ctx.send({ method: "POST", url, headers: { "content-type": "application/json" }, body: TEAMS_PROBE_BODY });
    const r = readable(o);
    if (isVerdict(r)) return r;
    const b = r.body;
    if (r.status === 400 && /(Summary or )?Text is required|Bad payload received by generic incoming webhook/i.test(b)) {
      return live(`${answer(r)}: the connector exists (empty text rejected)`);
    }
    if (r.status === 410) return dead(`${answer(r)}: the connector configuration was removed`);
    if (r.status === 404 || r.status === 401 || r.status === 403) return dead(`${answer(r)}: no such connector`);
    if (r.status === 200 && /Webhook message delivery failed/i.test(b)) return dead(`${answer(r)}: the channel behind the connector is gone`);
    if (r.status === 200 && b.trim() === "1") return live(`${answer(r)}: Teams accepted a probe it should have rejected (report this to the hookscan maintainers)`);
    return unrecognised(r);
  }
});

// src/providers/no-safe-check.ts
var NO_SAFE_CHECK = {
  "slack-workflow-webhook": "no safe check: any request a Slack Workflow Builder webhook accepts runs the workflow",
  "slack-workflow-trigger": "no safe check: any request a Slack webhook trigger accepts runs the workflow",
  zapier: "no safe check: any request a Zapier catch hook accepts runs the Zap and uses a task",
  make: "no safe check: any request a Make webhook accepts queues a scenario run",
  pipedream: "no safe check: every request to a Pipedream endpoint is an event that runs the workflow",
  n8n: "no safe check: a request with the registered method runs the n8n workflow, and the method is unknown",
  "power-automate": "no safe check: any request the signature accepts starts a Power Automate flow run",
  "azure-logic-apps": "no safe check: any request the signature accepts starts a Logic Apps workflow run",
  tines: "no safe check: any request (GET included) to a Tines webhook starts the story",
  "rocket-chat": "no safe check without admin credentials: an accepted request runs the integration script, which can post"
};
var CAPTURE_SERVICE_REASON = "capture service or exfiltration sink: never contacted (its owner sees every request; canary tokens fire on any request)";

// src/providers/slack.ts
var SLACK_PROBE_BODY = "hookscan verification probe: intentionally not JSON, so nothing can be posted";
var LIVE = /* @__PURE__ */ new Set(["invalid_payload", "no_text", "missing_text_or_fallback_or_attachments"]);
var DEAD = /* @__PURE__ */ new Set(["invalid_token", "no_service", "no_service_id", "no_team", "team_disabled", "channel_not_found", "channel_is_archived"]);
var slack = webhookVerifier("slack", {
  async check(f, ctx) {
    const o = await ctx.send({
      method: "POST",
      url: atHost(f, `/services/${f.secret}`),
      headers: { "content-type": "application/json" },
      body: SLACK_PROBE_BODY
    });
    const r = readable(o);
    if (isVerdict(r)) return r;
    const code = r.body.trim();
    if (r.status >= 200 && r.status < 300) return code === "ok" ? acceptedProbe(r, "Slack") : unrecognised(r);
    if (LIVE.has(code)) return live(`${answer(r)}: the webhook exists (token accepted, malformed body rejected)`);
    if (code === "action_prohibited") return live(`${answer(r)}: the webhook exists; workspace policy blocks posting`);
    if (DEAD.has(code) || r.status === 400 && code.includes("invalid_token")) return dead(`${answer(r)}: revoked, removed, or its workspace or channel is gone`);
    return unrecognised(r);
  }
});

// src/providers/telegram.ts
var telegram = webhookVerifier("telegram", {
  async check(f, ctx) {
    const o = await ctx.send({ method: "GET", url: atHost(f, `/bot${f.secret}/getMe`) });
    const r = readable(o);
    if (isVerdict(r)) return r;
    const j = parseJson(r.body);
    if (r.status === 200 && j?.ok === true) {
      const bot = j.result ?? {};
      if (bot.is_bot === true) return live(`HTTP 200: bot${typeof bot.username === "string" ? ` @${quote(bot.username, 40).slice(1, -1)}` : ""} (getMe)`);
    }
    if (r.status === 401) return dead(`${answer(r)}: the bot token was revoked or never existed`);
    if (r.status === 404) return unknown(`${answer(r)}: Telegram does not recognise the URL (malformed token)`);
    return unrecognised(r);
  }
});

// src/providers/webex.ts
import { randomUUID } from "node:crypto";
var WEBEX_PROBE_BODY = "{}";
var webex = webhookVerifier("webex", {
  async check(f, ctx) {
    const host = part(f, "host").toLowerCase();
    const probe = (id) => ctx.send({ method: "POST", url: atHost(f, `/v1/webhooks/incoming/${id}`), headers: { "content-type": "application/json" }, body: WEBEX_PROBE_BODY });
    const fakeId = Buffer.from(`ciscospark://us/WEBHOOK/${randomUUID()}`).toString("base64url");
    const control = await ctx.control(`webex ${host}`, () => probe(fakeId));
    const o = await probe(f.secret);
    const r = readable(o);
    if (isVerdict(r)) return r;
    if (r.status === 204) return acceptedProbe(r, "Webex");
    const c = responseOf(control);
    if (!c || c.status !== 404) {
      return unknown(`${answer(r)}, but the control probe with a random webhook id answered ${describeOutcome(control)} instead of 404: the check does not tell them apart`);
    }
    if (r.status === 404) return dead(`${answer(r)}: answers like a webhook that does not exist`);
    if (r.status >= 400 && r.status < 500) return live(`${answer(r)}: the empty message was rejected, while a random webhook id gets 404`);
    return unrecognised(r);
  }
});

// src/providers/wecom.ts
import { randomUUID as randomUUID2 } from "node:crypto";
var WECOM_PROBE_BODY = '{"msgtype":"hookscan_probe"}';
function invalidKey(o) {
  return o.kind === "response" && numField(parseJson(o.body), "errcode") === 93e3;
}
var wecom = webhookVerifier("wecom", {
  key: (f) => f.secret.toLowerCase(),
  async check(f, ctx) {
    const host = part(f, "host").toLowerCase();
    const probe = (key) => ctx.send({ method: "POST", url: atHost(f, "/cgi-bin/webhook/send", { key }), headers: { "content-type": "application/json" }, body: WECOM_PROBE_BODY });
    const control = await ctx.control(`wecom ${host}`, () => probe(randomUUID2()));
    const o = await probe(f.secret);
    const r = readable(o);
    if (isVerdict(r)) return r;
    const code = numField(parseJson(r.body), "errcode");
    if (r.status !== 200 || code === void 0) return unrecognised(r);
    if (code === 93e3) return dead(`${answer(r)}: the robot was removed or the key never existed`);
    if (code === 45009) return unknown(`rate limited: ${answer(r)}`);
    if (code === 0) return acceptedProbe(r, "WeCom");
    if (invalidKey(control)) return live(`${answer(r)}: the probe was rejected for its content, while a random key gets 93000`);
    return unknown(`${answer(r)}, but the control probe with a random key answered ${describeOutcome(control)}: the check does not tell them apart`);
  }
});

// src/providers/http.ts
import { lookup as dnsLookup } from "node:dns/promises";
import { request as httpRequest } from "node:http";
import { request as httpsRequest } from "node:https";
import { BlockList, isIP } from "node:net";
var DEFAULT_BODY_CAP = 64 * 1024;
var BLOCKED = new BlockList();
for (const [net, prefix] of [
  ["0.0.0.0", 8],
  ["10.0.0.0", 8],
  ["100.64.0.0", 10],
  ["127.0.0.0", 8],
  ["169.254.0.0", 16],
  ["172.16.0.0", 12],
  ["192.0.0.0", 24],
  ["192.0.2.0", 24],
  ["192.168.0.0", 16],
  ["198.18.0.0", 15],
  ["198.51.100.0", 24],
  ["203.0.113.0", 24],
  ["224.0.0.0", 4],
  ["240.0.0.0", 4]
]) BLOCKED.addSubnet(net, prefix, "ipv4");
for (const [net, prefix] of [
  ["::", 128],
  ["::1", 128],
  ["fc00::", 7],
  ["fe80::", 10],
  ["fec0::", 10],
  ["ff00::", 8],
  ["2001:db8::", 32],
  ["100::", 64]
]) BLOCKED.addSubnet(net, prefix, "ipv6");
function ipv6Groups(addr) {
  let a = addr.toLowerCase().split("%")[0];
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(a);
  if (dotted) {
    const o = dotted[1].split(".").map(Number);
    a = `${a.slice(0, -dotted[1].length)}${(o[0] << 8 | o[1]).toString(16)}:${(o[2] << 8 | o[3]).toString(16)}`;
  }
  const [head, tail] = a.includes("::") ? a.split("::") : [a, void 0];
  const h = head ? head.split(":") : [];
  const t = tail !== void 0 ? tail ? tail.split(":") : [] : [];
  const fill = tail !== void 0 ? 8 - h.length - t.length : 0;
  const groups = [...h, ...Array(Math.max(0, fill)).fill("0"), ...t].map((g) => parseInt(g, 16));
  return groups.length === 8 && groups.every((g) => Number.isInteger(g) && g >= 0 && g <= 65535) ? groups : null;
}
function isBlockedAddress(address) {
  const family = isIP(address);
  if (family === 4) return BLOCKED.check(address, "ipv4");
  if (family !== 6) return true;
  const g = ipv6Groups(address);
  if (!g) return true;
  const mapped = g.slice(0, 5).every((x) => x === 0) && (g[5] === 65535 || g[5] === 0);
  const nat64 = g[0] === 100 && g[1] === 65435 && g.slice(2, 6).every((x) => x === 0);
  if (mapped && (g[6] || g[7]) || nat64) {
    const v4 = `${g[6] >> 8}.${g[6] & 255}.${g[7] >> 8}.${g[7] & 255}`;
    return BLOCKED.check(v4, "ipv4");
  }
  return BLOCKED.check(address, "ipv6");
}
var defaultLookup = (hostname) => dnsLookup(hostname, { all: true, verbatim: true });
function retryAfterMs(headers2, body, now = Date.now()) {
  const h = headers2.get("retry-after")?.trim();
  if (h) {
    if (/^\d+(\.\d+)?$/.test(h)) return Math.ceil(Number(h) * 1e3);
    const t = Date.parse(h);
    if (!Number.isNaN(t)) return Math.max(0, t - now);
  }
  try {
    const j = JSON.parse(body);
    const s = j?.retry_after ?? j?.parameters?.retry_after;
    if (typeof s === "number" && s >= 0) return Math.ceil(s * 1e3);
  } catch {
  }
  return void 0;
}
function sleep(ms, signal) {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const t = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(t);
      reject(signal.reason);
    };
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}
function pinnedLookup(hostname, addresses) {
  const name = hostname.toLowerCase();
  return ((host, options, callback) => {
    if (host.toLowerCase() !== name || addresses.length === 0) {
      callback(Object.assign(new Error(`refused: ${host} is not the checked host`), { code: "EPINNED" }));
      return;
    }
    if (options?.all) callback(null, addresses.map((a) => ({ address: a.address, family: a.family })));
    else callback(null, addresses[0].address, addresses[0].family);
  });
}
function toHeaders(res) {
  const h = new Headers();
  for (const [k, v] of Object.entries(res.headers)) {
    if (v === void 0) continue;
    for (const one of Array.isArray(v) ? v : [v]) h.append(k, one);
  }
  return h;
}
function send(target, init, readBody) {
  return new Promise((resolve, reject) => {
    const body = init.body === void 0 ? void 0 : Buffer.from(init.body, "utf8");
    const headers2 = { ...init.headers, ...body ? { "content-length": String(body.byteLength) } : {} };
    const make = target.protocol === "https:" ? httpsRequest : httpRequest;
    const req = make(target, { method: init.method, headers: headers2, signal: init.signal, lookup: init.lookup });
    req.on("error", reject);
    req.on("response", (res) => {
      const status = res.statusCode ?? 0;
      const out = { status, headers: toHeaders(res) };
      if (!readBody(status)) {
        res.destroy();
        req.destroy();
        resolve({ ...out, body: "" });
        return;
      }
      const chunks = [];
      let size = 0;
      let done = false;
      const finish = () => {
        if (done) return;
        done = true;
        resolve({ ...out, body: Buffer.concat(chunks).subarray(0, init.cap).toString("utf8") });
      };
      res.on("data", (c) => {
        chunks.push(c);
        size += c.byteLength;
        if (size >= init.cap) {
          finish();
          res.destroy();
          req.destroy();
        }
      });
      res.on("end", finish);
      res.on("error", (e) => done ? void 0 : (done = true, reject(e)));
      res.on("aborted", () => done ? void 0 : (done = true, reject(init.signal.reason ?? new Error("aborted"))));
    });
    req.end(body);
  });
}
function networkReason(e) {
  const err = e;
  const code = err?.cause?.code ?? err?.code;
  const msg = err?.cause?.message ?? err?.message ?? String(e);
  return code && !msg.includes(code) ? `${code}: ${msg}` : msg;
}
function isTimeout(e, signal) {
  const name = e?.name;
  return name === "TimeoutError" || signal.aborted && signal.reason?.name === "TimeoutError";
}
function rewriteToOrigin(origin, url) {
  const base = origin.pathname.replace(/\/+$/, "");
  const out = new URL(origin.origin);
  out.pathname = base + url.pathname;
  out.search = url.search;
  return out;
}
var GuardedHttp = class {
  constructor(policy) {
    this.policy = policy;
    this.attempts = policy.retry?.attempts ?? 2;
    this.maxWait = policy.retry?.maxWaitMs ?? 1e4;
    this.budgetLeft = policy.retry?.budgetMs ?? 3e4;
    this.lookup = policy.lookup ?? defaultLookup;
  }
  policy;
  budgetLeft;
  attempts;
  maxWait;
  lookup;
  dnsCache = /* @__PURE__ */ new Map();
  async request(req) {
    const scrub = (s) => scrubSecrets(s, req.secrets);
    const url = new URL(req.url);
    const host = url.hostname.toLowerCase();
    const matched = req.matchedHost.toLowerCase();
    if (url.username || url.password) return { kind: "refused", reason: "refused: the URL carries credentials" };
    if (host !== matched) return { kind: "refused", reason: scrub(`refused: request host ${host} is not the matched host ${matched}`) };
    if (!hostAllowed(host, req.allowedHosts)) {
      return { kind: "refused", reason: scrub(`refused: ${host} is not a known ${req.provider} host`) };
    }
    if (url.protocol !== "https:" && url.protocol !== "http:") return { kind: "refused", reason: `refused: scheme ${url.protocol}` };
    const origin = this.policy.origins?.get(req.provider);
    const target = origin ? rewriteToOrigin(origin, url) : url;
    const named = !!origin || hostAllowed(host, this.policy.namedHosts ?? []);
    const resolved = await this.resolve(target.hostname, !named);
    if ("refused" in resolved) return { kind: "refused", reason: scrub(resolved.refused) };
    if ("unresolved" in resolved) return { kind: "network", reason: scrub(resolved.unresolved) };
    const lookup = resolved.addresses.length ? pinnedLookup(target.hostname.replace(/^\[|\]$/g, ""), resolved.addresses) : void 0;
    for (let attempt = 1; ; attempt++) {
      const r = await this.once(target, req, scrub, lookup);
      if (r.kind !== "response" || r.status !== 429 && r.status !== 503 || attempt > this.attempts) {
        return r.kind === "response" ? { ...r, attempts: attempt } : r;
      }
      const asked = retryAfterMs(r.headers, r.body);
      const wait = asked ?? (r.status === 429 ? 1e3 * attempt : void 0);
      if (wait === void 0 || wait > this.maxWait || wait > this.budgetLeft) return { ...r, attempts: attempt };
      this.budgetLeft -= wait;
      await sleep(wait, this.policy.signal);
    }
  }
  /**
   * Resolves a host once per run. An IP literal needs no lookup (empty `addresses`: connect to it
   * as written). With `guard`, any private, loopback or link-local address refuses the host.
   */
  resolve(hostname, guard) {
    const h = hostname.replace(/^\[|\]$/g, "").toLowerCase();
    const key = `${guard ? "g" : "n"}:${h}`;
    let p = this.dnsCache.get(key);
    if (!p) {
      p = (async () => {
        if (isIP(h)) {
          return guard && isBlockedAddress(h) ? { refused: `refused: ${h} is a private, loopback or link-local address` } : { addresses: [] };
        }
        let addrs;
        try {
          addrs = await this.lookup(h);
        } catch (e) {
          return { unresolved: `cannot resolve ${h}: ${networkReason(e)}` };
        }
        if (addrs.length === 0) return { unresolved: `cannot resolve ${h}: no addresses` };
        const bad = guard ? addrs.find((a) => isBlockedAddress(a.address)) : void 0;
        if (bad) {
          return { refused: `refused: ${h} resolves to ${bad.address}, a private, loopback or link-local address (name the origin with --verify-origin if this is intended)` };
        }
        return { addresses: addrs.map((a) => ({ address: a.address, family: a.family || isIP(a.address) })) };
      })();
      this.dnsCache.set(key, p);
    }
    return p;
  }
  async once(target, req, scrub, lookup) {
    const outer = this.policy.signal;
    if (outer?.aborted) throw outer.reason;
    const signal = outer ? AbortSignal.any([AbortSignal.timeout(this.policy.timeoutMs), outer]) : AbortSignal.timeout(this.policy.timeoutMs);
    const headers2 = {
      "user-agent": this.policy.userAgent,
      accept: "application/json, text/plain;q=0.9, */*;q=0.5",
      ...req.headers ?? {}
    };
    const isRedirect = (status) => status >= 300 && status < 400;
    try {
      const cap = this.policy.maxBodyBytes ?? DEFAULT_BODY_CAP;
      const res = await send(target, { method: req.method, headers: headers2, body: req.body, signal, lookup, cap }, (status) => !isRedirect(status));
      if (isRedirect(res.status)) {
        const loc = res.headers.get("location");
        let to = "an unnamed location";
        if (loc) {
          try {
            const l = new URL(loc, target);
            to = l.host === target.host ? "the same host" : l.host;
          } catch {
            to = "an unparsable location";
          }
        }
        return { kind: "redirect", status: res.status, to: scrub(to) };
      }
      return { kind: "response", status: res.status, headers: res.headers, body: res.body, attempts: 1 };
    } catch (e) {
      if (outer?.aborted) throw outer.reason;
      if (isTimeout(e, signal)) return { kind: "timeout", reason: `no answer within ${this.policy.timeoutMs} ms` };
      return { kind: "network", reason: scrub(`network error: ${networkReason(e)}`) };
    }
  }
};

// src/providers/azure-logic-apps.ts
var TOKEN = "HOOKSCAN_AZURE_TOKEN";
var API = "2016-06-01";
var ARM = {
  com: "https://management.azure.com",
  us: "https://management.usgovcloudapi.net",
  cn: "https://management.chinacloudapi.cn"
};
function armOrigin(cloud) {
  return ARM[cloud.toLowerCase()] ?? ARM.com;
}
function parts(f) {
  const c = capturesOf(f);
  return { workflowId: c.workflow ?? "", trigger: c.trigger ?? "", arm: armOrigin(c.cloud ?? "com") };
}
var auth = (ctx) => ({ authorization: `Bearer ${ctx.credential(TOKEN)}`, "content-type": "application/json" });
async function locate(f, ctx) {
  const { workflowId, arm } = parts(f);
  const query = `resources | where type =~ 'microsoft.logic/workflows' | where tostring(properties.accessEndpoint) endswith '/workflows/${workflowId}' | project id`;
  const o = await ctx.send({ method: "POST", url: urlAt(arm, "/providers/Microsoft.ResourceGraph/resources", { "api-version": "2021-03-01" }), headers: auth(ctx), body: JSON.stringify({ query }) });
  const r = checkable(o);
  if (isVerdict(r)) return { check: r };
  const j = parseJson(r.body);
  if (r.status !== 200 || !Array.isArray(j?.data)) return { check: unknownCheck(r) };
  const ids = j.data.map((d) => d.id).filter((x) => typeof x === "string" && /^\/subscriptions\/[^?#]+\/providers\/Microsoft\.Logic\/workflows\/[^/?#]+$/i.test(x));
  if (ids.length !== 1) return { check: { status: "unknown", httpStatus: 200, reason: ids.length ? `${ids.length} workflows match the id in the URL` : "no workflow visible to this token has the id in the URL" } };
  return { id: ids[0] };
}
var azureLogicAppsRevoker = apiRevoker("azure-logic-apps", {
  action: "rotate",
  credentials: [{ name: TOKEN, description: "an Azure Resource Manager access token (az account get-access-token --query accessToken -o tsv) of a principal with Logic App Contributor on the workflow and read access for Resource Graph" }],
  unconfirmed: "regenerateAccessKey is documented, but finding the workflow through Resource Graph and comparing listCallbackUrl signatures were not confirmed against Azure",
  unsupported: (f) => parts(f).workflowId ? void 0 : "the URL names no workflow id",
  describe: (f) => {
    const { workflowId, arm } = parts(f);
    return `POST ${arm}/providers/Microsoft.ResourceGraph/resources (find workflow ${workflowId}), then POST …/workflows/<name>/regenerateAccessKey?api-version=${API} {"keyType":"Primary"} and {"keyType":"Secondary"}`;
  },
  async check(f, ctx) {
    const w = await locate(f, ctx);
    if ("check" in w) return w.check;
    const { trigger, arm } = parts(f);
    const o = await ctx.send({ method: "POST", url: urlAt(arm, `${w.id}/triggers/${encodeURIComponent(trigger)}/listCallbackUrl`, { "api-version": API }), headers: auth(ctx) });
    const r = checkable(o);
    if (isVerdict(r)) return r;
    const value = parseJson(r.body)?.value;
    if (r.status !== 200 || typeof value !== "string") return r.status === 200 ? { status: "unknown", httpStatus: 200, reason: "HTTP 200 without a callback URL" } : unknownCheck(r);
    let sig = null;
    try {
      sig = new URL(value).searchParams.get("sig");
    } catch {
    }
    if (!sig) return { status: "unknown", httpStatus: 200, reason: "HTTP 200: the callback URL has no sig" };
    return sig === f.secret ? { status: "live", httpStatus: 200, reason: "HTTP 200: the trigger is still signed with the leaked signature" } : { status: "dead", httpStatus: 200, reason: "HTTP 200: the trigger is signed with another key now (the leaked signature no longer works)" };
  },
  async revoke(f, ctx) {
    const w = await locate(f, ctx);
    if ("check" in w) return { result: "failed", httpStatus: w.check.httpStatus, detail: w.check.reason };
    const { arm } = parts(f);
    for (const keyType of ["Primary", "Secondary"]) {
      const o = await ctx.send({ method: "POST", url: urlAt(arm, `${w.id}/regenerateAccessKey`, { "api-version": API }), headers: auth(ctx), body: JSON.stringify({ keyType }) });
      const t = transportFailure(o);
      const r = responseOf(o);
      if (t || !r) return t;
      if (r.status === 404) return { result: "gone", httpStatus: 404, detail: `${answer(r)}: the workflow no longer exists` };
      if (r.status !== 200 && r.status !== 204) return failedAnswer(r, "Azure Resource Manager");
    }
    return { result: "done", httpStatus: 200, detail: "HTTP 200: Primary and Secondary access keys regenerated" };
  }
});

// src/providers/make.ts
var TOKEN2 = "HOOKSCAN_MAKE_TOKEN";
var TEAM = "HOOKSCAN_MAKE_TEAM_ID";
function makeApiOrigin(f) {
  const { zone, domain } = capturesOf(f);
  return zone && domain && /^make\./i.test(domain) ? `https://${zone.toLowerCase()}.${domain.toLowerCase()}` : void 0;
}
var auth2 = (ctx) => ({ authorization: `Token ${ctx.credential(TOKEN2)}` });
async function findHook(f, ctx) {
  const origin = makeApiOrigin(f);
  const team = ctx.credential(TEAM);
  const o = await ctx.send({ method: "GET", url: urlAt(origin, "/api/v2/hooks", { teamId: team }), headers: auth2(ctx) });
  const r = checkable(o);
  if (isVerdict(r)) return { check: r };
  const j = parseJson(r.body);
  if (r.status !== 200 || !Array.isArray(j?.hooks)) return { check: unknownCheck(r) };
  for (const h of j.hooks) {
    const url = typeof h.url === "string" ? h.url : "";
    if (h.udid === f.secret || url.replace(/\/+$/, "").endsWith(`/${f.secret}`)) return { id: String(h.id), enabled: h.enabled !== false };
  }
  return { check: { status: "dead", httpStatus: 200, reason: `HTTP 200: team ${team} has no hook with this address` } };
}
var makeRevoker = apiRevoker("make", {
  action: "delete",
  credentials: [
    { name: TOKEN2, description: "a Make API token with the hooks:read and hooks:write scopes" },
    { name: TEAM, description: "the id of the Make team that owns the hook (not in the URL; a wrong team makes the hook look gone)" }
  ],
  unconfirmed: "the Make API paths (GET /api/v2/hooks?teamId=…, DELETE /api/v2/hooks/{id}?confirmed=true) are from memory of the Make API reference and were not confirmed against Make",
  unsupported: (f) => makeApiOrigin(f) ? void 0 : "the hook host has no Make zone (legacy integromat.com address): delete it in the Make UI",
  describe: (f) => `GET ${makeApiOrigin(f) ?? "https://<zone>.make.com"}/api/v2/hooks?teamId=<team> to find the hook, then ${redactedRequest("DELETE", `${makeApiOrigin(f)}/api/v2/hooks/<hook id>?confirmed=true`, [])}`,
  async check(f, ctx) {
    const found = await findHook(f, ctx);
    if ("check" in found) return found.check;
    return { status: "live", httpStatus: 200, reason: `HTTP 200: hook ${found.id} has this address${found.enabled ? "" : " (disabled)"}` };
  },
  async revoke(f, ctx) {
    const found = await findHook(f, ctx);
    if ("check" in found) {
      const c = found.check;
      return c.status === "dead" ? { result: "gone", httpStatus: c.httpStatus, detail: c.reason } : { result: "failed", httpStatus: c.httpStatus, detail: c.reason };
    }
    const origin = makeApiOrigin(f);
    const o = await ctx.send({ method: "DELETE", url: urlAt(origin, `/api/v2/hooks/${found.id}`, { confirmed: "true" }), headers: auth2(ctx) });
    const t = transportFailure(o);
    const r = responseOf(o);
    if (t || !r) return t;
    if (r.status === 200 || r.status === 204) return { result: "done", httpStatus: r.status, detail: `HTTP ${r.status}: hook ${found.id} deleted` };
    if (r.status === 404) return { result: "gone", httpStatus: 404, detail: `${answer(r)}: hook ${found.id} no longer exists` };
    return failedAnswer(r, "Make");
  }
});

// src/providers/n8n.ts
var originOf = (f) => `https://${part(f, "host").toLowerCase()}`;
var KEY = "HOOKSCAN_N8N_API_KEY";
var MAX_PAGES = 40;
function servesPath(node, path) {
  if (typeof node.type !== "string" || !/webhook|formtrigger/i.test(node.type)) return false;
  const p = String(node.parameters?.path ?? "").replace(/^\/+|\/+$/g, "");
  const id = typeof node.webhookId === "string" ? node.webhookId : "";
  return p === path || !!id && (id === path || `${id}/${p}` === path);
}
async function findWorkflow(f, ctx) {
  const origin = originOf(f);
  let cursor;
  for (let page = 0; page < MAX_PAGES; page++) {
    const o = await ctx.send({
      method: "GET",
      url: urlAt(origin, "/api/v1/workflows", { limit: "250", ...cursor ? { cursor } : {} }),
      headers: { "x-n8n-api-key": ctx.credential(KEY) }
    });
    const r = checkable(o);
    if (isVerdict(r)) return { check: r };
    const j = parseJson(r.body);
    if (r.status !== 200 || !Array.isArray(j?.data)) return { check: unknownCheck(r) };
    for (const w of j.data) {
      const nodes = Array.isArray(w.nodes) ? w.nodes : [];
      if (nodes.some((n) => servesPath(n, f.secret))) return { id: String(w.id), name: String(w.name ?? ""), active: w.active === true };
    }
    cursor = typeof j.nextCursor === "string" && j.nextCursor ? j.nextCursor : void 0;
    if (!cursor) break;
  }
  return { check: { status: "unknown", httpStatus: 200, reason: "no workflow visible to this API key has a Webhook node with this path" } };
}
var n8nRevoker = apiRevoker("n8n", {
  action: "disable",
  credentials: [{ name: KEY, description: "an n8n API key of the instance (Settings → n8n API) that can read and deactivate the workflow" }],
  unconfirmed: "the n8n public API paths (GET /api/v1/workflows, POST /api/v1/workflows/{id}/deactivate) were not confirmed against a running instance",
  describe: (f) => {
    const origin = originOf(f);
    return `GET ${origin}/api/v1/workflows to find the workflow serving the path, then ${redactedRequest("POST", `${origin}/api/v1/workflows/<id>/deactivate`, [])}`;
  },
  async check(f, ctx) {
    const w = await findWorkflow(f, ctx);
    if ("check" in w) return w.check;
    return w.active ? { status: "live", httpStatus: 200, reason: `HTTP 200: workflow ${w.id} is active and serves this path` } : { status: "dead", httpStatus: 200, reason: `HTTP 200: workflow ${w.id} serves this path but is inactive` };
  },
  async revoke(f, ctx) {
    const w = await findWorkflow(f, ctx);
    if ("check" in w) return { result: "failed", httpStatus: w.check.httpStatus, detail: w.check.reason };
    if (!w.active) return { result: "gone", httpStatus: 200, detail: `workflow ${w.id} is already inactive` };
    const o = await ctx.send({ method: "POST", url: urlAt(originOf(f), `/api/v1/workflows/${w.id}/deactivate`), headers: { "x-n8n-api-key": ctx.credential(KEY) } });
    const t = transportFailure(o);
    const r = responseOf(o);
    if (t || !r) return t;
    if (r.status === 200) return { result: "done", httpStatus: 200, detail: `HTTP 200: workflow ${w.id} deactivated` };
    if (r.status === 404) return { result: "gone", httpStatus: 404, detail: `${answer(r)}: workflow ${w.id} no longer exists` };
    return failedAnswer(r, "n8n");
  }
});

// src/providers/rocket-chat.ts
var USER = "HOOKSCAN_ROCKETCHAT_USER_ID";
var TOKEN3 = "HOOKSCAN_ROCKETCHAT_TOKEN";
var NOT_FOUND = /does not exists?|not found|no integration found|invalid[-_ ]integration/i;
var headers = (ctx) => ({ "x-user-id": ctx.credential(USER), "x-auth-token": ctx.credential(TOKEN3) });
function notFound(status, body) {
  const j = parseJson(body);
  return (status === 400 || status === 404) && j?.success === false && NOT_FOUND.test(`${String(j.error ?? "")} ${String(j.errorType ?? "")}`);
}
var rocketChatRevoker = apiRevoker("rocket-chat", {
  action: "delete",
  credentials: [
    { name: USER, description: "the user id of a Rocket.Chat user holding manage-incoming-integrations (or manage-own-incoming-integrations for its own)" },
    { name: TOKEN3, description: "that user's personal access token (X-Auth-Token)" }
  ],
  selfHosted: true,
  describe(f) {
    const { origin, basePath } = selfHostedBase(f);
    const id = part(f, "id");
    return `${redactedRequest("POST", `${origin}${basePath}/api/v1/integrations.remove`, [])} {"type":"webhook-incoming","integrationId":"${redactSecret(id)}"}`;
  },
  async check(f, ctx) {
    const { origin, basePath } = selfHostedBase(f);
    const id = part(f, "id");
    const token = part(f, "token");
    const o = await ctx.send({ method: "GET", url: urlAt(origin, `${basePath}/api/v1/integrations.get`, { integrationId: id }), headers: headers(ctx) });
    const r = checkable(o);
    if (isVerdict(r)) return r;
    const j = parseJson(r.body);
    if (r.status === 200 && j?.success === true) {
      const i = j.integration ?? {};
      if (i._id !== id) return { status: "unknown", httpStatus: 200, reason: "HTTP 200, but not the integration asked for" };
      if (typeof i.token === "string" && i.token !== token) return { status: "dead", httpStatus: 200, reason: "HTTP 200: the integration exists but its token differs from the URL (the URL no longer works)" };
      return { status: "live", httpStatus: 200, reason: `HTTP 200: incoming integration exists${i.enabled === false ? " (disabled)" : ""}` };
    }
    if (notFound(r.status, r.body)) return { status: "dead", httpStatus: r.status, reason: `${answer(r)}: no such integration on this server` };
    return unknownCheck(r);
  },
  async revoke(f, ctx) {
    const { origin, basePath } = selfHostedBase(f);
    const id = part(f, "id");
    const o = await ctx.send({
      method: "POST",
      url: urlAt(origin, `${basePath}/api/v1/integrations.remove`),
      headers: { ...headers(ctx), "content-type": "application/json" },
      body: JSON.stringify({ type: "webhook-incoming", integrationId: id })
    });
    const t = transportFailure(o);
    const r = responseOf(o);
    if (t || !r) return t;
    if (r.status === 200 && parseJson(r.body)?.success === true) return { result: "done", httpStatus: 200, detail: "HTTP 200: integration removed" };
    if (notFound(r.status, r.body)) return { result: "gone", httpStatus: r.status, detail: `${answer(r)}: the integration no longer exists` };
    return failedAnswer(r, "Rocket.Chat");
  }
});

// src/providers/revokers.ts
var REVOKERS = [discordRevoker, mattermostRevoker, rocketChatRevoker, makeRevoker, n8nRevoker, azureLogicAppsRevoker];
var BY_RULE = new Map(REVOKERS.flatMap((r) => r.ruleIds.map((id) => [id, r])));
var REVOKE_CREDENTIALS = [...new Set(REVOKERS.flatMap((r) => r.credentials.map((c) => c.name)))];

// src/providers/index.ts
var VERIFIERS = [slack, discord, microsoftTeams, googleChat, telegram, dingtalk, feishu, wecom, webex, ifttt, mattermost];
var BY_RULE2 = new Map(VERIFIERS.flatMap((v) => v.ruleIds.map((id) => [id, v])));
function planFor(f) {
  const why = NO_SAFE_CHECK[f.ruleId] ?? NO_SAFE_CHECK[f.provider];
  const v = BY_RULE2.get(f.ruleId);
  if (f.kind === "exfil-sink" && !v && !why) return { status: "skipped", reason: CAPTURE_SERVICE_REASON };
  if (why) return { status: "unverifiable", reason: why };
  if (v) return { verifier: v };
  return { status: "unverifiable", reason: `hookscan has no verifier for ${f.ruleId} (provider ${f.provider})` };
}

// src/verify/breaker.ts
var ProviderBreaker = class {
  constructor(provider, policy, timeoutRun, now = Date.now) {
    this.provider = provider;
    this.policy = policy;
    this.timeoutRun = timeoutRun;
    this.now = now;
  }
  provider;
  policy;
  timeoutRun;
  now;
  /** Set once the provider is stopped: the verdict for every URL of it not yet checked. */
  tripped;
  run = 0;
  times = [];
  timeouts = 0;
  /** Requests of this provider in flight. */
  pending = /* @__PURE__ */ new Set();
  /** Timeouts in a row so far. */
  get timeoutStreak() {
    return this.timeouts;
  }
  observe(o) {
    if (o.kind === "timeout") {
      this.timeouts++;
      if (this.timeouts >= this.timeoutRun && !this.tripped) {
        this.tripped = {
          status: "unknown",
          reason: `not checked: ${this.provider} did not answer ${this.timeouts} requests in a row (timeouts), so hookscan stopped contacting it`
        };
      }
      return;
    }
    this.timeouts = 0;
    const p = this.policy;
    if (!p || o.kind !== "response") return;
    if (!p.statuses.includes(o.status)) {
      this.run = 0;
      return;
    }
    this.run++;
    const t = this.now();
    this.times.push(t);
    while (this.times.length && this.times[0] <= t - p.windowMs) this.times.shift();
    if (!this.tripped && (this.run >= p.run || this.times.length >= p.windowLimit)) {
      const what = this.run >= p.run ? `${this.run} answers of ${p.statuses.join("/")} in a row` : `${this.times.length} answers of ${p.statuses.join("/")} within ${Math.round(p.windowMs / 6e4)} minutes`;
      this.tripped = { status: "skipped", reason: `not checked: hookscan stopped verifying ${this.provider} after ${what} (${p.why})` };
    }
  }
};

// src/verify/index.ts
var DEFAULT_VERIFY_TIMEOUT_MS = 5e3;
function secretsOf(f) {
  return secretForms(f);
}
function positive(name, v, fallback) {
  if (v === void 0) return fallback;
  if (!Number.isInteger(v) || v < 1) throw new UsageError(`${name} must be a whole number ≥ 1`);
  return v;
}
function reusable(o) {
  return o.kind === "response" && o.status !== 429 && o.status < 500;
}
var BreakerOpen = class extends Error {
};
async function verify(findings, options = {}) {
  const timeoutMs = positive("the verification timeout", options.timeoutMs, DEFAULT_VERIFY_TIMEOUT_MS);
  const concurrency = positive("the verification concurrency", options.concurrency, 8);
  const perProvider = positive("the per-provider concurrency", options.perProviderConcurrency, 2);
  const timeoutRun = positive("timeoutRun", options.timeoutRun, 3);
  const origins = new Map(Object.entries(options.origins ?? {}).map(([p, o]) => [p, parseOrigin(p, o)]));
  const allowHosts = options.allowHosts ?? [];
  const selected = options.providers ? new Set(options.providers) : void 0;
  const stamp = () => (options.now?.() ?? /* @__PURE__ */ new Date()).toISOString();
  const signal = options.signal;
  const http = new GuardedHttp({
    timeoutMs,
    origins,
    namedHosts: allowHosts,
    retry: options.retry,
    lookup: options.lookup,
    signal,
    userAgent: options.userAgent ?? `hookscan/${VERSION} (webhook verification; sends no message)`
  });
  const fixed = /* @__PURE__ */ new Map();
  const keyOf = /* @__PURE__ */ new Map();
  const jobs = /* @__PURE__ */ new Map();
  findings.forEach((f, i) => {
    const plan = planFor(f);
    if (!("verifier" in plan)) return fixed.set(i, plan);
    const v = plan.verifier;
    if (selected && !selected.has(f.provider)) return fixed.set(i, { status: "skipped", reason: `not checked: ${f.provider} is not in the selected providers (--verify-providers)` });
    let host;
    try {
      host = findingUrl(f).hostname;
    } catch {
      return fixed.set(i, { status: "skipped", reason: "not checked: the URL does not parse" });
    }
    if (!capturesOf(f).host) return fixed.set(i, { status: "skipped", reason: `not checked: the finding has no parts of its URL from the ${f.ruleId} pattern (read back from a report? findingsFromReport finds them again)` });
    if (v.selfHosted && !hostAllowed(host, allowHosts)) {
      return fixed.set(i, { status: "skipped", reason: `not checked: ${host} is a self-hosted ${f.providerName} server; allow it with --verify-allow-host ${host}` });
    }
    const key = `${v.provider}\0${v.key(f)}`;
    keyOf.set(i, key);
    if (!jobs.has(key)) jobs.set(key, { key, verifier: v, finding: f });
  });
  const total = jobs.size;
  let done = 0;
  const progress = () => options.onProgress?.({ phase: "verify", done, total, bytes: 0, findings: findings.length });
  progress();
  const cache = options.cache ?? /* @__PURE__ */ new Map();
  const global = pLimit(concurrency);
  const limiters = /* @__PURE__ */ new Map();
  const breakers = /* @__PURE__ */ new Map();
  const controls = /* @__PURE__ */ new Map();
  const limiterFor = (p) => limiters.get(p) ?? limiters.set(p, pLimit(perProvider)).get(p);
  const breakerFor = (v) => {
    let b = breakers.get(v.provider);
    if (!b) {
      const policy = v.breaker && options.invalidRequestRun ? { ...v.breaker, run: options.invalidRequestRun } : v.breaker;
      b = new ProviderBreaker(v.provider, policy, timeoutRun);
      breakers.set(v.provider, b);
    }
    return b;
  };
  const runJob = async (job) => {
    if (signal?.aborted) throw signal.reason;
    const { verifier: v, finding: f } = job;
    const breaker = breakerFor(v);
    if (breaker.timeoutStreak > 0 && breaker.pending.size) await Promise.allSettled([...breaker.pending]);
    if (breaker.tripped) return { ...breaker.tripped, checkedAt: stamp() };
    const secrets = secretsOf(f);
    const matchedHost = findingUrl(f).hostname;
    const send2 = async (req) => {
      if (breaker.tripped) throw new BreakerOpen();
      const pending = http.request({ ...req, provider: v.provider, matchedHost, allowedHosts: v.selfHosted ? allowHosts : v.hosts, secrets });
      breaker.pending.add(pending);
      try {
        const o = await pending;
        breaker.observe(o);
        return o;
      } finally {
        breaker.pending.delete(pending);
      }
    };
    const ctx = {
      send: send2,
      control: (key, make) => {
        const k = `${v.provider}\0${key}`;
        let p = controls.get(k);
        if (!p) {
          p = make().then((o) => {
            if (!reusable(o)) controls.delete(k);
            return o;
          });
          controls.set(k, p);
          p.catch(() => controls.delete(k));
        }
        return p;
      }
    };
    let r;
    try {
      r = await v.check(f, ctx);
    } catch (e) {
      if (signal?.aborted) throw signal.reason;
      const tripped = breaker.tripped;
      if (e instanceof BreakerOpen && tripped) return { ...tripped, checkedAt: stamp() };
      r = { status: "unknown", reason: `verifier error: ${e?.message ?? String(e)}` };
    }
    return { status: r.status, reason: scrubSecrets(r.reason, secrets), checkedAt: stamp() };
  };
  await Promise.all(
    [...jobs.values()].map(
      (job) => limiterFor(job.verifier.provider)(
        () => global(async () => {
          if (!cache.has(job.key)) cache.set(job.key, await runJob(job));
          done++;
          progress();
        })
      )
    )
  );
  return findings.map((f, i) => {
    const key = keyOf.get(i);
    const verdict = key ? { ...cache.get(key) } : { ...fixed.get(i), checkedAt: stamp() };
    return { ...f, verification: verdict };
  });
}
export {
  DEFAULT_VERIFY_TIMEOUT_MS,
  parseOrigin,
  verify
};
