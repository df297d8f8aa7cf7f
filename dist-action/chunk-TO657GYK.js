// hookscan GitHub Action, bundled from src/ by `npm run build:action` (scripts/build-action.mjs). Do not edit.
import { createRequire as __hookscanCreateRequire } from 'node:module';
const require = __hookscanCreateRequire(import.meta.url);
import {
  nodeZlib,
  parseYaml,
  redactSpan
} from "./chunk-563D6BWM.js";
import {
  ConfigError
} from "./chunk-P5M7NSU6.js";

// src/patterns/index.ts
import { readdirSync, readFileSync, statSync } from "node:fs";
import { basename, join } from "node:path";
import { fileURLToPath } from "node:url";

// src/patterns/regex-engine.ts
var engine;
var fallbackReason;
try {
  engine = (await import("./chunk-AATDM7SX.js")).default;
} catch (e) {
  engine = (await import("./chunk-7QVSBHW6.js")).JsRE2;
  fallbackReason = `the native re2 addon did not load (${e.message.split("\n")[0]})`;
}
var RE2 = engine;
var regexEngine = fallbackReason === void 0 ? { name: "re2" } : { name: "re2js", fallbackReason };

// src/patterns/captures.ts
var NAME = /^[a-z][a-z0-9]*$/;
function captureLayout(source) {
  const unnamed = [];
  const named = [];
  let ordinal = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === "\\") {
      i++;
      continue;
    }
    if (inClass) {
      if (c === "]") inClass = false;
      continue;
    }
    if (c === "[") {
      inClass = true;
      if (source[i + 1] === "^") i++;
      if (source[i + 1] === "]") i++;
      continue;
    }
    if (c !== "(") continue;
    if (source[i + 1] !== "?") {
      unnamed.push(++ordinal);
      continue;
    }
    const open = source[i + 2] === "P" && source[i + 3] === "<" ? i + 4 : source[i + 2] === "<" && source[i + 3] !== "=" && source[i + 3] !== "!" ? i + 3 : -1;
    if (open < 0) continue;
    const close = source.indexOf(">", open);
    const name = close < 0 ? "" : source.slice(open, close);
    ordinal++;
    if (!NAME.test(name)) return `the group name '${name}' must be lower-case letters and digits`;
    if (name === "secret") return "the group name 'secret' is reserved (the secret is the one unnamed group)";
    if (named.some(([n]) => n === name)) return `the group name '${name}' is used twice`;
    named.push([name, ordinal]);
  }
  if (unnamed.length !== 1) return `regex must have exactly one unnamed capturing group (the secret), found ${unnamed.length}`;
  return { secret: unnamed[0], named };
}
function layoutOf(source) {
  const l = captureLayout(source);
  if (typeof l === "string") throw new Error(l);
  return l;
}
function capturesAt(layout, spans, text, decode) {
  if (layout.named.length === 0) return void 0;
  const out = {};
  for (const [name, ordinal] of layout.named) {
    const g = spans[ordinal];
    if (g) out[name] = decode(text.toString("utf8", g[0], g[1]));
  }
  return out;
}

// src/patterns/regex-bounds.ts
var MAX_STRINGS = 64;
var MAX_STRING_LENGTH = 256;
var MAX_CLASS_MEMBERS = 4;
var Unsupported = class extends Error {
};
function regexBounds(source, keywords) {
  const kws = keywords.map((k) => k.toLowerCase()).filter((k) => k.length > 0);
  try {
    const r = new Reader(source, kws).all();
    return { maxBytes: r.max, keywordInEveryMatch: r.req };
  } catch (e) {
    if (e instanceof Unsupported) return { maxBytes: Infinity, keywordInEveryMatch: false };
    throw e;
  }
}
function keywordReach(source, keywords) {
  const b = regexBounds(source, keywords);
  return b.keywordInEveryMatch && Number.isFinite(b.maxBytes) ? b.maxBytes : void 0;
}
var utf8Length = (c) => Buffer.byteLength(c, "utf8");
function cross(a, b) {
  if (!a || !b || a.length * b.length > MAX_STRINGS) return null;
  const out = /* @__PURE__ */ new Set();
  for (const x of a) for (const y of b) {
    if (x.length + y.length > MAX_STRING_LENGTH) return null;
    out.add(x + y);
  }
  return [...out];
}
function union(sets) {
  const out = /* @__PURE__ */ new Set();
  for (const s of sets) {
    if (!s) return null;
    for (const x of s) out.add(x);
    if (out.size > MAX_STRINGS) return null;
  }
  return [...out];
}
var SIMPLE_ESCAPES = { n: "\n", t: "	", r: "\r", f: "\f", v: "\v", a: "\x07" };
var REPEAT = /\{(\d+)(,(\d*))?\}/y;
var NAMED = /\?P?<[A-Za-z_][A-Za-z0-9_]*>/y;
var FLAGS = /\?[imsU-]*(:|\))/y;
var HEX = /(?:\{([0-9A-Fa-f]{1,6})\}|([0-9A-Fa-f]{2}))/y;
var Reader = class {
  constructor(s, keywords) {
    this.s = s;
    this.keywords = keywords;
  }
  s;
  keywords;
  i = 0;
  /** `re` (sticky) matched at the reader's position, or null. */
  at(re) {
    re.lastIndex = this.i;
    return re.exec(this.s);
  }
  all() {
    const r = this.alternation();
    if (this.i < this.s.length) throw new Unsupported(`unexpected ')' at ${this.i}`);
    return r;
  }
  holdsKeyword(strings) {
    return !!strings && strings.length > 0 && strings.every((x) => this.keywords.some((k) => x.includes(k)));
  }
  alternation() {
    const branches = [this.concatenation()];
    while (this.s[this.i] === "|") {
      this.i++;
      branches.push(this.concatenation());
    }
    if (branches.length === 1) return branches[0];
    return {
      max: Math.max(...branches.map((b) => b.max)),
      exact: union(branches.map((b) => b.exact)),
      req: branches.every((b) => b.req)
    };
  }
  /**
   * A sequence: its runs of pieces with exact strings are joined, so a keyword written across
   * pieces (`hooks\.slack`, one character each) is seen whole.
   */
  concatenation() {
    let max = 0;
    let req = false;
    let exact = [""];
    let run2 = [""];
    const closeRun = () => {
      if (this.holdsKeyword(run2)) req = true;
      run2 = [""];
    };
    for (; ; ) {
      const c = this.s[this.i];
      if (c === void 0 || c === "|" || c === ")") break;
      const piece = this.repeat(this.atom());
      max += piece.max;
      if (piece.req) req = true;
      exact = cross(exact, piece.exact);
      if (piece.exact) {
        const joined = cross(run2, piece.exact);
        if (joined) run2 = joined;
        else {
          closeRun();
          run2 = piece.exact;
        }
      } else closeRun();
    }
    closeRun();
    return { max, exact, req };
  }
  repeat(a) {
    let r = a;
    for (; ; ) {
      const c = this.s[this.i];
      let lo;
      let hi;
      if (c === "*" || c === "+" || c === "?") {
        this.i++;
        [lo, hi] = c === "*" ? [0, Infinity] : c === "+" ? [1, Infinity] : [0, 1];
      } else if (c === "{") {
        const m = this.at(REPEAT);
        if (!m) return r;
        this.i += m[0].length;
        lo = Number(m[1]);
        hi = m[2] === void 0 ? lo : m[3] === "" ? Infinity : Number(m[3]);
      } else return r;
      if (this.s[this.i] === "?") this.i++;
      r = repeated(r, lo, hi);
    }
  }
  atom() {
    const s = this.s;
    const c = s[this.i];
    if (c === "(") return this.group();
    if (c === "[") return this.charClass();
    if (c === "\\") return this.escape();
    if (c === "*" || c === "+" || c === "?") throw new Unsupported("a repetition of nothing");
    const ch = this.char();
    if (ch === ".") return { max: 4, exact: null, req: false };
    if (ch === "^" || ch === "$") return { max: 0, exact: [""], req: false };
    return { max: utf8Length(ch), exact: [ch.toLowerCase()], req: false };
  }
  /** The character (a whole code point) where the reader stands; the reader moves past it. */
  char() {
    const ch = String.fromCodePoint(this.s.codePointAt(this.i));
    this.i += ch.length;
    return ch;
  }
  group() {
    const s = this.s;
    this.i++;
    if (s[this.i] === "?") {
      const named = this.at(NAMED);
      const flags = named ? null : this.at(FLAGS);
      if (named) this.i += named[0].length;
      else if (flags) {
        this.i += flags[0].length;
        if (flags[1] === ")") return { max: 0, exact: [""], req: false };
      } else throw new Unsupported(`group syntax at ${this.i}`);
    }
    const inner = this.alternation();
    if (s[this.i] !== ")") throw new Unsupported("an unclosed group");
    this.i++;
    return inner;
  }
  escape() {
    const s = this.s;
    const c = s[this.i + 1];
    if (c === void 0) throw new Unsupported("a trailing backslash");
    this.i += 2;
    if ("bBAz".includes(c)) return { max: 0, exact: [""], req: false };
    if (c === "C") return { max: 4, exact: null, req: false };
    const cls = this.classEscape(c);
    if (cls) return { max: cls.wide ? 4 : 1, exact: null, req: false };
    if (c === "Q") {
      const end = s.indexOf("\\E", this.i);
      const text = s.slice(this.i, end < 0 ? s.length : end);
      this.i = end < 0 ? s.length : end + 2;
      return { max: utf8Length(text), exact: [text.toLowerCase()], req: false };
    }
    const ch = this.escapedChar(c);
    return { max: utf8Length(ch), exact: [ch.toLowerCase()], req: false };
  }
  /** The character an escape stands for (`c` is the character after the backslash; this.i is past it). */
  escapedChar(c) {
    if (c in SIMPLE_ESCAPES) return SIMPLE_ESCAPES[c];
    if (c === "x") {
      const m = this.at(HEX);
      if (!m) throw new Unsupported("a bad \\x escape");
      this.i += m[0].length;
      return String.fromCodePoint(parseInt(m[1] ?? m[2], 16));
    }
    if (/[0-9]/.test(c)) throw new Unsupported("an octal escape or a back reference");
    if (/[A-Za-z]/.test(c)) throw new Unsupported(`the escape \\${c}`);
    return c;
  }
  /** `[...]`: one character; its strings when it lists a few characters and no range. */
  charClass() {
    const s = this.s;
    this.i++;
    const negated = s[this.i] === "^";
    if (negated) this.i++;
    const members = /* @__PURE__ */ new Set();
    let wide = negated;
    let open = false;
    for (let first = true; ; first = false) {
      const c = s[this.i];
      if (c === void 0) throw new Unsupported("an unclosed character class");
      if (c === "]" && !first) {
        this.i++;
        break;
      }
      const lo = this.classMember();
      if (typeof lo !== "string") {
        wide ||= lo.wide;
        open = true;
        continue;
      }
      if (lo.codePointAt(0) > 127) wide = true;
      if (s[this.i] === "-" && s[this.i + 1] !== "]" && s[this.i + 1] !== void 0) {
        this.i++;
        const hi = this.classMember();
        if (typeof hi !== "string") throw new Unsupported("a range ending in a class");
        if (hi.codePointAt(0) > 127) wide = true;
        open = true;
        continue;
      }
      members.add(lo);
    }
    const folded = new Set([...members].map((m) => m.toLowerCase()));
    const exact = !negated && !open && folded.size <= MAX_CLASS_MEMBERS ? [...folded] : null;
    return { max: wide ? 4 : Math.max(1, ...[...members].map(utf8Length)), exact, req: false };
  }
  /** One member of a character class: a character, or a class of them (`\d`, `[:alpha:]`, `\pL`). */
  classMember() {
    const s = this.s;
    const c = s[this.i];
    if (c === "[" && s[this.i + 1] === ":") {
      const close = s.indexOf(":]", this.i);
      if (close < 0) throw new Unsupported("an unclosed [:class:]");
      const negated = s[this.i + 2] === "^";
      this.i = close + 2;
      return { wide: negated };
    }
    if (c !== "\\") return this.char();
    const e = s[this.i + 1];
    if (e === void 0) throw new Unsupported("a trailing backslash");
    this.i += 2;
    return this.classEscape(e) ?? this.escapedChar(e);
  }
  /**
   * An escape that stands for a class of characters (`c` is the character after the backslash;
   * this.i is past it, and past the name of a `\p` class): whether it may match a
   * non-ASCII character. Undefined for any other escape.
   */
  classEscape(c) {
    if ("dsw".includes(c)) return { wide: false };
    if ("DSW".includes(c)) return { wide: true };
    if (c !== "p" && c !== "P") return void 0;
    if (this.s[this.i] !== "{") this.i++;
    else {
      const close = this.s.indexOf("}", this.i);
      if (close < 0) throw new Unsupported("an unclosed \\p{");
      this.i = close + 1;
    }
    return { wide: true };
  }
};
function repeated(a, lo, hi) {
  const max = hi === Infinity ? a.max === 0 ? 0 : Infinity : a.max * hi;
  let exact = null;
  if (a.exact && hi !== Infinity && hi <= 8) {
    const powers = [];
    let p = [""];
    for (let k = 0; k <= hi; k++) {
      if (k >= lo) powers.push(p);
      p = cross(p, a.exact);
    }
    exact = union(powers);
  }
  return { max, exact, req: lo >= 1 && a.req };
}

// src/severity.ts
var SEVERITIES = ["critical", "high", "medium", "low"];
var RANK = { critical: 0, high: 1, medium: 2, low: 3 };
function compareSeverity(a, b) {
  return RANK[a] - RANK[b];
}
var CONFIDENCE_RANK = { low: 0, medium: 1, high: 2 };
function strongerConfidence(a, b) {
  if (!a) return b;
  if (!b) return a;
  return CONFIDENCE_RANK[a] >= CONFIDENCE_RANK[b] ? a : b;
}

// src/patterns/index.ts
var BUILTIN_PATTERNS_DIR = fileURLToPath(new URL("../../patterns/", import.meta.url));
var PATTERN_CACHE_FILE = fileURLToPath(new URL("../../dist/patterns.json", import.meta.url));
var KINDS = ["credential", "exfil-sink"];
var FILE_KEYS = /* @__PURE__ */ new Set(["provider", "name", "hosts", "api-hosts", "remediation", "references", "patterns"]);
var PATTERN_KEYS = /* @__PURE__ */ new Set([
  "id",
  "kind",
  "name",
  "description",
  "severity",
  "keywords",
  "regex",
  "boundary",
  "placeholders",
  "self-hosted",
  "verify",
  "revoke",
  "remediation",
  "references",
  "examples",
  "negative_examples"
]);
var DEFAULT_BOUNDARY = "A-Za-z0-9_-";
function fail(file, id, what) {
  throw new ConfigError(`${file}${id ? `: pattern ${id}` : ""}: ${what}`);
}
function str(v, file, id, key, opts = {}) {
  if (v === void 0 || v === null) {
    if (opts.optional) return void 0;
    fail(file, id, `'${key}' is required`);
  }
  if (typeof v !== "string") fail(file, id, `'${key}' must be a string`);
  if (!opts.empty && v.trim() === "") fail(file, id, `'${key}' must not be empty`);
  return v;
}
function strList(v, file, id, key, optional = false) {
  if (v === void 0 || v === null) {
    if (optional) return void 0;
    fail(file, id, `'${key}' is required`);
  }
  if (!Array.isArray(v) || v.some((x) => typeof x !== "string" || x === "")) fail(file, id, `'${key}' must be a list of non-empty strings`);
  return v;
}
function parseProviderFile(text, file) {
  let doc;
  try {
    doc = parseYaml(text);
  } catch (e) {
    fail(file, void 0, `not valid YAML: ${e.message.split("\n")[0]}`);
  }
  if (!doc || typeof doc !== "object" || Array.isArray(doc)) fail(file, void 0, "must be a mapping with provider, name and patterns");
  const d = doc;
  for (const k of Object.keys(d)) if (!FILE_KEYS.has(k)) fail(file, void 0, `unknown key '${k}'`);
  const providerId = str(d.provider, file, void 0, "provider");
  const expected = basename(file).replace(/\.ya?ml$/, "");
  if (providerId !== expected) fail(file, void 0, `provider '${providerId}' must match the file name '${expected}'`);
  const providerName = str(d.name, file, void 0, "name");
  const hosts = strList(d.hosts, file, void 0, "hosts", true) ?? [];
  const apiHosts = strList(d["api-hosts"], file, void 0, "api-hosts", true);
  const fileRemediation = str(d.remediation, file, void 0, "remediation", { optional: true });
  const fileReferences = strList(d.references, file, void 0, "references", true);
  if (!Array.isArray(d.patterns) || d.patterns.length === 0) fail(file, void 0, "'patterns' must be a non-empty list");
  const patterns = d.patterns.map((raw, i) => {
    if (!raw || typeof raw !== "object" || Array.isArray(raw)) fail(file, `#${i + 1}`, "must be a mapping");
    const p = raw;
    const id = typeof p.id === "string" && p.id ? p.id : fail(file, `#${i + 1}`, "'id' is required");
    for (const k of Object.keys(p)) if (!PATTERN_KEYS.has(k)) fail(file, id, `unknown key '${k}'`);
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) fail(file, id, "'id' must be kebab-case");
    const kind = p.kind;
    if (!KINDS.includes(kind)) fail(file, id, `'kind' must be one of ${KINDS.join(", ")}`);
    const severity = p.severity;
    if (!SEVERITIES.includes(severity)) fail(file, id, `'severity' must be one of ${SEVERITIES.join(", ")}`);
    const keywords = strList(p.keywords, file, id, "keywords");
    if (keywords.length === 0) fail(file, id, "'keywords' must not be empty");
    for (const k of keywords) if (k !== k.toLowerCase()) fail(file, id, `keyword '${k}' must be lower-case`);
    const regex = str(p.regex, file, id, "regex");
    try {
      new RE2(regex);
    } catch (e) {
      fail(file, id, `regex does not compile with RE2: ${e.message}`);
    }
    const layout = captureLayout(regex);
    if (typeof layout === "string") fail(file, id, layout);
    const boundary = p.boundary === void 0 ? DEFAULT_BOUNDARY : str(p.boundary, file, id, "boundary", { empty: true });
    if (boundary) {
      try {
        classBytes(boundary);
      } catch {
        fail(file, id, `'boundary' is not a valid character class body: ${boundary}`);
      }
    }
    const remediation = str(p.remediation, file, id, "remediation", { optional: true }) ?? fileRemediation;
    if (!remediation) fail(file, id, "'remediation' is required (on the pattern or the file)");
    const references = strList(p.references, file, id, "references", true) ?? fileReferences ?? [];
    if (!Array.isArray(p.examples)) fail(file, id, "'examples' must be a list");
    const examples = p.examples.map((e, j) => {
      const ex = e;
      if (!ex || typeof ex.text !== "string" || typeof ex.secret !== "string") fail(file, id, `examples[${j}] needs 'text' and 'secret' strings`);
      return { text: ex.text, secret: ex.secret };
    });
    const negativeExamples = strList(p.negative_examples, file, id, "negative_examples");
    return {
      id,
      provider: providerId,
      providerName,
      kind,
      name: str(p.name, file, id, "name"),
      description: str(p.description, file, id, "description"),
      severity,
      keywords,
      regex,
      boundary,
      placeholders: strList(p.placeholders, file, id, "placeholders", true) ?? [],
      ...flag(p, "self-hosted", "selfHosted", file, id),
      ...flag(p, "verify", "verify", file, id),
      ...flag(p, "revoke", "revoke", file, id),
      remediation,
      references,
      examples,
      negativeExamples,
      file
    };
  });
  return { id: providerId, name: providerName, hosts, ...apiHosts?.length ? { apiHosts } : {}, file, patterns };
}
function flag(p, key, field, file, id) {
  const v = p[key];
  if (v === void 0 || v === false) return {};
  if (v !== true) fail(file, id, `'${key}' must be true or false`);
  return { [field]: true };
}
function patternNames(dir) {
  try {
    return readdirSync(dir).filter((n) => /\.ya?ml$/.test(n)).sort();
  } catch (e) {
    throw new ConfigError(`cannot read the pattern folder ${dir}: ${e.message}`, { cause: e });
  }
}
function readPatternTexts(dir, names = patternNames(dir)) {
  return names.map((n) => ({ file: join(dir, n), text: readFileSync(join(dir, n), "utf8") }));
}
function patternHash(texts) {
  let a = 2166136261;
  let b = 16777619 ^ 1540483477;
  const feed = (s) => {
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      a = Math.imul(a ^ c, 16777619);
      b = Math.imul(b ^ c, 1540483477) ^ b >>> 15;
    }
    a = Math.imul(a ^ 255, 16777619);
    b = Math.imul(b ^ 255, 1540483477);
  };
  for (const t of texts) {
    feed(basename(t.file));
    feed(t.text);
  }
  return `${(a >>> 0).toString(16).padStart(8, "0")}${(b >>> 0).toString(16).padStart(8, "0")}:${texts.length}`;
}
function readPatternCache(dir, cacheFile, names = patternNames(dir), texts = () => readPatternTexts(dir, names)) {
  let built;
  let cacheTime;
  try {
    cacheTime = statSync(cacheFile).mtimeMs;
    built = JSON.parse(readFileSync(cacheFile, "utf8"));
  } catch {
    return null;
  }
  const stamps = Array.isArray(built.files) ? built.files : [];
  const unchanged = stamps.length === names.length && names.every((n, i) => {
    if (stamps[i][0] !== n) return false;
    const st = statSync(join(dir, n), { throwIfNoEntry: false });
    return st !== void 0 && st.size === stamps[i][1] && st.mtimeMs <= cacheTime;
  });
  if (!unchanged && built.hash !== patternHash(texts())) return null;
  for (const p of built.providers) for (const x of p.patterns) x.file = p.file = join(dir, basename(p.file));
  return built.providers;
}
var cache = /* @__PURE__ */ new Map();
var builtin;
function loadBuiltin() {
  const dir = BUILTIN_PATTERNS_DIR;
  const names = patternNames(dir);
  let texts;
  const read = () => texts ??= readPatternTexts(dir, names);
  return readPatternCache(dir, PATTERN_CACHE_FILE, names, read) ?? parseProviderTexts(read(), dir);
}
function loadPatternFiles(dir = BUILTIN_PATTERNS_DIR) {
  if (dir === BUILTIN_PATTERNS_DIR) return builtin ??= loadBuiltin();
  const texts = readPatternTexts(dir);
  const hash = patternHash(texts);
  const hit = cache.get(hash);
  if (hit) return hit;
  const providers = parseProviderTexts(texts, dir);
  cache.set(hash, providers);
  return providers;
}
function parseProviderTexts(texts, dir) {
  const seen = /* @__PURE__ */ new Map();
  const providers = texts.map(({ file, text }) => {
    const provider = parseProviderFile(text, file);
    for (const p of provider.patterns) {
      const other = seen.get(p.id);
      if (other) fail(file, p.id, `duplicate id (also in ${other})`);
      seen.set(p.id, file);
    }
    return provider;
  });
  if (providers.length === 0) throw new ConfigError(`no pattern files (*.yaml) in ${dir}`);
  return providers;
}
function classBytes(body) {
  const out = new Uint8Array(256);
  if (!body) return out;
  const cls = new RegExp(`^[${body}]$`);
  for (let b = 0; b < 128; b++) if (cls.test(String.fromCharCode(b))) out[b] = 1;
  return out;
}
function compilePattern(p) {
  const reach = keywordReach(p.regex, p.keywords);
  return { ...p, re: new RE2(p.regex, "gd"), boundaryBytes: classBytes(p.boundary), layout: layoutOf(p.regex), ...reach !== void 0 ? { reach } : {} };
}
function compileLiterals(literals) {
  const esc = literals.map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  return new RE2(`(?i)(?:${esc.join("|")})`, "g");
}

// src/detect/evidence-data.ts
var EVIDENCE = [
  { "family": "environment", "id": "env", "what": "process.env", "languages": ["javascript"], "source": "(?<![\\w$.])(?<!\\}\\s*=\\s*)process\\.env(?![\\w$]|\\s*(?:\\.|\\[|\\?\\.))", "ignoreCase": false, "weight": "strong" },
  { "family": "environment", "id": "env", "what": "os.environ", "languages": ["python"], "source": "(?<![\\w.])os\\.environ(?![\\w]|\\s*(?:\\[|\\.get\\b|\\.setdefault\\b|\\.pop\\b))", "ignoreCase": false, "weight": "strong" },
  { "family": "environment", "id": "env", "what": "all environment variables (env)", "languages": ["any"], "source": "\\$\\(\\s*(?:env|printenv|set|export\\s+-p)\\s*(?:\\||\\))|\\x60\\s*(?:env|printenv)\\s*\\x60|\\b(?:env|printenv|set)\\s*\\|\\s*(?:base64|curl|gzip|xxd|openssl|nc|wget)\\b", "ignoreCase": false, "weight": "strong" },
  { "family": "environment", "id": "env", "what": "all environment variables (env:)", "languages": ["any"], "source": "Get-ChildItem\\s+env:|\\bgci\\s+env:|\\bls\\s+env:|\\[(?:System\\.)?Environment\\]::GetEnvironmentVariables\\(\\)", "ignoreCase": true, "weight": "strong" },
  { "family": "environment", "id": "env", "what": "all environment variables", "languages": ["go"], "source": "\\bos\\.Environ\\(\\)", "ignoreCase": false, "weight": "strong" },
  { "family": "environment", "id": "env", "what": "all environment variables", "languages": ["csharp", "powershell"], "source": "\\bEnvironment\\.GetEnvironmentVariables\\(\\)", "ignoreCase": false, "weight": "strong" },
  { "family": "environment", "id": "env", "what": "all environment variables", "languages": ["java"], "source": "\\bSystem\\.getenv\\(\\)", "ignoreCase": false, "weight": "strong" },
  { "family": "environment", "id": "env", "what": "all environment variables", "languages": ["ruby"], "source": "\\bENV\\.(?:to_h|to_a|each|inspect)\\b", "ignoreCase": false, "weight": "strong" },
  { "family": "environment", "id": "env", "what": "all environment variables", "languages": ["php"], "source": "\\$_ENV\\b|\\bgetenv\\(\\s*\\)", "ignoreCase": false, "weight": "strong" },
  { "family": "environment", "id": "secrets", "what": "all GitHub Actions secrets", "languages": ["any"], "source": "toJSON\\(\\s*secrets\\s*\\)", "ignoreCase": false, "weight": "strong" },
  { "family": "environment", "id": "tokens", "what": "tokens ($1)", "languages": ["any"], "source": `(?:process\\.env\\.|process\\.env\\[\\s*["']|os\\.environ\\[\\s*["']|os\\.environ\\.get\\(\\s*["']|os\\.getenv\\(\\s*["']|ENV\\[\\s*["']|\\$env:|System\\.getenv\\(\\s*")((?:NPM|NODE_AUTH|NPM_AUTH|GITHUB|GH|GITLAB|CI_JOB|PYPI|PYPI_API|DOCKERHUB|HEROKU_API|SLACK_BOT|DISCORD)_TOKEN|AWS_SECRET_ACCESS_KEY|AWS_SESSION_TOKEN|AZURE_CLIENT_SECRET|GOOGLE_APPLICATION_CREDENTIALS|TWINE_PASSWORD|DOCKER_PASSWORD|OPENAI_API_KEY|ANTHROPIC_API_KEY)\\b`, "ignoreCase": false, "weight": "strong" },
  { "family": "stored-credentials", "id": "files", "what": "credential files ($&)", "languages": ["any"], "source": "\\.ssh[/\\\\]+(?:id_\\w+|authorized_keys)|\\bid_(?:rsa|ed25519|ecdsa)\\b|\\.aws[/\\\\]+credentials|/etc/(?:passwd|shadow)\\b|\\.npmrc\\b|\\.pypirc\\b|\\.git-credentials\\b|\\.netrc\\b|\\.docker[/\\\\]+config\\.json|\\.kube[/\\\\]+config|\\.azure[/\\\\]+(?:accessTokens\\.json|msal_token_cache)|gcloud[/\\\\]+(?:credentials\\.db|application_default_credentials\\.json)|\\.config[/\\\\]+gh[/\\\\]+hosts\\.yml|\\.bash_history|\\.zsh_history", "ignoreCase": false, "weight": "strong" },
  { "family": "stored-credentials", "id": "browser-secrets", "what": "browser passwords ($&)", "languages": ["any"], "source": "\\bLocal State\\b|\\bLogin Data\\b|\\bWeb Data\\b|\\blogins\\.json\\b|\\bkey4\\.db\\b|\\bCryptUnprotectData\\b|\\bwin32crypt\\b", "ignoreCase": false, "weight": "strong" },
  { "family": "stored-credentials", "id": "discord-tokens", "what": "Discord tokens", "languages": ["any"], "source": "discord(?:canary|ptb)?\\W{1,6}Local Storage|Local Storage\\W{1,6}leveldb|dQw4w9WgXcQ:", "ignoreCase": true, "weight": "strong" },
  { "family": "stored-credentials", "id": "cookies", "what": "browser cookies", "languages": ["any"], "source": "document\\.cookie|\\bbrowser_cookie3\\b|\\bchrome\\.cookies\\b|Network[/\\\\]+Cookies\\b|\\bcookies\\.sqlite\\b", "ignoreCase": false, "weight": "strong" },
  { "family": "stored-credentials", "id": "wallets", "what": "cryptocurrency wallets ($&)", "languages": ["any"], "source": "\\bwallet\\.dat\\b|\\bExodus[/\\\\]+exodus\\.wallet|\\bElectrum[/\\\\]+wallets|\\bnkbihfbeogaeaoehlefnkodbefgpgknn\\b|\\bAtomic[/\\\\]+Local Storage", "ignoreCase": true, "weight": "strong" },
  { "family": "stored-credentials", "id": "app-sessions", "what": "app sessions ($&)", "languages": ["any"], "source": "\\blauncher_(?:profiles|accounts)\\.json\\b|\\.ROBLOSECURITY\\b|\\bTelegram Desktop[/\\\\]+tdata\\b|\\bSteam[/\\\\]+ssfn|\\bconfig[/\\\\]+loginusers\\.vdf\\b", "ignoreCase": true, "weight": "strong" },
  { "family": "credentials", "id": "credentials", "what": "passwords typed into a login form ($&)", "languages": ["javascript", "php"], "source": `\\b(?:getElementById|querySelector)\\(\\s*["'](?:#|input\\[(?:name|type)=["']?)?\\w*pass(?:word|wd)?\\w*["']?\\]?["']\\s*\\)\\s*\\.value|\\binput\\[type=["']?password["']?\\]|\\bFormData\\(\\s*(?:document\\.)?(?:getElementById\\(\\s*["']\\w*login\\w*["']\\s*\\)|\\w*[Ll]ogin\\w*)\\s*\\)`, "ignoreCase": false, "weight": "strong" },
  { "family": "credentials", "id": "credentials", "what": "passwords typed into a login form ($&)", "languages": ["php"], "source": `\\$_(?:POST|REQUEST|GET)\\[\\s*["'](?:pass(?:word|wd)?|pwd|pw)["']\\s*\\]`, "ignoreCase": false, "weight": "strong" },
  { "family": "credentials", "id": "credentials", "what": "passwords typed into a login form ($&)", "languages": ["python"], "source": `\\brequest\\.(?:form|POST|values)(?:\\.get\\(|\\[)\\s*["'](?:pass(?:word|wd)?|pwd|pw)["']`, "ignoreCase": false, "weight": "strong" },
  { "family": "screen-clipboard", "id": "clipboard", "what": "the clipboard", "languages": ["any"], "source": "navigator\\.clipboard\\.read(?:Text)?\\(|\\bpyperclip\\.paste\\(|\\bclipboardy?\\.read(?:Sync)?\\(|Get-Clipboard|\\bpbpaste\\b|\\bxclip\\s+-o|\\bxsel\\s+-[bo]|\\bclipboard\\.readText\\(", "ignoreCase": false, "weight": "strong" },
  { "family": "screen-clipboard", "id": "screenshots", "what": "screenshots", "languages": ["any"], "source": "\\bImageGrab\\.grab\\b|\\bpyautogui\\.screenshot\\b|\\bscreenshot-desktop\\b|\\bCopyFromScreen\\b|\\bmss\\(\\)\\.grab\\b|\\bmss\\.mss\\(\\)|\\bscreencapture\\s+-x\\b", "ignoreCase": false, "weight": "strong" },
  { "family": "keystrokes", "id": "keystrokes", "what": "keystrokes", "languages": ["python"], "source": "\\bpynput\\b|\\bkeyboard\\.(?:on_press|on_release|hook|read_key|read_event)\\b", "ignoreCase": false, "weight": "strong" },
  { "family": "keystrokes", "id": "keystrokes", "what": "keystrokes", "languages": ["javascript"], "source": `addEventListener\\(\\s*["']key(?:down|up|press)["']|\\bonkey(?:down|up|press)\\s*=|\\biohook\\b|\\bnode-global-key-listener\\b`, "ignoreCase": false, "weight": "strong" },
  { "family": "keystrokes", "id": "keystrokes", "what": "keystrokes", "languages": ["any"], "source": "\\bGetAsyncKeyState\\b|\\bSetWindowsHookEx\\w*|\\bGetKeyboardState\\b|\\bkeylog", "ignoreCase": true, "weight": "strong" },
  { "family": "host-fingerprint", "id": "host", "what": "host and user information ($&)", "languages": ["any"], "source": "\\bos\\.(?:hostname|userInfo|homedir|networkInterfaces)\\(\\)|\\bsocket\\.gethostname\\(\\)|\\bplatform\\.(?:node|uname)\\(\\)|\\bgetpass\\.getuser\\(\\)|\\bos\\.getlogin\\(\\)|\\$\\(\\s*(?:whoami|hostname|id|uname(?:\\s+-a)?)\\s*\\)|\\x60(?:whoami|hostname|id|uname)[^\\x60]{0,10}\\x60|\\$env:(?:USERNAME|COMPUTERNAME|USERDOMAIN)\\b|\\bEnvironment\\.(?:UserName|MachineName)\\b", "ignoreCase": false, "weight": "weak" },
  { "family": "host-fingerprint", "id": "public-ip", "what": "the public IP address ($&)", "languages": ["any"], "source": "\\bapi\\.ipify\\.org\\b|\\bipinfo\\.io\\b|\\bifconfig\\.me\\b|\\bicanhazip\\.com\\b|\\bcheckip\\.amazonaws\\.com\\b|\\bip-api\\.com\\b|\\bipapi\\.co\\b|\\bwtfismyip\\.com\\b", "ignoreCase": false, "weight": "weak" },
  { "family": "host-fingerprint", "id": "hwid", "what": "the hardware id ($&)", "languages": ["any"], "source": "\\bwmic\\s+csproduct\\s+get\\s+uuid\\b|\\bWin32_ComputerSystemProduct\\b|\\bMachineGuid\\b|/etc/machine-id\\b|\\bIOPlatformUUID\\b|\\bhwid\\b", "ignoreCase": true, "weight": "weak" },
  { "family": "persistence", "id": "persistence", "what": "persistence ($&)", "languages": ["any"], "source": "Start Menu[/\\\\]+Programs[/\\\\]+Startup|\\bshell:startup\\b|CurrentVersion[/\\\\]+Run(?:Once)?\\b|\\bschtasks(?:\\.exe)?\\s+/create\\b|\\bRegister-ScheduledTask\\b|\\bcrontab\\s+-(?:\\s|$)|\\(crontab\\s+-l|/etc/cron\\.d/|\\bsystemctl\\s+(?:--user\\s+)?enable\\b|\\.config/systemd/user/|Library/Launch(?:Agents|Daemons)/|>>\\s*~?/?(?:\\$HOME/)?\\.(?:bashrc|zshrc|profile)\\b", "ignoreCase": true, "weight": "strong" },
  { "family": "forwarding", "id": "metadata", "what": "cloud instance credentials ($&)", "languages": ["any"], "source": "169\\.254\\.169\\.254|\\bmetadata\\.google\\.internal\\b|169\\.254\\.170\\.2\\b|\\bfd00:ec2::254\\b", "ignoreCase": false, "weight": "strong" },
  { "family": "forwarding", "id": "page-content", "what": "the page content ($&)", "languages": ["javascript"], "source": "\\bdocument\\.(?:documentElement|body)\\.(?:outer|inner)HTML\\b(?!\\s*=[^=])|\\bdocument\\.documentElement\\.outerHTML\\b", "ignoreCase": false, "weight": "strong" },
  { "family": "forwarding", "id": "stored-page-data", "what": "the page storage ($&)", "languages": ["javascript"], "source": "\\bJSON\\.stringify\\(\\s*(?:window\\.)?(?:localStorage|sessionStorage)\\s*\\)|\\bObject\\.(?:entries|keys)\\(\\s*(?:window\\.)?localStorage\\s*\\)", "ignoreCase": false, "weight": "strong" },
  { "family": "obfuscation", "id": "env", "what": "process.env", "languages": ["javascript"], "source": `\\bprocess\\s*\\[\\s*(["'\\x60])env\\1\\s*\\](?!\\s*(?:\\.|\\[))`, "ignoreCase": false, "weight": "strong" },
  { "family": "obfuscation", "id": "process-object", "what": "the whole process object", "languages": ["javascript"], "source": `\\bJSON\\s*\\[\\s*["']stringify["']\\s*\\]\\s*\\(\\s*process\\b|\\bJSON\\.stringify\\(\\s*process\\s*[,)]`, "ignoreCase": false, "weight": "strong" },
  { "family": "obfuscation", "id": "host", "what": "host and user information ($&)", "languages": ["javascript"], "source": `\\bos\\s*\\[\\s*(["'])(?:hostname|userInfo|homedir|networkInterfaces)\\1\\s*\\]\\s*\\(`, "ignoreCase": false, "weight": "weak" },
  { "family": "obfuscation", "id": "env", "what": "os.environ", "languages": ["python"], "source": `\\bgetattr\\(\\s*os\\s*,\\s*["']environ["']\\s*\\)|__import__\\(\\s*["']os["']\\s*\\)\\.environ\\b(?!\\s*(?:\\[|\\.get\\b))`, "ignoreCase": false, "weight": "strong" }
];

// src/detect/evidence.ts
var EXTENSIONS = {
  js: "javascript",
  mjs: "javascript",
  cjs: "javascript",
  jsx: "javascript",
  ts: "javascript",
  tsx: "javascript",
  mts: "javascript",
  cts: "javascript",
  vue: "javascript",
  svelte: "javascript",
  html: "javascript",
  htm: "javascript",
  py: "python",
  pyw: "python",
  pth: "python",
  pyi: "python",
  ps1: "powershell",
  psm1: "powershell",
  psd1: "powershell",
  sh: "shell",
  bash: "shell",
  zsh: "shell",
  ksh: "shell",
  command: "shell",
  go: "go",
  cs: "csharp",
  csx: "csharp",
  lua: "lua",
  luau: "lua",
  php: "php",
  phtml: "php",
  bat: "batch",
  cmd: "batch",
  rb: "ruby",
  java: "java",
  kt: "java",
  groovy: "java"
};
function baseName(path) {
  return path.slice(Math.max(path.lastIndexOf("/"), path.lastIndexOf("\\"), path.lastIndexOf("!")) + 1);
}
function languageOf(path) {
  if (!path) return void 0;
  const base = baseName(path);
  const dot = base.lastIndexOf(".");
  return dot > 0 ? EXTENSIONS[base.slice(dot + 1).toLowerCase()] : void 0;
}
var COMPILED = EVIDENCE.map((i) => ({ ...i, re: new RegExp(i.source, i.ignoreCase ? "gi" : "g") }));
var BY_LANGUAGE = /* @__PURE__ */ new Map();
function indicatorsFor(language) {
  let list = BY_LANGUAGE.get(language);
  if (!list) {
    list = language === void 0 ? COMPILED : COMPILED.filter((i) => i.languages.includes("any") || i.languages.includes(language));
    BY_LANGUAGE.set(language, list);
  }
  return list;
}
function phraseOf(ind, m) {
  return ind.what.replace("$&", m[0].replace(/\s+/g, " ")).replace("$1", m[1] ?? "");
}
function byWeight(found) {
  return { sends: found.filter((g) => !g.weak).map((g) => g.phrase), hints: found.filter((g) => g.weak).map((g) => g.phrase) };
}

// src/detect/position.ts
var CHECKPOINT = 1024;
var LineCounter = class {
  constructor(buf) {
    this.buf = buf;
  }
  buf;
  newlines;
  /** cpAt[k] code points lie before byte cpByte[k], a sequence boundary; cpByte[k] ≥ k·CHECKPOINT. */
  cpByte = [0];
  cpAt = [0];
  position(offset) {
    const nl = this.lineBreaks();
    const before = countBelow(nl, offset);
    const lineStart = before === 0 ? 0 : nl[before - 1] + 1;
    return { line: before + 1, column: 1 + this.codePointsTo(offset) - this.codePointsTo(lineStart) };
  }
  /** The 1-based line that holds offset. */
  lineOf(offset) {
    return countBelow(this.lineBreaks(), offset) + 1;
  }
  /** Kept for callers that counted forwards: positions no longer depend on call order. */
  reset() {
  }
  /** The bytes of the line that holds offset (without the line break). */
  lineAt(offset) {
    const nl = this.lineBreaks();
    const before = countBelow(nl, offset);
    const s = before === 0 ? 0 : nl[before - 1] + 1;
    let e = before < nl.length ? nl[before] : this.buf.length;
    if (e > s && this.buf[e - 1] === 13) e--;
    return this.buf.subarray(s, e);
  }
  lineBreaks() {
    if (this.newlines) return this.newlines;
    const nl = [];
    for (let i = this.buf.indexOf(10); i >= 0; i = this.buf.indexOf(10, i + 1)) nl.push(i);
    return this.newlines = nl;
  }
  /** Code points in buf[0, offset) as a decoder reading from the start shows them. */
  codePointsTo(offset) {
    const buf = this.buf;
    const want = Math.floor(offset / CHECKPOINT);
    while (this.cpByte.length <= want && this.cpByte[this.cpByte.length - 1] < buf.length) {
      let i = this.cpByte[this.cpByte.length - 1];
      let n = this.cpAt[this.cpAt.length - 1];
      const stop = Math.min(buf.length, this.cpByte.length * CHECKPOINT);
      while (i < stop) {
        i = nextCodePoint(buf, i, buf.length);
        n++;
      }
      this.cpByte.push(i);
      this.cpAt.push(n);
    }
    let k = Math.min(want, this.cpByte.length - 1);
    while (k > 0 && this.cpByte[k] > offset) k--;
    return this.cpAt[k] + countCodePoints(buf, this.cpByte[k], offset);
  }
};
function countBelow(sorted, x) {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = lo + hi >>> 1;
    if (sorted[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
function sequenceLength(b) {
  if (b >= 194 && b <= 223) return 1;
  if (b >= 224 && b <= 239) return 2;
  if (b >= 240 && b <= 244) return 3;
  return 0;
}
function nextCodePoint(buf, i, to) {
  const need = sequenceLength(buf[i]);
  let k = 0;
  while (k < need && i + 1 + k < to && (buf[i + 1 + k] & 192) === 128) k++;
  return i + 1 + k;
}
function countCodePoints(buf, from, to) {
  let n = 0;
  for (let i = from; i < to; i = nextCodePoint(buf, i, to)) n++;
  return n;
}

// src/detect/flow.ts
var STATEMENT_BYTES = 1024;
var STATEMENT_LINES = 12;
var DEFINITION_BYTES = 600;
var MAX_CALLS = 1e3;
var MAX_URLS = 32;
var MAX_SPANS = 256;
var MAX_READS = 400;
var MAX_SENT_NAMES = 8;
var MAX_HELPERS = 16;
var SEND_CALL = new RegExp(
  [
    String.raw`\bfetch\s*\(`,
    String.raw`\baxios(?:\.(?:post|put|patch|get|request))?\s*\(`,
    String.raw`\bgot(?:\.(?:post|put|patch|get))?\s*\(`,
    String.raw`\bneedle\s*\(`,
    String.raw`\bsuperagent\.post\s*\(`,
    String.raw`\bhttps?\.(?:request|get)\s*\(`,
    String.raw`\.open\s*\(\s*["'](?:POST|GET|PUT)["']\s*,`,
    String.raw`\bnavigator\.sendBeacon\s*\(`,
    String.raw`\b(?:requests|httpx|session|client|s)\.(?:post|put|patch|get|request)\s*\(`,
    String.raw`\b(?:urllib\.request\.)?(?:urlopen|Request)\s*\(`,
    String.raw`\baiohttp\.ClientSession\(\)\.post\s*\(`,
    String.raw`\bInvoke-(?:RestMethod|WebRequest)\b`,
    String.raw`\b(?:irm|iwr)\s`,
    String.raw`\.Upload(?:String|Values|Data|File)(?:Async)?\s*\(`,
    String.raw`\.(?:PostAsync|PutAsync|SendAsync|PostAsJsonAsync)\s*\(`,
    String.raw`\bhttp\.(?:Post|PostForm|NewRequest|Get)\s*\(`,
    String.raw`(?:^|[\s;|&(\x60$])(?:curl|wget)\s`,
    String.raw`\b(?:syn\.request|http_request|request|http\.request|HttpService:PostAsync|HttpService:RequestAsync)\s*[({]`,
    String.raw`\bcurl_(?:init|setopt)\s*\(`,
    String.raw`\bfile_get_contents\s*\(`,
    String.raw`\b(?:DiscordWebhook|WebhookClient|SyncWebhook\.from_url|Webhook\.from_url|AsyncWebhook\.from_url)\s*\(`,
    String.raw`\b(?:send_?(?:message|document|photo|file)|sendMessage|sendDocument|sendPhoto)\s*\(`
  ].join("|"),
  "g"
);
var ASSIGNED = /([A-Za-z_$][\w$]*)["']?\s*(?::=|=|:)\s*(?:[A-Za-z_$.]+\(\s*)?[rbfu]?["'\x60]?$/;
var FUNCTION_DEF = /(?:\bdef|\bfunction|\bfunc|\blocal\s+function|\bsub)\s+([A-Za-z_$][\w$]*)\s*\(([^)]{0,200})\)|\b(?:const|let|var)\s+([A-Za-z_$][\w$]*)\s*=\s*(?:async\s*)?\(([^)]{0,200})\)\s*=>/g;
var IDENT = /[A-Za-z_$][\w$]*/g;
var ASSIGNMENT = /(?:^|[\s;,(])(?:const\s+|let\s+|var\s+|local\s+|\$)?([A-Za-z_]\w*)(?:\s*,\s*[A-Za-z_]\w*)*\s*(?::=|=(?![=>]))/dgm;
function escapeRe(s) {
  return s.replace(/[$]/g, "\\$&");
}
function endOf(text, at, what) {
  const limit = Math.min(text.length, at + (what === "call" ? STATEMENT_BYTES : DEFINITION_BYTES));
  let depth = 0;
  let lines = 0;
  let opened = false;
  let quote = "";
  for (let i = at; i < limit; i++) {
    const c = text[i];
    if (quote) {
      if (c === "\\") i++;
      else if (c === quote || c === "\n" && quote !== "`") quote = "";
      continue;
    }
    if (c === '"' || c === "'" || c === "`") quote = c;
    else if (c === "(" || c === "[" || c === "{") {
      depth++;
      opened = true;
    } else if (c === ")" || c === "]" || c === "}") {
      depth--;
      if (what === "call" && opened && depth <= 0) return i + 1;
    } else if (what === "assignment") {
      if ((c === "\n" || c === ";") && depth <= 0) return i;
    } else if (c === "\n") {
      if (++lines >= STATEMENT_LINES) return i;
      if (!opened && text[i - 1] !== "\\" && text[i - 1] !== "`") return i;
    }
  }
  return limit;
}
function evidenceIn(text, language) {
  const found = [];
  const seen = /* @__PURE__ */ new Set();
  for (const ind of indicatorsFor(language)) {
    if (seen.has(ind.id)) continue;
    ind.re.lastIndex = 0;
    const m = ind.re.exec(text);
    if (!m) continue;
    seen.add(ind.id);
    found.push({ phrase: phraseOf(ind, m), weak: ind.weight === "weak" });
  }
  return byWeight(found);
}
function flowsOf(buf, spans, language) {
  const out = spans.map(() => []);
  if (spans.length === 0 || spans.length > MAX_SPANS || new Set(spans.map((s) => s.secret ?? `${s.start}`)).size > MAX_URLS) return out;
  const text = buf.toString("latin1");
  const lines = new LineCounter(buf);
  const keys = spans.map((s) => s.secret ?? `${s.start}`);
  const nameOf = /* @__PURE__ */ new Map();
  spans.forEach((sp, i) => {
    const ls = text.lastIndexOf("\n", sp.start - 1) + 1;
    const m = ASSIGNED.exec(text.slice(Math.max(ls, sp.start - 200), sp.start));
    if (!m) return;
    const had = nameOf.get(m[1]);
    nameOf.set(m[1], had === void 0 || had === keys[i] ? keys[i] : "");
  });
  const names = [...nameOf].filter(([, k]) => k !== "");
  const nameRes = names.map(([n, key]) => ({
    key,
    re: new RegExp(n.startsWith("$") ? `(?<![\\w$.])${escapeRe(n)}(?![\\w$])` : `(?:(?<![\\w$.])|(?<=\\$)|(?<=\\$\\{))${escapeRe(n)}(?![\\w$])`)
  }));
  const literalKeys = (s, e) => {
    const hit = /* @__PURE__ */ new Set();
    spans.forEach((sp, i) => {
      if (sp.start < e && sp.end > s) hit.add(keys[i]);
    });
    return hit;
  };
  const targetsIn = (s, e) => {
    const hit = literalKeys(s, e);
    const body = text.slice(s, e);
    for (const n of nameRes) if (n.re.test(body)) hit.add(n.key);
    return hit;
  };
  const helpers = /* @__PURE__ */ new Map();
  FUNCTION_DEF.lastIndex = 0;
  for (let m = FUNCTION_DEF.exec(text); m && helpers.size < 256; m = FUNCTION_DEF.exec(text)) {
    const fname = m[1] ?? m[3];
    const params = (m[2] ?? m[4] ?? "").split(",").map((p) => (p.trim().match(/^[A-Za-z_$][\w$]*/) ?? [""])[0]).filter(Boolean);
    if (fname && params.length) helpers.set(fname, { params, start: m.index, end: Math.min(text.length, m.index + 4096) });
  }
  const assigned = /* @__PURE__ */ new Map();
  ASSIGNMENT.lastIndex = 0;
  for (let m = ASSIGNMENT.exec(text); m; m = ASSIGNMENT.exec(text)) {
    const at = m.indices[1][0];
    const list = assigned.get(m[1]);
    if (list) list.push(at);
    else assigned.set(m[1], [at]);
    if (m[0].length === 0) ASSIGNMENT.lastIndex++;
  }
  const definitionBefore = (name, at) => {
    const list = assigned.get(name);
    if (!list) return "";
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = lo + hi >> 1;
      if (list[mid] < at) lo = mid + 1;
      else hi = mid;
    }
    if (lo === 0) return "";
    const d = list[lo - 1];
    return text.slice(d, endOf(text, d, "assignment"));
  };
  const definitionsOf = (body, before) => {
    let extra = "";
    const seen = /* @__PURE__ */ new Set();
    IDENT.lastIndex = 0;
    for (let m = IDENT.exec(body); m && seen.size < MAX_SENT_NAMES * 4; m = IDENT.exec(body)) {
      const id = m[0].replace(/^\$/, "");
      if (/^\s*[:=](?![:=])/.test(body.slice(m.index + id.length, m.index + id.length + 4))) continue;
      if (seen.has(id)) continue;
      seen.add(id);
      const def = definitionBefore(id, before);
      if (def) extra += `
${def}`;
      if (extra.length > MAX_SENT_NAMES * DEFINITION_BYTES) break;
    }
    return extra;
  };
  const urlLine = spans.map((sp) => lines.lineOf(sp.start));
  const byKey = /* @__PURE__ */ new Map();
  keys.forEach((k, i) => byKey.set(k, [...byKey.get(k) ?? [], i]));
  let reads = 0;
  const record = (key, at, body) => {
    if (++reads > MAX_READS) return;
    const ev = evidenceIn(body, language);
    const line = lines.lineOf(at);
    for (const i of byKey.get(key) ?? []) {
      if (out[i].some((f) => f.line === line)) continue;
      out[i].push({ line, urlLine: urlLine[i], sends: ev.sends, hints: ev.hints });
    }
  };
  const callers = /* @__PURE__ */ new Map();
  const callersOf = (fname, defAt) => {
    let list = callers.get(fname);
    if (list) return list;
    list = [];
    if (callers.size < MAX_HELPERS) {
      const callRe = new RegExp(`(?<![\\w$.])${escapeRe(fname)}\\s*\\(`, "g");
      for (let c = callRe.exec(text); c && list.length < 50; c = callRe.exec(text)) if (c.index < defAt || c.index > defAt + fname.length + 24) list.push(c.index);
    }
    callers.set(fname, list);
    return list;
  };
  SEND_CALL.lastIndex = 0;
  let calls = 0;
  for (let m = SEND_CALL.exec(text); m && calls < MAX_CALLS; m = SEND_CALL.exec(text)) {
    calls++;
    const at = m.index + Math.max(0, m[0].search(/\S/));
    let end = endOf(text, at, "call");
    if (m[0].startsWith(".open")) {
      const send = text.slice(end, end + STATEMENT_BYTES).search(/\.send\s*\(/);
      if (send >= 0) end = endOf(text, end + send + 1, "call");
    }
    const targets = targetsIn(at, end);
    if (targets.size === 0) {
      for (const [fname, h] of helpers) {
        if (at < h.start || at > h.end) continue;
        const stmt = text.slice(at, end);
        if (!h.params.some((p) => new RegExp(`(?<![\\w$.])${escapeRe(p)}(?![\\w$])`).test(stmt))) continue;
        for (const c of callersOf(fname, h.start)) {
          const callEnd = endOf(text, c, "call");
          const body2 = text.slice(c, callEnd);
          for (const key2 of targetsIn(c, callEnd)) record(key2, c, `${stmt}
${body2}${definitionsOf(body2, c)}`);
        }
      }
      continue;
    }
    if (targets.size > 1) continue;
    const body = text.slice(at, end);
    const [key] = targets;
    record(key, at, `${body}${definitionsOf(body, at)}`);
    SEND_CALL.lastIndex = Math.max(SEND_CALL.lastIndex, at + 1);
  }
  return out;
}

// src/detect/context.ts
var TEMPLATE = /replace\s+(?:this|it|me|the\s+url)?\s*with\s+your|your[ _-]?(?:own[ _-]?)?(?:discord[ _-]?|slack[ _-]?)?webhook(?:[ _-]?url)?\s+here|paste\s+your\s+(?:\w+\s+)?webhook|put\s+your\s+(?:\w+\s+)?webhook|\bINSERT[ _]WEBHOOK\b/i;
function templateNear(buf, start, end) {
  const from = Math.max(0, start - 400);
  const to = Math.min(buf.length, end + 400);
  const before = buf.toString("latin1", from, start).split("\n").slice(-3).join("\n");
  const after = buf.toString("latin1", end, to).split("\n").slice(0, 3).join("\n");
  return TEMPLATE.test(before) || TEMPLATE.test(after);
}
var INSTALL_SCRIPTS = ["preinstall", "install", "postinstall", "preuninstall", "uninstall", "postuninstall", "prepare"];
var NEAR_LINES = 20;
var NEAR_BYTES = 4096;
var INSTALL_KEY = new RegExp(`"(${INSTALL_SCRIPTS.join("|")})"\\s*:\\s*"(?:[^"\\\\\\n]|\\\\.)*$`);
function nearStart(buf, at) {
  const from = Math.max(0, at - NEAR_BYTES);
  const win = buf.subarray(from, at);
  let s = win.length;
  for (let n = 0; n <= NEAR_LINES; n++) {
    const nl = s > 0 ? win.lastIndexOf(10, s - 1) : -1;
    if (nl < 0) return from;
    s = nl;
  }
  return from + s + 1;
}
function nearEnd(buf, at) {
  const to = Math.min(buf.length, at + NEAR_BYTES);
  const win = buf.subarray(at, to);
  let e = 0;
  for (let n = 0; n <= NEAR_LINES; n++) {
    const nl = win.indexOf(10, e + 1);
    if (nl < 0) return to;
    e = nl;
  }
  return at + e;
}
function sendsNearEach(buf, spans, language) {
  const INDICATORS = indicatorsFor(language);
  const owners = urlOwners(buf, spans);
  const near = spans.map((s) => [nearStart(buf, s.start), nearEnd(buf, s.end)]);
  const merged = [];
  for (const [s, e] of [...near].sort((a, b) => a[0] - b[0])) {
    const last = merged[merged.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else merged.push([s, e]);
  }
  const found = INDICATORS.map(() => []);
  for (const [s, e] of merged) {
    const text = buf.toString("latin1", s, e);
    INDICATORS.forEach((ind, k) => {
      ind.re.lastIndex = 0;
      for (let m = ind.re.exec(text); m; m = ind.re.exec(text)) {
        const at = s + m.index;
        found[k].push([at, phraseOf(ind, m), owners?.ownerOf(at) ?? null]);
        if (m[0].length === 0) ind.re.lastIndex++;
      }
    });
  }
  return near.map(([s, e], i) => {
    const mine = owners?.keys[i] ?? null;
    const out = [];
    const seen = /* @__PURE__ */ new Set();
    INDICATORS.forEach((ind, k) => {
      if (seen.has(ind.id)) return;
      const list = found[k];
      let lo = 0;
      let hi = list.length;
      while (lo < hi) {
        const mid = lo + hi >> 1;
        if (list[mid][0] < s) lo = mid + 1;
        else hi = mid;
      }
      for (let j = lo; j < list.length && list[j][0] < e; j++) {
        if (list[j][2] !== null && list[j][2] !== mine) continue;
        seen.add(ind.id);
        out.push({ phrase: list[j][1], weak: ind.weight === "weak" });
        break;
      }
    });
    return out;
  });
}
var MAX_OWNERS = 32;
var STATEMENT_BYTES2 = 512;
var FOLLOW_LINES = 5;
function urlOwners(buf, spans) {
  const keys = spans.map((sp) => sp.secret ?? `${sp.start}`);
  const distinct = [...new Set(keys)];
  if (distinct.length < 2 || distinct.length > MAX_OWNERS) return null;
  const order = spans.map((sp, i) => ({ start: sp.start, end: sp.end, key: keys[i] })).sort((x, y) => x.start - y.start);
  const words = /* @__PURE__ */ new Map();
  spans.forEach((sp, i) => {
    if (words.size > MAX_OWNERS * 4) return;
    const from = Math.max(0, sp.start - 200);
    const ls = from + buf.subarray(from, sp.start).lastIndexOf(10) + 1;
    const m = ASSIGNED.exec(buf.toString("latin1", ls, sp.start));
    if (!m || m[1].length < 2) return;
    const had = words.get(m[1]);
    words.set(m[1], had === void 0 || had === keys[i] ? keys[i] : "");
  });
  const names = [...words].filter(([, key]) => key !== "").map(([w, key]) => ({ key, re: new RegExp(`(?<![\\w$])${w.replace(/[$]/g, "\\$&")}(?![\\w$])`) }));
  const literalsIn = (s, e) => {
    let lo = 0;
    let hi = order.length;
    while (lo < hi) {
      const mid = lo + hi >> 1;
      if (order[mid].start < s) lo = mid + 1;
      else hi = mid;
    }
    const out = [];
    if (lo > 0 && order[lo - 1].end > s) out.push(order[lo - 1].key);
    for (let j = lo; j < order.length && order[j].start < e; j++) out.push(order[j].key);
    return out;
  };
  const lineAt = (at) => {
    const from = Math.max(0, at - STATEMENT_BYTES2);
    const to = Math.min(buf.length, at + STATEMENT_BYTES2);
    const ls = buf.subarray(from, at).lastIndexOf(10);
    const nl = buf.subarray(at, to).indexOf(10);
    return [ls >= 0 || from === 0 ? from + ls + 1 : from, nl >= 0 ? at + nl : to, nl >= 0];
  };
  const memo = /* @__PURE__ */ new Map();
  const named = (s, e, skipDefinitions) => {
    const id = `${s}:${e}:${skipDefinitions}`;
    if (memo.has(id)) return memo.get(id);
    const who = namedIn(s, e, skipDefinitions);
    memo.set(id, who);
    return who;
  };
  const namedIn = (s, e, skipDefinitions) => {
    const text = buf.toString("latin1", s, e);
    const literals = literalsIn(s, e);
    if (literals.length && skipDefinitions) return null;
    const who = new Set(literals);
    for (const n of names) if (n.re.test(text)) who.add(n.key);
    return who.size === 1 ? [...who][0] : null;
  };
  return {
    keys,
    ownerOf(at) {
      let [s, e, whole] = lineAt(at);
      const own = named(s, e, false);
      if (own !== null) return own;
      for (let n = 0; n < FOLLOW_LINES && whole && e < buf.length; n++) {
        [s, e, whole] = lineAt(e + 1);
        const next = named(s, e, true);
        if (next !== null) return next;
      }
      return null;
    }
  };
}
function installScriptAt(buf, start) {
  const floor = Math.max(0, start - NEAR_BYTES);
  const s = floor + buf.subarray(floor, start).lastIndexOf(10) + 1;
  const m = INSTALL_KEY.exec(buf.toString("utf8", s, start));
  return m?.[1];
}
function installPlace(ctx, path) {
  const base = path === void 0 ? void 0 : baseName(path);
  if (ctx?.installScript && (base === void 0 || base === "package.json")) {
    const s = ctx.installScript;
    return { from: `from a ${s} script`, at: `in the ${s} script of package.json, which npm runs on install` };
  }
  if (base === "setup.py") return { from: "from setup.py", at: "in setup.py, which runs on pip install" };
  if (base?.endsWith(".pth")) return { from: "from a .pth file", at: `in ${base}, a .pth file that Python runs at every start-up` };
  if (base && /^(?:pre|post)?install\.[cm]?[jt]s$/.test(base)) return { from: `from ${base}`, at: `in ${base}, an install script` };
  return null;
}
function listInWords(items) {
  return items.length <= 1 ? items[0] ?? "" : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}
function assessExfil(ctx, path, target) {
  const evidence = [];
  const strong = ctx?.sends ?? [];
  const hints = ctx?.hints ?? [];
  const place = installPlace(ctx, path);
  const flow = ctx?.flow;
  const allHints = /* @__PURE__ */ new Set([...hints, ...flow?.hints ?? []]);
  const corroborated = strong.length > 0 || (flow?.sends.length ?? 0) > 0 || allHints.size >= 2 || place !== null || (ctx?.hidden?.length ?? 0) > 0;
  const sends = corroborated ? [...strong, ...hints] : [];
  const noun = `${target.providerName} ${target.kind === "credential" ? "webhook" : "capture endpoint"}`;
  const article = /^[aeiou]/i.test(target.providerName) ? "an" : "a";
  const flowSends = flow && (flow.sends.length || flow.hints.length && corroborated) ? [...flow.sends, ...flow.hints] : [];
  if (flow && flowSends.length) {
    const to = flow.line === flow.urlLine ? `the ${noun} written on the same line` : `the ${noun} on line ${flow.urlLine}`;
    evidence.push(`line ${flow.line} posts ${listInWords(flowSends)} to ${to}${place ? ` ${place.from}` : ""}`);
    const more = sends.filter((x) => !flowSends.includes(x));
    if (more.length) evidence.push(`the code near it also gathers ${listInWords(more)}`);
  } else if (sends.length) evidence.push(`posts ${listInWords(sends)} to ${article} ${noun}${place ? ` ${place.from}` : ""}`);
  else if (place) evidence.push(`${article} ${noun} ${place.at}`);
  const hidden = ctx?.hidden ?? [];
  if (hidden.length) evidence.push(`the URL is hidden as ${[...hidden].reverse().join(", inside ")}`);
  if (evidence.length === 0) return { exfil: false, evidence };
  let confidence = flowSends.length ? "high" : "medium";
  if (ctx?.template) {
    confidence = confidence === "high" ? "medium" : "low";
    evidence.push("a comment beside the URL asks to replace it (a template?), which lowers the confidence");
  }
  return { exfil: true, evidence, confidence };
}
var RAISE = { low: "medium", medium: "high", high: "critical", critical: "critical" };
function raiseSeverity(s) {
  return RAISE[s];
}
var SCRIPT_FILE = /(?:^|[\s;&|(])(?:node|nodejs|bun|deno run|tsx|ts-node|sh|bash|python3?)\s+(?:-[\w-]+\s+)*["']?((?:\.{0,2}\/)?[\w@.\/-]+\.(?:[cm]?js|ts|sh|py))/g;
function installTargets(buf) {
  if (buf.length > 1 << 20 || buf.indexOf('"scripts"') < 0 || !INSTALL_SCRIPTS.some((s) => buf.indexOf(`"${s}"`) >= 0)) return [];
  let scripts;
  try {
    scripts = JSON.parse(buf.toString("utf8"))?.scripts;
  } catch {
    return [];
  }
  if (!scripts || typeof scripts !== "object") return [];
  const out = [];
  for (const script of INSTALL_SCRIPTS) {
    const cmd = scripts[script];
    if (typeof cmd !== "string") continue;
    for (const m of cmd.matchAll(SCRIPT_FILE)) {
      const file = m[1].replace(/^\.\//, "");
      if (!file.startsWith("../")) out.push({ script, file });
    }
  }
  return out;
}
function installTargetEvidence(t, target) {
  const noun = `${target.providerName} ${target.kind === "credential" ? "webhook" : "capture endpoint"}`;
  const article = /^[aeiou]/i.test(target.providerName) ? "an" : "a";
  return `${article} ${noun} in ${t.file}, which the ${t.script} script of package.json runs on install`;
}

// src/detect/decode.ts
function originalSpan(d, s, e) {
  if (d.reversed) return [d.map[e - 1], d.map[s] + 1];
  return [d.map[s], d.endMap ? d.endMap[e] : d.map[e]];
}
var HEX2 = new Int8Array(256).fill(-1);
for (let i = 0; i < 10; i++) HEX2[48 + i] = i;
for (let i = 0; i < 6; i++) {
  HEX2[65 + i] = 10 + i;
  HEX2[97 + i] = 10 + i;
}
function hexByte(buf, i) {
  const a = HEX2[buf[i]], b = HEX2[buf[i + 1]];
  return a < 0 || b < 0 || i + 1 >= buf.length ? -1 : a << 4 | b;
}
function run(buf, trigger, step) {
  let first = buf.indexOf(trigger);
  if (first < 0) return null;
  const out = Buffer.allocUnsafe(buf.length);
  const map = new Uint32Array(buf.length + 1);
  const r = { byte: 0, len: 0 };
  let o = 0;
  let changed = false;
  buf.copy(out, 0, 0, first);
  for (let k = 0; k < first; k++) map[k] = k;
  o = first;
  let i = first;
  while (i < buf.length) {
    const c = buf[i];
    if (c === trigger && step(buf, i, r)) {
      out[o] = r.byte;
      map[o++] = i;
      i += r.len;
      changed = true;
      continue;
    }
    out[o] = c;
    map[o++] = i++;
  }
  if (!changed) return null;
  map[o] = buf.length;
  return { bytes: out.subarray(0, o), map: map.subarray(0, o + 1) };
}
var PRINTABLE = (b) => b >= 32 && b < 127;
var ESCAPED_PUNCT = new Uint8Array(256);
for (const c of "/:=#!.-_?&%~") ESCAPED_PUNCT[c.charCodeAt(0)] = 1;
function decodeEscapes(buf) {
  return run(buf, 92, (b, i, r) => {
    const n = b[i + 1];
    if (ESCAPED_PUNCT[n]) {
      r.byte = n;
      r.len = 2;
      return true;
    }
    if (n === 117 && b[i + 2] === 48 && b[i + 3] === 48) {
      const v = hexByte(b, i + 4);
      if (v >= 0 && PRINTABLE(v)) {
        r.byte = v;
        r.len = 6;
        return true;
      }
    }
    if (n === 120) {
      const v = hexByte(b, i + 2);
      if (v >= 0 && PRINTABLE(v)) {
        r.byte = v;
        r.len = 4;
        return true;
      }
    }
    return false;
  });
}
function decodePercent(buf) {
  return run(buf, 37, (b, i, r) => {
    const v = hexByte(b, i + 1);
    if (v >= 0 && PRINTABLE(v)) {
      r.byte = v;
      r.len = 3;
      return true;
    }
    return false;
  });
}
var NAMED2 = { amp: 38, sol: 47, colon: 58, quest: 63, equals: 61, quot: 34, apos: 39, period: 46, lowbar: 95, hyphen: 45 };
function decodeHtmlEntities(buf) {
  return run(buf, 38, (b, i, r) => {
    let end = -1;
    for (let j = i + 1, stop = Math.min(b.length, i + 11); j < stop; j++) if (b[j] === 59) {
      end = j;
      break;
    }
    if (end < 0) return false;
    const body = b.toString("latin1", i + 1, end);
    let v = -1;
    if (body[0] === "#") {
      v = body[1] === "x" || body[1] === "X" ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      if (!/^#(?:[xX][0-9a-fA-F]+|[0-9]+)$/.test(body)) v = -1;
    } else {
      v = NAMED2[body] ?? -1;
    }
    if (v >= 0 && PRINTABLE(v)) {
      r.byte = v;
      r.len = end - i + 1;
      return true;
    }
    return false;
  });
}
function compose(inner, outer) {
  const map = new Uint32Array(outer.map.length);
  for (let i = 0; i < map.length; i++) map[i] = inner.map[outer.map[i]];
  return { bytes: outer.bytes, map };
}
function decodeAll(buf) {
  let cur = null;
  for (const dec of [decodeEscapes, decodeEscapes, decodeHtmlEntities, decodePercent, decodePercent]) {
    const next = dec(cur ? cur.bytes : buf);
    if (next) cur = cur ? compose(cur, next) : next;
  }
  return cur;
}
function percentDecodeString(s) {
  if (!s.includes("%")) return s;
  const d = decodePercent(Buffer.from(s, "utf8"));
  return d ? d.bytes.toString("utf8") : s;
}
var B64 = new Int8Array(256).fill(-1);
{
  const std = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  for (let i = 0; i < 64; i++) B64[std.charCodeAt(i)] = i;
  B64[45] = 62;
  B64[95] = 63;
}
var B64_BEFORE = 1400;
var B64_AFTER = 5600;
var isBlank = (b) => b === 32 || b === 9;
var MAX_WRAP_WIDTH = 76;
function wrapWidthBefore(buf, end) {
  let n = 0;
  for (let k = end - 1; k >= 0 && B64[buf[k]] >= 0; k--) if (++n > MAX_WRAP_WIDTH) return false;
  return n > 0 && n % 4 === 0;
}
var isSpace = (b) => b === 32 || b === 9 || b === 10 || b === 13;
var isQuote = (b) => b === 34 || b === 39 || b === 96;
function wrapRight(buf, i, lineWraps) {
  const c = buf[i];
  if (c === 13 || c === 10) {
    if (!lineWraps || !wrapWidthBefore(buf, i)) return -1;
    let j = c === 13 ? i + 1 : i;
    if (buf[j] !== 10) return -1;
    j++;
    while (j < buf.length && isBlank(buf[j])) j++;
    return j;
  }
  if (c === 92) {
    const n = buf[i + 1];
    if (n === 47) return i + 1;
    if (n !== 110 && n !== 114) return -1;
    let j = i;
    while (buf[j] === 92 && (buf[j + 1] === 110 || buf[j + 1] === 114)) j += 2;
    return j;
  }
  if (isQuote(c)) {
    let j = i + 1;
    while (j < buf.length && isSpace(buf[j])) j++;
    if (buf[j] === 43) {
      j++;
      while (j < buf.length && isSpace(buf[j])) j++;
    }
    return buf[j] === c ? j + 1 : -1;
  }
  return -1;
}
function wrapLeft(buf, i, lineWraps) {
  const c = buf[i];
  if (isBlank(c) || c === 10 || c === 13) {
    if (!lineWraps) return -1;
    let j = i;
    while (j >= 0 && isBlank(buf[j])) j--;
    if (buf[j] !== 10) return -1;
    j--;
    if (buf[j] === 13) j--;
    return wrapWidthBefore(buf, j + 1) ? j : -1;
  }
  if (isQuote(c)) {
    let j = i - 1;
    while (j >= 0 && isSpace(buf[j])) j--;
    if (buf[j] === 43) {
      j--;
      while (j >= 0 && isSpace(buf[j])) j--;
    }
    return buf[j] === c ? j - 1 : -1;
  }
  return -1;
}
function decodeBase64Around(buf, hit, phase, lineWraps = true) {
  const left = [];
  let wrapped = false;
  for (let i = hit - 1; i >= 0 && left.length < B64_BEFORE; ) {
    const c = buf[i];
    if (B64[c] >= 0) {
      left.push(i--);
      continue;
    }
    const last = left[left.length - 1];
    if (c === 92 && last === i + 1) {
      if (buf[last] === 110 || buf[last] === 114) left.pop();
      if (buf[last] === 110 || buf[last] === 114 || buf[last] === 47) {
        i--;
        continue;
      }
    }
    const j = wrapLeft(buf, i, lineWraps);
    if (j < 0) break;
    if (buf[i] === 10 || buf[i] === 13 || isBlank(buf[i])) wrapped = true;
    i = j;
  }
  const pos = left.reverse();
  const hitIndex = pos.length;
  for (let j = hit; j < buf.length && pos.length - hitIndex < B64_AFTER; ) {
    const c = buf[j];
    if (B64[c] >= 0) {
      pos.push(j++);
      continue;
    }
    if (c === 61) break;
    const k = wrapRight(buf, j, lineWraps);
    if (k < 0) break;
    if (c === 10 || c === 13) wrapped = true;
    j = k;
  }
  const first = ((hitIndex - phase) % 4 + 4) % 4;
  const n = pos.length - first;
  const rest = n % 4;
  const len = Math.floor(n / 4) * 3 + (rest === 2 ? 1 : rest === 3 ? 2 : 0);
  if (len < 8) return null;
  const out = Buffer.allocUnsafe(len);
  const map = new Uint32Array(len + 1);
  const endMap = new Uint32Array(len + 1);
  endMap[0] = pos[first];
  for (let b = 0; b < len; b++) {
    const g = first + Math.floor(b / 3) * 4;
    const k = b % 3;
    const v0 = B64[buf[pos[g + k]]], v1 = B64[buf[pos[g + k + 1]]];
    out[b] = k === 0 ? v0 << 2 | v1 >> 4 : k === 1 ? (v0 & 15) << 4 | v1 >> 2 : (v0 & 3) << 6 | v1;
    map[b] = pos[g + k];
    endMap[b + 1] = pos[g + k + 1] + 1;
  }
  map[len] = endMap[len];
  const d = dropNuls({ bytes: out, map, endMap });
  if (wrapped) d.wrapped = true;
  return d;
}
function dropNuls(d) {
  const b = d.bytes;
  let nul = 0;
  for (let i = 0; i < b.length; i++) if (b[i] === 0) nul++;
  if (nul * 3 < b.length) return d;
  const out = Buffer.allocUnsafe(b.length - nul);
  const map = new Uint32Array(out.length + 1);
  const endMap = new Uint32Array(out.length + 1);
  let o = 0;
  endMap[0] = d.map[0];
  for (let i = 0; i < b.length; i++) {
    if (b[i] === 0) continue;
    out[o] = b[i];
    map[o] = d.map[i];
    const j = i + 1 < b.length && b[i + 1] === 0 ? i + 2 : i + 1;
    endMap[++o] = d.endMap ? d.endMap[j] : d.map[j];
  }
  map[o] = endMap[o];
  return { bytes: out, map, endMap };
}
function decodeHexAround(buf, hit) {
  let s = hit;
  while (s > 0 && hit - s < 2048 && HEX2[buf[s - 1]] >= 0) s--;
  if ((hit - s) % 2) s++;
  let e = hit;
  while (e < buf.length && e - hit < 8192 && HEX2[buf[e]] >= 0) e++;
  const len = e - s >> 1;
  if (len < 8) return null;
  const out = Buffer.allocUnsafe(len);
  const map = new Uint32Array(len + 1);
  for (let i = 0; i < len; i++) {
    out[i] = HEX2[buf[s + 2 * i]] << 4 | HEX2[buf[s + 2 * i + 1]];
    map[i] = s + 2 * i;
  }
  map[len] = s + 2 * len;
  return { bytes: out, map };
}
var NUMBER_LIST = /(?:0[xX][0-9a-fA-F]{1,6}|\d{1,7})(?:\s*(?:,|\)\s*\+\s*chr\s*\()\s*(?:0[xX][0-9a-fA-F]{1,6}|\d{1,7})){3,}/g;
var NUMBER = /0[xX][0-9a-fA-F]+|\d+/g;
function decodeCharCodesAround(buf, hit) {
  const from = Math.max(0, hit - 4096);
  const text = buf.toString("latin1", from, Math.min(buf.length, hit + 16384));
  NUMBER_LIST.lastIndex = 0;
  for (let m = NUMBER_LIST.exec(text); m; m = NUMBER_LIST.exec(text)) {
    const s = from + m.index;
    if (s > hit) break;
    if (s + m[0].length <= hit) continue;
    const out = [];
    const map = [];
    const endMap = [s];
    NUMBER.lastIndex = 0;
    for (let n = NUMBER.exec(m[0]); n; n = NUMBER.exec(m[0])) {
      const isHex2 = n[0].length > 2 && (n[0][1] === "x" || n[0][1] === "X");
      const code = isHex2 ? parseInt(n[0].slice(2), 16) : parseInt(n[0], 10);
      const bytes = code <= 1114111 && (code < 55296 || code > 57343) ? Buffer.from(String.fromCodePoint(code), "utf8") : Buffer.of(0);
      for (const b of bytes) {
        out.push(b);
        map.push(s + n.index);
        endMap.push(s + n.index + n[0].length);
      }
    }
    if (out.length < 8) return null;
    map.push(endMap[endMap.length - 1]);
    return { bytes: Buffer.from(out), map: Uint32Array.from(map), endMap: Uint32Array.from(endMap) };
  }
  return null;
}
var URL_BYTE = new Uint8Array(256);
for (const c of "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~:/?#@!$&*+,;=%") URL_BYTE[c.charCodeAt(0)] = 1;
function reverseAround(buf, hit, len) {
  let s = hit;
  while (s > 0 && hit - s < 4096 && URL_BYTE[buf[s - 1]]) s--;
  let e = hit + len;
  while (e < buf.length && e - hit < 4096 && URL_BYTE[buf[e]]) e++;
  const n = e - s;
  if (n < 8) return null;
  const out = Buffer.allocUnsafe(n);
  const map = new Uint32Array(n + 1);
  for (let i = 0; i < n; i++) {
    out[i] = buf[e - 1 - i];
    map[i] = e - 1 - i;
  }
  map[n] = s;
  return { bytes: out, map, reversed: true };
}

// src/detect/placeholder.ts
var MARKS = ["${", "{{", "{", "}", "<", ">", "%s", "$", "****", "...", "…"];
var XS = /(?:^|[^A-Za-z0-9])(?:xxxx|XXXX)/;
var WORDS = ["your", "example", "replace", "placeholder", "redacted", "dummy", "changeme", "sample", "insert"];
var isLower = (c) => c >= 97 && c <= 122;
var isUpper = (c) => c >= 65 && c <= 90;
var isAlnum = (c) => isLower(c) || isUpper(c) || c >= 48 && c <= 57;
var CAMEL = /* @__PURE__ */ new Set(["ChangeMe", "changeMe"]);
function wordAt(secret, at, len) {
  const w = secret.slice(at, at + len);
  const lower = w === w.toLowerCase();
  const upper = w === w.toUpperCase();
  const capital = isUpper(w.charCodeAt(0)) && w.slice(1) === w.slice(1).toLowerCase() || CAMEL.has(w);
  if (!lower && !upper && !capital) return false;
  if (at === 0) return true;
  const before = secret.charCodeAt(at - 1);
  if (!isAlnum(before)) return true;
  return capital && !upper && isLower(before);
}
function placeholderWord(secret) {
  const lower = secret.toLowerCase();
  for (const w of WORDS) {
    for (let at = lower.indexOf(w); at >= 0; at = lower.indexOf(w, at + 1)) if (wordAt(secret, at, w.length)) return w;
  }
  return null;
}
function hasRun(s, len) {
  let same = 1, up = 1;
  for (let i = 1; i < s.length; i++) {
    const a = s.charCodeAt(i - 1), b = s.charCodeAt(i);
    same = b === a ? same + 1 : 1;
    const alnum = (x) => x >= 48 && x <= 57 || x >= 65 && x <= 90 || x >= 97 && x <= 122;
    up = b === a + 1 && alnum(a) && alnum(b) ? up + 1 : 1;
    if (same >= len || up >= len) return true;
  }
  return false;
}
function placeholderReason(secret, known = []) {
  const lower = secret.toLowerCase();
  for (const m of MARKS) if (lower.includes(m)) return `contains '${m}'`;
  if (XS.test(secret)) return "contains 'xxxx'";
  const word2 = placeholderWord(secret);
  if (word2) return `contains '${word2}'`;
  for (const k of known) if (secret.includes(k)) return "a documented placeholder";
  if (hasRun(secret, 8)) return "a run of repeated or sequential characters";
  return null;
}
function documentationHost(url) {
  const m = /^(?:[a-z][a-z0-9+.-]*:\/\/)?([^/:?#\s"'`<>]+)/i.exec(url);
  if (!m) return null;
  const host = m[1].toLowerCase().replace(/\.$/, "");
  if (host === "localhost" || /(?:^|\.)example\.(?:com|net|org)$/.test(host) || /\.(?:example|invalid|test|localhost)$/.test(host)) return host;
  return null;
}

// src/detect/split.ts
var NOWHERE = 4294967295;
var MAX_CHAIN = 32;
var MAX_LITERAL = 16 * 1024;
var MAX_EVALUATIONS = 256;
var MAX_ASSEMBLED = 16 * 1024;
var MAX_OCCURRENCES = 200;
var MAX_DEPTH = 4;
var LEX_BACK = 4096;
var LEX_AHEAD = LEX_BACK + MAX_LITERAL + 4096;
var MAX_RESOLUTIONS = 64;
var isIdentStart = (b) => b >= 65 && b <= 90 || b >= 97 && b <= 122 || b === 95 || b === 36;
var isIdent = (b) => isIdentStart(b) || b >= 48 && b <= 57;
var isQuote2 = (b) => b === 34 || b === 39 || b === 96;
var isBlank2 = (b) => b === 32 || b === 9;
var isSpace2 = (b) => b === 32 || b === 9 || b === 10 || b === 13;
var isBareByte = (b) => b > 32 && b !== 127 && !isQuote2(b) && b !== 44 && b !== 59 && b !== 40 && b !== 41 && b !== 60 && b !== 62 && b !== 91 && b !== 93 && b !== 124 && b !== 92;
var SplitReader = class {
  constructor(buf) {
    this.buf = buf;
  }
  buf;
  lines = /* @__PURE__ */ new Map();
  resolved = /* @__PURE__ */ new Map();
  resolving = /* @__PURE__ */ new Set();
  done = /* @__PURE__ */ new Set();
  usesSearched = /* @__PURE__ */ new Set();
  evaluations = 0;
  attempts = 0;
  /**
   * The texts assembled around a keyword at `hit`: the expression that holds it, and — when that
   * expression is the value of a constant — the expressions of the same file that use the constant.
   * Only texts joined from at least two pieces are returned (one piece is the plain pass's).
   */
  assembleAround(hit) {
    if (this.evaluations >= MAX_EVALUATIONS || ++this.attempts > 2 * MAX_EVALUATIONS) return [];
    const tok = this.tokenContaining(hit);
    if (!tok) return [];
    const out = [];
    const chain = this.chainAround(tok);
    const a = this.evaluateChain(chain);
    if (a) out.push(a);
    const name = this.assignedName(chain[0]);
    if (name && !this.usesSearched.has(name)) {
      this.usesSearched.add(name);
      for (const use of this.usesOf(name, chain[0].start)) {
        if (this.evaluations >= MAX_EVALUATIONS) break;
        const u = this.evaluateChain(use);
        if (u) out.push(u);
      }
    }
    return out;
  }
  /** The literal (or unquoted word) that holds byte `at`. */
  tokenContaining(at) {
    const lit = this.literalsFrom(this.lexStart(at)).find((l) => l.contentStart <= at && at < l.contentEnd);
    if (lit) return lit;
    return this.bareAround(at);
  }
  /**
   * Where to start reading the line of `at`: its start, or on a very long line (minified code) a
   * point 4–5 KB back, rounded so that nearby hits share one reading.
   */
  lexStart(at) {
    const floor = Math.max(0, Math.floor((at - LEX_BACK) / 1024) * 1024);
    const nl = at > floor ? this.buf.subarray(floor, at).lastIndexOf(10) : -1;
    return nl < 0 ? floor : floor + nl + 1;
  }
  /** The string literals of a line (a literal may go on over line continuations or, for backticks, lines). */
  literalsFrom(start) {
    const hit = this.lines.get(start);
    if (hit) return hit;
    const buf = this.buf;
    const out = [];
    const limit = Math.min(buf.length, start + LEX_AHEAD);
    let i = start;
    while (i < limit) {
      const c = buf[i];
      if (c === 10) break;
      if (isQuote2(c)) {
        const lit = this.readLiteral(i);
        if (lit) {
          out.push(lit);
          i = lit.end;
          continue;
        }
        i++;
        continue;
      }
      if (c === 47 && buf[i + 1] === 47 && buf[i - 1] !== 58 || c === 35 && (i === start || isBlank2(buf[i - 1])) && buf[i + 1] !== 123) {
        const nl = buf.subarray(i, limit).indexOf(10);
        i = nl < 0 ? limit : i + nl;
        continue;
      }
      i++;
    }
    this.lines.set(start, out);
    return out;
  }
  /** Reads the literal whose opening quote is at `open`, or null when it does not close. */
  readLiteral(open) {
    const buf = this.buf;
    const q = buf[open];
    let start = open;
    let fstring = false;
    for (let k = 1; k <= 2; k++) {
      const p = buf[open - k];
      if (p === void 0 || !/[fFrRbBuU$@]/.test(String.fromCharCode(p))) break;
      if (isIdent(buf[open - k - 1] ?? 32) && buf[open - k - 1] !== 36) break;
      start = open - k;
      if (p === 102 || p === 70 || p === 36) fstring = true;
    }
    const triple = q !== 96 && buf[open + 1] === q && buf[open + 2] === q;
    const cs = triple ? open + 3 : open + 1;
    for (let i = cs; i < buf.length && i - cs < MAX_LITERAL; i++) {
      const c = buf[i];
      if (c === 92) {
        i++;
        continue;
      }
      if (c === q) {
        if (!triple) return { kind: "lit", start, contentStart: cs, contentEnd: i, end: i + 1, quote: q, fstring };
        if (buf[i + 1] === q && buf[i + 2] === q) return { kind: "lit", start, contentStart: cs, contentEnd: i, end: i + 3, quote: q, fstring };
      }
      if (c === 10 && q !== 96 && !triple) return null;
    }
    return null;
  }
  /** The unquoted word around `at` (with `\`-newline continuations). */
  bareAround(at) {
    const buf = this.buf;
    if (!isBareByte(buf[at])) return null;
    let s = at;
    while (s > 0 && at - s < LEX_BACK) {
      if (isBareByte(buf[s - 1])) s--;
      else if (buf[s - 1] === 10 && buf[s - 2] === 92) s -= 2;
      else break;
    }
    for (let k = s; k < at; k++) {
      if (buf[k] === 61) {
        if (k > s && isIdentStart(buf[s]) && buf.subarray(s, k).every(isIdent)) s = k + 1;
        break;
      }
      if (!isIdent(buf[k])) break;
    }
    let e = at;
    while (e < buf.length && e - at < MAX_LITERAL) {
      if (isBareByte(buf[e])) e++;
      else if (buf[e] === 92 && buf[e + 1] === 10 && isBareByte(buf[e + 2])) e += 2;
      else if (buf[e] === 92 && buf[e + 1] === 13 && buf[e + 2] === 10 && isBareByte(buf[e + 3])) e += 3;
      else break;
    }
    return { kind: "bare", start: s, end: e };
  }
  /** Skips blanks, up to three line breaks and `\`-newline continuations going right. */
  skipRight(i, limit = this.buf.length) {
    const buf = this.buf;
    let lines = 0;
    while (i < limit) {
      const c = buf[i];
      if (isBlank2(c) || c === 13) i++;
      else if (c === 10 && ++lines <= 3) i++;
      else if (c === 92 && (buf[i + 1] === 10 || buf[i + 1] === 13 && buf[i + 2] === 10)) i += buf[i + 1] === 10 ? 2 : 3;
      else break;
    }
    return i;
  }
  skipLeft(i) {
    const buf = this.buf;
    let lines = 0;
    while (i >= 0) {
      const c = buf[i];
      if (isBlank2(c) || c === 13) i--;
      else if (c === 10 && ++lines <= 3) i -= buf[i - 1] === 92 ? 2 : 1;
      else break;
    }
    return i;
  }
  /** The token that starts at `at`: a literal (prefix included) or an identifier. */
  tokenAt(at) {
    const buf = this.buf;
    for (let k = 0; k <= 2; k++) {
      if (isQuote2(buf[at + k])) {
        const lit = this.readLiteral(at + k);
        return lit && lit.start === at ? lit : null;
      }
      if (!/[fFrRbBuU$@]/.test(String.fromCharCode(buf[at + k] ?? 0))) break;
    }
    if (!isIdentStart(buf[at]) || at > 0 && isIdent(buf[at - 1]) && buf[at - 1] !== 36) return null;
    let e = at;
    while (e < buf.length && (isIdent(buf[e]) || buf[e] === 46 && isIdentStart(buf[e + 1]))) e++;
    return this.ident(at, e);
  }
  ident(start, end) {
    const text = this.buf.toString("latin1", start, end);
    return { kind: "id", start, end, name: text.slice(text.lastIndexOf(".") + 1) };
  }
  /** The next token of a `+` chain to the right of `prev`, or null. */
  nextRight(prev, limit = this.buf.length) {
    if (prev.kind === "bare") return null;
    const buf = this.buf;
    let j = this.skipRight(prev.end, limit);
    let joined = false;
    if (buf[j] === 43 && buf[j + 1] !== 43 && buf[j + 1] !== 61) {
      j++;
      joined = true;
    } else if (buf[j] === 46 && buf[j + 1] === 46 && buf[j + 2] !== 46) {
      j += 2;
      joined = true;
    } else if (buf[j] === 46 && isSpace2(buf[j + 1]) && j > prev.end) {
      j++;
      joined = true;
    }
    j = this.skipRight(j, limit);
    if (j >= limit) return null;
    const t = this.tokenAt(j);
    if (!t || t.end > limit) return null;
    if (!joined && (t.kind !== "lit" || prev.kind !== "lit")) return null;
    if (t.kind === "id" && buf[this.skipRight(t.end, limit)] === 40) return null;
    return t;
  }
  /** The previous token of a `+` chain to the left of `next`, or null. */
  nextLeft(next) {
    if (next.kind === "bare") return null;
    const buf = this.buf;
    let j = this.skipLeft(next.start - 1);
    let joined = false;
    if (buf[j] === 43 && buf[j - 1] !== 43) {
      j--;
      joined = true;
    } else if (buf[j] === 46 && buf[j - 1] === 46 && buf[j - 2] !== 46) {
      j -= 2;
      joined = true;
    } else if (buf[j] === 46 && isSpace2(buf[j - 1]) && isSpace2(buf[j + 1])) {
      j--;
      joined = true;
    }
    j = this.skipLeft(j);
    if (j < 0) return null;
    let t = null;
    if (isQuote2(buf[j])) {
      t = this.literalsFrom(this.lexStart(j)).find((l) => l.end === j + 1) ?? null;
    } else if (isIdent(buf[j])) {
      let s = j;
      while (s > 0 && (isIdent(buf[s - 1]) || buf[s - 1] === 46 && isIdent(buf[s - 2] ?? 0))) s--;
      if (isIdentStart(buf[s]) && !isQuote2(buf[s - 1] ?? 0)) t = this.ident(s, j + 1);
    }
    if (!t) return null;
    if (!joined && (t.kind !== "lit" || next.kind !== "lit")) return null;
    return t;
  }
  /** The whole `+` chain (or run of adjacent literals) a token belongs to. */
  chainAround(tok) {
    const chain = [tok];
    for (let t = this.nextRight(tok); t && chain.length < MAX_CHAIN; t = this.nextRight(t)) chain.push(t);
    for (let t = this.nextLeft(tok); t && chain.length < MAX_CHAIN; t = this.nextLeft(t)) chain.unshift(t);
    return chain;
  }
  /** The constant a chain is assigned to (`NAME = …`, `NAME: …`, `NAME := …`, `"NAME": …`, shell `NAME=…`). */
  assignedName(first) {
    const buf = this.buf;
    let j = first.start - 1;
    while (j >= 0 && isBlank2(buf[j])) j--;
    if (buf[j] === 61) {
      if (buf[j - 1] === 61 || buf[j - 1] === 33 || buf[j - 1] === 60 || buf[j - 1] === 62) return null;
      j--;
      if (buf[j] === 58 || buf[j] === 43) j--;
    } else if (buf[j] === 58 && buf[j - 1] !== 58) {
      j--;
    } else {
      return null;
    }
    while (j >= 0 && isBlank2(buf[j])) j--;
    if (isQuote2(buf[j])) j--;
    const end = j + 1;
    while (j >= 0 && isIdent(buf[j])) j--;
    const name = buf.toString("latin1", j + 1, end);
    return name && isIdentStart(name.charCodeAt(0)) && name.length >= 2 ? name : null;
  }
  /** Word-bounded occurrences of a name (bounded in number). */
  occurrences(name) {
    const buf = this.buf;
    const needle = Buffer.from(name, "latin1");
    const out = [];
    for (let i = buf.indexOf(needle); i >= 0 && out.length < MAX_OCCURRENCES; i = buf.indexOf(needle, i + 1)) {
      if (i > 0 && isIdent(buf[i - 1]) && buf[i - 1] !== 36 || isIdent(buf[i + needle.length] ?? 32)) continue;
      out.push(i);
    }
    return out;
  }
  /** The chains that use a constant: `NAME + …`, `${NAME}`, `{NAME}` in an f-string, `$NAME`. */
  usesOf(name, definedAt) {
    const out = [];
    const buf = this.buf;
    for (const at of this.occurrences(name)) {
      if (at >= definedAt - name.length - 8 && at < definedAt) continue;
      const interpolated = buf[at - 1] === 36 || buf[at - 1] === 123 && (buf[at - 2] === 36 || buf[at - 2] === 35) || buf[at - 1] === 123;
      if (interpolated) {
        const tok2 = this.tokenContaining(at);
        if (tok2) out.push(this.chainAround(tok2));
        continue;
      }
      let s = at;
      while (s > 0 && (isIdent(buf[s - 1]) || buf[s - 1] === 46 && isIdent(buf[s - 2] ?? 0))) s--;
      const tok = this.ident(s, at + name.length);
      const chain = this.chainAround(tok);
      if (chain.length >= 2) out.push(chain);
    }
    return out;
  }
  /** The value of a string constant of this file, or null. */
  resolve(name, depth) {
    if (this.resolved.has(name)) return this.resolved.get(name);
    if (depth > MAX_DEPTH || this.resolving.has(name) || this.resolved.size >= MAX_RESOLUTIONS) return null;
    this.resolving.add(name);
    let value = null;
    const buf = this.buf;
    for (const at of this.occurrences(name)) {
      let j = at + name.length;
      if (isQuote2(buf[j]) && buf[j] === buf[at - 1]) j++;
      const tight = buf[j] === 61;
      while (isBlank2(buf[j])) j++;
      if (buf[j] === 58 && buf[j + 1] === 61) j += 2;
      else if (buf[j] === 61 && buf[j + 1] !== 61 && buf[j + 1] !== 62) j++;
      else if (buf[j] === 58 && buf[j + 1] !== 58) j++;
      else continue;
      while (isBlank2(buf[j])) j++;
      let tok = tight ? this.bareAround(j) : this.tokenAt(j);
      if (tok?.kind === "id" && isBareByte(buf[tok.end]) && !isIdent(buf[tok.end])) tok = this.bareAround(j);
      if (tok?.kind === "id") {
        let k = tok.end;
        while (isBlank2(buf[k])) k++;
        if (buf[k] === 61 && buf[k + 1] !== 61 && buf[k + 1] !== 62) {
          k++;
          while (isBlank2(buf[k])) k++;
          tok = this.tokenAt(k);
        } else if (buf[k] === 40) {
          continue;
        }
      }
      if (!tok && (tight || buf[j - 1] === 32)) tok = this.bareAround(j);
      if (!tok) continue;
      const chain = this.chainAround(tok);
      const chunk = { bytes: [], map: [] };
      if (!this.appendChain(chain, chunk, depth + 1)) continue;
      value = chunk;
      break;
    }
    this.resolving.delete(name);
    this.resolved.set(name, value);
    return value;
  }
  /** Appends the value of a chain; false when it holds nothing resolvable. */
  appendChain(chain, out, depth, sites, siteBase = 0) {
    let any = false;
    chain.forEach((t, k) => {
      const before = out.bytes.length;
      if (t.kind === "id") {
        const v = this.resolve(t.name, depth);
        if (v) {
          out.bytes.push(...v.bytes);
          out.map.push(...v.map);
          any = true;
        } else {
          out.bytes.push(0);
          out.map.push(NOWHERE);
        }
      } else {
        this.appendContent(t, out, depth);
        any = true;
      }
      if (sites) for (let i = before; i < out.bytes.length; i++) sites.push(siteBase + k);
    });
    return any && out.bytes.length <= MAX_ASSEMBLED;
  }
  /** Appends the content of a literal or word, with interpolations resolved where they can be. */
  appendContent(t, out, depth) {
    const buf = this.buf;
    const s = t.kind === "lit" ? t.contentStart : t.start;
    const e = t.kind === "lit" ? t.contentEnd : t.end;
    const single = t.kind === "lit" && t.quote === 39;
    const fstring = t.kind === "lit" && t.fstring;
    const format = t.kind === "lit" && !fstring ? this.formatArguments(t.end) : null;
    let positional = 0;
    for (let i = s; i < e && out.bytes.length <= MAX_ASSEMBLED; ) {
      const c = buf[i];
      if (c === 92 && (buf[i + 1] === 10 || buf[i + 1] === 13 && buf[i + 2] === 10)) {
        i += buf[i + 1] === 10 ? 2 : 3;
        if (t.kind === "bare") while (i < e && isBlank2(buf[i])) i++;
        continue;
      }
      let exprStart = -1;
      let exprEnd = -1;
      let next = -1;
      if (format && c === 123 && buf[i + 1] !== 123) {
        const close = buf.subarray(i + 1, Math.min(e, i + 40)).indexOf(125);
        const field = close < 0 ? null : buf.toString("latin1", i + 1, i + 1 + close).split(/[!:]/)[0].trim();
        const arg = field === null ? void 0 : field === "" ? format.positional[positional++] : /^\d+$/.test(field) ? format.positional[Number(field)] : format.named.get(field);
        const v = arg ? this.evaluateExpression(arg[0], arg[1], depth) : null;
        if (v) {
          out.bytes.push(...v.bytes);
          out.map.push(...v.map);
          i = i + 2 + close;
          continue;
        }
      }
      if (!single && (c === 36 || c === 35) && buf[i + 1] === 123) {
        exprStart = i + 2;
      } else if (fstring && c === 123 && buf[i + 1] !== 123) {
        exprStart = i + 1;
      } else if (!single && c === 36 && isIdentStart(buf[i + 1]) && (t.kind === "bare" || t.quote === 34)) {
        let k = i + 1;
        while (k < e && isIdent(buf[k]) && buf[k] !== 36) k++;
        exprStart = i + 1;
        exprEnd = k;
        next = k;
      }
      if (exprStart >= 0) {
        if (exprEnd < 0) {
          const found = buf.subarray(exprStart, Math.min(e, exprStart + 201)).indexOf(125);
          const close = found < 0 ? -1 : exprStart + found;
          if (close < 0 || close >= e || close - exprStart > 200) {
            pushByte(out, c, i++);
            continue;
          }
          exprEnd = close;
          next = close + 1;
        }
        const v = this.evaluateExpression(exprStart, exprEnd, depth);
        if (v) {
          out.bytes.push(...v.bytes);
          out.map.push(...v.map);
        } else {
          for (let k = i; k < next; k++) pushByte(out, buf[k], k);
        }
        i = next;
        continue;
      }
      pushByte(out, c, i++);
    }
  }
  /**
   * The arguments of a `.format(…)` call right after a literal (at `at`): their spans, positional
   * and by name. Only simple arguments (a name, a literal, a dotted name) up to eight; null when the
   * literal is not followed by `.format(`.
   */
  formatArguments(at) {
    const buf = this.buf;
    let i = at;
    while (i < buf.length && isBlank2(buf[i])) i++;
    if (buf.toString("latin1", i, i + 8) !== ".format(") return null;
    const close = buf.subarray(i + 8, Math.min(buf.length, i + 8 + 400)).indexOf(41);
    if (close < 0) return null;
    const inner = buf.toString("latin1", i + 8, i + 8 + close);
    if (/[()[\]{}]/.test(inner)) return null;
    const positional = [];
    const named = /* @__PURE__ */ new Map();
    let from = i + 8;
    for (const part of inner.split(",").slice(0, 8)) {
      const lead = part.length - part.trimStart().length;
      const text = part.trim();
      const kw = /^([A-Za-z_]\w*)\s*=\s*/.exec(text);
      const start = from + lead + (kw ? kw[0].length : 0);
      const end = from + lead + text.length;
      if (end > start) {
        if (kw) named.set(kw[1], [start, end]);
        else positional.push([start, end]);
      }
      from += part.length + 1;
    }
    return { positional, named };
  }
  /** The value of a `${…}` / `{…}` expression: a constant, a literal or a `+` chain of them. */
  evaluateExpression(s, e, depth) {
    const buf = this.buf;
    let i = s;
    while (i < e && isBlank2(buf[i])) i++;
    const first = this.tokenAt(i);
    if (!first || first.end > e) return null;
    const chain = [first];
    for (let t = this.nextRight(first, e); t && chain.length < MAX_CHAIN; t = this.nextRight(t, e)) chain.push(t);
    let k = chain[chain.length - 1].end;
    while (k < e && isBlank2(buf[k])) k++;
    if (k !== e) return null;
    const out = { bytes: [], map: [] };
    if (!this.appendChain(chain, out, depth + 1)) return null;
    if (out.map.includes(NOWHERE)) return null;
    return out;
  }
  /** Evaluates a chain into an assembly, once per chain. */
  evaluateChain(chain) {
    const key = `${chain[0].start}:${chain[chain.length - 1].end}`;
    if (this.done.has(key)) return null;
    this.done.add(key);
    this.evaluations++;
    const out = { bytes: [], map: [] };
    const sites = [];
    if (!this.appendChain(chain, out, 0, sites)) return null;
    let pieces = 1;
    for (let i = 1; i < out.map.length; i++) if (out.map[i] !== out.map[i - 1] + 1) pieces++;
    if (pieces < 2) return null;
    return {
      bytes: Buffer.from(out.bytes),
      map: Uint32Array.from(out.map),
      site: Uint16Array.from(sites),
      siteSpans: chain.map((t) => [t.start, t.end])
    };
  }
};
function pushByte(out, b, at) {
  out.bytes.push(b);
  out.map.push(at);
}
function piecesOf(a, s, e) {
  const out = [];
  for (let i = s; i < e; i++) {
    const at = a.map[i];
    if (at === NOWHERE) continue;
    const last = out[out.length - 1];
    if (last && last.end === at) last.end = at + 1;
    else out.push({ start: at, end: at + 1 });
  }
  return out;
}

// src/detect/triggers.ts
function base64Variants(bytes) {
  const out = [];
  for (let a = 0; a < 3; a++) {
    const enc = Buffer.concat([Buffer.alloc(a), bytes]).toString("base64");
    const first = a === 0 ? 0 : a + 1;
    const total = a + bytes.length;
    const last = Math.floor(total / 3) * 4 + [0, 1, 2][total % 3];
    out.push({ text: enc.slice(first, last), phase: first });
  }
  return out;
}
var MIN_ENCODED = 6;
var SCHEMES = ["https://", "http://"];
var BASE64_WORDS = ["webhook", "discord", "hooks.slack", "telegram.org"];
var GZIP_HEADER_BASE64 = "H4sIA";
var DECOMPRESS_CALLS = ["decompress(", "inflateSync(", "gunzipSync(", "inflateRawSync(", "unzipSync(", "GZipStream(", "DeflateStream("];
var DECODE_CALLS = ["b64decode(", "atob(", "FromBase64String(", "base64_decode("];
var CHAR_CODE_SCHEME = ["58,47,47", "58, 47, 47", "0x3a,0x2f,0x2f", "0x3a, 0x2f, 0x2f", "chr(58)+chr(47)+chr(47)", "chr(58) + chr(47) + chr(47)"];
function buildTriggers(keywords) {
  const roles = /* @__PURE__ */ new Map();
  const add = (text, role) => {
    if (role.family !== "plain" && role.family !== "compressed" && text.length < MIN_ENCODED) return;
    const key = text.toLowerCase();
    const list = roles.get(key) ?? [];
    if (!list.some((r) => r.family === role.family && r.text === text && r.phase === role.phase)) list.push({ ...role, text });
    roles.set(key, list);
  };
  const base64 = (bytes) => {
    for (const v of base64Variants(bytes)) {
      add(v.text, { family: "base64", phase: v.phase });
      const url = v.text.replace(/\+/g, "-").replace(/\//g, "_");
      if (url !== v.text) add(url, { family: "base64", phase: v.phase });
    }
  };
  for (const k of keywords) {
    add(k, { family: "plain" });
    add([...k].reverse().join(""), { family: "reversed" });
  }
  for (const s of SCHEMES) {
    base64(Buffer.from(s, "utf8"));
    base64(Buffer.from(s, "utf16le"));
    add(Buffer.from(s).toString("hex"), { family: "hex" });
    add([...s].reverse().join(""), { family: "reversed" });
  }
  for (const w of BASE64_WORDS) base64(Buffer.from(w, "utf8"));
  const stable = (t) => Buffer.from(t).toString("base64").slice(0, Math.floor(t.length * 4 / 3));
  for (const s of SCHEMES) {
    base64(Buffer.from(stable(s), "utf8"));
    base64(Buffer.from(stable(stable(s)), "utf8"));
  }
  const http = [...Buffer.from("http")];
  add(http.map((b) => `\\x${hex2(b)}`).join(""), { family: "escape" });
  add(http.map((b) => `\\u00${hex2(b)}`).join(""), { family: "escape" });
  add(http.map((b) => `%${hex2(b)}`).join(""), { family: "escape" });
  add(http.map((b) => `&#${b};`).join(""), { family: "escape" });
  add(http.map((b) => `&#x${hex2(b)};`).join(""), { family: "escape" });
  for (const s of CHAR_CODE_SCHEME) add(s, { family: "char-codes" });
  add(GZIP_HEADER_BASE64, { family: "compressed", carrier: "gzip-header" });
  for (const s of DECOMPRESS_CALLS) add(s, { family: "compressed", carrier: "decompress-call" });
  for (const s of DECODE_CALLS) add(s, { family: "compressed", carrier: "decode-call" });
  const literals = [...new Set([...roles.values()].flatMap((list) => list.map((r) => r.text.toLowerCase())))].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  return { literals, roles };
}
function hex2(b) {
  return b.toString(16).padStart(2, "0");
}

// src/detect/gram-frequency.ts
var COMMON_GRAMS = '    tion   *\\\\\\\\striringtrin  * \\":\\":\\" the  /* /**   /the  strion atio: stnamectio forthis   }typeturneturretuing;unct/** ptioe\\":entsfuncnctirepoionsurn formscriment\\",\\",\\"\\0\\0riptcrip0\\0\\orma\\":{":{\\:{\\" * @rmat comescrhis.iptidescat:  @de* @d  }; to * focomming comp?: smat:consepos thime\\"ame\\ con@des"nammber  reparaport:\\"#\\"na_url** f   r urit: uonst: urion.  */"]["   caramnts[s\\":ithugith\\"},thubs"][var nentfor ompo},\\"onenponets["contmponopersionvaluposinode of ositumbeitornumbalue: co if able,{\\"},{\\stat** @cludatch useludenclun thincl retrame   ijecteterrequ  cositocode   " repuserametmetenull   p | "l?: terntersate httpaultfaulefaudefa\\\\\\ss_ur.com resrl?:url?{\\"ntorytteratte\\"in numif (d\\":nd\\"listcasesponresp   sefinoptiesporatidefinteronseponsentiokeneratnst izatzatitokematcde\\"ssiouri "incmplei */ri *ude\\ound{\\"iand niza"},{orgaanizgrouganirgan is  prottps andlateommes://mmenturelinetps:ps:/bjecschehub.pattontecess   trroricatreade */atederroted l: s* @eon tobjeproptingcom/url:withrl:  nulchemeque\\x07leanointtempexpofile: nuase poinboolf theginbegihis b.coooleolea requb.clet hemaxpor  ifx07\\07\\x7\\x0pathuestinte staquesitio typ\\"}}platstar in acti"}},atorempllengmplaengtngthrounropereat booe thtate\\\\s*perttextof tdaterest\\":[creaendp: bondpo,\\"edpoi endther(\\\\\\ | nnstaevene re\\"eneate  | | nuinitventratoperaes\\" orge?:  valures.gitpreserns" | ,\\"n parword funifiecati:"\\u\\\\\\btentcharindefore"paters"und\\fromull;acceommimmitjsoncces["paean;lassclasange----ber;.typctua ===auth)\\\\\\===  an capt\\"be"beg{ret:\\"(uatiuse nten["rens\\"ressaptuptur  pa|\\\\\\   eion( be ){reenum\\"pars"]ertysingcopescopvoid"parpunccall nam-tem": {tuat":[{:[{\\[{\\"rns\\nctufinient dules thteam\\"maniti   fres\\   |owne   atart}},\\ => essint: parss toarseemaste *uri-i-teri-tion"letesignexprissuampls["s"sch   o"},\\llowssue["scas"]mas" wittimekeyw   dyworeywo.defdingodulmodu tok.len)\\",   ndelefineexamxampult rentwner"endementrue paturceourc or sour) =>   ltestlockent:new assi whemark"mat thapull defch\\"tch\\h\\": per noteletettidentpackingsectihe rs["p\\"}] varstan get opt acc"\\u2ortsackactorinstkageenerckagndexbacks: {xpre(httg | ng |ing-arras/{orrayttinr thonlyort ](ht}funcateed t   v"}]};ret lisnot sage{stress    uthatmetanses {stequispacs = ,\\"pkensninge co  vam {statidocsumen"pun\\"puple pacenum mpor gitegro httbloc newhat /docoreging}?: bregr/repdataent.get sett\\\\\\. truchan}]},he ` froriesypeshook@enu //  @enum {impo node = onals?: or apos/htmlelse://dtivequir. */ype specuire:\\"pons rn t   hs an(thiion-are ith  youappln\\":ocs.s.gi   g//dodeclparecs.g,[0,.con,\\"sined@exabodyecla @exversembehangis eplicill willsync.par canfier wilom/rconfrom  reaitermergm/rewritessaid: brea"\\\\\\ && \\"\\\\aratergesee er: pends en  thclar  deecre"res": "reakpdatn reupdain\\"linkord.pushermicretthenagese tose tssagsecrubli\\\\\\[on.dchecheckprot urlalsefalsens : reunde all:\\"slse ;if( app cregin\\varionfitifiion_messpublor ts\\"}ate-anch;casaria ope"keyn.de{\\"bend\\e in1\\":{\\"mt = vali:\\"\\her ypeoype.entectedalidresuss t\\"(?riteview insernaence"1\\"\\"1\\he speofanceersiode_headectesten-for expons/est/s fo\\"keon rmissppli/gitmeth.exparening.  //tica", "rule  steof assenfigight errl re voiespae ofd?: ion: obj/ressultts_u setesul chaes: t thbran"getorieterarsioethoory fferargugumeiablrgum?: cthodto tnticrancer}/workcannlica0,[1membinfoblicisteriab * t{lettor..staate.ull [0,[o thresoers:leas;var{\\"1otherecthe apeciterpextetories"]he cdown.namdirerivas["rthroe ht are} */impl:\\"kon":\\"coeta.tend  } priv key dats a =[0,  fonal {varractpectitleissins a tea priesetion/ndef pulame "forease/{recan |(\\\\rs: flowers ivate foallo falnce  aut delect.nstr ass   muffebuffidenface codp\\"}vatehe psuppstruon a eveore you s": ntexlectfor-irecd th\\\\\\(in t filndenll rtruc?: "oid persan osert*\\\\\\,thion wructutheode hentmust]},\\ "reng} ses"epenssigngesble ntit* thcloswhenhub tric{repnse ]["r intpageto uhen \\s*(titlendeer t preount runn": hrowecifstorlati = t/orgto activpe\\".propromt to secerpr || _typ){len?: usino uslue age.ner},\\"bbhooebhowebhperm}/{rbaseepo}r}/{ionaules: op\\"fo"con\\"meuppo=\\\\\\"meton.se a terfntif{ownos/{/{owppororgsng t);rereleexpe as \\\\\\) undes aame:he tg} *ies   "apo}/r a id 0d toxtenrfaceleaing_counerfatityode-regee: stantollo a s:\\"msues"repush(s"];follnly ://g.endt reintsnfor* @s_comn orrunnaaaa haslemermisth a//gie"];)retnablilesrpri * f*   \\"st){vamovepris);va"setneedriseint.e stecto.pusnneratusnts_tatuneranextrityesol\\"scrgs/kindegexs in *  ust * @p==="matirevifereerent\\"}subsser est == "liceerti()=>rencgs\\"procprojode.gistraterict\\"sequalopenetheefer],r(ted_ojecrojeme: roceimitlangxpecncap add, th lincurr  pris.sincaginc on tribabel isson se\\"}ibutribuamesngs\\\\\\b(remoooks  })ist editon ogenehave"scoontr by refesed =funists extecurocattene  uritem ent[:alype: scocifiromirotolara infnnin neesserielddepeodesstre  lennot = r fol let a r\\\\s+hethwhetannoific mus  na   4dminscan caladersimp{\\"fame.admion: \\\\\\{!\\\\\\e deloca}},{ depmodeber {\\"socesroup "geplacope\\:retntin\\udd]|\\\\lace-com speasynbledt: {set kgroomisurreackgons.  oron\\"ckgr upde anth: builnot_son"=thiage eadend punneion,ect  deselec.fun0\\": modnmenberse-rea re:\\"c sub   br"];.strted-e.ty[0-9er"]ustoace estacolol\\"}labesele anyer onts sinceed efor:()=used"orgon iall emovinced: nequastralimisets_[:a !==!== .chasitiglobenaberso meret /]["pbracs arrns   noget-"apptallis.curnsrsonrang= reultsrren-rep2\\":stomeverner:enta.cpp\\"0\\_id}eparigurd" |"0\\"{\\"0ser"cust.getmorefigustalsolveralis._ * aeak;ath:"enttancregiter n a fiedrted * osonatreaolvesecu,0], = f"use  furint () ed_a seefor(linglowened misen wh,\\"me_id\\\\\\*eam ons_al a\\"2\\ "apr = "2\\" havencoram ,\\"2es tave  metoverharanpution<atem  id incn\\"} htmd inhost\\\\.)g the===her.inpu{org{\\"p  ty/{orcketreseid?:t be/jsoatesendsprinmbold"];ymbo = s_nam:cassymbrd.o * ct in{if(ity.* - is.p. th"comd pelite act morror(.othestrd usion|@parssic.valsizehe dreamtectomma` sc.opel acs.le onlflags restedble.]\\\\\\on, ist-tablreplorg} @pa receplateme thre orarchluesed bordeacesses:  getrairnal-useed i"struth () {loador mdisct: sectst ised ualers.stndinsersope  els@see @seattr\\\\\\wtainswit * -\\\\\\"n/jsoauton/j\\\\b\\gth gs/{ ownncodloseestsalizile ),r(ee hent_ oaueados no  },\\u22re iservdonlon cint fiellastrg}/adonrow d_attors(cla-orgpp\\"$_[:cpp\\deco)}fue teons[[$_[lize(?<![1],is a(e),ould pubaturgexpmit  bragesee) { ver dis (clreacanni  40curimaillerteamsent"urit_id:acteescas wi_mod,0]]te ahe ne ==ns (t ofkeys   2e": .js" `repe t/nodt: nemaiapp s (c id:in a?: nevie argnts.otyptermpost  20ic) f(e)totye isignauildsic), se posng aed a = n: threce,[17.for[17,anguntaicterr ofotot){ifelemmodi  serdernval]["orage@defscap ind_id?inallue:\\\\))ties.\\\\\\odifaraceprot?: tch quer\\\\.\\ns["endchell, opout : "rfailtch(?=\\\\ts t) neprov.blo, anorattranock.ge?:on<"eprenglec) nn<"/enam=> vhe f/comnds umer, 0xeste?: {;brentro sine us"reaolorter.e wiiginde_istin it condb\\", whiowincapered   ens ofallaime ort.ple-ant.derse en(?<=waitity octollbanumeuery "de> von: son?:ory.0=[0n"];ployacheuagenguaguaguraters_-tim mata-z]ndcaraintoraeplokflowingorkfrkfl mes(?=\\end.ttrise 1ubscpe?:\\.\\\\deplype= });selfype?r mo(?:\\styl([^(passowerquotrce.r=r(mitsdcapth t a pns_ult tt delowiprev(typed, d = ditogura reltractargrackion? col imp(f(e[^()\\"cahandse * cheh: {emptdifip toficaparton ( ref\\b\\"est-he o wor pacse i=> {t co  ht| "w(e){"caportecolllbacecor)) {() =ted.* oaorag,0,0se singltes e see pabscronta_proatar  ca\\"#f mem-conine  supif ttyleargse: "\\udf)(?:ite" * `allbbute casead"lablons)ontitml_  sutialuotel_urhis;r toinva genauto-resnderase"he lass  cloaseschilhild.beg * illabs-foedia a cmedi arr;funackellatn = 0,r(pe: r anvatantatavatindi\\"#ced f]],ron u= theted-protroln is0-\\uan aainters/ent-ts a]["sh the.jsignoscus-\\ud | u graitch ava04: gin.\\u01ussiy.nae prrighalleartilareing,]|(\\ion\\  ine_coer, h apyouriscuu(f(\\udc-sta_at:et ted wr: ctar_low_ode(\\\\[]ucto} elcuss /rete-ttinuf (t  "gsyntof a heaml_ues_uraryon f\\ud8ing(s.pae auets/s.cod byd.op^()]_coniredkdowslicrs_u/getnotiete ndle(err(?:[he e/actory-tor ty.n| unfoun),thame}(?:(arkdchespp targe remidatirst);if. foinesevelwitcymenrkdohereion)]},{on pt: d)|(\\[^{}if(t usi^{}]n ofrts : dafirs dec(val],\\"ll brn urnamet: sts * lie-ti ide  me"wrinver"noteacher\\"_a-z^]\\\\{\\"c[^]\\e ifble-otecn an encloymoymern nhelp "wr "coyntadencs) {f (!n inon lrotelter0,0,.tagl be enarn e.posraceivedad" despbe aon mtche teste";on gt: oditiericnoret haestoons-ing":\\\\\\lida schroviodinntaxone y th = phe id: s): tst brcod  exentrransgnormandsearprect">;erveode:low )|(?rtieoid) timn to;letandlafte"edi[\\\\\\ng, st ofterlphats\\"sepaecei  gi?\\\\\\alphceptuld sideice(\\"#eceivts:   is(evearco-namd widiffshouhoul  lo-wor}ret00: ned;ded r re @re  pu shoak;cawaieat(le hmmanvide* @rk;ca]["nnum:e pulnumramshe mmit_he gn.stcacheiveovidalnu } eharc = c  "ples/-webtarrnlinon"]e valityanagr | ult: = {^\\\\\\sabl], ["(?< a ts", * rebefod): st rreco-the:\\"eonme cla\\"ed ".//useage?, lint\\"manar\\":  us/apins tts =ausen.sesuit uniits inue reg titror ud83extrcodiockey?: :alnum:]m:]] que/cod wasleve": cd.coid):lue.rts.t wistacage-uitefsetffse\\udeappe| "cnatu0000offsthe-ber"et addedeconed?:onso oneype_1,0]ink is.i= stlagsan eoutpdisa"actearcs prraph(?!\\(conon()lestvisirn fst sprefget:/helx\\"}artsgnat} | on.crema logforkativ,\\"cistrst cconvsectd reabor: tr3\\":["orompa"node fiing|"supage"ame?es, estixtrahilewhil   wext ath.pe==boutmaines fsforabou } |t a ?!\\\\le t,\\"t ```t /rme?:.ass=voior (\', \'envi.slitputa-z_ialioptshub-utpunvir cusisabt": ironviro"/reled  bod.indronmtackes/{-secdex ////.arg-z_a== \'z_a-mptynersor-a.linatic)===* ``own was e.coing)"souchedgrapn, sster sele lieactmesp = oe();logi out ema, reites * gapi.is.rpe =ual([0,rknowrget"varied bind\\u21e(),rmin.tok"stoutil * r."),)*\\\\nary-gittrarhichitrant.b://adestrge  "non cowhicme oe){rcumereprinat curocum(sta* co  si maxvertdocu.htmere ":[\\:[\\"is pleftarbihingour  200ilite girn averintrie narbitbitrt) {;\\u6makeitte\\"suilteon dst afiltfind  evsafeoks"odea  "/ar iks"] * l?:\\\\exec api rul"3\\"\\"3\\es wginagth;iled-typsqua  li(funs.re\\s*)ow noste: enis ile\\"ire( labondionvenown,\\"3.kin (er, oro a noteuginxistgetsicallugiprepe `ris.eexisnse"ocalinliplugigneemit /orpatcw ne = 0e idulticopi bufotatues e "[r: (n u(tnam"typellohigherab] = at tctoch = e_mos co.objtocaid}/url \\u20he uue: wersommoatinns, \\\\\\h_eveblesompions,sent, coext.ent\\lue)\\"],n lithin"],\\has omplobal\\"so200:r:"\\gionhas_minirn regio_reqallylic loba* ge"], rkerer |:]])\\\\p{est(is n(opted. merinotared_a\\"}get"0: {olumpha:rd.cs.inrrede[e.te: piloto b\\\\\\gs si],0]rsermmonbiliesenrks ull,legafact0]],adinebugto c  em: in\\\\\\parksed rer a ite dirnteg(patitiadeatn.co.jsoiqueent)se"]otifrefi:alprrowst-aha:]lumniniss](h"\\u0mpil sig  as_numich utios cauniqis.tilotopilput st pt pri.giniqu. ifollaets sitecolusolet: "t.fun ge "pr = aa:]]t foine-temsnsols.ma.cal/octes":\\\\\\nered rev,[12[12,, "&neveend or `r=[0e-coen t.mapsernfull))\\"as aes =rol.pi.g["noany rabl;"],//ap/iss det sou?<!\\"simf a -\\u0 * s["de["siemar<!\\\\ub alighthor);ca= nu-scages ues/rn sse {:var,r(vath ead tail pas====4: co berets7,[0ive * >  martoret.deroot) re0\\",,1,0ibleorigtint17,[\\"vagettict" = [",e[,e,iegis,e[e  la `bot { ts, ue iendimap(org"ve a_expecodis ct madeprte, minareca(letiew_aine basrty t stee "or pet i.hasre a * >debuignm.res_titier n se{}]|(v),-insarrognmeailabord(nod.pre "usepornt type"[2],\\\\[(rn c-witciesder ?:(?warn "oron ethanuthoessode_mssor';

// src/detect/wasm/literals.ts
var LITERALS_WASM = "AGFzbQEAAAABGgNgBH9/f38AYAZ/f39/f38Bf2AEf39/fwF/AwQDAAECBQMBAAEGOAt/AUEAC38BQQALfwFBAAt/AUEAC38BQQALfwFBAAt/AUEAC38BQQALfwFBAAt/AUEBC38BQQALByIEBm1lbW9yeQIABnJlc3VtZQMKBXNldHVwAAAEc2NhbgABCpMDAxIAIAMkCSAAJAAgASQBIAIkAguBAQEEfyMJIQkgASQDIAIkBCADJAUgBCQGIAUkB0EAJAggAUEEayEGAkADQCAAIAZKDQEgACgCAEGgwICBAnIhCCAIQbHz3fF5bCEHIAdBEXZB/P8BcSgCACAHQQ52dkEBcQRAIAAgCCAHIAYQAiEGCyAAIAlqIQAMAAsLIAAkCiMIC/oBAQl/QYCAAiACQfz/AHFqKAIAIQQCQANAIARFDQEjACAEQQFrQQR0aiEFIAUoAgQhBCAFKAIAIAFHDQAgACAFKAIIayEGIAYjBEgNACAGIwVODQAgBSgCDCELIwEgC0EDdGooAgAhByMBIAtBA3RqKAIEIQggBiAIaiMDSg0AQQAhCQJAA0AgCSAISARAIAYgCWotAAAhCiAKQcEAa0EaSQRAIApBIHIhCgsgCiAHIAlqLQAARw0CIAlBAWohCQwBCwsjBiMIQQN0aiEMIAwgBiMEazYCACAMIAs2AgQjCEEBaiQICwwACwsjByMIayMCSQR/IAAFIAMLCw==";

// src/detect/literal-scan.ts
var WINDOW = 256 * 1024;
var OUT_SLOTS = 16 * 1024;
var ANCHOR = 4;
var BITS = 0;
var HEADS = 32768;
var ENTRIES = 49152;
var HASH = 2654435761;
var compiled;
function module() {
  if (compiled !== void 0) return compiled;
  try {
    compiled = new WebAssembly.Module(Buffer.from(LITERALS_WASM, "base64"));
  } catch {
    compiled = null;
  }
  return compiled;
}
var rank;
function commonness(gram) {
  if (!rank) {
    rank = /* @__PURE__ */ new Map();
    const n = COMMON_GRAMS.length >> 2;
    for (let i = n - 1; i >= 0; i--) {
      const j = i << 2;
      rank.set((COMMON_GRAMS.charCodeAt(j) | COMMON_GRAMS.charCodeAt(j + 1) << 8 | COMMON_GRAMS.charCodeAt(j + 2) << 16 | COMMON_GRAMS.charCodeAt(j + 3) << 24) >>> 0, i);
    }
  }
  return rank.get(gram) ?? COMMON_GRAMS.length >> 2;
}
function anchorOffset(bytes, step) {
  let best = 0;
  let bestScore = -1;
  for (let o = 0; o + ANCHOR + step - 1 <= bytes.length; o++) {
    let score = Infinity;
    for (let k = 0; k < step; k++) score = Math.min(score, commonness(word(bytes, o + k)));
    if (score > bestScore) {
      bestScore = score;
      best = o;
    }
  }
  return best;
}
var word = (b, o) => (b[o] | b[o + 1] << 8 | b[o + 2] << 16 | b[o + 3] << 24) >>> 0;
var LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;
function literalScanner(literals) {
  if (literals.length === 0 || !LITTLE_ENDIAN) return void 0;
  const bytes = literals.map((l) => Buffer.from(l, "utf8"));
  const shortest = Math.min(...bytes.map((b) => b.length));
  if (shortest < ANCHOR) return void 0;
  const step = shortest >= ANCHOR + 1 ? 2 : 1;
  const anchors = literals.length * step;
  const slots = Math.max(OUT_SLOTS, 2 * anchors);
  const mod = module();
  if (!mod) return void 0;
  let inst;
  try {
    inst = new WebAssembly.Instance(mod, {});
  } catch {
    return void 0;
  }
  const x = inst.exports;
  const maxLen = Math.max(...bytes.map((b) => b.length));
  const litdir = ENTRIES + anchors * 16;
  const litBytes = litdir + literals.length * 8;
  const litEnd = litBytes + bytes.reduce((a, b) => a + b.length, 0);
  const data = litEnd + 15 & ~15;
  const out = data + WINDOW + maxLen + 15 & ~15;
  const size = out + slots * 8;
  x.memory.grow(Math.ceil(size / 65536) - x.memory.buffer.byteLength / 65536);
  const mem = new Uint8Array(x.memory.buffer);
  const u32 = new Uint32Array(x.memory.buffer);
  let at = litBytes;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    mem.set(b, at);
    u32[(litdir >> 2) + i * 2] = at;
    u32[(litdir >> 2) + i * 2 + 1] = b.length;
    at += b.length;
    const first = anchorOffset(b, step);
    for (let k = 0; k < step; k++) {
      const off = first + k;
      const g = (word(b, off) | 538976288) >>> 0;
      const h = Math.imul(g, HASH) >>> 0;
      u32[(BITS >> 2) + (h >>> 19)] |= 1 << (h >>> 14 & 31);
      const head = (HEADS >> 2) + ((h & 16380) >> 2);
      const n = i * step + k;
      const e = (ENTRIES >> 2) + n * 4;
      u32[e] = g;
      u32[e + 1] = u32[head];
      u32[e + 2] = off;
      u32[e + 3] = i;
      u32[head] = n + 1;
    }
  }
  x.setup(ENTRIES, litdir, anchors, step);
  const pairs = new Uint32Array(x.memory.buffer, out, slots * 2);
  return {
    scan(buf) {
      return longestPerStart(this.scanAll(buf));
    },
    scanAll(buf) {
      const starts = [];
      const lits = [];
      for (let s = 0; s < buf.length; s += WINDOW) {
        const e = Math.min(buf.length, s + WINDOW + maxLen - 1);
        mem.set(buf.subarray(s, e), data);
        const end = data + (e - s);
        const limit = data + Math.min(WINDOW, buf.length - s);
        let q = data;
        while (q <= end - ANCHOR) {
          const n = x.scan(q, end, data, limit, out, slots);
          for (let i = 0; i < n; i++) {
            starts.push(s + pairs[2 * i]);
            lits.push(pairs[2 * i + 1]);
          }
          q = x.resume.value;
        }
      }
      return byStart(starts, lits);
    }
  };
}
function byStart(starts, lits) {
  if (starts.length < 2) return { at: starts, lit: lits };
  const order = starts.map((_, i) => i).sort((a, b) => starts[a] - starts[b] || lits[a] - lits[b]);
  return { at: order.map((i) => starts[i]), lit: order.map((i) => lits[i]) };
}
function longestPerStart({ at: starts, lit: lits }) {
  const at = [];
  const lit = [];
  for (let i = 0; i < starts.length; i++) {
    if (at.length && at[at.length - 1] === starts[i]) continue;
    at.push(starts[i]);
    lit.push(lits[i]);
  }
  return { at, lit };
}

// src/detect/compressed.ts
var MAX_OUTPUT = 1 << 20;
var MAX_OUTPUT_PER_FILE = 8 << 20;
var LOOK_AHEAD = 2048;
var MAX_LITERAL2 = 4 << 20;
var isBase64 = (c) => B64[c] >= 0 || c === 61;
var isHex = (c) => HEX2[c] >= 0;
function runFrom(buf, s, accepts) {
  let e = s;
  while (e < buf.length && e - s < MAX_LITERAL2 && accepts(buf[e])) e++;
  return e;
}
function inflate(bytes, budget) {
  if (bytes.length < 8) return null;
  const zlib = nodeZlib();
  const max = Math.min(MAX_OUTPUT, budget);
  if (max <= 0) return null;
  const tries = bytes[0] === 31 && bytes[1] === 139 ? [["gzip", (b) => zlib.gunzipSync(b, { maxOutputLength: max })]] : bytes[0] === 120 && (bytes[0] * 256 + bytes[1]) % 31 === 0 ? [["zlib", (b) => zlib.inflateSync(b, { maxOutputLength: max })]] : [["deflate", (b) => zlib.inflateRawSync(b, { maxOutputLength: max })]];
  for (const [algorithm, run2] of tries) {
    try {
      return { out: run2(bytes), algorithm };
    } catch (e) {
      if (e.code === "ERR_BUFFER_TOO_LARGE") return null;
    }
  }
  return null;
}
function decodedOver(out, start, end) {
  const map = new Uint32Array(out.length + 1).fill(start);
  const endMap = new Uint32Array(out.length + 1).fill(end);
  return { bytes: out, map, endMap };
}
function fromLiteral(buf, s, budget) {
  const hexEnd = runFrom(buf, s, isHex);
  const b64End = runFrom(buf, s, isBase64);
  let outer;
  let e;
  let bytes;
  if (hexEnd === b64End && (hexEnd - s) % 2 === 0) {
    outer = "hex";
    e = hexEnd;
    bytes = Buffer.from(buf.toString("latin1", s, e), "hex");
  } else {
    outer = "base64";
    e = b64End;
    bytes = Buffer.from(buf.toString("latin1", s, e), "base64");
  }
  if (e - s < 16) return null;
  const r = inflate(bytes, budget);
  if (!r || r.out.length === 0) return null;
  return { decoded: decodedOver(r.out, s, e), algorithm: r.algorithm, outer, start: s, end: e };
}
function inflateAfterCall(buf, at, budget) {
  const to = Math.min(buf.length, at + LOOK_AHEAD);
  for (let i = at; i < to; i++) {
    const c = buf[i];
    if (c !== 34 && c !== 39 && c !== 96) continue;
    const s = i + 1;
    if (runFrom(buf, s, isBase64) - s >= 16) return fromLiteral(buf, s, budget);
  }
  return null;
}
function inflateGzipBase64(buf, at, budget) {
  return fromLiteral(buf, at, budget);
}
function looksBase64(b) {
  if (b.length < 16) return false;
  let n = 0;
  for (const c of b) if (isBase64(c) || c === 10 || c === 13) n++;
  return n === b.length;
}
function decodeNestedAfterCall(buf, at, budget) {
  const to = Math.min(buf.length, at + 512);
  let s = -1;
  for (let i = at; i < to; i++) {
    const c = buf[i];
    if (c === 34 || c === 39 || c === 96) {
      s = i + 1;
      break;
    }
  }
  if (s < 0) return null;
  const e = runFrom(buf, s, isBase64);
  if (e - s < 24) return null;
  let bytes = Buffer.from(buf.toString("latin1", s, e), "base64");
  if (!looksBase64(bytes)) return null;
  const layers = ["base64"];
  for (let depth = 0; depth < 4; depth++) {
    if (looksBase64(bytes)) {
      bytes = Buffer.from(bytes.toString("latin1").replace(/\s+/g, ""), "base64");
      layers.push("base64");
      continue;
    }
    const z = inflate(bytes, budget);
    if (!z) break;
    bytes = z.out;
    layers.push(z.algorithm);
  }
  if (bytes.length === 0) return null;
  return { decoded: decodedOver(bytes, s, e), layers, start: s, end: e };
}

// src/detect/detector.ts
var WASM_AFTER = 4 * 1024 * 1024;
var MAX_DROPPED = 50;
var ELLIPSIS = Buffer.from("…");
var NONE = Object.freeze([]);
var NO_HITS = Object.freeze({ patterns: NONE, plain: NONE, escaped: NONE, encoded: NONE });
var ESCAPE_IN_URL = /\\|&(?:#[0-9]+|#x[0-9a-f]+|[a-z]+);/i;
var HOST_CHAR = new Uint8Array(256);
for (const c of "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.-") HOST_CHAR[c.charCodeAt(0)] = 1;
var HOST_PATH_WINDOW = 1024;
var HOST_PATH_CANDIDATES = 8;
var REQUEST_LINE = /(?:^|\n)[ \t]*(?:GET|POST|PUT|PATCH|DELETE)[ \t]+(\/[^\s"'`]{6,400})[ \t]+HTTP\/\d/g;
var QUOTED_PATH = /["'`](\/[^"'`\s]{6,400})["'`]/g;
var WINDOW_BEFORE = 1024;
var WINDOW_AFTER = 4096;
var DECODE_TRIGGERS = [92, 37, 38];
var MAX_DEPTH2 = 3;
var FAMILY_ENCODING = { base64: "base64", hex: "hex", "char-codes": "char-codes", reversed: "reversed" };
function lowerAscii(b) {
  return b >= 65 && b <= 90 ? b + 32 : b;
}
var isAlnum2 = (b) => b >= 48 && b <= 57 || b >= 65 && b <= 90 || b >= 97 && b <= 122;
var Detector = class {
  /** Patterns are compiled on first use: a small scan only pays for the patterns its keywords hit. */
  compiled;
  patterns;
  /**
   * The prefilter: one RE2 alternation, then WebAssembly (literal-scan.ts) once this detector has
   * read WASM_AFTER bytes, where it runs. Both find the same (test/detect/literal-scan.test.ts);
   * RE2 starts in 2.5 ms, the WebAssembly tables take about 8, and read 3× as fast.
   */
  scanner;
  triggerRe;
  /** Bytes read through RE2 so far; undefined once the choice is final. */
  re2Bytes;
  literals;
  /** Byte length of each trigger literal, by the scanner's literal index. */
  literalBytes;
  /** The patterns of each trigger literal that is a keyword, by the scanner's literal index. */
  keywordPatterns;
  roles;
  keywords;
  /** Whether a pattern with a known reach runs only around its keyword hits. */
  windows;
  /**
   * `prefilter`: 'auto' (RE2, then WebAssembly after WASM_AFTER bytes), or one of them from the
   * start: 're2', or 'wasm' where it runs (the tests compare both). `windows: false` runs every
   * candidate pattern over the whole buffer (the tests compare both ways).
   */
  constructor(patterns, opts = {}) {
    this.patterns = patterns;
    this.windows = opts.windows ?? true;
    this.compiled = new Array(patterns.length);
    const byKeyword = /* @__PURE__ */ new Map();
    this.patterns.forEach((p, i) => {
      for (const k of p.keywords) {
        const list = byKeyword.get(k) ?? [];
        if (!list.includes(i)) list.push(i);
        byKeyword.set(k, list);
      }
    });
    this.keywords = [...byKeyword].map(([k, patterns2]) => ({ bytes: Buffer.from(k, "utf8"), patterns: patterns2 }));
    const triggers = buildTriggers(byKeyword.keys());
    this.roles = triggers.roles;
    this.literalBytes = triggers.literals.map((l) => Buffer.byteLength(l));
    const byText = new Map(this.keywords.map((k) => [k.bytes.toString("utf8"), k.patterns]));
    this.keywordPatterns = triggers.literals.map((l) => byText.get(l));
    this.literals = triggers.literals;
    const mode = opts.prefilter ?? (regexEngine.name === "re2" ? "auto" : "wasm");
    if (mode === "wasm") this.scanner = literalScanner(triggers.literals);
    if (!this.scanner) this.triggerRe = compileLiterals(triggers.literals);
    if (mode === "auto") this.re2Bytes = 0;
  }
  /** Which prefilter runs: 'wasm' (literal-scan.ts) or 're2' (no WebAssembly, or a literal under 4 bytes). */
  get prefilter() {
    return this.scanner ? "wasm" : "re2";
  }
  /** Indices of the patterns whose keywords occur in the buffer (case-insensitive), and where. */
  candidates(buf) {
    const h = this.hits(buf);
    return { patterns: h.patterns, hits: h.plain };
  }
  /** The one prefilter pass: keyword hits (and the patterns they name) and encoded-keyword hits. */
  hits(buf) {
    if (this.re2Bytes !== void 0 && (this.re2Bytes += buf.length) >= WASM_AFTER) {
      this.re2Bytes = void 0;
      this.scanner = literalScanner(this.literals);
      if (this.scanner) this.triggerRe = void 0;
    }
    const all = this.scanner?.scanAll(buf);
    if (all && all.at.length === 0) return NO_HITS;
    const found = /* @__PURE__ */ new Set();
    const out = { patterns: [], plain: [], escaped: [], encoded: [], near: this.windows && buf.length >= WINDOWED_FROM ? /* @__PURE__ */ new Map() : void 0 };
    if (all) {
      const { at, lit } = all;
      for (let i = 0; i < at.length; ) {
        const start = at[i];
        let plain = false;
        let j = i;
        for (; j < at.length && at[j] === start; j++) {
          const patterns = this.keywordPatterns[lit[j]];
          if (patterns) {
            plain = true;
            for (const p of patterns) {
              found.add(p);
              nearPattern(out, p, start, this.literalBytes[lit[j]]);
            }
          }
        }
        if (plain) out.plain.push(start);
        else this.rolesAt(buf, start, this.literalBytes[lit[i]], out);
        i = j;
      }
    } else {
      const re = this.triggerRe;
      re.lastIndex = 0;
      for (let m = re.exec(buf); m; m = re.exec(buf)) {
        re.lastIndex = m.index + 1;
        this.hitAt(buf, m.index, m[0].length, found, out);
      }
    }
    out.patterns = [...found].sort((a, b) => a - b);
    return out;
  }
  /** One prefilter hit: the longest literal that starts at `at` is `len` bytes long. */
  hitAt(buf, at, len, found, out) {
    let plain = false;
    for (const k of this.keywords) {
      if (at + k.bytes.length > buf.length) continue;
      let j = 0;
      while (j < k.bytes.length && lowerAscii(buf[at + j]) === k.bytes[j]) j++;
      if (j === k.bytes.length) {
        plain = true;
        for (const p of k.patterns) {
          found.add(p);
          nearPattern(out, p, at, k.bytes.length);
        }
      }
    }
    if (plain) {
      out.plain.push(at);
      return;
    }
    this.rolesAt(buf, at, len, out);
  }
  /** A hit that is no keyword: an escaped or encoded one, by the role of the literal (`len` bytes) there. */
  rolesAt(buf, at, len, out) {
    const roles = this.roles.get(buf.toString("latin1", at, at + len).toLowerCase());
    if (!roles) return;
    if (roles.some((r) => r.family === "escape")) out.escaped.push(at);
    const enc = roles.filter((r) => r.family !== "escape" && r.family !== "plain");
    if (enc.length) out.encoded.push({ at, len, roles: enc });
  }
  compile(indices) {
    return indices.map((i) => this.compiledAt(i));
  }
  compiledAt(i) {
    return this.compiled[i] ??= compilePattern(this.patterns[i]);
  }
  /** Matches the last detect() dropped as placeholders (documentation values, templates, example hosts). */
  dropped = [];
  /** Bytes decompressed from payloads of the current file (bounded per file). */
  inflatedBytes = 0;
  /** The language of the file detect() was given (which evidence indicators apply), when known. */
  language;
  /** The buffer detect() was given: offsets of matches in it are positions in the file. */
  original;
  /** What the last detect() dropped and why (at most MAX_DROPPED; `start` where it is an offset of the buffer). */
  lastDropped() {
    return this.dropped;
  }
  drop(p, x, reason, start) {
    if (this.dropped.length < MAX_DROPPED) this.dropped.push({ ruleId: p.id, redactedUrl: x.redactedUrl, reason, ...start !== void 0 ? { start } : {} });
  }
  /** All matches in one buffer, deduplicated by (rule, secret, position). */
  detect(buf, opts = {}) {
    this.language = opts.language;
    this.inflatedBytes = 0;
    this.dropped = [];
    this.original = buf;
    const found = this.scan(buf, 0);
    for (const m of found) {
      const script = installScriptAt(buf, m.start);
      if (script) m.context = { ...m.context, installScript: script };
    }
    return found;
  }
  /** One level: the buffer itself, or the decoded bytes of an encoded region (depth > 0). */
  scan(buf, depth) {
    const h = this.hits(buf);
    if (h.patterns.length === 0 && h.escaped.length === 0 && h.encoded.length === 0) return [];
    const all = [];
    for (const i of h.patterns) {
      const p = this.compiledAt(i);
      this.matchNear(p, buf, h.near?.get(i), (x) => all.push(this.raw(p, x, x.s, x.e, "plain")));
    }
    this.escapedPass(buf, h, all);
    if (h.plain.length) this.splitPass(buf, h.plain, all);
    if (h.plain.length) this.hostPathPass(buf, h.plain, all);
    if (depth < MAX_DEPTH2 && h.encoded.length) this.encodedPass(buf, h.encoded, depth, all);
    const kept = finish(all);
    sendsNearEach(buf, kept, this.language).forEach((near, i) => {
      const m = kept[i];
      const { sends, hints } = byWeight(near);
      if (sends.length) m.context = { ...m.context, sends: [.../* @__PURE__ */ new Set([...m.context?.sends ?? [], ...sends])] };
      if (hints.length) m.context = { ...m.context, hints: [.../* @__PURE__ */ new Set([...m.context?.hints ?? [], ...hints])] };
    });
    if (depth === 0 && kept.length) {
      flowsOf(buf, kept, this.language).forEach((flows, i) => {
        const best = flows.find((f) => f.sends.length) ?? flows.find((f) => f.hints.length);
        if (best) kept[i].context = { ...kept[i].context, flow: best };
      });
      for (const m of kept) if (templateNear(buf, m.start, m.end)) m.context = { ...m.context, template: true };
    }
    return kept;
  }
  /** JSON/JS escapes, HTML entities, percent-encoding: decoded in windows around keyword hits. */
  escapedPass(buf, h, all) {
    const at = h.escaped.length ? [...h.plain, ...h.escaped].sort((a, b) => a - b) : h.plain;
    for (const [ws, we, own] of windows(at, buf.length)) {
      const win = buf.subarray(ws, we);
      if (!DECODE_TRIGGERS.some((t) => win.includes(t))) continue;
      const d = decodeAll(win);
      if (!d) continue;
      const cands = this.hits(d.bytes).patterns;
      for (const p of this.compile(cands)) {
        this.matchIn(p, d.bytes, (x) => {
          if (x.e === d.bytes.length && we < buf.length) return;
          if (ws + d.map[x.s] >= own) return;
          const start = ws + d.map[x.s];
          const end = ws + d.map[x.e];
          if (end - start === x.e - x.s) return;
          const m = this.raw(p, x, start, end, encodingOf(buf.subarray(start, end)));
          if (lettersEncoded(d, x.s, x.e, buf, ws)) m.context = { hidden: ["escapes of every character"] };
          all.push(m);
        });
      }
    }
  }
  /**
   * Host and path apart: a host literal (`maker.ifttt.com`) and, near it, a path that holds the key —
   * a quoted `/trigger/…/with/key/…` (an options object, `HTTPSConnection(host)` then
   * `request("POST", path)`), or a raw request line (`POST /trigger/… HTTP/1.1` with a `Host:` line).
   * The two are put together as https://host/path and matched like any URL; the finding is split,
   * with the host and the path as its pieces. Bounded: a window of HOST_PATH_WINDOW bytes each way
   * and HOST_PATH_CANDIDATES paths per host.
   */
  hostPathPass(buf, plain, all) {
    const byStart2 = all.map((m) => [m.start, m.end]).sort((a, b) => a[0] - b[0]);
    let k = 0;
    let coveredTo = -1;
    let lastHost = -1;
    for (const at of plain) {
      while (k < byStart2.length && byStart2[k][0] <= at) coveredTo = Math.max(coveredTo, byStart2[k++][1]);
      if (at < lastHost || at < coveredTo) continue;
      let hs = at;
      while (hs > 0 && HOST_CHAR[buf[hs - 1]]) hs--;
      let he = at;
      while (he < buf.length && he - hs < 253 && HOST_CHAR[buf[he]]) he++;
      lastHost = he;
      const host = buf.toString("latin1", hs, he).replace(/^[.-]+|[.-]+$/g, "");
      if (!host.includes(".") || buf[he] === 47 || buf[hs - 1] === 47) continue;
      const from = Math.max(0, hs - HOST_PATH_WINDOW);
      const text = buf.toString("latin1", from, Math.min(buf.length, he + HOST_PATH_WINDOW));
      const paths = [];
      for (const re of [REQUEST_LINE, QUOTED_PATH]) {
        re.lastIndex = 0;
        for (let m = re.exec(text); m && paths.length < HOST_PATH_CANDIDATES; m = re.exec(text)) {
          const s = from + m.index + m[0].indexOf(m[1]);
          paths.push([s, s + m[1].length]);
        }
      }
      for (const [ps, pe] of paths) {
        const url = Buffer.from(`https://${host}${buf.toString("latin1", ps, pe)}`, "latin1");
        const hostAt = 8;
        for (const p of this.compile(this.hits(url).patterns)) {
          if (p.kind !== "credential") continue;
          this.matchIn(p, url, (x) => {
            if (x.s > hostAt || x.e <= hostAt + host.length) return;
            const m = this.raw(p, x, Math.min(hs, ps), Math.max(he, pe), "split");
            if (all.some((o) => o.ruleId === m.ruleId && o.secret === m.secret)) return;
            m.parts = [{ start: hs, end: he }, { start: ps, end: pe }];
            all.push(m);
          });
        }
      }
    }
  }
  /** URLs written in pieces, around keyword hits that no match covers (or that end at a literal's end). */
  splitPass(buf, plain, all) {
    const ends = all.filter((m) => !continues(buf, m.end)).sort((a, b) => a.start - b.start);
    let k = 0;
    let coveredTo = -1;
    let reader;
    for (const at of plain) {
      while (k < ends.length && ends[k].start <= at) coveredTo = Math.max(coveredTo, ends[k++].end);
      if (at < coveredTo) continue;
      reader ??= new SplitReader(buf);
      for (const a of reader.assembleAround(at)) this.matchAssembly(a, all);
    }
  }
  matchAssembly(a, all) {
    const texts = [{ bytes: a.bytes, back: (i) => i }];
    if (DECODE_TRIGGERS.some((t) => a.bytes.includes(t))) {
      const d = decodeAll(a.bytes);
      if (d) texts.push({ bytes: d.bytes, back: (i) => d.map[i] });
    }
    for (const t of texts) {
      for (const p of this.compile(this.hits(t.bytes).patterns)) {
        this.matchIn(p, t.bytes, (x) => {
          const s = t.back(x.s);
          const e = t.back(x.e);
          const parts = piecesOf(a, s, e);
          if (parts.length < 2) return;
          const [ss, se] = a.siteSpans[a.site[s]];
          const [es, ee] = a.siteSpans[a.site[e - 1]];
          const start = a.map[s] >= ss && a.map[s] < se ? a.map[s] : ss;
          const end = a.map[e - 1] >= es && a.map[e - 1] < ee ? a.map[e - 1] + 1 : ee;
          const m = this.raw(p, x, start, end, "split");
          m.parts = parts;
          const cut = midWordCut(a, s, t.back(x.gs));
          if (cut) m.context = { hidden: [`pieces split inside a word (${cut})`] };
          all.push(m);
        });
      }
    }
  }
  /** Base64, hex, character codes, reversed strings: the region around the hit, decoded and scanned. */
  encodedPass(buf, hits, depth, all) {
    let done = [];
    for (const hit of hits) {
      if (done.length > 8 || done.length && done[0][1] <= hit.at) done = done.filter(([, e]) => e > hit.at);
      if (done.some(([s, e]) => hit.at >= s && hit.at < e)) continue;
      for (const role of hit.roles) {
        let d = null;
        if ((role.family === "base64" || role.carrier === "gzip-header") && buf.toString("latin1", hit.at, hit.at + role.text.length) !== role.text) continue;
        if (role.family === "base64") d = decodeBase64Around(buf, hit.at, role.phase);
        else if (role.family === "hex") d = decodeHexAround(buf, hit.at);
        else if (role.family === "char-codes") d = decodeCharCodesAround(buf, hit.at);
        else if (role.family === "reversed") d = reverseAround(buf, hit.at, hit.len);
        let label;
        let encoding = FAMILY_ENCODING[role.family];
        if (role.family === "compressed") {
          const budget = MAX_OUTPUT_PER_FILE - this.inflatedBytes;
          if (role.carrier === "decode-call") {
            const n = decodeNestedAfterCall(buf, hit.at + hit.len, budget);
            if (!n) continue;
            d = n.decoded;
            encoding = "base64";
            label = `${[...n.layers].reverse().map((l) => l === "base64" ? "base64" : `${l}-compressed data`).join(" inside ")} (${n.layers.length} layers, decoded with ${role.text.slice(0, -1)}())`;
          } else {
            const z = role.carrier === "gzip-header" ? inflateGzipBase64(buf, hit.at, budget) : inflateAfterCall(buf, hit.at + hit.len, budget);
            if (!z) continue;
            d = z.decoded;
            encoding = z.outer;
            label = `${z.algorithm}-compressed data inside ${describeLayer(z.outer, buf, z.start, z.end)}`;
          }
          this.inflatedBytes += d.bytes.length;
        }
        if (!d || d.bytes.length === 0) continue;
        const [rs, re] = originalSpan(d, 0, d.bytes.length);
        let found = this.scan(d.bytes, depth + 1).map((m) => ({ d, m }));
        let covered = [rs, re];
        if (d.wrapped) {
          const line = decodeBase64Around(buf, hit.at, role.phase, false);
          const merged = preferLine(found, line, (x) => this.scan(x, depth + 1));
          found = merged.found;
          if (merged.lineKept && line) covered = originalSpan(line, 0, line.bytes.length);
        }
        done.push(covered);
        if (found.length === 0) continue;
        label ??= describeLayer(role.family, buf, rs, re);
        for (const { d: d2, m } of found) {
          const [start, end] = originalSpan(d2, m.start, m.end);
          all.push({
            ...m,
            encoding,
            start,
            end,
            ...m.parts ? { parts: m.parts.map((p) => {
              const [s, e] = originalSpan(d2, p.start, p.end);
              return { start: s, end: e };
            }) } : {},
            context: { ...m.context, hidden: [label, ...m.context?.hidden ?? []] }
          });
        }
        break;
      }
    }
  }
  /**
   * Runs one pattern over a buffer: only in the windows around its keyword occurrences (`spots`,
   * given for large buffers only, see Hits.near) when every match holds a keyword and its length is bounded (`p.reach`), else over the whole
   * buffer. A match the window's edge could have cut sends the pattern back to the whole buffer.
   */
  matchNear(p, text, spots, emit) {
    const windows2 = p.reach !== void 0 && spots ? windowsAround(spots, p.reach + WINDOW_MARGIN, text.length) : void 0;
    if (!windows2) {
      this.matchIn(p, text, emit);
      return;
    }
    const got = [];
    const dropped = this.dropped.length;
    for (let w = 0; w < windows2.length; w += 2) {
      if (this.matchIn(p, text, (x) => got.push(x), windows2[w], windows2[w + 1])) continue;
      this.dropped.length = dropped;
      this.matchIn(p, text, emit);
      return;
    }
    for (const x of got) emit(x);
  }
  /**
   * Runs one pattern over a text, or over its bytes [from, to), with the boundary, elision and
   * placeholder checks; offsets are the text's. Returns false, at once, for a match that reaches
   * within a few bytes of a cut edge of [from, to) (the text beyond could have changed it).
   */
  matchIn(p, whole, emit, from = 0, to = whole.length) {
    const re = p.re;
    const text = from === 0 && to === whole.length ? whole : whole.subarray(from, to);
    const cutAfter = to < whole.length;
    const original = whole === this.original;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const [s, e] = m.indices[0];
      if (e === s) {
        re.lastIndex = s + 1;
        continue;
      }
      if (s === 0 && from > 0 || cutAfter && e + EDGE_LOOK > text.length) return false;
      const g = m.indices[p.layout.secret];
      if (!g) continue;
      const next = text[e];
      if (next !== void 0 && p.boundaryBytes[next]) continue;
      if (next === 46 && text[e + 1] === 46 && text[e + 2] === 46) continue;
      if (next === ELLIPSIS[0] && text.subarray(e, e + 3).equals(ELLIPSIS)) continue;
      const rawSecret = text.toString("utf8", g[0], g[1]);
      const secret = percentDecodeString(rawSecret);
      const ph = placeholderReason(secret, p.placeholders) ?? placeholderReason(rawSecret, p.placeholders);
      const url = text.toString("utf8", s, e);
      const doc = ph ? null : documentationHost(url);
      if (ph || doc) {
        const secretStart2 = text.toString("utf8", s, g[0]).length;
        this.drop(p, { redactedUrl: redactSpan(url, secretStart2, secretStart2 + rawSecret.length) }, ph ? `placeholder: ${ph}` : `documentation host ${doc}`, original ? from + s : void 0);
        continue;
      }
      const secretStart = text.toString("utf8", s, g[0]).length;
      const captures = capturesAt(p.layout, m.indices, text, percentDecodeString);
      emit({ s: from + s, e: from + e, gs: from + g[0], ge: from + g[1], secret, url, redactedUrl: redactSpan(url, secretStart, secretStart + rawSecret.length), ...captures ? { captures } : {} });
    }
    return true;
  }
  raw(p, x, start, end, encoding) {
    return { ruleId: p.id, secret: x.secret, url: x.url, redactedUrl: x.redactedUrl, encoding, start, end, ...x.captures ? { captures: x.captures } : {} };
  }
};
var WINDOWED_FROM = 64 * 1024;
var WINDOW_MARGIN = 16;
var EDGE_LOOK = 3;
var MAX_SPOTS = 4096;
var DENSE = [];
function nearPattern(out, p, at, len) {
  const near = out.near;
  if (!near) return;
  const list = near.get(p);
  if (list === DENSE) return;
  if (!list) near.set(p, [at, len]);
  else if (list.length >= 2 * MAX_SPOTS) near.set(p, DENSE);
  else list.push(at, len);
}
function windowsAround(spots, reach, length) {
  if (spots === DENSE) return void 0;
  const out = [];
  let covered = 0;
  for (let i = 0; i < spots.length; i += 2) {
    const s = Math.max(0, spots[i] - reach);
    const e = Math.min(length, spots[i] + spots[i + 1] + reach);
    const last = out.length - 1;
    if (last > 0 && s <= out[last]) {
      if (e > out[last]) {
        covered += e - out[last];
        out[last] = e;
      }
    } else {
      out.push(s, e);
      covered += e - s;
    }
    if (covered * 2 >= length) return void 0;
  }
  return out;
}
function continues(buf, end) {
  const c = buf[end];
  return c === 34 || c === 39 || c === 96 || c === 92 && (buf[end + 1] === 10 || buf[end + 1] === 13);
}
function lettersEncoded(d, s, e, buf, offset) {
  for (let i = s; i < e; i++) {
    const b = d.bytes[i];
    if (isAlnum2(b) && buf[offset + d.map[i]] !== b) return true;
  }
  return false;
}
function midWordCut(a, s, secretStart) {
  for (let i = s + 1; i < secretStart; i++) {
    if (a.map[i] === a.map[i - 1] + 1) continue;
    if (!isAlnum2(a.bytes[i - 1]) || !isAlnum2(a.bytes[i])) continue;
    let l = i - 1;
    while (l > s && isAlnum2(a.bytes[l - 1]) && i - l < 12) l--;
    let r = i;
    while (r < secretStart && isAlnum2(a.bytes[r]) && r - i < 12) r++;
    return `"${a.bytes.toString("latin1", l, i)}" + "${a.bytes.toString("latin1", i, r)}"`;
  }
  return null;
}
function describeLayer(family, buf, start, end) {
  const before = buf.toString("latin1", Math.max(0, start - 80), start);
  const after = buf.toString("latin1", end, Math.min(buf.length, end + 80));
  const call = (re) => re.exec(before)?.[1];
  if (family === "base64") {
    const via2 = call(/\b(atob|b64decode|urlsafe_b64decode|standard_b64decode|decodebytes|FromBase64String|base64_decode|decodeBase64|decode64|Base64\.decode|getDecoder\(\)\.decode)\s*\(\s*[bBuU]?["'`]?\s*$/) ?? (/Buffer\.from\s*\(\s*["'`]?\s*$/.test(before) && /^["'`]?\s*,\s*["'`]base64/.test(after) ? "Buffer.from(…, 'base64')" : void 0) ?? (/^\S{0,3}\s*\|\s*base64\s+(?:-d|--decode|-D)\b/.test(after) ? "base64 -d" : void 0) ?? (/\s-(?:e|ec|en|enc|encodedcommand)\s+["']?$/i.test(before) ? "PowerShell -EncodedCommand" : void 0);
    return via2 ? `base64 (decoded with ${via2.endsWith(")") || via2.includes(" ") ? via2 : `${via2}()`})` : "base64";
  }
  if (family === "hex") {
    const via2 = call(/\b(fromhex|unhexlify|hex2bin|decodeHex)\s*\(\s*[bB]?["'`]?\s*$/) ?? (/^["'`]?\s*,\s*["'`]hex/.test(after) ? "Buffer.from(…, 'hex')" : void 0);
    return via2 ? `hex (decoded with ${via2.endsWith(")") ? via2 : `${via2}()`})` : "hex";
  }
  if (family === "char-codes") {
    const via2 = /fromCharCode\s*\(\s*(?:\.\.\.\s*)?\[?\s*$/.test(before) ? "String.fromCharCode" : /chr\s*\(\s*$/.test(before) ? "chr()" : "a byte array";
    return `character codes (${via2})`;
  }
  const via = /^["'`]?\s*\.\s*split\(\s*["'`]{2}\s*\)\s*\.\s*reverse\(\)|^["'`]?\s*\[\s*::\s*-1\s*\]|^["'`]?\s*\|\s*rev\b/.test(after) || /strrev\s*\(\s*["']?$/.test(before);
  return via ? "a reversed string (reversed back at run time)" : "a reversed string";
}
function finish(all) {
  const splits = all.filter((m) => m.parts);
  if (splits.length === 0) return dedupeOverlaps(all);
  const byRule = /* @__PURE__ */ new Map();
  for (const x of splits) {
    const r = byRule.get(x.ruleId);
    if (r) r.list.push(x);
    else byRule.set(x.ruleId, { list: [x], maxEnd: [] });
  }
  for (const r of byRule.values()) {
    r.list.sort((a, b) => a.start - b.start);
    let max = -1;
    for (const x of r.list) r.maxEnd.push(max = Math.max(max, x.end));
  }
  return dedupeOverlaps(all.filter((m) => m.parts || !supersededBySplit(m, byRule.get(m.ruleId))));
}
function supersededBySplit(m, r) {
  if (!r) return false;
  let lo = 0;
  let hi = r.list.length;
  while (lo < hi) {
    const mid = lo + hi >> 1;
    if (r.list[mid].start < m.end) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo - 1; i >= 0 && r.maxEnd[i] > m.start; i--) {
    const x = r.list[i];
    if (x.end > m.start && x.secret !== m.secret && x.secret.startsWith(m.secret)) return true;
  }
  return false;
}
function dedupeOverlaps(all) {
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept = [];
  const last = /* @__PURE__ */ new Map();
  for (const m of all) {
    const key = `${m.ruleId}\0${m.secret}`;
    const k = last.get(key);
    const prev = k === void 0 ? void 0 : kept[k];
    if (prev && m.start < prev.end) {
      if (m.start === prev.start && prev.encoding === "plain" && m.encoding !== "plain" && ESCAPE_IN_URL.test(prev.url)) kept[k] = m;
      continue;
    }
    last.set(key, kept.length);
    kept.push(m);
  }
  return kept;
}
var MAX_WINDOW = 256 * 1024;
function windows(hits, len) {
  const merged = [];
  for (const h of hits) {
    const s = Math.max(0, h - WINDOW_BEFORE), e = Math.min(len, h + WINDOW_AFTER);
    const last = merged[merged.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else merged.push([s, e]);
  }
  const out = [];
  for (const [s, e] of merged) {
    for (let p = s; ; p += MAX_WINDOW) {
      if (e - p <= MAX_WINDOW + WINDOW_BEFORE + WINDOW_AFTER) {
        out.push([p, e, e]);
        break;
      }
      out.push([p, p + MAX_WINDOW + WINDOW_BEFORE + WINDOW_AFTER, p + MAX_WINDOW]);
    }
  }
  return out;
}
function encodingOf(original) {
  if (original.includes(92)) return "escaped";
  if (original.includes(37)) return "percent";
  return "html";
}
function preferLine(wrapped, line, scan) {
  if (!line || line.bytes.length === 0) return { found: wrapped, lineKept: false };
  const own = scan(line.bytes).map((m) => ({ d: line, m }));
  if (own.length === 0) return { found: wrapped, lineKept: false };
  const span = (x) => originalSpan(x.d, x.m.start, x.m.end);
  const out = [];
  const dropped = /* @__PURE__ */ new Set();
  for (const o of own) {
    const [s, e] = span(o);
    const over = wrapped.filter((w) => {
      const [ws, we] = span(w);
      return ws < e && s < we;
    });
    const atLineEnd = o.m.end >= line.bytes.length - 2;
    if (over.length && atLineEnd) continue;
    for (const w of over) dropped.add(w);
    out.push(o);
  }
  if (out.length === 0) return { found: wrapped, lineKept: false };
  const [ls, le] = originalSpan(line, 0, line.bytes.length);
  const kept = wrapped.filter((w) => {
    if (dropped.has(w)) return false;
    const [ws, we] = span(w);
    return ws < le && ls < we;
  });
  return { found: [...kept, ...out], lineKept: true };
}

// src/detect/locate.ts
var ALLOW = "hookscan:allow";
function locate(bytes, matches) {
  if (matches.length === 0) return [];
  const lines = new LineCounter(bytes);
  const span = (start, end) => {
    const a = lines.position(start);
    const b = lines.position(end);
    return { line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
  };
  const allowedLines = linesWithAllow(bytes, lines);
  return [...matches].sort((a, b) => a.start - b.start).map((m) => {
    const where = span(m.start, m.end);
    const allowed = allowedLines.size > 0 && (allowedLines.has(lines.lineOf(m.start)) || allowedLines.has(lines.lineOf(Math.max(m.start, m.end - 1))));
    const parts = m.parts?.map((p) => span(p.start, p.end));
    return {
      ruleId: m.ruleId,
      secret: m.secret,
      url: m.url,
      redactedUrl: m.redactedUrl,
      encoding: m.encoding,
      ...where,
      ...parts ? { parts } : {},
      ...m.captures ? { captures: m.captures } : {},
      ...m.context && (m.context.sends?.length || m.context.hints?.length || m.context.installScript || m.context.hidden?.length || m.context.flow || m.context.template) ? { context: m.context } : {},
      allowed
    };
  });
}
function linesWithAllow(bytes, lines) {
  const out = /* @__PURE__ */ new Set();
  for (let i = bytes.indexOf(ALLOW); i >= 0; i = bytes.indexOf(ALLOW, i + ALLOW.length)) out.add(lines.lineOf(i));
  return out;
}

// src/engine/job.ts
import { closeSync, fstatSync, openSync, readSync } from "node:fs";

// src/detect/content.ts
var SNIFF = 8e3;
var LFS = Buffer.from("version https://git-lfs.github.com/spec/v1");
function classify(bytes) {
  if (bytes.length >= 2) {
    const b0 = bytes[0], b1 = bytes[1];
    if (b0 === 255 && b1 === 254 || b0 === 254 && b1 === 255) {
      const body = Buffer.from(bytes.subarray(2, bytes.length - bytes.length % 2));
      if (b0 === 254) body.swap16();
      return { text: Buffer.from(body.toString("utf16le"), "utf8") };
    }
  }
  if (bytes.length < 200 && bytes.subarray(0, LFS.length).equals(LFS)) return { skip: "lfs-pointer" };
  const n = Math.min(bytes.length, SNIFF);
  const nul = bytes.indexOf(0);
  if (nul >= 0 && nul < n) return { skip: "binary" };
  return { text: bytes };
}

// src/engine/job.ts
function droppedLines(bytes, dropped) {
  const lines = new LineCounter(bytes);
  return dropped.map(({ start, ...d }) => start === void 0 ? d : { ...d, line: lines.lineOf(start) });
}
var scratch = Buffer.allocUnsafe(1 << 20);
function growScratch(want, keep = 0) {
  if (scratch.length >= want) return;
  const bigger = Buffer.allocUnsafe(Math.max(want, scratch.length * 2));
  if (keep) scratch.copy(bigger, 0, 0, keep);
  scratch = bigger;
}
function readFile(file, maxFileSize) {
  let fd;
  try {
    fd = openSync(file, "r");
  } catch (e) {
    return { ok: false, reason: "unreadable", detail: e.message };
  }
  try {
    ahead = { key: -1, start: 0, end: 0 };
    let n = readSync(fd, scratch, 0, scratch.length, null);
    if (n < scratch.length) return n > maxFileSize ? { ok: false, reason: "too-large", detail: `${n} bytes > ${maxFileSize}` } : scratch.subarray(0, n);
    const size = fstatSync(fd).size;
    if (size > maxFileSize) return { ok: false, reason: "too-large", detail: `${size} bytes > ${maxFileSize}` };
    for (; ; ) {
      if (n === scratch.length) {
        if (n >= maxFileSize) return { ok: false, reason: "too-large", detail: `more than ${maxFileSize} bytes` };
        growScratch(Math.max(size + 1, n + 1), n);
      }
      const r = readSync(fd, scratch, n, scratch.length - n, null);
      if (r === 0) break;
      n += r;
    }
    return scratch.subarray(0, n);
  } catch (e) {
    return { ok: false, reason: "unreadable", detail: e.message };
  } finally {
    closeSync(fd);
  }
}
var ahead = { key: -1, start: 0, end: 0 };
var READ_AHEAD = 1 << 20;
function readRange({ fd, offset, length, key }, maxFileSize) {
  if (length > maxFileSize) return { ok: false, reason: "too-large", detail: `${length} bytes > ${maxFileSize}` };
  if (key === ahead.key && offset >= ahead.start && offset + length <= ahead.end) return scratch.subarray(offset - ahead.start, offset - ahead.start + length);
  const want = Math.max(length, READ_AHEAD);
  growScratch(want);
  ahead = { key: -1, start: 0, end: 0 };
  try {
    let n = 0;
    while (n < length) {
      const r = readSync(fd, scratch, n, want - n, offset + n);
      if (r === 0) return { ok: false, reason: "unreadable", detail: `${length - n} bytes missing at offset ${offset + n}` };
      n += r;
    }
    ahead = { key, start: offset, end: offset + n };
    return scratch.subarray(0, length);
  } catch (e) {
    return { ok: false, reason: "unreadable", detail: e.message };
  }
}
function packResult(r) {
  return r.ok && r.matches.length === 0 && !r.installTargets && !r.dropped ? r.size : r;
}
function unpackResult(r) {
  return typeof r === "number" ? { ok: true, size: r, matches: [] } : r;
}
function processJob(detector, job) {
  let bytes;
  if (job.kind === "file") {
    const r = job.range ? readRange(job.range, job.maxFileSize) : readFile(job.file, job.maxFileSize);
    if (!Buffer.isBuffer(r)) return r;
    bytes = r;
  } else {
    bytes = Buffer.isBuffer(job.bytes) ? job.bytes : Buffer.from(job.bytes.buffer, job.bytes.byteOffset, job.bytes.byteLength);
  }
  const c = classify(bytes);
  if ("skip" in c) return { ok: false, reason: c.skip };
  const manifest = job.kind === "file" ? /(?:^|[/\\])package\.json$/.test(job.file) : job.manifest;
  const targets = manifest ? installTargets(c.text) : [];
  const language = languageOf(job.kind === "file" ? job.file : job.name);
  const matches = locate(c.text, detector.detect(c.text, { language }));
  const dropped = detector.lastDropped();
  return { ok: true, size: c.text.length, matches, ...targets.length ? { installTargets: targets } : {}, ...dropped.length ? { dropped: droppedLines(c.text, dropped) } : {} };
}

export {
  compareSeverity,
  strongerConfidence,
  loadPatternFiles,
  assessExfil,
  raiseSeverity,
  installTargetEvidence,
  Detector,
  packResult,
  unpackResult,
  processJob
};
