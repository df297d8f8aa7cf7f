// hookscan GitHub Action, bundled from src/ by `npm run build:action` (scripts/build-action.mjs). Do not edit.
import { createRequire as __hookscanCreateRequire } from 'node:module';
const require = __hookscanCreateRequire(import.meta.url);

// src/errors.ts
var HookscanError = class extends Error {
  /** What the user can do about it, printed after the message. */
  hint;
  constructor(message, options) {
    super(message, options?.cause !== void 0 ? { cause: options.cause } : void 0);
    this.name = "HookscanError";
    if (options?.hint) this.hint = options.hint;
  }
};
var UsageError = class extends HookscanError {
  name = "UsageError";
};
var ConfigError = class extends HookscanError {
  name = "ConfigError";
};
var EnvironmentError = class extends HookscanError {
  name = "EnvironmentError";
};
var EXIT = { clean: 0, findings: 1, error: 2 };
var MAX_CAUSES = 4;
function messageOf(e) {
  const m = e?.message;
  return typeof m === "string" && m ? m.split("\n")[0] : String(e);
}
function describeError(err) {
  const head = err instanceof HookscanError ? `hookscan: ${err.message}` : `hookscan: unexpected error: ${messageOf(err)}`;
  const lines = [head];
  let said = head;
  let cause = err?.cause;
  for (let depth = 0; cause !== void 0 && cause !== null && depth < MAX_CAUSES; depth++) {
    const m = messageOf(cause);
    if (m && !said.includes(m)) {
      lines.push(`  caused by: ${m}`);
      said += `
${m}`;
    }
    cause = cause.cause;
  }
  const hint = err?.hint;
  if (typeof hint === "string" && hint) lines.push(`  hint: ${hint}`);
  return lines.join("\n");
}

// src/secrets/index.ts
var MIN_SECRET = 6;
var KEY = 4;
var BASE = 31;
var MOD = 2147483647;
var TOP = (() => {
  let p = 1;
  for (let i = 0; i < KEY - 1; i++) p = p * BASE % MOD;
  return p;
})();
function hashOf(s, from) {
  let h = 0;
  for (let i = from; i < from + KEY; i++) h = (h * BASE + s.charCodeAt(i)) % MOD;
  return h;
}
var LONG = 8;
var SecretMasker = class {
  /** hash of the first KEY characters → the secrets that start with them. */
  table = /* @__PURE__ */ new Map();
  replacement = /* @__PURE__ */ new Map();
  constructor(secrets, replace, opts = {}) {
    const min = Math.max(KEY, opts.min ?? MIN_SECRET);
    for (const s of secrets) {
      if (!s || s.length < min || this.replacement.has(s)) continue;
      this.replacement.set(s, replace(s));
      const h = hashOf(s, 0);
      let bucket = this.table.get(h);
      if (!bucket) this.table.set(h, bucket = { short: [], long: /* @__PURE__ */ new Map() });
      if (s.length < LONG) bucket.short.push(s);
      else {
        const start = s.slice(0, LONG);
        const list = bucket.long.get(start);
        if (list) list.push(s);
        else bucket.long.set(start, [s]);
      }
    }
    const longestFirst = (a, b) => b.length - a.length;
    for (const b of this.table.values()) {
      b.short.sort(longestFirst);
      for (const list of b.long.values()) if (list.length > 1) list.sort(longestFirst);
    }
  }
  /** The longest secret that starts at position i of the text (whose first KEY characters hash to a bucket). */
  at(bucket, text, i) {
    if (bucket.long.size && i + LONG <= text.length) {
      const hit = bucket.long.get(text.slice(i, i + LONG))?.find((s) => text.startsWith(s, i));
      if (hit) return hit;
    }
    return bucket.short.find((s) => text.startsWith(s, i));
  }
  get size() {
    return this.replacement.size;
  }
  /** The text with every occurrence of every secret replaced (the longest at a position wins). */
  mask(text) {
    if (this.table.size === 0 || text.length < KEY) return text;
    const parts = [];
    let copied = 0;
    let h = hashOf(text, 0);
    for (let i = 0; i + KEY <= text.length; ) {
      const bucket = this.table.get(h);
      const hit = bucket && this.at(bucket, text, i);
      if (hit) {
        parts.push(text.slice(copied, i), this.replacement.get(hit));
        i += hit.length;
        copied = i;
        if (i + KEY <= text.length) h = hashOf(text, i);
        continue;
      }
      if (i + KEY < text.length) h = ((h - text.charCodeAt(i) * TOP % MOD + MOD) % MOD * BASE + text.charCodeAt(i + KEY)) % MOD;
      i++;
    }
    if (copied === 0) return text;
    parts.push(text.slice(copied));
    return parts.join("");
  }
};
function maskSecrets(text, secrets, replace, opts = {}) {
  return new SecretMasker(secrets, replace, opts).mask(text);
}
function secretForms(f) {
  const s = f.secret;
  if (!s) return [];
  const parts = s.split(/[/:@.?&=]/).filter((p) => p.length >= 8);
  const forms = [s, encodeURIComponent(s), s.replaceAll("/", "\\/"), ...parts];
  return [...new Set(forms.filter((x) => x.length >= MIN_SECRET))];
}
function maskCredentials(text, values, mark = "***") {
  return new SecretMasker(values, () => mark, { min: 4 }).mask(text);
}

export {
  HookscanError,
  UsageError,
  ConfigError,
  EnvironmentError,
  EXIT,
  describeError,
  maskSecrets,
  secretForms,
  maskCredentials
};
