// hookscan GitHub Action, bundled from src/ by `npm run build:action` (scripts/build-action.mjs). Do not edit.
import { createRequire as __hookscanCreateRequire } from 'node:module';
const require = __hookscanCreateRequire(import.meta.url);
import {
  parseYaml
} from "./chunk-563D6BWM.js";
import {
  ConfigError,
  UsageError
} from "./chunk-P5M7NSU6.js";

// src/config/index.ts
import { readFileSync } from "node:fs";

// src/host-name.ts
function entryDomain(entry) {
  return entry.trim().toLowerCase().replace(/^\*?\./, "").replace(/\.$/, "");
}
function hostMatches(host, entry) {
  const h = host.trim().toLowerCase().replace(/\.$/, "");
  const e = entry.trim().toLowerCase();
  const d = entryDomain(e);
  if (d === "") return false;
  const wildcard = e.startsWith("*.") || e.startsWith(".");
  return h === d || wildcard && h.endsWith(`.${d}`);
}
function hostListed(host, entries) {
  return entries.some((e) => hostMatches(host, e));
}

// src/config/index.ts
var DEFAULT_MAX_FILE_SIZE = 25 * 1024 * 1024;
var CONFIG_FILE = ".hookscan.yaml";
function defaultConfig() {
  return { exclude: [], disableRules: [], allowFingerprints: [], allowHosts: [], maxFileSize: DEFAULT_MAX_FILE_SIZE, verifyOrigins: {}, allowHookHosts: [], revokeCredentials: {} };
}
function parseSize(v) {
  if (typeof v === "number" && Number.isFinite(v) && v > 0) return Math.floor(v);
  if (typeof v !== "string") return null;
  const m = /^\s*(\d+(?:\.\d+)?)\s*([kmg]i?b?|b)?\s*$/i.exec(v);
  if (!m) return null;
  const unit = (m[2] ?? "b").toLowerCase()[0];
  const mult = unit === "k" ? 1024 : unit === "m" ? 1024 ** 2 : unit === "g" ? 1024 ** 3 : 1;
  const n = Math.floor(Number(m[1]) * mult);
  return n > 0 ? n : null;
}
var list = (v) => Array.isArray(v) && v.every((x) => typeof x === "string" && x !== "") ? v : void 0;
var FIELDS = {
  exclude: { key: "exclude", parse: list, expect: "a list of path patterns" },
  "disable-rules": { key: "disableRules", parse: list, expect: "a list of rule ids" },
  "allow-fingerprints": { key: "allowFingerprints", parse: list, expect: "a list of fingerprints" },
  "allow-hosts": { key: "allowHosts", parse: list, expect: "a list of host names" },
  "allow-hook-hosts": { key: "allowHookHosts", parse: list, expect: "a list of host names" },
  "max-file-size": { key: "maxFileSize", parse: (v) => parseSize(v) ?? void 0, expect: "a size such as 20MB or a number of bytes" },
  "verify-origins": {
    key: "verifyOrigins",
    parse: (v) => v && typeof v === "object" && !Array.isArray(v) && Object.values(v).every((x) => typeof x === "string") ? v : void 0,
    expect: "a mapping of provider id to origin URL"
  },
  // Values are names of environment variables, never credentials: a committed config is no place for one.
  // UPPER_SNAKE_CASE rejects most token shapes; the error never echoes a value.
  "revoke-credentials": {
    key: "revokeCredentials",
    parse: (v) => v && typeof v === "object" && !Array.isArray(v) && Object.entries(v).every(([k, x]) => /^[A-Z][A-Z0-9_]*$/.test(k) && typeof x === "string" && /^[A-Z_][A-Z0-9_]{0,127}$/.test(x)) ? v : void 0,
    expect: "a mapping of credential name (e.g. HOOKSCAN_MATTERMOST_TOKEN) to the NAME of the environment variable that holds it, in UPPER_SNAKE_CASE (never the credential itself)"
  }
};
function parseConfig(text, file) {
  let doc;
  try {
    doc = parseYaml(text);
  } catch (e) {
    throw new ConfigError(`${file}: not valid YAML: ${e.message.split("\n")[0]}`, { cause: e });
  }
  const cfg = defaultConfig();
  if (doc === null || doc === void 0) return cfg;
  if (typeof doc !== "object" || Array.isArray(doc)) throw new ConfigError(`${file}: must be a mapping of settings`);
  for (const [k, v] of Object.entries(doc)) {
    const f = FIELDS[k];
    if (!f) throw new ConfigError(`${file}: unknown key '${k}' (known: ${Object.keys(FIELDS).join(", ")})`);
    const parsed = f.parse(v);
    if (parsed === void 0) throw new ConfigError(`${file}: '${k}' must be ${f.expect}`);
    cfg[f.key] = parsed;
  }
  return cfg;
}
function loadConfig(file, required) {
  let text;
  try {
    text = readFileSync(file, "utf8");
  } catch (e) {
    if (!required && e.code === "ENOENT") return defaultConfig();
    throw new ConfigError(`cannot read config ${file}: ${e.message}`, { cause: e });
  }
  return parseConfig(text, file);
}
function hostAllowed(host, allowHosts) {
  return hostListed(host, allowHosts);
}

// src/version.ts
var VERSION = "0.1.0";

// node_modules/yocto-queue/index.js
var Node = class {
  value;
  next;
  constructor(value) {
    this.value = value;
  }
};
var Queue = class {
  #head;
  #tail;
  #size;
  constructor() {
    this.clear();
  }
  enqueue(value) {
    const node = new Node(value);
    if (this.#head) {
      this.#tail.next = node;
      this.#tail = node;
    } else {
      this.#head = node;
      this.#tail = node;
    }
    this.#size++;
  }
  dequeue() {
    const current = this.#head;
    if (!current) {
      return;
    }
    this.#head = this.#head.next;
    this.#size--;
    if (!this.#head) {
      this.#tail = void 0;
    }
    return current.value;
  }
  peek() {
    if (!this.#head) {
      return;
    }
    return this.#head.value;
  }
  clear() {
    this.#head = void 0;
    this.#tail = void 0;
    this.#size = 0;
  }
  get size() {
    return this.#size;
  }
  *[Symbol.iterator]() {
    let current = this.#head;
    while (current) {
      yield current.value;
      current = current.next;
    }
  }
  *drain() {
    while (this.#head) {
      yield this.dequeue();
    }
  }
};

// node_modules/p-limit/index.js
function pLimit(concurrency) {
  let rejectOnClear = false;
  if (typeof concurrency === "object") {
    ({ concurrency, rejectOnClear = false } = concurrency);
  }
  validateConcurrency(concurrency);
  if (typeof rejectOnClear !== "boolean") {
    throw new TypeError("Expected `rejectOnClear` to be a boolean");
  }
  const queue = new Queue();
  let activeCount = 0;
  const resumeNext = () => {
    if (activeCount < concurrency && queue.size > 0) {
      activeCount++;
      queue.dequeue().run();
    }
  };
  const next = () => {
    activeCount--;
    resumeNext();
  };
  const run = async (function_, resolve, arguments_) => {
    const result = (async () => function_(...arguments_))();
    resolve(result);
    try {
      await result;
    } catch {
    }
    next();
  };
  const enqueue = (function_, resolve, reject, arguments_) => {
    const queueItem = { reject };
    new Promise((internalResolve) => {
      queueItem.run = internalResolve;
      queue.enqueue(queueItem);
    }).then(run.bind(void 0, function_, resolve, arguments_));
    if (activeCount < concurrency) {
      resumeNext();
    }
  };
  const generator = (function_, ...arguments_) => new Promise((resolve, reject) => {
    enqueue(function_, resolve, reject, arguments_);
  });
  Object.defineProperties(generator, {
    activeCount: {
      get: () => activeCount
    },
    pendingCount: {
      get: () => queue.size
    },
    clearQueue: {
      value() {
        if (!rejectOnClear) {
          queue.clear();
          return;
        }
        const abortError = AbortSignal.abort().reason;
        while (queue.size > 0) {
          queue.dequeue().reject(abortError);
        }
      }
    },
    concurrency: {
      get: () => concurrency,
      set(newConcurrency) {
        validateConcurrency(newConcurrency);
        concurrency = newConcurrency;
        queueMicrotask(() => {
          while (activeCount < concurrency && queue.size > 0) {
            resumeNext();
          }
        });
      }
    },
    map: {
      async value(iterable, function_) {
        const promises = [];
        try {
          Array.from(iterable, (value, index) => {
            const promise = generator(function_, value, index);
            promises.push(promise);
            return promise;
          });
        } catch (error) {
          for (const promise of promises) {
            promise.catch(() => {
            });
          }
          throw error;
        }
        return Promise.all(promises);
      }
    }
  });
  return generator;
}
function validateConcurrency(concurrency) {
  if (!((Number.isInteger(concurrency) || concurrency === Number.POSITIVE_INFINITY) && concurrency > 0)) {
    throw new TypeError("Expected `concurrency` to be a number from 1 and up");
  }
}

// src/verify/origin.ts
function parseOrigin(provider, value) {
  let u;
  try {
    u = new URL(value);
  } catch {
    throw new UsageError(`verify origin for '${provider}': '${value}' is not a URL (expected e.g. https://proxy.example.com)`);
  }
  if (u.protocol !== "https:" && u.protocol !== "http:") throw new UsageError(`verify origin for '${provider}': '${value}' must be http or https`);
  if (u.username || u.password || u.search || u.hash) {
    throw new UsageError(`verify origin for '${provider}': '${value}' must be an origin with an optional base path (no credentials, query or fragment)`);
  }
  return u;
}

export {
  CONFIG_FILE,
  loadConfig,
  hostAllowed,
  VERSION,
  pLimit,
  parseOrigin
};
