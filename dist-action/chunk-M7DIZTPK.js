// hookscan GitHub Action, bundled from src/ by `npm run build:action` (scripts/build-action.mjs). Do not edit.
import { createRequire as __hookscanCreateRequire } from 'node:module';
const require = __hookscanCreateRequire(import.meta.url);
import {
  EnvironmentError,
  UsageError,
  maskCredentials
} from "./chunk-P5M7NSU6.js";

// src/git/index.ts
import { spawn, spawnSync } from "node:child_process";

// src/git/discover.ts
import { readFileSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
var ENV_OVERRIDES = ["GIT_DIR", "GIT_COMMON_DIR", "GIT_WORK_TREE", "GIT_SHALLOW_FILE", "GIT_CEILING_DIRECTORIES", "GIT_DISCOVERY_ACROSS_FILESYSTEM"];
var kind = (p) => {
  const st = statSync(p, { throwIfNoEntry: false });
  return st?.isDirectory() ? "dir" : st?.isFile() ? "file" : void 0;
};
function commonGitDir(folder, env = process.env) {
  if (ENV_OVERRIDES.some((k) => env[k] !== void 0)) return void 0;
  try {
    for (let d = resolve(folder); ; d = dirname(d)) {
      const dotGit = join(d, ".git");
      const k = kind(dotGit);
      if (k === "dir") return dotGit;
      if (k === "file") {
        const m = /^gitdir: (.+)$/m.exec(readFileSync(dotGit, "utf8"));
        if (!m) return void 0;
        const gitDir = resolve(d, m[1].trim());
        if (kind(join(gitDir, "commondir")) === "file") return resolve(gitDir, readFileSync(join(gitDir, "commondir"), "utf8").trim());
        return kind(gitDir) === "dir" ? gitDir : void 0;
      }
      if (kind(join(d, "HEAD")) === "file" && kind(join(d, "objects")) === "dir" && kind(join(d, "refs")) === "dir") return d;
      if (dirname(d) === d) return void 0;
    }
  } catch {
    return void 0;
  }
}
function shallowFromFiles(folder, env = process.env) {
  const dir = commonGitDir(folder, env);
  if (dir === void 0) return void 0;
  return kind(join(dir, "shallow")) === "file";
}

// src/git/index.ts
function gitFailureLine(stderr) {
  const lines = stderr.split("\n").map((l) => l.trim()).filter((l) => l && !/^(hint|warning):/i.test(l));
  return (lines.find((l) => /^(fatal|error):/i.test(l)) ?? lines[lines.length - 1] ?? "").replace(/^(fatal|error):\s*/i, "");
}
function scrubbed(text, scrub) {
  return maskCredentials(text, scrub ?? []);
}
function gitMissing(purpose, cause) {
  return new EnvironmentError(`git is not installed or not on PATH${purpose ? ` (${purpose})` : ""}`, { cause, hint: "install git (https://git-scm.com/downloads) or put it on PATH; scanning files without --history, --range or --staged needs no git" });
}
function gitFailed(args, code, stderr, opts = {}) {
  const line = scrubbed(gitFailureLine(stderr), opts.scrub);
  if (/not a git repository/i.test(line)) return new UsageError(`${opts.cwd ?? "."} is not a git repository (${line})`, { hint: "give the repository folder, or scan the files without --history, --range or --staged" });
  return new EnvironmentError(`git ${args[0]} failed: ${line || `exit ${code}`}`);
}
function environment(opts) {
  if (!opts.env) return void 0;
  const env = {};
  for (const [k, v] of Object.entries(opts.env)) if (v !== void 0) env[k] = v;
  return env;
}
function spawnGit(args, opts = {}) {
  return launch(args, "pipe", opts);
}
function spawnGitToFd(args, fd, opts = {}) {
  return launch(args, fd, opts);
}
function launch(args, stdout, opts) {
  const child = spawn("git", args, { cwd: opts.cwd, env: environment(opts), stdio: ["pipe", stdout, "pipe"], signal: opts.signal });
  child.stdin.on("error", () => {
  });
  return child;
}
function runGit(args, opts = {}) {
  return new Promise((resolve2, reject) => {
    const child = spawnGit(args, opts);
    const out = [];
    let err = "";
    child.stdout.on("data", (d) => out.push(d));
    child.stderr.on("data", (d) => err += d.toString("utf8"));
    child.on("error", (e) => reject(e.code === "ENOENT" ? gitMissing(opts.purpose, e) : e));
    child.on("close", (code) => resolve2({ code: code ?? 1, stdout: Buffer.concat(out), stderr: err }));
    child.stdin.end(opts.input ?? "");
  });
}
async function gitOutput(args, opts = {}) {
  const r = await runGit(args, opts);
  if (r.code !== 0) throw gitFailed(args, r.code, r.stderr, opts);
  return r.stdout;
}
async function gitText(args, opts = {}) {
  return (await gitOutput(args, opts)).toString("utf8").trim();
}
async function inspectRepository(repo, purpose = "needed for --history, --range and --staged") {
  let out;
  try {
    out = await gitText(["rev-parse", "--is-shallow-repository", "--is-bare-repository"], { cwd: repo, purpose });
  } catch (e) {
    if (e instanceof UsageError && /not a git repository/i.test(e.message)) {
      throw new UsageError(e.message, { cause: e.cause, hint: "--history, --range and --staged need one; scan the folder without them for its files" });
    }
    throw e;
  }
  const [shallow, bare] = out.split("\n");
  return { shallow: shallow === "true", bare: bare === "true" };
}
async function inspectRevisions(repo, revs) {
  if (revs.length) {
    const r = await runGit(["rev-parse", "--is-shallow-repository", "--is-bare-repository", "--end-of-options", ...revs.map((rev) => `${rev}^{commit}`)], { cwd: repo });
    const lines = r.code === 0 ? r.stdout.toString("utf8").trim().split("\n").filter((l) => l !== "--end-of-options") : [];
    if (lines.length === revs.length + 2 && lines.slice(2).every((l) => /^[0-9a-f]{40,64}$/.test(l))) return { shallow: lines[0] === "true", bare: lines[1] === "true" };
  }
  const [info, ...known] = await Promise.all([inspectRepository(repo), ...revs.map((rev) => isCommit(repo, rev))]);
  const unknown = revs.find((_, k) => !known[k]);
  return { ...info, ...unknown !== void 0 ? { unknown } : {} };
}
async function isCommit(repo, rev) {
  return (await runGit(["rev-parse", "--verify", "--quiet", "--end-of-options", `${rev}^{commit}`], { cwd: repo })).code === 0;
}
var LOG_FORMAT = "--format=%x01%H%x00%P%x00%an <%ae>%x00%aI%x00";
var RawLogParser = class {
  pending = [];
  fields = [];
  want = "any";
  meta = [];
  /** Feeds a chunk; returns the records it completes. */
  push(chunk) {
    const out = [];
    let i = 0;
    while (i < chunk.length) {
      const nul = chunk.indexOf(0, i);
      if (nul < 0) {
        this.pending.push(chunk.subarray(i));
        break;
      }
      let field;
      if (this.pending.length) {
        this.pending.push(chunk.subarray(i, nul));
        field = Buffer.concat(this.pending).toString("utf8");
        this.pending = [];
      } else field = chunk.toString("utf8", i, nul);
      i = nul + 1;
      this.field(field, out);
    }
    return out;
  }
  /** Call at the end of the stream (a last field without its NUL). */
  end() {
    const out = [];
    if (this.pending.length) {
      const field = Buffer.concat(this.pending).toString("utf8");
      this.pending = [];
      this.field(field, out);
    }
    return out;
  }
  field(raw, out) {
    if (this.want === "path") {
      const [oldMode, newMode, oldBlob, newBlob, status] = this.meta;
      out.push({ kind: "entry", entry: { oldMode, newMode, oldBlob, newBlob, status, path: raw } });
      this.want = "any";
      return;
    }
    if (this.want === "header") {
      this.fields.push(raw);
      if (this.fields.length === 4) {
        const [sha, parents, author, date] = this.fields;
        out.push({ kind: "commit", commit: { sha, parents: parents ? parents.split(" ") : [], author, date } });
        this.fields = [];
        this.want = "any";
      }
      return;
    }
    const s = raw.replace(/^\n+/, "");
    if (s.startsWith("")) {
      this.fields = [s.slice(1)];
      this.want = "header";
    } else if (s.startsWith(":")) {
      this.meta = s.slice(1).split(" ");
      this.want = "path";
    }
  }
};
async function* gitStream(args, opts = {}) {
  const child = spawnGit(args, opts);
  let stderr = "";
  child.stderr.on("data", (d) => stderr += d.toString("utf8"));
  let failure;
  child.on("error", (e) => failure = e.code === "ENOENT" ? gitMissing(opts.purpose, e) : e);
  const closed = new Promise((resolve2) => child.on("close", resolve2));
  child.stdin.end(opts.input ?? "");
  try {
    for await (const chunk of child.stdout) yield chunk;
    const code = await closed;
    if (failure) throw failure;
    opts.signal?.throwIfAborted();
    if (code !== 0) throw gitFailed(args, code, stderr, opts);
  } finally {
    if (child.exitCode === null) child.kill();
  }
}
async function* logRecords(repo, revs, opts = {}) {
  const parser = new RawLogParser();
  const order = opts.newestFirst ? ["--date-order"] : ["--date-order", "--reverse"];
  const args = ["log", ...revs, "-m", "--raw", "--no-abbrev", "--no-renames", "-z", ...order, LOG_FORMAT, "--"];
  for await (const chunk of gitStream(args, { ...opts, cwd: repo })) {
    const records = parser.push(chunk);
    if (records.length) yield records;
  }
  const rest = parser.end();
  if (rest.length) yield rest;
}
async function* stagedEntries(repo, base, opts = {}) {
  const parser = new RawLogParser();
  const take = (records) => records.flatMap((r) => r.kind === "entry" ? [r.entry] : []);
  for await (const chunk of gitStream(["diff", "--cached", "--raw", "--no-abbrev", "--no-renames", "-z", base, "--"], { ...opts, cwd: repo })) yield* take(parser.push(chunk));
  yield* take(parser.end());
}
var BATCH_CHECK = ["cat-file", "--batch-check"];
function objectInfo(repo, onObject, opts = {}) {
  const child = spawnGit(BATCH_CHECK, { ...opts, cwd: repo });
  const done = new Promise((resolve2, reject) => {
    let rest = "";
    let stderr = "";
    const take = (line) => {
      const [id, type, size] = line.split(" ");
      if (id && type) onObject(id, type, Number(size));
    };
    child.stderr.on("data", (d) => stderr += d.toString("utf8"));
    child.stdout.on("data", (d) => {
      const lines = (rest + d.toString("latin1")).split("\n");
      rest = lines.pop();
      for (const l of lines) take(l);
    });
    child.on("error", (e) => reject(e.code === "ENOENT" ? gitMissing(opts.purpose, e) : e));
    child.on("close", (code) => {
      take(rest);
      if (opts.signal?.aborted) reject(opts.signal.reason);
      else if (code !== 0) reject(gitFailed(BATCH_CHECK, code, stderr, { ...opts, cwd: repo }));
      else resolve2();
    });
  });
  return { stdin: child.stdin, kill: () => child.kill(), done };
}

// src/sources/git-blob-files.ts
import { closeSync, fstatSync, mkdtempSync, openSync, readSync, rmdirSync, statfsSync, unlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join as join2 } from "node:path";
var SEGMENT_BYTES = 256 * 1024 * 1024;
var LIVE_BYTES = 2 * SEGMENT_BYTES;
var CAT_FILE = ["cat-file", "--batch"];
var SLICE_MS = 4;
function segmentFor(free, wanted = SEGMENT_BYTES) {
  return free !== void 0 && free / 4 >= wanted ? wanted : null;
}
function freeSpace(dir = tmpdir()) {
  try {
    const s = statfsSync(dir);
    return s.bavail * s.bsize;
  } catch {
    return void 0;
  }
}
function openAnonymousFile(dir = tmpdir()) {
  let folder;
  try {
    folder = mkdtempSync(join2(dir, "hookscan-"));
  } catch {
    return null;
  }
  const path = join2(folder, "blobs");
  const fds = [];
  try {
    fds.push(openSync(path, "wx", 384));
    fds.push(openSync(path, "r"));
    unlinkSync(path);
    rmdirSync(folder);
    return { wfd: fds[0], rfd: fds[1] };
  } catch {
    for (const fd of fds) closeSync(fd);
    try {
      unlinkSync(path);
    } catch {
    }
    try {
      rmdirSync(folder);
    } catch {
    }
    return null;
  }
}
var segments = 0;
function blobFiles(repo, first, scan, segmentBytes = SEGMENT_BYTES) {
  const liveBytes = LIVE_BYTES / SEGMENT_BYTES * segmentBytes;
  const queue = [];
  let head = 0;
  let ended = false;
  let killed = false;
  const live = [];
  let spare = first;
  let timer;
  let soon;
  let feedQueued = false;
  let settle;
  const done = new Promise((resolve2, reject) => settle = { resolve: resolve2, reject });
  const header = Buffer.alloc(256);
  const fail = (e) => kill(e);
  const guarded = (f) => () => {
    try {
      f();
    } catch (e) {
      fail(e);
    }
  };
  const dropSpare = () => {
    if (!spare) return;
    closeSync(spare.wfd);
    closeSync(spare.rfd);
    spare = void 0;
  };
  const startSegment = () => {
    const file = spare ?? openAnonymousFile();
    spare = void 0;
    if (!file) throw new Error("could not create a temporary file for git cat-file");
    const child = spawnGitToFd(CAT_FILE, file.wfd, { cwd: repo });
    closeSync(file.wfd);
    const seg = { child, rfd: file.rfd, key: ++segments, count: 0, bytes: 0, open: true, exited: false, cursor: 0, parsed: 0, pending: 0 };
    let stderr = "";
    child.stderr.on("data", (d) => stderr += d.toString("utf8"));
    child.on("error", fail);
    child.on("close", (code) => {
      seg.exited = true;
      if (code !== 0 && /unable to stream|write error|No space left/i.test(stderr)) {
        return fail(
          new EnvironmentError(
            `git cat-file could not write to the temporary folder ${tmpdir()} (${stderr.trim().split("\n")[0]}): a history scan keeps up to ${Math.round(2 * segmentBytes / 2 ** 20)} MB of git's output there at a time; free some space, or set TMPDIR to a folder with more`
          )
        );
      }
      if (code !== 0) return fail(gitFailed(CAT_FILE, code, stderr, { cwd: repo }));
      read();
      feed();
    });
    live.push(seg);
    return seg;
  };
  const feed = guarded(() => {
    if (killed) return;
    while (head < queue.length) {
      let seg = live[live.length - 1];
      if (!seg || !seg.open) {
        if (seg && !seg.exited) break;
        if (live.reduce((n, x) => n + x.bytes, 0) >= liveBytes) break;
        seg = startSegment();
      }
      let ids = "";
      while (head < queue.length && (seg.bytes < segmentBytes || seg.count === 0)) {
        const b = queue[head++];
        seg.count++;
        seg.bytes += b.size;
        ids += `${b.oid}
`;
      }
      if (ids) seg.child.stdin.write(ids);
      if (seg.bytes >= segmentBytes) close(seg);
      timer ??= setTimeout(read, 1);
    }
    if (head > 4096 && head * 2 > queue.length) {
      queue.splice(0, head);
      head = 0;
    }
    if (ended && head >= queue.length) for (const seg of live) close(seg);
    finish();
  });
  const close = (seg) => {
    if (!seg.open) return;
    seg.open = false;
    seg.child.stdin.end();
  };
  const read = guarded(() => {
    if (killed) return;
    clearTimeout(timer);
    timer = void 0;
    if (soon) clearImmediate(soon);
    soon = void 0;
    const until = performance.now() + SLICE_MS;
    let waiting = false;
    let sliced = false;
    for (const seg of [...live]) {
      const size = seg.parsed < seg.count ? fstatSync(seg.rfd).size : 0;
      while (seg.parsed < seg.count) {
        if (seg.cursor >= size) break;
        const n = readSync(seg.rfd, header, 0, header.length, seg.cursor);
        const nl = header.indexOf(10);
        if (nl < 0 || nl >= n) break;
        const [oid, type, sizeText] = header.toString("latin1", 0, nl).split(" ");
        if (type === "missing") {
          seg.cursor += nl + 1;
          seg.parsed++;
          continue;
        }
        const length = Number(sizeText);
        const offset = seg.cursor + nl + 1;
        if (offset + length + 1 > size) break;
        seg.cursor = offset + length + 1;
        seg.parsed++;
        if (type !== "blob") continue;
        seg.pending++;
        scan(oid, { fd: seg.rfd, offset, length, key: seg.key }).then(
          () => {
            seg.pending--;
            release(seg);
          },
          fail
        );
        if (performance.now() > until) {
          sliced = true;
          break;
        }
      }
      if (sliced) break;
      if (seg.parsed < seg.count) {
        if (seg.exited) return fail(new Error(`git cat-file --batch ended after ${seg.parsed} of ${seg.count} objects`));
        waiting = true;
      }
      release(seg);
    }
    if (killed) return;
    if (sliced) soon = setImmediate(read);
    else if (waiting) timer = setTimeout(read, 1);
  });
  const release = (seg) => {
    if (killed || seg.open || !seg.exited || seg.parsed < seg.count || seg.pending > 0) return;
    const i = live.indexOf(seg);
    if (i < 0) return;
    live.splice(i, 1);
    closeSync(seg.rfd);
    feed();
  };
  const finish = () => {
    if (!killed && ended && head >= queue.length && live.length === 0) {
      dropSpare();
      settle.resolve();
    }
  };
  function kill(reason = new Error("stopped")) {
    if (killed) return;
    killed = true;
    settle.reject(reason);
    clearTimeout(timer);
    if (soon) clearImmediate(soon);
    for (const seg of live) {
      seg.child.kill();
      closeSync(seg.rfd);
    }
    live.length = 0;
    dropSpare();
  }
  return {
    add(oid, size) {
      if (killed) return;
      queue.push({ oid, size });
      if (!feedQueued) {
        feedQueued = true;
        queueMicrotask(() => {
          feedQueued = false;
          feed();
        });
      }
    },
    end() {
      ended = true;
      feed();
    },
    done,
    kill
  };
}

// src/sources/git.ts
var ZERO = /^0+$/;
var CAT_FILE2 = ["cat-file", "--batch"];
function skipTooLarge(sink, origins, size, cap, blob) {
  return Promise.resolve(origins).then((o) => {
    if (o.length) sink.skip({ path: o[0].path, reason: "too-large", detail: `${size} bytes > ${cap} (blob ${blob.slice(0, 12)})` });
  });
}
function parseLog(buf, onEntry) {
  const commits = new LogCommits();
  const parser = new RawLogParser();
  for (const r of [...parser.push(buf), ...parser.end()]) {
    if (r.kind === "commit") commits.add(r.commit);
    else onEntry(commits.current, r.entry.status, r.entry.newMode, r.entry.oldBlob, r.entry.newBlob, r.entry.path, commits.parentIndex);
  }
  return commits.list;
}
var LogCommits = class {
  list = [];
  index = /* @__PURE__ */ new Map();
  current = -1;
  parentIndex = 0;
  /** Returns whether this is a new commit (not a merge's next parent). */
  add(c) {
    const known = this.index.get(c.sha);
    if (known !== void 0) {
      this.current = known;
      this.parentIndex++;
      return false;
    }
    this.current = this.list.length;
    this.parentIndex = 0;
    this.index.set(c.sha, this.current);
    this.list.push({ sha: c.sha, author: c.author, date: c.date, parents: c.parents.length });
    return true;
  }
};
var GitSource = class {
  constructor(opts) {
    this.opts = opts;
  }
  opts;
  shallow = false;
  commits = [];
  /** Orders locations oldest first (the first is where the secret was introduced). */
  compareLocations = (a, b) => {
    const ia = a.commit ? this.order.get(a.commit) ?? -1 : Number.MAX_SAFE_INTEGER;
    const ib = b.commit ? this.order.get(b.commit) ?? -1 : Number.MAX_SAFE_INTEGER;
    return ia - ib || a.path.localeCompare(b.path) || a.line - b.line;
  };
  order = /* @__PURE__ */ new Map();
  /**
   * git cat-file keeps one core busy: detection gets the others (measured: docs/benchmarks.md).
   * Where that leaves one core, detection runs on this thread, which otherwise only waits on git:
   * a single worker added its start and a hand-off per batch (2 cores: make-history 0.92×, churn
   * 0.95× the time with one worker).
   */
  defaultWorkers(cores) {
    return cores - 1 > 1 ? cores - 1 : 0;
  }
  /** Reachable blobs read (history: dangling objects in the store are read but not counted). */
  blobs;
  describe() {
    return { commitsScanned: this.commits.length, shallow: this.shallow, ...this.blobs !== void 0 ? { blobsScanned: this.blobs } : {} };
  }
  origin(s) {
    if (s.commit < 0) return { path: s.path };
    const c = this.commits[s.commit];
    return { path: s.path, commit: c.sha, author: c.author, date: c.date, ...this.opts.repository ? { repository: this.opts.repository } : {} };
  }
  /** A range scan begun by start(): its log and cat-file, running while the caller prepares. */
  early;
  /**
   * Begins a range scan (the pre-push hook) before the caller has loaded its patterns, which the
   * git side does not need: `git log` and `git cat-file` start now and run while the patterns load
   * and the detector compiles. Only when the repository's files say whether it is shallow (the
   * `git rev-parse` that would tell is then not run, see run()). Does nothing in other modes;
   * stop() ends the processes when run() does not follow.
   */
  start() {
    const { repo, mode } = this.opts;
    if (this.early || mode.kind !== "range") return;
    const shallow = shallowFromFiles(repo);
    if (shallow === void 0) return;
    this.shallow = shallow;
    const revs = this.rangeRevs();
    const abort = new AbortController();
    const catFile = this.catFileEarly();
    const log = this.readLog(revs, abort.signal);
    log.catch(() => {
    });
    this.early = { catFile, log, abort };
  }
  /** Ends what start() began, when run() will not come (the caller failed before scanning). */
  stop() {
    this.early?.abort.abort();
    this.early?.catFile.kill();
  }
  rangeRevs() {
    const { mode } = this.opts;
    if (mode.kind !== "range") return [];
    if (mode.revs) return mode.revs;
    if (!mode.range.trim() || mode.range.startsWith("-")) throw new UsageError(`--range needs a revision range such as main..HEAD, got '${mode.range}'`);
    return mode.range.split(/\s+/);
  }
  async run(sink, signal) {
    const { repo, mode } = this.opts;
    if (mode.kind === "range") this.start();
    const early = this.early;
    let revs;
    let named = [];
    if (mode.kind === "history") revs = ["--all"];
    else if (mode.kind === "staged") {
      revs = [];
      named = ["HEAD"];
    } else {
      revs = this.rangeRevs();
      if (!mode.revs) named = revs.map((r) => r.replace(/^\^/, "")).flatMap((r) => r.split(/\.\.\.?/)).filter(Boolean);
    }
    const checkRevisions = async () => {
      const info = await inspectRevisions(repo, named);
      if (mode.kind === "range" && info.unknown !== void 0) {
        throw new UsageError(`--range ${mode.range}: unknown revision '${info.unknown}' (fetch it first, e.g. git fetch origin; in GitHub Actions set fetch-depth: 0)`);
      }
      return info;
    };
    if (!early) {
      const info = await checkRevisions();
      this.shallow = info.shallow;
      if (mode.kind === "staged") return this.runStaged(sink, info.unknown === void 0, signal);
    }
    const segment = mode.kind === "history" && this.opts.blobTransport !== "pipe" ? segmentFor(freeSpace(), this.opts.segmentBytes) : null;
    const file = segment ? openAnonymousFile() : null;
    if (file) return this.historyThroughFiles(sink, revs, file, segment, signal);
    if (mode.kind === "history") {
      const catFile2 = this.catFileEarly();
      const logDone = this.historyLog(sink, revs, catFile2, signal);
      const seen = /* @__PURE__ */ new Set();
      const [{ sightings }] = await Promise.all([
        logDone,
        this.streamBlobs(sink, catFile2, null, null, signal, this.originsOnceRead(logDone), seen)
      ]);
      this.countBlobs(sink, sightings, seen);
      return;
    }
    const catFile = early?.catFile ?? this.catFileEarly();
    const onAbort = () => early?.abort.abort();
    signal?.addEventListener("abort", onAbort, { once: true });
    let read;
    try {
      read = await (early?.log ?? this.readLog(revs, signal));
    } catch (e) {
      catFile.kill();
      if (early && !signal?.aborted) await checkRevisions();
      throw e;
    } finally {
      signal?.removeEventListener("abort", onAbort);
    }
    signal?.throwIfAborted();
    this.skipGitlinks(sink, read.gitlinks);
    const entries = [...read.added.values()].filter((a) => a.differs >= Math.max(1, this.commits[a.commit].parents));
    const wanted = /* @__PURE__ */ new Map();
    const before = /* @__PURE__ */ new Map();
    for (const a of entries) {
      const list = wanted.get(a.blob) ?? [];
      list.push({ commit: a.commit, path: a.path });
      wanted.set(a.blob, list);
      const b = before.get(a.blob) ?? /* @__PURE__ */ new Set();
      for (const x of a.before) b.add(x);
      before.set(a.blob, b);
    }
    sink.total?.(wanted.size);
    await this.streamBlobs(sink, catFile, wanted, before, signal);
  }
  /**
   * History through files (git-blob-files.ts): the log names each blob as it first sees it,
   * `git cat-file --batch-check` gives its size, and the blobs under the size cap are read through
   * segment files, their ranges handed to the sink. Blobs over the cap are skipped without being
   * read; what the store lacks is counted once the log is read, as on the pipe path.
   */
  async historyThroughFiles(sink, revs, file, segmentBytes, signal) {
    const { repo, maxFileSize } = this.opts;
    const seen = /* @__PURE__ */ new Set();
    const skipped = [];
    const check = objectInfo(repo, (id, type, size) => {
      if (type !== "blob") return;
      seen.add(id);
      if (size <= maxFileSize) blobs.add(id, size);
      else {
        const skip = skipTooLarge(sink, originsOf(id), size, maxFileSize, id);
        skip.catch(() => {
        });
        skipped.push(skip);
      }
    });
    const logDone = this.historyLog(sink, revs, check, signal);
    const originsOf = this.originsOnceRead(logDone);
    const blobs = blobFiles(repo, file, (oid, range) => sink.scan({ kind: "file", file: `blob ${oid}`, maxFileSize, range }, () => originsOf(oid)), segmentBytes);
    const onAbort = () => {
      blobs.kill(signal.reason);
      check.kill();
    };
    signal?.addEventListener("abort", onAbort, { once: true });
    try {
      await Promise.all([logDone, check.done.then(() => blobs.end()), blobs.done]);
      await Promise.all(skipped);
    } catch (e) {
      blobs.kill();
      check.kill();
      throw signal?.aborted ? signal.reason : e;
    } finally {
      signal?.removeEventListener("abort", onAbort);
    }
    this.countBlobs(sink, (await logDone).sightings, seen);
  }
  /**
   * The history log, each blob id written to `git`'s input as the log first names it; once the log
   * is read, the submodules are counted, the total given and the input closed (a failed log kills git).
   */
  historyLog(sink, revs, git, signal) {
    const logDone = this.readLog(revs, signal, (ids) => git.stdin.write(ids));
    logDone.then(
      ({ sightings, gitlinks }) => {
        this.skipGitlinks(sink, gitlinks);
        sink.total?.(sightings.size);
        git.stdin.end();
      },
      () => git.kill()
    );
    return logDone;
  }
  /** A blob's origins, once the log is read (a blob's scan can end before the log does). */
  originsOnceRead(logDone) {
    return async (oid) => ((await logDone).sightings.get(oid) ?? []).map((s) => this.origin(s));
  }
  /** Reachable blobs read, and those the object store does not have (a damaged repository): counted, not fatal. */
  countBlobs(sink, sightings, seen) {
    this.blobs = 0;
    for (const [blob, list] of sightings) {
      if (seen.has(blob)) this.blobs++;
      else sink.skip({ path: list[0].path, reason: "missing-object", detail: blob });
    }
  }
  skipGitlinks(sink, gitlinks) {
    if (gitlinks) sink.skip({ path: "(submodules)", reason: "submodule", detail: `${gitlinks} gitlink entr${gitlinks === 1 ? "y" : "ies"} not followed` });
  }
  /**
   * Reads the log of `revs`: every blob once with every (commit, path) that introduced it, and in
   * range mode, per commit and path, the new blob, its pre-images and how many parents it differs
   * from. `onBlobs` gets the blob ids first seen in each batch of the log, as they arrive.
   */
  async readLog(revs, signal, onBlobs) {
    const { repo, mode } = this.opts;
    const sightings = /* @__PURE__ */ new Map();
    const added = /* @__PURE__ */ new Map();
    let gitlinks = 0;
    const commits = new LogCommits();
    let seenInCommit = /* @__PURE__ */ new Set();
    const newestFirst = mode.kind === "history";
    for await (const records of logRecords(repo, revs, { signal, newestFirst })) {
      let fresh = "";
      for (const r of records) {
        if (r.kind === "commit") {
          if (commits.add(r.commit)) seenInCommit = /* @__PURE__ */ new Set();
          continue;
        }
        const { status, newMode, oldBlob, newBlob, path } = r.entry;
        const commit = commits.current;
        if (status === "D" || ZERO.test(newBlob)) continue;
        if (newMode === "160000") {
          gitlinks++;
          continue;
        }
        const key = `${path}\0${newBlob}`;
        if (!seenInCommit.has(key)) {
          seenInCommit.add(key);
          const list = sightings.get(newBlob);
          if (list) list.push({ commit, path });
          else {
            sightings.set(newBlob, [{ commit, path }]);
            if (onBlobs) fresh += `${newBlob}
`;
          }
        }
        if (mode.kind === "range") {
          const k = `${commit}\0${path}`;
          let a = added.get(k);
          if (!a) added.set(k, a = { blob: newBlob, path, commit, before: /* @__PURE__ */ new Set(), differs: 0 });
          a.differs++;
          if (!ZERO.test(oldBlob)) a.before.add(oldBlob);
        }
      }
      if (fresh) onBlobs(fresh);
    }
    signal?.throwIfAborted();
    this.commits = commits.list;
    const last = this.commits.length - 1;
    this.order = new Map(this.commits.map((c, k) => [c.sha, newestFirst ? last - k : k]));
    return { sightings, added, gitlinks };
  }
  /**
   * `git cat-file --batch` started before the list of blobs is known: it waits on its input, and its
   * start-up overlaps the log. A spawn that failed is reported when the list is handed over, one
   * that died by its exit status (streamBlobs): neither as an unhandled event, nor a write to its
   * closed input.
   */
  catFileEarly() {
    const child = spawnGit(CAT_FILE2, { cwd: this.opts.repo });
    child.on("error", () => {
    });
    child.stdin.on("error", () => {
    });
    return child;
  }
  async runStaged(sink, hasHead, signal) {
    const { repo } = this.opts;
    const base = hasHead ? "HEAD" : await gitText(["hash-object", "-t", "tree", "--stdin"], { cwd: repo });
    const catFile = this.catFileEarly();
    const wanted = /* @__PURE__ */ new Map();
    const before = /* @__PURE__ */ new Map();
    try {
      for await (const { status, newMode, oldBlob, newBlob, path } of stagedEntries(repo, base, { signal })) {
        if (status === "D" || ZERO.test(newBlob) || newMode === "160000") continue;
        const list = wanted.get(newBlob);
        if (list) list.push({ commit: -1, path });
        else wanted.set(newBlob, [{ commit: -1, path }]);
        if (!ZERO.test(oldBlob)) {
          const b = before.get(newBlob);
          if (b) b.add(oldBlob);
          else before.set(newBlob, /* @__PURE__ */ new Set([oldBlob]));
        }
      }
      signal?.throwIfAborted();
    } catch (e) {
      catFile.kill();
      throw e;
    }
    sink.total?.(wanted.size);
    await this.streamBlobs(sink, catFile, wanted, before, signal);
  }
  /**
   * Streams blobs through `child` (catFileEarly) and hands each wanted one to the sink. History
   * (`wanted` null) gets the blob ids written by its caller as the log names them; range and index
   * ask here for exactly the wanted blobs and, first, their pre-images (`before`).
   */
  streamBlobs(sink, child, wanted, before, signal, originsOf = (oid) => (wanted?.get(oid) ?? []).map((s) => this.origin(s)), seenBlobs) {
    const { repo, maxFileSize } = this.opts;
    const preimages = /* @__PURE__ */ new Set();
    if (before) for (const s of before.values()) for (const b of s) preimages.add(b);
    if (wanted?.size === 0) {
      child.stdin.end();
      return Promise.resolve();
    }
    const isWantedBlob = (id) => !wanted || wanted.has(id);
    const pending = [];
    let inFlightBytes = 0;
    const MAX_IN_FLIGHT = 64 * 1024 * 1024;
    return new Promise((resolve2, reject) => {
      if (child.pid === void 0) return reject(new Error("git cat-file --batch could not be started"));
      let stderr = "";
      child.stderr.on("data", (d) => stderr += d.toString("utf8"));
      child.on("error", reject);
      const onAbort = () => child.kill();
      signal?.addEventListener("abort", onAbort, { once: true });
      let header = "";
      let oid = "";
      let keep = false;
      let body = null;
      let need = 0;
      let filled = 0;
      let trailer = false;
      const finishObject = () => {
        if (!keep || !body) return;
        const bytes = new Uint8Array(body.buffer, body.byteOffset, body.length);
        const unit = { kind: "bytes", bytes, name: wanted?.get(oid)?.[0]?.path };
        const blob = oid;
        const size = body.length;
        let scanned;
        if (before) {
          const want = isWantedBlob(blob);
          if (preimages.has(blob)) sink.preimage(blob, want ? { kind: "bytes", bytes: Uint8Array.from(bytes) } : unit);
          if (!want) return;
          scanned = sink.scan(unit, () => (wanted?.get(blob) ?? []).map((x) => this.origin(x)), { preimages: [...before.get(blob) ?? []] });
        } else {
          scanned = sink.scan(unit, () => originsOf(blob));
        }
        inFlightBytes += size;
        pending.push(
          scanned.finally(() => {
            inFlightBytes -= size;
            if (inFlightBytes < MAX_IN_FLIGHT / 2 && child.stdout.isPaused()) child.stdout.resume();
          })
        );
        if (inFlightBytes > MAX_IN_FLIGHT) child.stdout.pause();
      };
      child.stdout.on("data", (chunk) => {
        let i = 0;
        while (i < chunk.length) {
          if (trailer) {
            i++;
            trailer = false;
            continue;
          }
          if (need > 0) {
            const n = Math.min(need, chunk.length - i);
            if (keep && body) chunk.copy(body, filled, i, i + n);
            filled += n;
            need -= n;
            i += n;
            if (need === 0) {
              finishObject();
              trailer = true;
            }
            continue;
          }
          const nl = chunk.indexOf(10, i);
          if (nl < 0) {
            header += chunk.toString("latin1", i);
            break;
          }
          header += chunk.toString("latin1", i, nl);
          i = nl + 1;
          const [id, type, sizeText] = header.split(" ");
          header = "";
          if (type === "missing") {
            const s = wanted?.get(id);
            if (s) sink.skip({ path: s[0].path, reason: "missing-object", detail: id });
            continue;
          }
          const size = Number(sizeText);
          oid = id;
          if (type === "blob") seenBlobs?.add(id);
          const isWanted = type === "blob" && (isWantedBlob(id) || preimages.has(id));
          keep = isWanted && size <= maxFileSize;
          if (isWanted && !keep && isWantedBlob(id)) pending.push(skipTooLarge(sink, originsOf(id), size, maxFileSize, id));
          filled = 0;
          need = size;
          if (keep && i + size <= chunk.length) {
            body = chunk.subarray(i, i + size);
            i += size;
            need = 0;
            finishObject();
            trailer = true;
            continue;
          }
          body = keep ? Buffer.allocUnsafeSlow(size) : null;
          if (size === 0) {
            finishObject();
            trailer = true;
          }
        }
      });
      child.on("close", async (code) => {
        signal?.removeEventListener("abort", onAbort);
        if (signal?.aborted) return reject(signal.reason);
        if (code !== 0) return reject(gitFailed(CAT_FILE2, code, stderr, { cwd: repo }));
        try {
          await Promise.all(pending);
          resolve2();
        } catch (e) {
          reject(e);
        }
      });
      if (!wanted) return;
      const ids = [.../* @__PURE__ */ new Set([...preimages, ...wanted.keys()])];
      child.stdin.end(`${ids.join("\n")}
`);
    });
  }
};

export {
  gitFailureLine,
  gitFailed,
  runGit,
  inspectRepository,
  parseLog,
  GitSource
};
