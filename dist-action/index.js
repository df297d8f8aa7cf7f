// hookscan GitHub Action, bundled from src/ by `npm run build:action` (scripts/build-action.mjs). Do not edit.
import { createRequire as __hookscanCreateRequire } from 'node:module';
const require = __hookscanCreateRequire(import.meta.url);
import {
  CONFIG_FILE,
  VERSION,
  hostAllowed,
  loadConfig,
  pLimit,
  parseOrigin
} from "./chunk-QHZ5FNTD.js";
import {
  GitSource,
  gitFailed,
  gitFailureLine,
  runGit
} from "./chunk-M7DIZTPK.js";
import {
  Detector,
  assessExfil,
  compareSeverity,
  installTargetEvidence,
  loadPatternFiles,
  processJob,
  raiseSeverity,
  strongerConfidence,
  unpackResult
} from "./chunk-TO657GYK.js";
import {
  fingerprint,
  nodeWorkerThreads,
  scrubFindings,
  scrubSecrets,
  sha256Hex
} from "./chunk-563D6BWM.js";
import {
  ConfigError,
  EXIT,
  HookscanError,
  UsageError,
  describeError,
  secretForms
} from "./chunk-P5M7NSU6.js";
import {
  REGEX_ENGINE
} from "./chunk-FV24JV5G.js";
import "./chunk-RSU7PZF2.js";
import {
  DEFAULT_ARCHIVE_LIMITS,
  InFlight,
  hasArchiveName
} from "./chunk-IL6NR7ZR.js";
import {
  __commonJS,
  __toESM
} from "./chunk-DSMI7GCB.js";

// node_modules/ignore/index.js
var require_ignore = __commonJS({
  "node_modules/ignore/index.js"(exports, module) {
    function makeArray(subject) {
      return Array.isArray(subject) ? subject : [subject];
    }
    var UNDEFINED = void 0;
    var EMPTY2 = "";
    var SPACE = " ";
    var ESCAPE = "\\";
    var REGEX_LITERAL_SPECIAL = /[.*+?()[\]{}^$|\\/]/;
    var BOM = "\uFEFF";
    var REGEX_ANCHORED_GLOBSTAR = /^\/\*{2,}$/;
    var REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION = /^\\!/;
    var REGEX_REPLACE_LEADING_EXCAPED_HASH = /^\\#/;
    var REGEX_SPLITALL_CRLF = /\r?\n/g;
    var DOUBLE_SLASH = "//";
    var SLASH_CODE = 47;
    var DOT_CODE = 46;
    var SLASH = "/";
    var TMP_KEY_IGNORE = "node-ignore";
    if (typeof Symbol !== "undefined") {
      TMP_KEY_IGNORE = /* @__PURE__ */ Symbol.for("node-ignore");
    }
    var KEY_IGNORE = TMP_KEY_IGNORE;
    var define = (object, key, value) => {
      Object.defineProperty(object, key, { value });
      return value;
    };
    var RETURN_FALSE = () => false;
    var POSIX_CLASSES = {
      alnum: "0-9A-Za-z",
      alpha: "A-Za-z",
      blank: " \\t",
      cntrl: "\\x00-\\x1f\\x7f",
      digit: "0-9",
      graph: "!-.0-~",
      lower: "a-z",
      print: " -.0-~",
      punct: "!-.:-@\\[-`{-~",
      // git's `sane-ctype.h` classifies \v and \f as control, not space,
      //   unlike C's `isspace`
      space: " \\t\\n\\r",
      upper: "A-Z",
      xdigit: "0-9A-Fa-f"
    };
    var CLASS_MEMBERS_TO_ESCAPE = "\\]^-[";
    var escapeMember = (char) => CLASS_MEMBERS_TO_ESCAPE.indexOf(char) < 0 ? char : ESCAPE + char;
    var NON_SLASH = "(?!\\/)";
    var classSource = (negated, body) => {
      if (negated) {
        return `[^\\/${body}]`;
      }
      const source = `[${body}]`;
      return new RegExp(source).test("/") ? NON_SLASH + source : source;
    };
    var scanBracket = (pattern, start) => {
      const { length } = pattern;
      let index = start + 1;
      let negated = EMPTY2;
      const lead = pattern[index];
      if (lead === "!" || lead === "^") {
        negated = "^";
        index++;
      }
      let body = EMPTY2;
      let prev = EMPTY2;
      for (; ; ) {
        const char = pattern[index];
        if (char === UNDEFINED) {
          return null;
        }
        if (char === ESCAPE) {
          const escaped = pattern[++index];
          body += escapeMember(escaped);
          prev = escaped;
        } else if (char === "-" && prev && index + 1 < length && pattern[index + 1] !== "]") {
          index++;
          let to = pattern[index];
          if (to === ESCAPE) {
            to = pattern[index += 1];
          }
          if (prev <= to) {
            body += `-${escapeMember(to)}`;
          }
          prev = EMPTY2;
        } else if (char === "[" && pattern[index + 1] === ":") {
          const nameStart = index + 2;
          let end = nameStart;
          while (end < length && pattern[end] !== "]") {
            end++;
          }
          if (end === length) {
            return null;
          }
          if (end > nameStart && pattern[end - 1] === ":") {
            const name = pattern.slice(nameStart, end - 1);
            if (!Object.prototype.hasOwnProperty.call(POSIX_CLASSES, name)) {
              return null;
            }
            body += POSIX_CLASSES[name];
            prev = EMPTY2;
            index = end;
          } else {
            body += escapeMember("[");
            prev = "[";
            index = nameStart - 2;
          }
        } else {
          body += escapeMember(char);
          prev = char;
        }
        index++;
        if (pattern[index] === "]") {
          return {
            end: index,
            source: classSource(negated, body)
          };
        }
      }
    };
    var NEVER_MATCH = "[]";
    var PLACEHOLDER = "\0";
    var REGEX_RESTORE_PLACEHOLDER = new RegExp(
      `${PLACEHOLDER}(\\d+)${PLACEHOLDER}`,
      "g"
    );
    var TRAILING_WILDCARD = "";
    var TRAILING_DOUBLESTAR = "";
    var isReserved = (char) => char === PLACEHOLDER || char === TRAILING_WILDCARD || char === TRAILING_DOUBLESTAR;
    var extractBrackets = (pattern) => {
      const sources = [];
      const hold = (source) => `${PLACEHOLDER}${sources.push(source) - 1}${PLACEHOLDER}`;
      const { length } = pattern;
      let out = EMPTY2;
      let index = 0;
      while (index < length) {
        const char = pattern[index];
        if (char === ESCAPE) {
          const escaped = pattern[index + 1];
          if (escaped === SLASH && index + 2 === length) {
            out += hold(NEVER_MATCH);
          } else if (escaped === "*" || escaped === "[" || escaped === SPACE) {
            out += pattern.slice(index, index + 2);
          } else {
            out += hold(
              REGEX_LITERAL_SPECIAL.test(escaped) ? ESCAPE + escaped : isReserved(escaped) ? `[${escaped}]` : escaped
            );
          }
          index += 2;
        } else if (isReserved(char)) {
          out += hold(`[${char}]`);
          index++;
        } else if (char === "[") {
          const scanned = scanBracket(pattern, index);
          if (scanned === null) {
            out += hold(NEVER_MATCH);
            index = length;
          } else {
            out += hold(scanned.source);
            index = scanned.end + 1;
          }
        } else {
          out += char;
          index++;
        }
      }
      return {
        source: out,
        sources
      };
    };
    var DIRECT = null;
    var REGEX_INNER_SLASH = /\/(?!$)/;
    var WILDCARD = "[^\\/]*";
    var REPLACERS = [
      // Replace (\ ) with ' '
      // Only a space: an escaped tab or other whitespace is already a literal by
      //   the time it reaches here, and a bare tab must be left as one, not turned
      //   into a space.
      // (\ ) -> ' '
      // (\\ ) -> '\\ '
      // (\\\ ) -> '\\ '
      [
        // A run of backslashes is taken whole, from its first one, so no match
        //   ever starts again inside it -- `(\\+?) ` did, which made a long run
        //   quadratic.
        /(\\+)( ?)/g,
        (_, run, space) => space ? run.slice(0, run.length - run.length % 2) + SPACE : run,
        ESCAPE + SPACE
      ],
      // git's wildmatch() reads a run of two or more asterisks as one globstar
      //   whenever the run fills a path segment: it starts the pattern or follows
      //   a `/`, and it ends the pattern or comes before a `/`. A run of two is
      //   already `**`; a longer one is folded into `**` here, so the steps
      //   below only ever have to know `**`.
      // `***/foo` -> `**/foo`, `a/***/b` -> `a/**/b`, `a/***` -> `a/**`
      // git also takes a run beside a literal prefix (`a***/b`) or beside an
      //   escaped slash (`***\/b`) as a globstar, and this does not; the README
      //   lists both, under "A run of asterisks".
      [
        /(^|\/)\*{3,}(?=\/|$)/g,
        (_, start) => `${start}**`,
        "*"
      ],
      // Escape metacharacters
      // which is written down by users but means special for regular expressions.
      // > There are 12 characters with special meanings:
      // > - the backslash \,
      // > - the caret ^,
      // > - the dollar sign $,
      // > - the period or dot .,
      // > - the vertical bar or pipe symbol |,
      // > - the question mark ?,
      // > - the asterisk or star *,
      // > - the plus sign +,
      // > - the opening parenthesis (,
      // > - the closing parenthesis ),
      // > - and the opening square bracket [,
      // > - the opening curly brace {,
      // > These special characters are often called "metacharacters".
      [
        /[\\$.|*+(){^]/g,
        (match) => `\\${match}`
      ],
      [
        // > a question mark (?) matches a single character
        /(?!\\)\?/g,
        () => "[^/]",
        "?"
      ],
      // leading slash
      [
        // > A leading slash matches the beginning of the pathname.
        // > For example, "/*.c" matches "cat-file.c" but not "mozilla-sha1/sha1.c".
        // A leading slash matches the beginning of the pathname
        /^\//,
        () => "^",
        SLASH
      ],
      // replace special metacharacter slash after the leading slash
      [
        /\//g,
        () => "\\/",
        SLASH
      ],
      [
        // > A leading "**" followed by a slash means match in all directories.
        // > For example, "**/foo" matches file or directory "foo" anywhere,
        // > the same as pattern "foo".
        // > "**/foo/bar" matches file or directory "bar" anywhere that is directly
        // >   under directory "foo".
        // Notice that the '*'s have been replaced as '\\*'
        /^\^*(?:\\\*\\\*\\\/)+/,
        // '**/foo' <-> 'foo'
        () => "(?:^|\\/)",
        "*"
      ],
      // starting
      [
        // there will be no leading '/'
        //   (which has been replaced by section "leading slash")
        // If starts with '**', adding a '^' to the regular expression also works
        DIRECT,
        (source, pattern) => {
          if (!source || source[0] === "^" || source[0] === "(") {
            return source;
          }
          const anchor = !REGEX_INNER_SLASH.test(pattern) ? "(?:^|\\/)" : "^";
          return anchor + source;
        }
      ],
      // two globstars
      [
        // Use lookahead assertions so that we could match more than one `'/**'`
        /\\\/\\\*\\\*(?=\\\/|$)/g,
        // Zero, one or several directories
        // should not use '*', or it will be replaced by the next replacer
        // Check if it is not the last `'/**'`
        (_, index, str) => index + 6 < str.length ? str.slice(index + 6) === "\\/" ? "(?:\\/[^\\/]+)+" : "(?:\\/[^\\/]+)*" : `\\/${TRAILING_DOUBLESTAR}`,
        "*"
      ],
      // normal intermediate wildcards
      [
        // Never replace escaped '*'
        // ignore rule '\*' will match the path '*'
        // 'abc.*/' -> go
        // 'abc.*'  -> skip this rule,
        //    coz trailing single wildcard will be handed by [trailing wildcard]
        /(^|[^\\])(?:\\\*)+(?!$)/g,
        // '*.js' matches '.js'
        // '*.js' doesn't match 'abc'
        // 1. An asterisk "*" matches anything except a slash.
        // 2. Other consecutive asterisks are considered regular asterisks
        //    and collapse into one non-slash wildcard run.
        (_, p1) => p1 + WILDCARD,
        "*"
      ],
      // trailing wildcard, held apart from a literal star
      [
        // The step above leaves a trailing `*` alone, so a single `\*` is all that
        //   can be left at the end here, and what stands in front of it says which
        //   kind it is. A wildcard arrives as the escaper wrote it, `\*` with
        //   nothing before it; a literal arrives as the user's own escape, which
        //   the escaper doubled, and then the star's own -- `\\` and then `\*`.
        //   There is no third case: every backslash still reaching the chain is
        //   one `\*`, `\[` or `\ ` carries itself, and each is followed by its
        //   own character, so a longer run can never form. This runs while the
        //   two are still distinct, before the unescape steps below collapse the
        //   literal onto the very `\*` a wildcard leaves behind.
        /(^|[^\\])((?:\\\\)*)\\\*$/,
        (match, p1, p2) => p2 === EMPTY2 ? p1 + TRAILING_WILDCARD : match,
        "*"
      ],
      [
        // unescape, revert step 3 except for back slash
        // For example, if a user escape a '\\*',
        // after step 3, the result will be '\\\\\\*'
        /\\\\\\(?=[$.|*+(){^])/g,
        () => ESCAPE,
        ESCAPE + ESCAPE
      ],
      [
        // '\\\\' -> '\\'
        /\\\\/g,
        () => ESCAPE,
        ESCAPE + ESCAPE
      ],
      [
        // Every real bracket expression -- POSIX classes included -- has already
        //   been held aside by `extractBrackets`, so the only `[` left in the
        //   pattern is an escaped, literal one.
        // A backslash could only stand at the end of the range if it quoted the
        //   `]`, and `\]` is held aside long before this.
        /\\\[([^\]/]*?)($|\])/g,
        // '\\[bar]' -> '\\\\[bar]'
        (match, range, close) => `\\[${range}${close}`,
        "["
      ],
      // ending
      [
        // 'js' will not match 'js.'
        // 'ab' will not match 'abc'
        DIRECT,
        // WTF!
        // https://git-scm.com/docs/gitignore
        // changes in [2.22.1](https://git-scm.com/docs/gitignore/2.22.1)
        // which re-fixes #24, #38
        // > If there is a separator at the end of the pattern then the pattern
        // > will only match directories, otherwise the pattern can match both
        // > files and directories.
        // 'js*' will not match 'a.js'
        // 'js/' will not match 'a.js'
        // 'js' will match 'a.js' and 'a.js/'
        (source) => {
          const last = source[source.length - 1];
          if (!last || last === TRAILING_WILDCARD || last === TRAILING_DOUBLESTAR) {
            return source;
          }
          return last === SLASH ? `${source}$` : `${source}(?=$|\\/$)`;
        }
      ]
    ];
    var REGEX_REPLACE_TRAILING_WILDCARD = /(^|\\\/)?\uE000$/;
    var MODE_IGNORE = "regex";
    var MODE_CHECK_IGNORE = "checkRegex";
    var UNDERSCORE = "_";
    var replaceTrailingWildcard = (_, p1) => {
      const prefix = p1 ? `${p1}[^/]+` : "[^/]*";
      return `${prefix}(?=$|\\/$)`;
    };
    var REGEX_REPLACE_TRAILING_DOUBLESTAR = /\uE001$/;
    var replaceTrailingDoublestar = () => "[\\s\\S]";
    var separatorAfter = (run, at) => {
      let separator = EMPTY2;
      for (let index = at + 1; index < run.length && !run[index].wildcard; index++) {
        separator += run[index].single;
      }
      return separator;
    };
    var pinWildcards = (source) => {
      if (source.indexOf(WILDCARD) < 0) {
        return source;
      }
      const tokens = [];
      const { length } = source;
      let index = 0;
      while (index < length) {
        const char = source[index];
        if (source.startsWith(WILDCARD, index)) {
          tokens.push({ wildcard: true });
          index += WILDCARD.length;
        } else if (char === "[") {
          let end = index + 1;
          if (source[end] === "^") {
            end++;
          }
          if (source[end] === "]") {
            end++;
          }
          while (end < length && source[end] !== "]") {
            end += source[end] === ESCAPE ? 2 : 1;
          }
          end++;
          tokens.push({ single: source.slice(index, end) });
          index = end;
        } else if (char === ESCAPE) {
          tokens.push({ single: source.slice(index, index + 2) });
          index += 2;
        } else if (char === "(") {
          let depth = 0;
          let end = index;
          do {
            if (source[end] === ESCAPE) {
              end++;
            } else if (source[end] === "(") {
              depth++;
            } else if (source[end] === ")") {
              depth--;
            }
            end++;
          } while (end < length && depth > 0);
          if ("*+?".indexOf(source[end]) >= 0) {
            end++;
          }
          tokens.push({ boundary: source.slice(index, end) });
          index = end;
        } else if (char === "^" || char === "$") {
          tokens.push({ boundary: char });
          index++;
        } else {
          tokens.push({ single: char });
          index++;
        }
      }
      let out = EMPTY2;
      let run = [];
      const flush = () => {
        let lastWildcard;
        run.forEach((token, at) => {
          if (token.wildcard) {
            lastWildcard = at;
          }
        });
        run.forEach((token, at) => {
          if (!token.wildcard) {
            out += token.single;
            return;
          }
          out += at === lastWildcard ? WILDCARD : `(?:(?!${separatorAfter(run, at)})[^\\/])*`;
        });
        run = [];
      };
      tokens.forEach((token) => {
        if (token.boundary === void 0) {
          run.push(token);
          return;
        }
        flush();
        out += token.boundary;
      });
      flush();
      return out;
    };
    var makeRegexPrefix = (pattern) => {
      if (REGEX_ANCHORED_GLOBSTAR.test(pattern)) {
        pattern = "**";
      }
      const { source, sources } = extractBrackets(pattern);
      const replaced = REPLACERS.reduce(
        // A pass whose matcher finds nothing hands back the very string it was
        //   given, so asking first costs a search and saves a rewrite. Ten of the
        //   fifteen passes never fire for a typical .gitignore line, and between
        //   them they were 45% of this chain.
        (prev, [matcher, replacer, required]) => {
          if (matcher === DIRECT) {
            return replacer(prev, pattern);
          }
          if (required !== UNDEFINED && prev.indexOf(required) < 0) {
            return prev;
          }
          return matcher.test(prev) ? prev.replace(matcher, replacer.bind(pattern)) : prev;
        },
        source
      );
      return sources.length ? replaced.replace(
        REGEX_RESTORE_PLACEHOLDER,
        (match, index) => sources[index]
      ) : replaced;
    };
    var checkSourceOf = (body, prefix) => {
      if (body[body.length - 1] === SLASH) {
        prefix = makeRegexPrefix(body.slice(0, -1));
      }
      const head = prefix.slice(0, -1);
      const last = prefix[prefix.length - 1];
      return last === TRAILING_WILDCARD ? `${head}$` : last === TRAILING_DOUBLESTAR ? head : NEVER_MATCH;
    };
    var matchesBasename = (body) => {
      const index = body.indexOf(SLASH);
      return index < 0 || index === body.length - 1;
    };
    var basenameOf = (path) => {
      const end = path.length - 1;
      const index = path.lastIndexOf(
        SLASH,
        path[end] === SLASH ? end - 1 : end
      );
      return index < 0 ? path : path.slice(index + 1);
    };
    var parentOf = (path) => {
      if (path.charCodeAt(0) === SLASH_CODE || path.indexOf(DOUBLE_SLASH) >= 0) {
        const slices = path.split(SLASH).filter(Boolean);
        slices.pop();
        return slices.length ? slices.join(SLASH) + SLASH : EMPTY2;
      }
      const end = path.length - 1;
      const cut = path.lastIndexOf(
        SLASH,
        path.charCodeAt(end) === SLASH_CODE ? end - 1 : end
      );
      return cut < 0 ? EMPTY2 : path.slice(0, cut + 1);
    };
    var isString = (subject) => typeof subject === "string";
    var checkPattern = (pattern) => pattern && isString(pattern);
    var splitPattern = (pattern) => (pattern[pattern.length - 1] === "\r" ? pattern.slice(0, -1) : pattern).split(REGEX_SPLITALL_CRLF).filter(Boolean);
    var IgnoreRule = class {
      constructor(pattern, mark, body, ignoreCase, negative, prefix) {
        this.pattern = pattern;
        this.mark = mark;
        this.negative = negative;
        define(this, "body", body);
        define(this, "ignoreCase", ignoreCase);
        define(this, "regexPrefix", prefix);
      }
      // Worked out on first use and kept behind an own property, the way `regex`
      //   caches itself in `_regex`. Deciding it in the constructor instead would
      //   add a fourth `defineProperty` to every rule ever built, which cost 4% of
      //   every compile -- including the compiles of rules that are never matched
      //   against anything.
      get _basenameOnly() {
        return define(this, "_basenameOnly", matchesBasename(this.body));
      }
      get regex() {
        const key = UNDERSCORE + MODE_IGNORE;
        if (this[key]) {
          return this[key];
        }
        return this._make(MODE_IGNORE, key);
      }
      get checkRegex() {
        const key = UNDERSCORE + MODE_CHECK_IGNORE;
        if (this[key]) {
          return this[key];
        }
        return this._make(MODE_CHECK_IGNORE, key);
      }
      _make(mode, key) {
        const str = pinWildcards(
          mode === MODE_IGNORE ? this.regexPrefix.replace(REGEX_REPLACE_TRAILING_WILDCARD, replaceTrailingWildcard).replace(REGEX_REPLACE_TRAILING_DOUBLESTAR, replaceTrailingDoublestar) : checkSourceOf(this.body, this.regexPrefix)
        );
        const regex = this.ignoreCase ? new RegExp(str, "i") : new RegExp(str);
        return define(this, key, regex);
      }
    };
    var hasTrailingBackslash = (str) => {
      let count = 0;
      while (str[str.length - count - 1] === ESCAPE) {
        count++;
      }
      return count % 2 === 1;
    };
    var trimEnd = (body, stripLineEnd) => {
      let lineEnd = body.length;
      let end;
      for (; ; ) {
        if (stripLineEnd && body[lineEnd - 1] === "\r") {
          lineEnd--;
        }
        end = lineEnd;
        while (body[end - 1] === SPACE) {
          end--;
        }
        if (!stripLineEnd || body[end - 1] !== "\n") {
          break;
        }
        lineEnd = end - 1;
      }
      if (end === lineEnd) {
        return body.slice(0, lineEnd);
      }
      let backslashes = 0;
      while (body[end - backslashes - 1] === ESCAPE) {
        backslashes++;
      }
      return backslashes % 2 ? body.slice(0, end - 1) + SPACE : body.slice(0, end);
    };
    var createRule = (pattern, mark, ignoreCase, stripLineEnd, stripBOM) => {
      let body = stripBOM && pattern[0] === BOM ? pattern.slice(1) : pattern;
      if (body[0] === "#") {
        return;
      }
      let negative = false;
      if (body[0] === "!") {
        negative = true;
        body = body.slice(1);
      }
      const last = body[body.length - 1];
      if (last === SPACE || stripLineEnd && (last === "\r" || last === "\n")) {
        body = trimEnd(body, stripLineEnd);
      }
      if (!body || hasTrailingBackslash(body)) {
        return;
      }
      body = body.replace(REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION, "!").replace(REGEX_REPLACE_LEADING_EXCAPED_HASH, "#");
      const regexPrefix = makeRegexPrefix(body);
      return new IgnoreRule(
        pattern,
        mark,
        body,
        ignoreCase,
        negative,
        regexPrefix
      );
    };
    var RuleManager = class {
      constructor(ignoreCase) {
        this._ignoreCase = ignoreCase;
        this._rules = [];
        this._basenameCount = 0;
      }
      _add(pattern, index) {
        if (pattern && pattern[KEY_IGNORE]) {
          this._rules = this._rules.concat(pattern._rules._rules);
          this._basenameCount += pattern._rules._basenameCount;
          this._added = true;
          return;
        }
        const isStr = isString(pattern);
        const raw = isStr ? pattern : pattern.pattern;
        const rule = checkPattern(raw) && createRule(
          raw,
          isStr ? UNDEFINED : pattern.mark,
          this._ignoreCase,
          !this._split,
          this._stripBOM && !index
        );
        if (rule) {
          this._added = true;
          this._rules.push(rule);
          if (matchesBasename(rule.body)) {
            this._basenameCount++;
          }
        }
      }
      // @param {Array<string> | string | Ignore} pattern
      add(pattern) {
        this._added = false;
        this._split = isString(pattern);
        this._stripBOM = !this._split || pattern[0] === BOM;
        makeArray(
          this._split ? splitPattern(pattern) : pattern
        ).forEach(this._add, this);
        if (this._added) {
          this._literalRules = UNDEFINED;
        }
        return this._added;
      }
      // Match the literal 'abc/' for `checkIgnore`, last rule wins. Only a rule
      //   ending in a wildcard can match it (see `checkSourceOf`), so the rest
      //   are left out once, rather than tested or compiled for every path.
      testLiteral(path) {
        const rules = this._literalRules || (this._literalRules = this._rules.filter(
          ({ body }) => body[body.length - (body[body.length - 1] === SLASH ? 2 : 1)] === "*"
        ));
        let ignored = false;
        let unignored = false;
        let matchedRule;
        for (let index = rules.length - 1; index >= 0; index--) {
          const rule = rules[index];
          if (rule.checkRegex.test(path)) {
            ignored = !rule.negative;
            unignored = rule.negative;
            matchedRule = rule.negative ? UNDEFINED : rule;
            break;
          }
        }
        const ret = {
          ignored,
          unignored
        };
        if (matchedRule) {
          ret.rule = matchedRule;
        }
        return ret;
      }
      // Test one single path without recursively checking parent directories
      //
      // - mode `string` either `MODE_IGNORE` or `MODE_CHECK_IGNORE`
      // @returns {TestResult}
      test(path, mode) {
        const rules = this._rules;
        const { length } = rules;
        const shortcut = this._basenameCount * 2 >= length;
        const basename = shortcut ? basenameOf(path) : path;
        for (let index = length - 1; index >= 0; index--) {
          const rule = rules[index];
          if (rule[mode].test(
            shortcut && rule._basenameOnly ? basename : path
          )) {
            const { negative } = rule;
            const ret = {
              ignored: !negative,
              unignored: negative
            };
            if (!negative) {
              ret.rule = rule;
            }
            return ret;
          }
        }
        return {
          ignored: false,
          unignored: false
        };
      }
    };
    var throwError = (message, Ctor) => {
      throw new Ctor(message);
    };
    var checkPath = (path, originalPath, doThrow) => {
      if (!isString(path)) {
        return doThrow(
          `path must be a string, but got \`${originalPath}\``,
          TypeError
        );
      }
      if (!path) {
        return doThrow(`path must not be empty`, TypeError);
      }
      if (checkPath.isNotRelative(path)) {
        const r = "`path.relative()`d";
        return doThrow(
          `path should be a ${r} string, but got "${originalPath}"`,
          RangeError
        );
      }
      return true;
    };
    var isNotRelative = (path) => {
      const first = path.charCodeAt(0);
      if (first === SLASH_CODE) {
        return true;
      }
      if (first !== DOT_CODE) {
        return false;
      }
      if (path.length === 1) {
        return true;
      }
      const second = path.charCodeAt(1);
      if (second === SLASH_CODE) {
        return true;
      }
      if (second !== DOT_CODE) {
        return false;
      }
      return path.length === 2 || path.charCodeAt(2) === SLASH_CODE;
    };
    checkPath.isNotRelative = isNotRelative;
    checkPath.convert = (p) => p;
    var convertPath = (target) => isString(target) && checkPath.convert(target);
    var Ignore = class {
      constructor({
        ignorecase = true,
        ignoreCase = ignorecase,
        allowRelativePaths = false
      } = {}) {
        define(this, KEY_IGNORE, true);
        this._rules = new RuleManager(ignoreCase);
        this._strictPathCheck = !allowRelativePaths;
        this._initCache();
      }
      _initCache() {
        this._ignoreCache = /* @__PURE__ */ Object.create(null);
        this._testCache = /* @__PURE__ */ Object.create(null);
      }
      add(pattern) {
        if (this._rules.add(pattern)) {
          this._initCache();
        }
        return this;
      }
      // legacy
      addPattern(pattern) {
        return this.add(pattern);
      }
      // @returns {TestResult}
      _test(originalPath, cache, path) {
        checkPath(
          path,
          originalPath,
          this._strictPathCheck ? throwError : RETURN_FALSE
        );
        return path ? this._t(path, cache) : {
          ignored: false,
          unignored: false
        };
      }
      checkIgnore(target) {
        const path = convertPath(target);
        if (!path || path.charCodeAt(path.length - 1) !== SLASH_CODE) {
          return this._test(target, this._testCache, path);
        }
        const dir = this._t(path, this._testCache);
        if (dir.ignored) {
          return dir;
        }
        const literal = this._rules.testLiteral(path);
        return literal.ignored || literal.unignored ? literal : dir;
      }
      _t(path, cache) {
        if (path in cache) {
          return cache[path];
        }
        const parentPath = parentOf(path);
        const parent = parentPath ? this._t(parentPath, cache) : UNDEFINED;
        return cache[path] = parent && parent.ignored ? parent : this._rules.test(path, MODE_IGNORE);
      }
      ignores(path) {
        return this._test(path, this._ignoreCache, convertPath(path)).ignored;
      }
      createFilter() {
        return (path) => !this.ignores(path);
      }
      filter(paths) {
        return makeArray(paths).filter(this.createFilter());
      }
      // @returns {TestResult}
      test(path) {
        return this._test(path, this._testCache, convertPath(path));
      }
    };
    var factory = (options) => new Ignore(options);
    var isPathValid = (path) => checkPath(convertPath(path), path, RETURN_FALSE);
    var setupWindows = () => {
      const makePosix = (str) => /^\\\\\?\\/.test(str) || /["<>|\u0000-\u001F]+/u.test(str) ? str : str.replace(/\\/g, "/");
      checkPath.convert = makePosix;
      const REGEX_TEST_WINDOWS_PATH_ABSOLUTE = /^[a-z]:\//i;
      checkPath.isNotRelative = (path) => REGEX_TEST_WINDOWS_PATH_ABSOLUTE.test(path) || isNotRelative(path);
    };
    if (
      // Detect `process` so that it can run in browsers.
      typeof process !== "undefined" && process.platform === "win32"
    ) {
      setupWindows();
    }
    module.exports = factory;
    factory.default = factory;
    module.exports.isPathValid = isPathValid;
    define(module.exports, /* @__PURE__ */ Symbol.for("setupWindows"), setupWindows);
  }
});

// src/action/index.ts
import { randomUUID } from "node:crypto";
import { appendFileSync, existsSync as existsSync4, mkdirSync, readFileSync as readFileSync4, writeFileSync } from "node:fs";
import { dirname, isAbsolute as isAbsolute4, join as join4, relative as relative3, resolve as resolve4 } from "node:path";
import { availableParallelism as availableParallelism3 } from "node:os";

// src/app/fail-on.ts
var FAIL_ON = ["any", "live", "none"];
function anyLive(findings) {
  return findings.some((f) => f.verification?.status === "live");
}
function failsOn(failOn, findings) {
  if (failOn === "none") return false;
  if (failOn === "live") return anyLive(findings);
  return findings.length > 0;
}
function exitCodeFor(failOn, findings) {
  return failsOn(failOn, findings) ? EXIT.findings : EXIT.clean;
}
function checkFailOn(failOn, verify, how = { failOn: "--fail-on live", verify: "--verify" }) {
  if (failOn === "live" && !verify) throw new UsageError(`${how.failOn} needs ${how.verify} (nothing is known to be live without verification)`);
}

// src/finding.ts
function findingIdentity(f) {
  return { fingerprint: f.fingerprint, ruleId: f.ruleId, provider: f.provider, providerName: f.providerName, kind: f.kind, name: f.name };
}

// src/report/report-options.ts
function displayUrl(f, opts) {
  return opts.noRedact ? f.url : f.redactedUrl;
}

// src/report/skipped-files.ts
function skippedByReason(stats) {
  const out = {};
  for (const s of stats.skipped) out[s.reason] = (out[s.reason] ?? 0) + 1;
  return out;
}

// src/report/json-version.ts
var JSON_REPORT_VERSION = 1;

// src/report/json.ts
function toJsonReport(result, opts) {
  return {
    version: JSON_REPORT_VERSION,
    tool: { name: "hookscan", version: opts.toolVersion },
    redacted: !opts.noRedact,
    findings: result.findings.map((f) => ({
      ...findingIdentity(f),
      severity: f.severity,
      url: displayUrl(f, opts),
      ...opts.noRedact && f.secret ? { secret: f.secret, redactedUrl: f.redactedUrl } : {},
      encoding: f.encoding,
      ...f.verification ? { verification: f.verification } : {},
      ...f.evidence?.length ? { evidence: f.evidence } : {},
      ...f.confidence ? { confidence: f.confidence } : {},
      locations: f.locations,
      ...f.moreLocations ? { moreLocations: f.moreLocations } : {}
    })),
    stats: { ...result.stats, skippedByReason: skippedByReason(result.stats) }
  };
}
function renderJson(result, opts) {
  return `${JSON.stringify(toJsonReport(result, opts), null, 2)}
`;
}

// src/report/remediation-hint.ts
function firstLine(markdown) {
  const paras = markdown.split(/\n\s*\n/);
  const items = paras.flatMap((p) => p.split(/\n(?=\s*(?:[-*]|\d+[.)])\s)/)).filter((x) => /^\s*(?:[-*]|\d+[.)])\s/.test(x));
  const chosen = items[0] ?? paras.find((p) => p.trim() && !p.trim().startsWith("#")) ?? "";
  const text = chosen.split("\n").map((l) => l.trim()).join(" ").replace(/^(?:[-*]|\d+[.)])\s+/, "");
  const plain = text.replace(/\*\*|__|`/g, "").replace(/\[([^\]]+)\]\([^)]+\)/g, "$1").trim();
  const end = plain.search(/[.!?](?:\s|$)/);
  return end >= 0 ? plain.slice(0, end + 1) : plain;
}

// src/report/sarif.ts
var SECURITY_SEVERITY = { critical: "9.5", high: "8.0", medium: "5.5", low: "3.0" };
var LEVEL = { critical: "error", high: "error", medium: "warning", low: "note" };
var SARIF_FINGERPRINT_KEY = "hookscan/v1";
var ENCODING_WORDS = {
  plain: "as written",
  escaped: "escaped (JSON/JS escapes)",
  percent: "percent-encoded",
  html: "HTML-escaped",
  base64: "base64-encoded",
  hex: "hex-encoded",
  "char-codes": "written as character codes",
  reversed: "written reversed",
  split: "assembled from pieces"
};
function ruleFor(p) {
  const refs = p.references.map((r) => `- <${r}>`).join("\n");
  const markdown = `${p.description}

## How to fix

${p.remediation.trim()}
${refs ? `
## References

${refs}
` : ""}`;
  return {
    id: p.id,
    name: p.id.split("-").map((w) => w[0].toUpperCase() + w.slice(1)).join(""),
    shortDescription: { text: `${p.providerName}: ${p.name}` },
    fullDescription: { text: p.description.trim() },
    help: { text: `${p.description.trim()}

How to fix: ${firstLine(p.remediation)}`, markdown },
    ...p.references[0] ? { helpUri: p.references[0] } : {},
    defaultConfiguration: { level: LEVEL[p.severity] },
    properties: {
      tags: ["security", "secret", "webhook", p.kind, `provider/${p.provider}`, "external/cwe/cwe-798", ...p.kind === "exfil-sink" ? ["external/mitre/t1567.004"] : []],
      "security-severity": SECURITY_SEVERITY[p.severity],
      precision: "high",
      "problem.severity": p.severity === "low" ? "recommendation" : p.severity === "medium" ? "warning" : "error"
    }
  };
}
function levelOf(f) {
  if (f.verification) return f.verification.status === "live" ? "error" : "warning";
  return LEVEL[f.severity];
}
function toUri(path) {
  return path.split("/").map(encodeURIComponent).join("/");
}
function stableId(...parts) {
  return sha256Hex(parts.join("\0")).slice(0, 32);
}
function toSarif(result, opts) {
  const patterns = new Map(opts.patterns.map((p) => [p.id, p]));
  const used = [...new Set(result.findings.map((f) => f.ruleId))].sort();
  const ruleIndex = new Map(used.map((id, i) => [id, i]));
  const rules = used.map((id) => {
    const p = patterns.get(id);
    return p ? ruleFor(p) : { id, shortDescription: { text: id } };
  });
  const results = [];
  for (const f of result.findings) {
    const perPath = /* @__PURE__ */ new Map();
    for (const l of f.locations) {
      const key = `${l.repository ?? ""}\0${l.path}`;
      if (!perPath.has(key)) perPath.set(key, l);
    }
    for (const l of perPath.values()) {
      const uri = toUri(l.repository ? `${l.repository}/${l.path}` : l.path);
      const where = l.commit ? ` (commit ${l.commit.slice(0, 12)})` : "";
      const verdict2 = f.verification ? ` Verification: ${f.verification.status}.` : "";
      const how = f.encoding !== "plain" ? ` Found ${ENCODING_WORDS[f.encoding]}.` : "";
      const why = `${f.evidence?.length ? ` Evidence: ${f.evidence.join("; ")}.` : ""}${f.kind === "exfil-sink" && f.confidence ? ` Confidence: ${f.confidence}.` : ""}`;
      results.push({
        ruleId: f.ruleId,
        ruleIndex: ruleIndex.get(f.ruleId),
        level: levelOf(f),
        message: {
          text: `${f.kind === "exfil-sink" ? "Exfiltration sink" : "Hardcoded webhook"}: ${f.providerName} ${f.name} ${displayUrl(f, opts)}${where}.${how}${why}${verdict2}`
        },
        // A URL assembled from pieces: where each piece is written.
        ...l.parts?.length ? {
          relatedLocations: l.parts.map((p, i) => ({
            id: i + 1,
            message: { text: `piece ${i + 1} of ${l.parts.length} of the URL` },
            physicalLocation: { artifactLocation: { uri, uriBaseId: "%SRCROOT%" }, region: { startLine: p.line, startColumn: p.column, endLine: p.endLine, endColumn: p.endColumn } }
          }))
        } : {},
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri, uriBaseId: "%SRCROOT%" },
              region: { startLine: l.line, startColumn: l.column, endLine: l.endLine, endColumn: l.endColumn }
            }
          }
        ],
        partialFingerprints: { [SARIF_FINGERPRINT_KEY]: stableId(f.fingerprint, l.repository ?? "", l.path) },
        properties: {
          fingerprint: f.fingerprint,
          ...l.repository ? { repository: l.repository } : {},
          provider: f.provider,
          kind: f.kind,
          encoding: f.encoding,
          ...l.commit ? { commit: l.commit, author: l.author, date: l.date } : {},
          ...f.verification ? { verification: f.verification } : {},
          ...f.evidence?.length ? { evidence: f.evidence } : {},
          ...f.confidence ? { confidence: f.confidence } : {}
        }
      });
    }
  }
  return {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "hookscan",
            semanticVersion: opts.toolVersion,
            version: opts.toolVersion,
            informationUri: "https://www.npmjs.com/package/hookscan",
            rules
          }
        },
        columnKind: "unicodeCodePoints",
        results
      }
    ]
  };
}
function renderSarif(result, opts) {
  return `${JSON.stringify(toSarif(result, opts), null, 2)}
`;
}

// src/byte-size.ts
function formatBytes(n) {
  if (n < 1024) return `${n} B`;
  if (n < 1024 ** 2) return `${(n / 1024).toFixed(1)} KB`;
  if (n < 1024 ** 3) return `${(n / 1024 ** 2).toFixed(1)} MB`;
  return `${(n / 1024 ** 3).toFixed(2)} GB`;
}

// src/report/text.ts
var CONFIDENCE_WORDS = { high: "a call in the file sends the gathered data to this URL", medium: "from nearness only", low: "nearness only, beside a comment asking to replace the URL" };
var ANSI = { red: 31, yellow: 33, cyan: 36, dim: 2, bold: 1, magenta: 35 };
function renderText(result, opts) {
  const c = (code2, s) => opts.color ? `\x1B[${ANSI[code2]}m${s}\x1B[0m` : s;
  const patterns = new Map(opts.patterns.map((p) => [p.id, p]));
  const out = [];
  for (const f of result.findings) {
    const sev = f.severity === "critical" || f.severity === "high" ? c("red", f.severity) : c("yellow", f.severity);
    const kind = f.kind === "exfil-sink" ? c("magenta", "exfil sink") : "credential";
    const v = f.verification ? `  ${verdict(f, c)}` : "";
    out.push(`${c("bold", `${f.providerName}: ${f.name}`)}  [${kind} · ${sev}${f.encoding !== "plain" ? ` · ${f.encoding}` : ""}]${v}`);
    out.push(`  ${c("cyan", displayUrl(f, opts))}`);
    const shown = f.locations.slice(0, 5);
    for (const l of shown) {
      const where = `${l.repository ? `${l.repository}:` : ""}${l.path}:${l.line}:${l.column}`;
      const commit = l.commit ? c("dim", `  ${l.commit.slice(0, 12)}${l.author ? ` ${l.author}` : ""}${l.date ? ` ${l.date.slice(0, 10)}` : ""}`) : "";
      const parts = l.parts?.length ? c("dim", `  (${l.parts.length} pieces at ${l.parts.map((p2) => `${p2.line}:${p2.column}`).join(", ")})`) : "";
      out.push(`  ${where}${commit}${parts}`);
    }
    const more = f.locations.length - shown.length + (f.moreLocations ?? 0);
    if (more > 0) out.push(c("dim", `  … and ${more} more location${more === 1 ? "" : "s"}`));
    for (const e of f.evidence ?? []) out.push(`  evidence: ${e}`);
    if (f.kind === "exfil-sink" && f.confidence) out.push(`  confidence: ${f.confidence} (${CONFIDENCE_WORDS[f.confidence]})`);
    if (f.verification) out.push(`  verified ${f.verification.status}: ${f.verification.reason}`);
    const p = patterns.get(f.ruleId);
    if (p) out.push(c("dim", `  fix: ${firstLine(p.remediation)}`));
    out.push(c("dim", `  fingerprint: ${f.fingerprint}`));
    out.push("");
  }
  out.push(summary(result, opts));
  if (opts.verbose && result.stats.skipped.length) {
    out.push("skipped:");
    for (const s of result.stats.skipped) out.push(`  ${s.path} (${s.reason}${s.detail ? `: ${s.detail}` : ""})`);
  }
  const suppressions = result.stats.suppressions ?? [];
  if (opts.verbose && suppressions.length) {
    out.push("not reported (found, then dropped):");
    for (const s of suppressions) out.push(`  ${s.path}${s.line ? `:${s.line}` : ""}  ${s.ruleId}  ${s.redactedUrl}  (${s.reason})`);
    const total = Object.values(result.stats.suppressedByReason ?? {}).reduce((a, b) => a + b, 0);
    if (total > suppressions.length) out.push(`  … and ${total - suppressions.length} more`);
  }
  return `${out.join("\n")}
`;
}
function verdict(f, c) {
  const v = f.verification;
  if (v.status === "live") return c("red", c("bold", "‼ LIVE"));
  return c("dim", v.status);
}
function summary(result, opts = {}) {
  const { stats, findings } = result;
  const byKind = (k) => findings.filter((f) => f.kind === k).length;
  const n = findings.length;
  const head = n === 0 ? "no webhook URLs found" : `${n} finding${n === 1 ? "" : "s"} (${byKind("credential")} credential${byKind("credential") === 1 ? "" : "s"}, ${byKind("exfil-sink")} exfil sink${byKind("exfil-sink") === 1 ? "" : "s"})`;
  const unit = stats.blobsScanned !== void 0 ? "blob" : "file";
  const scanned = stats.blobsScanned ?? stats.filesScanned;
  const parts = [head, `${scanned} ${unit}${scanned === 1 ? "" : "s"} scanned (${formatBytes(stats.bytesScanned)})`];
  if (stats.commitsScanned !== void 0) parts.push(`${stats.commitsScanned} commit${stats.commitsScanned === 1 ? "" : "s"}`);
  if (stats.filesSkipped) {
    const reasons = Object.entries(skippedByReason(stats)).map(([r, k]) => `${k} ${r}`).join(", ");
    parts.push(`${stats.filesSkipped} skipped (${reasons}${opts.verbose ? "" : "; --verbose lists them"})`);
  }
  if (stats.suppressed) parts.push(`${stats.suppressed} suppressed`);
  const byReason = stats.suppressedByReason ?? {};
  const placeholders = (byReason.placeholder ?? 0) + (byReason["documentation host"] ?? 0);
  if (placeholders) parts.push(`${placeholders} placeholder${placeholders === 1 ? "" : "s"} not reported${opts.verbose ? "" : " (--verbose lists them)"}`);
  if (stats.repositories) parts.push(repositoriesLine(stats.repositories));
  if (stats.shallow) parts.push("shallow clone: older history not scanned");
  parts.push(`${(stats.durationMs / 1e3).toFixed(2)} s`);
  return parts.join(" · ");
}
function repositoriesLine(r) {
  const skipped = Object.entries(r.skipped).filter(([, n]) => n > 0);
  const bits = [`${r.scanned} scanned`];
  if (r.unchanged) bits.push(`${r.unchanged} unchanged`);
  if (r.failed) bits.push(`${r.failed} failed`);
  if (skipped.length) bits.push(`${skipped.reduce((a, [, n]) => a + n, 0)} skipped (${skipped.map(([k, n]) => `${n} ${k}`).join(", ")})`);
  const shards = r.shards?.length ? ` · shard${r.shards.length === 1 ? "" : "s"} ${r.shards.join(", ")}` : "";
  return `${r.selected} of ${r.listed} repositories${r.incremental ? " (new commits only)" : ""}: ${bits.join(", ")}${shards}`;
}

// src/report/baseline.ts
import { readFileSync } from "node:fs";
function readBaseline(file) {
  let doc;
  try {
    doc = JSON.parse(readFileSync(file, "utf8"));
  } catch (e) {
    throw new ConfigError(`cannot read baseline ${file}: ${e.message}`, { cause: e });
  }
  const findings = doc?.findings;
  if (!Array.isArray(findings)) throw new ConfigError(`baseline ${file} is not a hookscan JSON report (no 'findings' list)`);
  return new Set(findings.map((f) => f.fingerprint).filter((x) => typeof x === "string"));
}

// src/report/index.ts
function render(format, result, opts) {
  return format === "json" ? renderJson(result, opts) : format === "sarif" ? renderSarif(result, opts) : renderText(result, opts);
}

// src/app/render.ts
function renderResult(result, req) {
  const text = render(req.format, result, { noRedact: req.noRedact, patterns: req.patterns, toolVersion: VERSION, color: req.color, verbose: req.verbose });
  return maskFor(text, result.findings, req.noRedact);
}
function maskFor(text, findings, noRedact) {
  return noRedact ? text : scrubFindings(text, findings);
}

// src/app/scan.ts
import { statSync as statSync2 } from "node:fs";
import { relative as relative2, resolve as resolve3 } from "node:path";

// src/sources/path-globs.ts
import { existsSync } from "node:fs";
import { relative, resolve, sep as sep2 } from "node:path";

// src/sources/walk.ts
import { lstatSync, readdirSync } from "node:fs";
import { normalize, sep } from "node:path";
function knownKind(d) {
  if (d.isFile()) return "file";
  if (d.isDirectory()) return "dir";
  if (d.isSymbolicLink() || d.isFIFO() || d.isSocket() || d.isCharacterDevice() || d.isBlockDevice()) return "other";
  return void 0;
}
function askKind(path) {
  try {
    const st = lstatSync(path);
    return st.isFile() ? "file" : st.isDirectory() ? "dir" : "other";
  } catch {
    return "other";
  }
}
async function walkFolder(root, h) {
  const todo = [[normalize(root), ""]];
  while (todo.length) {
    const [dir, dirRel] = todo.pop();
    const subfolders = [];
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (e) {
      h.error(dir, e);
      continue;
    }
    try {
      h.listed?.(dir, entries, dirRel);
      const base = dir.endsWith(sep) ? dir : dir + sep;
      for (const d of entries) {
        const path = base + d.name;
        const rel = dirRel ? `${dirRel}/${d.name}` : d.name;
        const kind = knownKind(d) ?? askKind(path);
        if (kind === "dir") {
          if (h.enter(path, d.name, rel)) subfolders.push([path, rel]);
        } else if (kind === "file" && h.keep(path, rel)) {
          const wait = h.file(path, rel);
          if (wait) await wait;
        }
      }
    } catch (e) {
      h.error(dir, e);
    }
    for (let i = subfolders.length - 1; i >= 0; i--) todo.push(subfolders[i]);
  }
}

// src/sources/path-globs.ts
var GLOB_CHARS = /[*?[\]{}!]/;
function isGlobArgument(arg, cwd) {
  return GLOB_CHARS.test(arg) && !existsSync(resolve(cwd, arg));
}
async function expandPathGlobs(args, cwd) {
  const globs = args.map((a) => isGlobArgument(a, cwd));
  if (!globs.includes(true)) return [...args];
  const { default: picomatch } = await import("./chunk-54E2WAKX.js");
  const out = [];
  for (const [i, arg] of args.entries()) {
    if (!globs[i]) {
      out.push(arg);
      continue;
    }
    const pattern = arg.split(sep2).join("/");
    const { base } = picomatch.scan(pattern);
    const root = resolve(cwd, base || ".");
    const match = picomatch(pattern.startsWith("./") ? pattern.slice(2) : pattern, { dot: true, windows: false });
    const named = (part) => pattern.split("/").includes(part);
    const found = [];
    if (existsSync(root)) {
      await walkFolder(root, {
        enter: (_path, name) => (name !== "node_modules" || named("node_modules")) && (name !== ".git" || named(".git")),
        keep: (path) => match(relative(cwd, path).split(sep2).join("/")),
        file: (path) => {
          found.push(relative(cwd, path) || path);
        },
        error: () => {
        }
      });
    }
    if (found.length === 0) throw new UsageError(`no file matches '${arg}'`, { hint: 'quote the glob so the shell passes it as written; ** matches any depth, e.g. "config/**/*.yml"' });
    out.push(...found.sort());
  }
  return out;
}

// src/scan.ts
import { isAbsolute as isAbsolute2, join as join2, resolve as resolve2 } from "node:path";
import { statSync } from "node:fs";

// src/engine/index.ts
import { existsSync as existsSync2 } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
var InlineEngine = class {
  threads = 1;
  detector;
  constructor(patterns) {
    this.detector = new Detector(patterns);
  }
  run(job) {
    return Promise.resolve(processJob(this.detector, job));
  }
  runAll(jobs) {
    return Promise.resolve(jobs.map((j) => processJob(this.detector, j)));
  }
  async close() {
  }
};
function ownsBuffer(b) {
  return b.byteOffset === 0 && b.byteLength === b.buffer.byteLength;
}
var WORKER_FILE = fileURLToPath(new URL("./worker.js", import.meta.url));
var BATCH_JOBS = 64;
var BATCH_BYTES = 2 * 1024 * 1024;
function workersAvailable() {
  return existsSync2(WORKER_FILE);
}
var WorkerEngine = class {
  constructor(patterns, threads) {
    this.threads = threads;
    for (let i = 0; i < threads; i++) {
      const w = new (nodeWorkerThreads()).Worker(WORKER_FILE, { workerData: { patterns } });
      const slot = { w, inFlight: 0 };
      w.on("message", (msg) => {
        const posted = this.waiting.get(msg.id);
        this.waiting.delete(msg.id);
        posted.slot.inFlight -= posted.jobs;
        posted.resolve(msg.results.map(unpackResult));
      });
      w.on("error", (e) => this.fail(e));
      this.workers.push(slot);
    }
  }
  threads;
  workers = [];
  waiting = /* @__PURE__ */ new Map();
  batch = [];
  batchBytes = 0;
  nextId = 1;
  flushScheduled = false;
  failed;
  fail(e) {
    this.failed = e;
    for (const posted of this.waiting.values()) posted.reject(e);
    for (const p of this.batch) p.reject(e);
    this.waiting.clear();
    this.batch = [];
  }
  run(job) {
    if (this.failed) return Promise.reject(this.failed);
    return new Promise((resolve5, reject) => {
      this.batch.push({ job, resolve: resolve5, reject });
      this.batchBytes += job.kind === "bytes" ? job.bytes.byteLength : 0;
      if (this.batch.length >= BATCH_JOBS || this.batchBytes >= BATCH_BYTES) this.flush();
      else if (!this.flushScheduled) {
        this.flushScheduled = true;
        setImmediate(() => this.flush());
      }
    });
  }
  runAll(jobs) {
    if (this.failed) return Promise.reject(this.failed);
    if (jobs.length === 0) return Promise.resolve([]);
    return new Promise((resolve5, reject) => this.post(jobs, resolve5, reject));
  }
  flush() {
    this.flushScheduled = false;
    if (this.batch.length === 0) return;
    const pend = this.batch;
    this.batch = [];
    this.batchBytes = 0;
    this.post(
      pend.map((p) => p.job),
      (results) => results.forEach((r, k) => pend[k].resolve(r)),
      (e) => pend.forEach((p) => p.reject(e))
    );
  }
  /** Sends jobs to the least busy worker as one message. */
  post(all, resolve5, reject) {
    const slot = this.workers.reduce((a, b) => b.inFlight < a.inFlight ? b : a);
    const id = this.nextId++;
    this.waiting.set(id, { slot, jobs: all.length, resolve: resolve5, reject });
    slot.inFlight += all.length;
    const packed = new Uint8Array(all.reduce((n, job) => n + (job.kind === "bytes" && !ownsBuffer(job.bytes) ? job.bytes.byteLength : 0), 0));
    let at = 0;
    const transfer = packed.byteLength ? [packed.buffer] : [];
    const jobs = all.map((job) => {
      if (job.kind !== "bytes") return job;
      if (ownsBuffer(job.bytes)) {
        transfer.push(job.bytes.buffer);
        return job;
      }
      packed.set(job.bytes, at);
      const bytes = packed.subarray(at, at += job.bytes.byteLength);
      return { ...job, bytes };
    });
    slot.w.postMessage({ id, jobs }, transfer);
  }
  async close() {
    await Promise.all(this.workers.map((s) => s.w.terminate()));
  }
};
var INLINE_BELOW_BYTES = 16 * 1024 * 1024;
var INLINE_BELOW_UNITS = 400;
function createEngine(patterns, opts = {}) {
  const threads = opts.workers ?? availableParallelism();
  const small = opts.expectedBytes !== void 0 ? opts.expectedBytes < INLINE_BELOW_BYTES : (opts.expectedUnits ?? Infinity) < INLINE_BELOW_UNITS;
  if (threads < 1 || small || !workersAvailable()) return new InlineEngine(patterns);
  return new WorkerEngine(patterns, threads);
}

// src/scan.ts
import { availableParallelism as availableParallelism2 } from "node:os";

// src/sources/worktree.ts
import { lstatSync as lstatSync2, readFileSync as readFileSync2 } from "node:fs";
import { isAbsolute, join } from "node:path";

// src/sources/portable-path.ts
import nodePath from "node:path";
function toPortablePath(p, path = nodePath) {
  return path.sep === "/" ? p : p.split(path.sep).join("/");
}
function portableRelative(dir, abs, path = nodePath) {
  if (abs.startsWith(dir) && abs[dir.length] === path.sep) return toPortablePath(abs.slice(dir.length + 1), path);
  return toPortablePath(path.relative(dir, abs), path);
}

// src/sources/ignore-rules.ts
var import_ignore = __toESM(require_ignore(), 1);
var IGNORE_CASE = process.platform === "darwin" || process.platform === "win32";
var make = () => (0, import_ignore.default)({ ignoreCase: IGNORE_CASE });
var RESET_AFTER = 8192;
var NOT_IGNORED = Object.freeze({ ignored: false, unignored: false });
function ruleListOf(ig) {
  const rules = ig._rules;
  return typeof rules?.test === "function" ? rules : void 0;
}
var pathAlone;
function pathAloneWorks() {
  if (pathAlone !== void 0) return pathAlone;
  try {
    const ig = make().add("sub/*\n!sub/keep/\n*.log\n");
    const rules = ruleListOf(ig);
    const at = (p) => rules.test(p, "regex");
    pathAlone = !!rules && at("sub/x").ignored && at("sub/keep/").unignored && !at("sub/keep/f.txt").ignored && at("sub/keep/f.log").ignored && !at("other/f.txt").ignored;
  } catch {
    pathAlone = false;
  }
  return pathAlone;
}
var isRuleLine = (line) => line.trim() !== "" && !line.startsWith("#");
var IgnoreRules = class {
  ig = make();
  /** `ignore`'s rule list of `ig`, where a path can be asked about alone. */
  list;
  asked = 0;
  none = true;
  constructor(rules) {
    this.add(rules);
  }
  /** No rule at all: nothing is ever ignored or re-included. */
  get empty() {
    return this.none;
  }
  /** Rules added after these (later rules win, as in a gitignore file). */
  add(rules) {
    const lines = typeof rules === "string" ? rules.split(/\r?\n/) : rules;
    if (!lines.some(isRuleLine)) return;
    this.none = false;
    this.use(this.ig.add(typeof rules === "string" ? rules : [...rules]));
  }
  use(ig) {
    this.ig = ig;
    this.list = pathAloneWorks() ? ruleListOf(ig) : void 0;
  }
  /**
   * `path` alone (relative, `/`-separated, a folder with a trailing `/`; its parent folders are
   * settled): ignored, re-included by a `!` rule, or neither.
   */
  test(path) {
    if (this.none) return NOT_IGNORED;
    if (this.list) return this.list.test(path, "regex");
    return this.withParents(path);
  }
  /** Whether `path` alone is ignored. */
  ignores(path) {
    return this.test(path).ignored;
  }
  /** `path` and its parent folders, as `ignore`'s public `test` answers (the fallback of `test`). */
  withParents(path) {
    if (this.none) return NOT_IGNORED;
    if (++this.asked > RESET_AFTER) {
      this.use(make().add(this.ig));
      this.asked = 1;
    }
    return this.ig.test(path);
  }
};

// src/sources/worktree.ts
var IN_NODE_MODULES = /(^|\/)node_modules\//;
var LARGE_SCAN_FILES = 400;
var BATCH = 64;
var toPosix = (p) => toPortablePath(p);
var relativeTo = (dir, abs) => portableRelative(dir, abs);
function readIgnoreFile(file) {
  try {
    return readFileSync2(file, "utf8");
  } catch {
    return null;
  }
}
var appliesAt = (dir, rules) => ({ rules, cut: dir === "" ? 0 : dir.length + 1, prefix: "" });
var isWithin = (rel, dir) => dir === "" || rel === dir || rel.startsWith(`${dir}/`);
function ignoredByGitignore(rel, inFolder) {
  for (const { rules, cut, prefix } of inFolder) {
    const r = rules.test(prefix + rel.slice(cut));
    if (r.ignored) return true;
    if (r.unignored) return false;
  }
  return false;
}
function gitignoresAbove(root, rel) {
  const above = [];
  for (let at = rel; at !== ""; ) {
    at = at.slice(0, Math.max(0, at.lastIndexOf("/")));
    const text = readIgnoreFile(join(root, at, ".gitignore"));
    if (text) above.push({ at, rules: new IgnoreRules(text) });
  }
  return above;
}
function startIgnored(rel, rootRules, above, includeDependencies) {
  const parts = rel ? rel.split("/") : [];
  for (let i = 1; i <= parts.length; i++) {
    const folder = parts.slice(0, i).join("/");
    if (rootRules.ignores(`${folder}/`)) return true;
    if (includeDependencies && IN_NODE_MODULES.test(`${folder}/`)) continue;
    const applies = above.filter(({ at }) => at !== folder && isWithin(folder, at)).map(({ at, rules }) => appliesAt(at, rules));
    if (ignoredByGitignore(`${folder}/`, applies)) return true;
  }
  return false;
}
var WorktreeSource = class {
  constructor(opts) {
    this.opts = opts;
  }
  opts;
  /**
   * Walks the given paths and calls onFile for every file to scan, as the walk finds it (scanning
   * starts before the walk ends). `.gitignore` files are read as their folder is entered, so an
   * ignored folder is never walked; the deepest rule wins and `!` re-includes, as in git.
   */
  async walk(onFile, onUnreadable) {
    const { root, exclude, includeDependencies } = this.opts;
    const rootRules = new IgnoreRules(exclude);
    const hsi = readIgnoreFile(join(root, ".hookscanignore"));
    if (hsi) rootRules.add(hsi);
    for (const p of this.opts.paths) {
      const st = lstatSync2(p);
      if (st.isFile()) {
        await onFile({ file: p, size: st.size, direct: true });
        continue;
      }
      if (!st.isDirectory()) continue;
      const rootPrefix = relativeTo(root, p);
      const underRoot = !rootPrefix.startsWith("..") && !isAbsolute(rootPrefix);
      const fromRoot = (rel) => rootPrefix ? `${rootPrefix}/${rel}` : rel;
      const above = underRoot ? gitignoresAbove(root, rootPrefix) : [];
      if (underRoot && startIgnored(rootPrefix, rootRules, above, !!includeDependencies)) continue;
      const parentIgnores = above.map(({ at, rules }) => ({ rules, cut: 0, prefix: `${at === "" ? rootPrefix : rootPrefix.slice(at.length + 1)}/` }));
      const open = [];
      let inFolder = parentIgnores;
      const skipped = (rel, isDir) => {
        const suffix = isDir ? "/" : "";
        if (underRoot && rootRules.ignores(fromRoot(rel) + suffix)) return true;
        if (includeDependencies && (IN_NODE_MODULES.test(`${rel}/`) || underRoot && IN_NODE_MODULES.test(`${fromRoot(rel)}/`))) return false;
        return ignoredByGitignore(rel + suffix, inFolder);
      };
      await walkFolder(p, {
        enter: (_path, name, rel) => {
          if (name === ".git" || name === "node_modules" && !includeDependencies) return false;
          return !skipped(rel, true);
        },
        // A folder's .gitignore is read where its listing has one (no failed open per folder).
        listed: (path, entries, rel) => {
          while (open.length && !isWithin(rel, open[open.length - 1].dir)) open.pop();
          if (entries.some((d) => d.name === ".gitignore")) {
            const text = readIgnoreFile(join(path, ".gitignore"));
            if (text) open.push({ dir: rel, ...appliesAt(rel, new IgnoreRules(text)) });
          }
          inFolder = [...open.slice().reverse(), ...parentIgnores];
        },
        keep: (_path, rel) => !skipped(rel, false),
        file: (path) => onFile({ file: path }),
        // An unreadable folder is passed over and counted, never fatal and never silent.
        error: (path, err) => onUnreadable?.(relativeTo(root, path) || path, err.message)
      });
    }
  }
  async run(sink, signal) {
    const { root, maxFileSize, jobs } = this.opts;
    const limit = pLimit(Math.max(4, jobs * 256));
    const archives = this.opts.archives;
    const archiveLimits = {
      maxDepth: archives?.maxDepth ?? DEFAULT_ARCHIVE_LIMITS.maxDepth,
      maxTotalBytes: archives?.maxTotalBytes ?? DEFAULT_ARCHIVE_LIMITS.maxTotalBytes,
      maxEntries: archives?.maxEntries ?? DEFAULT_ARCHIVE_LIMITS.maxEntries
    };
    const openArchive = pLimit(2);
    const members = new InFlight(Math.max(4, jobs * 4));
    const pathOf = (file) => relativeTo(root, file) || toPosix(file);
    const asArchive = (f) => f.direct || archives?.walk && hasArchiveName(f.file);
    const scanOne = (f) => limit(async () => {
      signal?.throwIfAborted();
      const { file, size } = f;
      const path = pathOf(file);
      if (asArchive(f)) {
        const { scanArchiveFile: scanArchiveFile2 } = await import("./chunk-2EPWI3YA.js");
        const opened = await openArchive(() => scanArchiveFile2(file, path, sink, { limits: archiveLimits, maxMemberSize: maxFileSize, inFlight: members, signal }));
        if (opened) return;
      }
      if (size !== void 0 && size > maxFileSize) {
        sink.skip({ path, reason: "too-large", detail: `${size} bytes > ${maxFileSize}` });
        return;
      }
      await sink.scan({ kind: "file", file, maxFileSize }, [{ path }]);
    });
    const HIGH = Math.max(64, jobs * 512);
    const early = [];
    let count = 0;
    let decided = false;
    let inFlight = 0;
    let failure;
    let room;
    let idle;
    const settled = (n) => {
      inFlight -= n;
      if (room && inFlight <= HIGH >> 1) {
        const r = room;
        room = void 0;
        r();
      }
      if (inFlight === 0 && idle) {
        const i = idle;
        idle = void 0;
        i();
      }
    };
    const track = (n, work) => {
      inFlight += n;
      work.then(
        () => settled(n),
        (error) => {
          failure ??= { error };
          settled(n);
        }
      );
    };
    let batch = [];
    const sendBatch = () => {
      if (batch.length === 0) return;
      const units = batch;
      batch = [];
      track(
        units.length,
        (async () => {
          signal?.throwIfAborted();
          if (sink.scanAll) await sink.scanAll(units);
          else await Promise.all(units.map((u) => sink.scan(u.unit, u.origins)));
        })()
      );
    };
    const start = (f) => {
      const plain = !asArchive(f) && (f.size === void 0 || f.size <= maxFileSize);
      if (!plain) return track(1, scanOne(f));
      batch.push({ unit: { kind: "file", file: f.file, maxFileSize }, origins: [{ path: pathOf(f.file) }] });
      if (batch.length >= BATCH) sendBatch();
    };
    const decide = () => {
      decided = true;
      sink.total?.(count);
      for (const f of early.splice(0)) start(f);
    };
    const unreadable = (path, detail) => sink.skip({ path, reason: "unreadable", detail });
    await this.walk((f) => {
      count++;
      if (decided) start(f);
      else {
        early.push(f);
        if (count >= LARGE_SCAN_FILES) decide();
      }
      if (inFlight >= HIGH && !failure) {
        sendBatch();
        return new Promise((r) => room = r);
      }
      return void 0;
    }, unreadable);
    if (!decided) decide();
    else sink.total?.(count);
    sendBatch();
    while (inFlight > 0) await new Promise((r) => idle = r);
    if (failure) throw failure.error;
    await members.drain();
  }
};

// src/scan.ts
function resolveScan(opts) {
  const raw = opts.paths?.length ? opts.paths : opts.cwd ? [opts.cwd] : [];
  if (raw.length === 0) throw new UsageError("nothing to scan: give a path (or cwd)");
  const paths = raw.map((p) => {
    if (isAbsolute2(p)) return p;
    if (!opts.cwd) throw new UsageError(`relative path '${p}' needs the cwd option`);
    return resolve2(opts.cwd, p);
  });
  for (const p of paths) {
    try {
      statSync(p);
    } catch {
      throw new UsageError(`no such file or directory: ${p}`);
    }
  }
  const single = paths.length === 1 && statSync(paths[0]).isDirectory() ? paths[0] : void 0;
  const root = single ?? opts.cwd ?? paths[0];
  const config = opts.config ?? (opts.configFile ? loadConfig(opts.configFile, true) : loadConfig(join2(root, CONFIG_FILE), false));
  return { root, paths, config };
}
var MAX_EVIDENCE = 8;
function urlHost(url) {
  return (/^(?:[a-z][a-z0-9+.-]*:\/\/)?([^/?#:@\s]+)/i.exec(url)?.[1] ?? "").toLowerCase();
}
function findingFingerprint(p, m) {
  return fingerprint(m.ruleId, p.selfHosted ? `${urlHost(m.url)}/${m.secret}` : m.secret);
}
function newFinding(p, m) {
  return {
    fingerprint: findingFingerprint(p, m),
    ruleId: m.ruleId,
    provider: p.provider,
    providerName: p.providerName,
    kind: p.kind,
    name: p.name,
    severity: p.severity,
    url: m.url,
    redactedUrl: m.redactedUrl,
    secret: m.secret,
    ...m.captures ? { captures: m.captures } : {},
    encoding: m.encoding,
    // A capture service's own URL is a sink by what it is: nearness-level confidence until evidence says more.
    ...p.kind === "exfil-sink" ? { confidence: "medium" } : {},
    locations: []
  };
}
var FindingCollector = class {
  constructor(patterns, config, baseline, compareLocations) {
    this.config = config;
    this.baseline = baseline;
    this.compareLocations = compareLocations;
    this.patterns = new Map(patterns.map((p) => [p.id, p]));
  }
  config;
  baseline;
  compareLocations;
  byFingerprint = /* @__PURE__ */ new Map();
  patterns;
  suppressed = 0;
  /** Every suppression by reason, and the first ones for `--verbose`. */
  suppressedByReason = {};
  suppressions = [];
  /** Bound on stored locations per finding; the rest are counted. */
  maxLocations = 1e3;
  get size() {
    return this.byFingerprint.size;
  }
  /** Records a match that is not reported (placeholders come from the detector, the rest from add()). */
  noteSuppressed(s) {
    const kind = s.reason.startsWith("placeholder") ? "placeholder" : s.reason.startsWith("documentation host") ? "documentation host" : s.reason;
    this.suppressedByReason[kind] = (this.suppressedByReason[kind] ?? 0) + 1;
    if (this.suppressions.length < 1e3) this.suppressions.push(s);
  }
  /** Adds the located matches of one fragment, seen at every origin given. Returns how many were kept. */
  add(matches, origins) {
    let kept = 0;
    for (const m of matches) {
      const p = this.patterns.get(m.ruleId);
      const fp = findingFingerprint(p, m);
      const why = m.allowed ? "allow comment" : this.config.allowFingerprints.includes(fp) ? "allow-fingerprints" : this.baseline.has(fp) ? "baseline" : this.hostIsAllowed(m.url) ? "allow-hosts" : void 0;
      if (why) {
        this.suppressed++;
        this.noteSuppressed({ path: origins[0]?.path ?? "", line: m.line, ruleId: m.ruleId, redactedUrl: m.redactedUrl, reason: why });
        continue;
      }
      let f = this.byFingerprint.get(fp);
      if (!f) {
        f = newFinding(p, m);
        this.byFingerprint.set(fp, f);
      } else if (f.encoding !== "plain" && m.encoding === "plain") {
        f.encoding = "plain";
        f.url = m.url;
        f.redactedUrl = m.redactedUrl;
        if (m.captures) f.captures = m.captures;
      }
      for (const o of origins) {
        this.addEvidence(f, p, m, o.path);
        const loc = { ...o, line: m.line, column: m.column, endLine: m.endLine, endColumn: m.endColumn, encoding: m.encoding, ...m.parts ? { parts: m.parts } : {} };
        if (f.locations.some((l) => sameLocation(l, loc))) continue;
        if (f.locations.length < this.maxLocations) {
          f.locations.push(loc);
          continue;
        }
        f.moreLocations = (f.moreLocations ?? 0) + 1;
        const cmp = this.compareLocations;
        if (cmp) {
          let latest = 0;
          for (let k = 1; k < f.locations.length; k++) if (cmp(f.locations[k], f.locations[latest]) > 0) latest = k;
          if (cmp(loc, f.locations[latest]) < 0) f.locations[latest] = loc;
        }
      }
      kept++;
    }
    return kept;
  }
  /**
   * Exfiltration context (what the code near the URL sends, an install hook that runs it, how it
   * was hidden): makes the finding an exfil-sink, one severity step above its pattern's, with the
   * evidence in words.
   */
  addEvidence(f, p, m, path) {
    const a = assessExfil(m.context, path, p);
    if (!a.exfil) return;
    f.kind = "exfil-sink";
    f.severity = raiseSeverity(p.severity);
    f.confidence = strongerConfidence(f.confidence, a.confidence);
    const evidence = f.evidence ??= [];
    for (const e of a.evidence) if (!evidence.includes(e) && evidence.length < MAX_EVIDENCE) evidence.push(e);
  }
  /** Webhooks in files that an npm install hook runs are exfiltration sinks too (evidence in words). */
  markInstallTargets(runs) {
    if (runs.size === 0) return;
    for (const f of this.byFingerprint.values()) {
      const t = f.locations.map((l) => runs.get(l.path)).find((x) => x);
      if (!t) continue;
      const p = this.patterns.get(f.ruleId);
      f.kind = "exfil-sink";
      f.severity = raiseSeverity(p.severity);
      f.confidence = strongerConfidence(f.confidence, "medium");
      const evidence = f.evidence ??= [];
      const e = installTargetEvidence(t, p);
      if (!evidence.includes(e) && evidence.length < MAX_EVIDENCE) evidence.push(e);
    }
  }
  hostIsAllowed(url) {
    if (this.config.allowHosts.length === 0) return false;
    const host = urlHost(url);
    return !!host && hostAllowed(host, this.config.allowHosts);
  }
  findings() {
    const cmp = this.compareLocations ?? byPlace;
    for (const f of this.byFingerprint.values()) f.locations.sort(cmp);
    return [...this.byFingerprint.values()].sort((x, y) => {
      const a = x.locations[0], b = y.locations[0];
      return compareSeverity(x.severity, y.severity) || (a?.path ?? "").localeCompare(b?.path ?? "") || (a?.line ?? 0) - (b?.line ?? 0) || x.ruleId.localeCompare(y.ruleId);
    });
  }
};
function byPlace(a, b) {
  return a.path.localeCompare(b.path) || a.line - b.line || a.column - b.column;
}
function sameLocation(a, b) {
  return a.path === b.path && a.line === b.line && a.column === b.column && a.commit === b.commit && a.repository === b.repository;
}
function activePatterns(opts, config) {
  const providers = opts.providers ?? loadPatternFiles(opts.patternsDir);
  const all = providers.flatMap((p) => p.patterns);
  const known = new Set(all.map((p) => p.id));
  for (const id of config.disableRules) if (!known.has(id)) throw new UsageError(`disable-rules names an unknown rule '${id}'`);
  return all.filter((p) => !config.disableRules.includes(p.id));
}
async function scan(opts = {}) {
  const started = Date.now();
  const { root, paths, config } = resolveScan(opts);
  const patterns = activePatterns(opts, config);
  const cores = availableParallelism2();
  const threads = opts.jobs ?? cores;
  const source = opts.source ?? new WorktreeSource({
    paths,
    root,
    exclude: config.exclude,
    maxFileSize: opts.maxFileSize ?? config.maxFileSize,
    jobs: threads,
    includeDependencies: opts.includeDependencies,
    archives: opts.archives
  });
  const workers = opts.jobs !== void 0 ? opts.jobs <= 1 ? 0 : opts.jobs : source.defaultWorkers?.(cores) ?? cores;
  const collector = new FindingCollector(patterns, config, new Set(opts.baseline ?? []), source.compareLocations);
  const stats = { filesScanned: 0, bytesScanned: 0, filesSkipped: 0, skipped: [], findings: 0, suppressed: 0, durationMs: 0 };
  let total;
  let expectedBytes;
  let expectedUnits;
  let engine;
  let finished = false;
  const installRuns = /* @__PURE__ */ new Map();
  const engineNow = () => engine ??= createEngine(patterns, { workers, expectedBytes, expectedUnits });
  const progress = () => opts.onProgress?.({ phase: "scan", done: stats.filesScanned + stats.filesSkipped, total, bytes: stats.bytesScanned, findings: collector.size });
  const skip = (s) => {
    stats.filesSkipped++;
    stats.skipped.push(s);
    progress();
  };
  const preimages = /* @__PURE__ */ new Map();
  const heldSecrets = async (unit) => {
    const r = await engineNow().run(unit);
    return new Set(r.ok ? r.matches.map((m) => `${m.ruleId}\0${m.secret}`) : []);
  };
  const subtractable = async (ids) => {
    const out = /* @__PURE__ */ new Set();
    for (const set of await Promise.all(ids.map((id) => preimages.get(id)))) for (const k of set ?? []) out.add(k);
    return out;
  };
  const needsOrigins = (r, matches) => !r.ok || !!r.installTargets || !!r.dropped?.length || (matches ?? r.matches).length > 0;
  const record = (r, origins, matches = r.ok ? r.matches : []) => {
    if (!r.ok) {
      if (origins.length) skip({ path: origins[0].path, reason: r.reason, detail: r.detail });
      return;
    }
    stats.filesScanned++;
    stats.bytesScanned += r.size;
    if (r.installTargets) {
      for (const o of origins) {
        const dir = o.path.includes("/") || o.path.includes("!") ? o.path.slice(0, Math.max(o.path.lastIndexOf("/"), o.path.lastIndexOf("!")) + 1) : "";
        for (const t of r.installTargets) installRuns.set(`${dir}${t.file}`, t);
      }
    }
    if (r.dropped?.length) for (const d of r.dropped) collector.noteSuppressed({ path: origins[0]?.path ?? "", ...d });
    if (matches.length && origins.length) collector.add(matches, origins);
    progress();
  };
  try {
    await source.run(
      {
        total: (n, bytes) => {
          total = n;
          expectedUnits = n;
          expectedBytes = bytes;
          if (n > 0 && !engine) setImmediate(() => !finished && engineNow());
        },
        skip,
        preimage: (id, unit) => {
          preimages.set(id, heldSecrets(unit));
        },
        scan: async (unit, origins, more) => {
          const held = more?.preimages?.length ? await subtractable(more.preimages) : void 0;
          const r = await engineNow().run(unit);
          const matches = r.ok && held?.size ? r.matches.filter((m) => !held.has(`${m.ruleId}\0${m.secret}`)) : void 0;
          const o = typeof origins !== "function" ? origins : needsOrigins(r, matches) ? await origins() : [];
          record(r, o, matches);
        },
        scanAll: async (units) => {
          const results = await engineNow().runAll(units.map((u) => u.unit));
          results.forEach((r, k) => record(r, units[k].origins));
        }
      },
      opts.signal
    );
  } finally {
    finished = true;
    await engine?.close();
  }
  collector.markInstallTargets(installRuns);
  const findings = collector.findings();
  Object.assign(stats, source.describe?.() ?? {});
  if (stats.blobsScanned !== void 0) stats.filesScanned = stats.blobsScanned;
  else if (stats.commitsScanned !== void 0) stats.blobsScanned = stats.filesScanned;
  stats.findings = findings.length;
  stats.suppressed = collector.suppressed;
  stats.skipped.sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  if (Object.keys(collector.suppressedByReason).length) {
    stats.suppressedByReason = collector.suppressedByReason;
    stats.suppressions = collector.suppressions.sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : (a.line ?? 0) - (b.line ?? 0));
  }
  stats.durationMs = Date.now() - started;
  return { findings, stats };
}

// src/app/verify-options.ts
function checkProvider(p, known, where) {
  if (!known.has(p)) throw new UsageError(`${where}: unknown provider '${p}' (see hookscan providers; e.g. ${[...known].slice(0, 4).join(", ")})`);
}
function originsFrom(flags, config, knownProviders) {
  const origins = {};
  for (const [p, o] of Object.entries(config.verifyOrigins)) {
    checkProvider(p, knownProviders, "verify-origins in the configuration");
    origins[p] = o;
  }
  for (const pair of flags.verifyOrigin ?? []) {
    const eq = pair.indexOf("=");
    if (eq <= 0) throw new UsageError(`--verify-origin '${pair}': expected PROVIDER=ORIGIN, e.g. slack=https://slack-proxy.example.com`);
    const p = pair.slice(0, eq).trim();
    checkProvider(p, knownProviders, "--verify-origin");
    origins[p] = pair.slice(eq + 1).trim();
  }
  for (const [p, o] of Object.entries(origins)) parseOrigin(p, o);
  return origins;
}
function checkVerify(req, config, knownProviders) {
  const origins = originsFrom({ verifyOrigin: req.origins }, config, knownProviders);
  for (const p of req.providers ?? []) checkProvider(p, knownProviders, "--verify-providers");
  return origins;
}
async function verifyWith(findings, req, origins, onProgress) {
  const { verify } = await import("./chunk-YP34JNGR.js");
  return verify(findings, { providers: req.providers, origins, allowHosts: req.allowHosts, timeoutMs: req.timeoutMs, onProgress });
}

// src/app/scan.ts
function underPaths(findings, within, cwd) {
  const prefixes = within.map((p) => relative2(cwd, resolve3(cwd, p)).split("\\").join("/"));
  if (prefixes.some((p) => p === "")) return findings;
  const keep = (path) => prefixes.some((p) => path === p || path.startsWith(`${p}/`));
  return findings.map((f) => ({ ...f, locations: f.locations.filter((l) => keep(l.path)) })).filter((f) => f.locations.length > 0);
}
async function scanCommand(req) {
  checkFailOn(req.failOn, !!req.verify);
  const cwd = req.cwd;
  const paths = req.git ? req.paths : await expandPathGlobs(req.paths, cwd);
  const resolved = resolveScan({ paths: paths.length ? paths : ["."], cwd, config: req.config, configFile: req.configFile ? resolve3(cwd, req.configFile) : void 0 });
  let source = req.source;
  let git;
  if (!source && req.git) {
    if (resolved.paths.length !== 1 || !statSync2(resolved.paths[0]).isDirectory()) throw new UsageError(`--${req.git.kind} scans one git repository: give its folder (got ${req.paths.join(" ") || "."})`);
    const { GitSource: GitSource2 } = await import("./chunk-CBYDQLXM.js");
    source = git = new GitSource2({ repo: resolved.paths[0], mode: req.git, maxFileSize: req.maxFileSize ?? resolved.config.maxFileSize });
    git.start();
  }
  let result;
  let providers;
  let patterns;
  let origins;
  try {
    providers = req.providers ?? (req.patternsDir ? loadPatternFiles(resolve3(cwd, req.patternsDir)) : void 0);
    patterns = activePatterns({ providers }, resolved.config);
    origins = req.verify ? checkVerify(req.verify, resolved.config, new Set((providers ?? loadPatternFiles()).map((p) => p.id))) : void 0;
    const baseline = req.baseline ?? (req.baselineFile ? readBaseline(resolve3(cwd, req.baselineFile)) : void 0);
    result = await scan({
      source,
      paths: resolved.paths,
      cwd,
      config: resolved.config,
      providers,
      baseline,
      jobs: req.jobs,
      maxFileSize: req.maxFileSize,
      includeDependencies: req.includeDependencies,
      archives: req.archives,
      onProgress: req.onProgress,
      signal: req.signal
    });
  } catch (e) {
    git?.stop();
    throw e;
  }
  if (req.within?.length) {
    result.findings = underPaths(result.findings, req.within, cwd);
    result.stats.findings = result.findings.length;
  }
  req.onScanned?.(result);
  if (req.verify && result.findings.length) result.findings = await verifyWith(result.findings, req.verify, origins, req.onProgress);
  const rendered = renderResult(result, { format: req.format, noRedact: req.noRedact, patterns, color: req.color, verbose: req.verbose });
  return { result, rendered, exitCode: exitCodeFor(req.failOn, result.findings), patterns, config: resolved.config };
}

// src/action/builtin-providers.ts
var PROVIDERS = [
  {
    "id": "azure-logic-apps",
    "name": "Azure Logic Apps",
    "hosts": [
      "logic.azure.com",
      "logic.azure.us",
      "logic.azure.cn"
    ],
    "apiHosts": [
      "management.azure.com",
      "management.usgovcloudapi.net",
      "management.chinacloudapi.cn"
    ],
    "file": "patterns/azure-logic-apps.yaml",
    "patterns": [
      {
        "id": "azure-logic-apps-trigger",
        "provider": "azure-logic-apps",
        "providerName": "Azure Logic Apps",
        "kind": "credential",
        "name": "Azure Logic Apps request trigger URL (SAS)",
        "description": "Callback URL of a Logic Apps (Consumption) request trigger, also used by older Power Automate flows; the `sig` signature lets anyone start the workflow, and there is no safe way to test it. Query parameters may come in any order; a URL without `sig` is not reported. The `.us` / `.cn` sovereign-cloud hosts are matched but unconfirmed.",
        "severity": "high",
        "keywords": [
          "logic.azure"
        ],
        "regex": `(?i:https://(?P<host>[a-z0-9-]{1,63}\\.[a-z0-9-]{1,63}\\.logic\\.azure\\.(?P<cloud>com|us|cn)))(?::[0-9]{1,5})?/workflows/(?P<workflow>[0-9a-fA-F]{32})/triggers/(?P<trigger>[A-Za-z0-9_%.-]{1,256})/paths/invoke(?:/[^\\s"'<>\\x60?#,]{0,200})?\\?(?:[^\\s"'<>\\x60#,]{0,400}?(?:[&;]|\\\\u0026))?sig=([A-Za-z0-9_-]{40,100})`,
        "boundary": "A-Za-z0-9_-",
        "placeholders": [
          "AbCdEfGhIjKl"
        ],
        "revoke": true,
        "remediation": 'The `sig` query parameter is an HMAC made with the workflow\'s access key: anyone holding the\nURL can start the workflow with any input. Invalidate it by rotating the key:\n\n1. Regenerate **both** access keys of the workflow, which invalidates every callback URL signed\n   with them: Azure portal → the Logic App → **Access keys** → regenerate Primary and\n   Secondary, or\n   `POST https://management.azure.com/subscriptions/{sub}/resourceGroups/{rg}/providers/Microsoft.Logic/workflows/{name}/regenerateAccessKey?api-version=2016-06-01`\n   with body `{"keyType":"Primary"}` and again with `"Secondary"` (needs Logic App\n   Contributor). The URL holds only the region and workflow id; find the resource with an\n   Azure Resource Graph query on `properties.accessEndpoint`.\n2. If you cannot rotate right away, disable the workflow (`POST …/workflows/{name}/disable`).\n3. Fetch the new callback URL at deploy time (`listCallbackUrl`) into a secret store instead of\n   committing it, or restrict the trigger (IP ranges, Entra ID authorization policy).\n',
        "references": [
          "https://learn.microsoft.com/en-us/azure/logic-apps/logic-apps-http-endpoint",
          "https://learn.microsoft.com/en-us/rest/api/logic/workflows/regenerate-access-key",
          "https://learn.microsoft.com/en-us/azure/logic-apps/logic-apps-securing-a-logic-app"
        ],
        "examples": [],
        "negativeExamples": [],
        "file": "patterns/azure-logic-apps.yaml"
      }
    ]
  },
  {
    "id": "beeceptor",
    "name": "Beeceptor",
    "hosts": [
      "beeceptor.com",
      "free.beeceptor.com"
    ],
    "file": "patterns/beeceptor.yaml",
    "patterns": [
      {
        "id": "beeceptor-endpoint",
        "provider": "beeceptor",
        "providerName": "Beeceptor",
        "kind": "exfil-sink",
        "name": "Beeceptor endpoint",
        "description": "A Beeceptor endpoint host `https://<name>.free.beeceptor.com` (or the older `https://<name>.beeceptor.com`). Names are 5-40 characters, so Beeceptor's own `www`, `app`, `api`, `docs` and `echo` hosts are not matched. Requests are logged in a dashboard that is public for free endpoints.",
        "severity": "medium",
        "keywords": [
          "beeceptor.com"
        ],
        "regex": "(?:https?://)?\\b([A-Za-z][A-Za-z0-9-]{3,38}[A-Za-z0-9])\\.(?i:(?:free\\.)?beeceptor\\.com)",
        "boundary": "A-Za-z0-9_-",
        "placeholders": [
          "my-api"
        ],
        "remediation": "This is not a credential of yours: it is a Beeceptor endpoint, a hosted mock server that also\nrecords every request it receives. Free endpoints have public dashboards\n(`app.beeceptor.com/console/<name>`), so anything sent there can be read by anyone who knows\nthe name. In code it is usually a test or mock artefact; in a dependency or a build step that\nsends data out it is an exfiltration channel (MITRE ATT&CK T1567.004).\n1. Find who added the endpoint and why (`git log -S '<name>.free.beeceptor.com'`, blame).\n2. If it is a mock left in production code, point the code back at the real service or a\n   local mock; assume whatever was sent to the endpoint is public.\n3. If nobody on your side created it, treat it as exfiltration: remove the code, rotate the\n   secrets it could read and review the runs that executed it.\n4. Block egress to `*.beeceptor.com` where mocks are not needed.\nDo not send requests to the endpoint from the scanner; report abuse to Beeceptor support.\n",
        "references": [
          "https://beeceptor.com/docs/create-endpoint/",
          "https://attack.mitre.org/techniques/T1567/004/"
        ],
        "examples": [],
        "negativeExamples": [],
        "file": "patterns/beeceptor.yaml"
      },
      {
        "id": "beeceptor-console",
        "provider": "beeceptor",
        "providerName": "Beeceptor",
        "kind": "exfil-sink",
        "name": "Beeceptor endpoint dashboard link",
        "description": "A link to a Beeceptor endpoint's request dashboard (`beeceptor.com/console/<name>`). It names the endpoint and, for free endpoints, lets anyone read the captured requests.",
        "severity": "medium",
        "keywords": [
          "beeceptor.com/console"
        ],
        "regex": "(?:https?://)?(?:(?:app|www)\\.)?\\b(?i:beeceptor\\.com)/console/([A-Za-z][A-Za-z0-9-]{3,38}[A-Za-z0-9])",
        "boundary": "A-Za-z0-9_-",
        "placeholders": [
          "my-api"
        ],
        "remediation": "This is not a credential of yours: it is a Beeceptor endpoint, a hosted mock server that also\nrecords every request it receives. Free endpoints have public dashboards\n(`app.beeceptor.com/console/<name>`), so anything sent there can be read by anyone who knows\nthe name. In code it is usually a test or mock artefact; in a dependency or a build step that\nsends data out it is an exfiltration channel (MITRE ATT&CK T1567.004).\n1. Find who added the endpoint and why (`git log -S '<name>.free.beeceptor.com'`, blame).\n2. If it is a mock left in production code, point the code back at the real service or a\n   local mock; assume whatever was sent to the endpoint is public.\n3. If nobody on your side created it, treat it as exfiltration: remove the code, rotate the\n   secrets it could read and review the runs that executed it.\n4. Block egress to `*.beeceptor.com` where mocks are not needed.\nDo not send requests to the endpoint from the scanner; report abuse to Beeceptor support.\n",
        "references": [
          "https://beeceptor.com/docs/create-endpoint/",
          "https://attack.mitre.org/techniques/T1567/004/"
        ],
        "examples": [],
        "negativeExamples": [],
        "file": "patterns/beeceptor.yaml"
      }
    ]
  },
  {
    "id": "burp-collaborator",
    "name": "Burp Collaborator",
    "hosts": [
      "burpcollaborator.net",
      "oastify.com"
    ],
    "file": "patterns/burp-collaborator.yaml",
    "patterns": [
      {
        "id": "burp-collaborator-host",
        "provider": "burp-collaborator",
        "providerName": "Burp Collaborator",
        "kind": "exfil-sink",
        "name": "Burp Collaborator payload host",
        "description": "A Burp Collaborator payload host `<id>.oastify.com` (or the older `<id>.burpcollaborator.net`), where the id is a random label of about 30 characters. Any interaction with it is reported to the person who generated it.",
        "severity": "high",
        "keywords": [
          "oastify.com",
          "burpcollaborator.net"
        ],
        "regex": "(?:https?://)?\\b([A-Za-z0-9]{20,63})\\.(?i:oastify\\.com|burpcollaborator\\.net)",
        "boundary": "A-Za-z0-9_-",
        "placeholders": [],
        "remediation": "This is not a credential of yours: it is a host on PortSwigger's public Burp Collaborator\nserver. Every DNS lookup, HTTP request or SMTP connection to it is shown to the Burp user who\ngenerated the payload. In a repository it is a security-test payload (pentest notes, scanner\nconfigs, CTF write-ups) or an out-of-band exfiltration / blind-injection channel\n(MITRE ATT&CK T1567.004).\n1. Find who added the host and why (`git log -S '<id>'`, blame). A Collaborator host in\n   application code, a dependency or a build step is a strong sign of malicious code.\n2. If it is not an intentional test payload, remove it, treat the system that ran it as\n   compromised, rotate the secrets it could read and review DNS/proxy logs for the host.\n3. Keep test payloads out of shipped code; generate fresh ones in Burp when you need them.\n4. Block DNS and HTTP egress to burpcollaborator.net and oastify.com on servers and CI runners.\nDo not resolve or request the host from the scanner: the lookup itself is reported to its owner.\n",
        "references": [
          "https://portswigger.net/burp/documentation/collaborator",
          "https://attack.mitre.org/techniques/T1567/004/"
        ],
        "examples": [],
        "negativeExamples": [],
        "file": "patterns/burp-collaborator.yaml"
      }
    ]
  },
  {
    "id": "canarytokens",
    "name": "Canarytokens",
    "hosts": [
      "canarytokens.com",
      "canarytokens.org"
    ],
    "file": "patterns/canarytokens.yaml",
    "patterns": [
      {
        "id": "canarytokens-http",
        "provider": "canarytokens",
        "providerName": "Canarytokens",
        "kind": "exfil-sink",
        "name": "Canarytoken web bug URL",
        "description": "An HTTP Canarytoken `http://canarytokens.com/<words>/<25-character token>/<file>`. Loading it alerts the token's creator; a fired token also reveals who fetched it.",
        "severity": "low",
        "keywords": [
          "canarytokens.com",
          "canarytokens.org"
        ],
        "regex": "(?:https?://)?(?:www\\.)?\\b(?i:canarytokens\\.(?:com|org))/(?:[A-Za-z0-9_-]{1,40}/){0,6}([a-z0-9]{25})",
        "boundary": "A-Za-z0-9_-",
        "placeholders": [],
        "remediation": "This is a Canarytoken (Thinkst): a defensive tripwire. Requesting the URL or resolving the\nhost name sends an alert, with the caller's IP address, to whoever created the token. It is\nnot a leaked secret and usually sits in a repository on purpose (decoy credentials, honey\ndocuments, security notes).\n1. If your team planted it, leave it alone; consider adding the path to the scanner's\n   allowlist so it is not reported again.\n2. If nobody on your side knows it, find who added it (`git log -S '<token>'`). A token that\n   code fetches or resolves at run time can track where the code runs (a beacon) or carry data\n   out in the DNS labels in front of the token (MITRE ATT&CK T1567.004); remove that code.\n3. If you no longer need a token you own, disable it from its management link (the link in the\n   alert e-mail).\nNever request, resolve or \"test\" the URL: doing so fires the alert.\n",
        "references": [
          "https://docs.canarytokens.org/guide/",
          "https://docs.canarytokens.org/guide/dns-token.html"
        ],
        "examples": [],
        "negativeExamples": [],
        "file": "patterns/canarytokens.yaml"
      },
      {
        "id": "canarytokens-dns",
        "provider": "canarytokens",
        "providerName": "Canarytokens",
        "kind": "exfil-sink",
        "name": "Canarytoken DNS host name",
        "description": "A DNS Canarytoken `<25-character token>.canarytokens.com`, often with data encoded in labels in front of it. Resolving it alerts the token's creator.",
        "severity": "low",
        "keywords": [
          "canarytokens.com"
        ],
        "regex": "(?:https?://)?\\b([A-Za-z0-9]{25})\\.(?i:canarytokens\\.com)",
        "boundary": "A-Za-z0-9_-",
        "placeholders": [
          "pz21qtyfsidipvrsuzs9n2udi"
        ],
        "remediation": "This is a Canarytoken (Thinkst): a defensive tripwire. Requesting the URL or resolving the\nhost name sends an alert, with the caller's IP address, to whoever created the token. It is\nnot a leaked secret and usually sits in a repository on purpose (decoy credentials, honey\ndocuments, security notes).\n1. If your team planted it, leave it alone; consider adding the path to the scanner's\n   allowlist so it is not reported again.\n2. If nobody on your side knows it, find who added it (`git log -S '<token>'`). A token that\n   code fetches or resolves at run time can track where the code runs (a beacon) or carry data\n   out in the DNS labels in front of the token (MITRE ATT&CK T1567.004); remove that code.\n3. If you no longer need a token you own, disable it from its management link (the link in the\n   alert e-mail).\nNever request, resolve or \"test\" the URL: doing so fires the alert.\n",
        "references": [
          "https://docs.canarytokens.org/guide/",
          "https://docs.canarytokens.org/guide/dns-token.html"
        ],
        "examples": [],
        "negativeExamples": [],
        "file": "patterns/canarytokens.yaml"
      }
    ]
  },
  {
    "id": "dingtalk",
    "name": "DingTalk",
    "hosts": [
      "oapi.dingtalk.com"
    ],
    "file": "patterns/dingtalk.yaml",
    "patterns": [
      {
        "id": "dingtalk-robot-webhook",
        "provider": "dingtalk",
        "providerName": "DingTalk",
        "kind": "credential",
        "name": "DingTalk custom robot webhook URL",
        "description": "A DingTalk custom robot webhook; its `access_token` (64 hex characters) lets anyone post messages, links and cards into the group, a ready channel for spam or phishing inside the organisation.",
        "severity": "high",
        "keywords": [
          "dingtalk"
        ],
        "regex": `https?://(?P<host>(?i:oapi\\.dingtalk\\.com))/robot/send\\?(?:[^\\s"'<>#]{0,256}[&;])?access_token=([0-9a-fA-F]{64})`,
        "boundary": "A-Za-z0-9_-",
        "placeholders": [],
        "verify": true,
        "remediation": "The `access_token` of a DingTalk custom robot cannot be revoked through an API; a group owner\nor the robot's creator has to act in the DingTalk client:\n\n1. Open the group chat → *Group Settings* → *Bots* (智能群助手 / 机器人) and select the robot.\n2. Remove the robot, or reset its webhook (重置) so the leaked `access_token` stops working.\n3. Create or reset it with a security setting enabled: signing (加签), an IP allow-list or\n   required keywords. If signing was on, reset the `SEC…` signing secret too, since it is\n   usually stored next to the leaked URL.\n4. Store the new webhook URL and secret in a secret manager or CI secret, not in the\n   repository, and remove the old URL from git history if the repository is public.\n",
        "references": [
          "https://open.dingtalk.com/document/robots/custom-robot-access"
        ],
        "examples": [],
        "negativeExamples": [],
        "file": "patterns/dingtalk.yaml"
      }
    ]
  },
  {
    "id": "discord",
    "name": "Discord",
    "hosts": [
      "discord.com",
      "discordapp.com",
      "ptb.discord.com",
      "canary.discord.com",
      "ptb.discordapp.com",
      "canary.discordapp.com"
    ],
    "file": "patterns/discord.yaml",
    "patterns": [
      {
        "id": "discord-webhook",
        "provider": "discord",
        "providerName": "Discord",
        "kind": "credential",
        "name": "Discord webhook URL",
        "description": "Discord channel webhook (`/api/webhooks/<snowflake id>/<token>`); it allows posting as the webhook and deleting it, and is the most common exfiltration channel of info-stealers and malicious packages.",
        "severity": "high",
        "keywords": [
          "discord"
        ],
        "regex": "(?:https?://)?\\b(?P<host>(?i:(?:(?:canary|ptb)\\.)?discord(?:app)?\\.com))/api(?:/v[0-9]{1,2})?/webhooks/((?P<id>[0-9]{17,20})/(?P<token>[A-Za-z0-9_-]{60,100}))",
        "boundary": "A-Za-z0-9_-",
        "placeholders": [
          "3d89bb7572e0fb30d8128367b3b1b44fecd1726de135cbe28a41f8b2f777c372ba2939e72279b94526ff5d1bd4358d65cf11"
        ],
        "verify": true,
        "revoke": true,
        "remediation": 'Anyone holding this URL can post into the channel as the webhook, and can also read, rename or\ndelete the webhook. Unlike most providers, Discord lets you revoke it with the URL alone:\n\n1. Delete the webhook: `curl -X DELETE "https://discord.com/api/v10/webhooks/<id>/<token>"`.\n   A `204 No Content` answer means it is gone; a `404` afterwards confirms it. Alternatively,\n   in Discord open **Server Settings** → **Integrations** → **Webhooks** and delete it.\n2. If the URL was found in code you did not write (a dependency, a downloaded script), treat it\n   as a possible exfiltration channel: remove the code, check what data it sent, and report the\n   webhook to Discord Trust & Safety instead of deleting someone else\'s evidence.\n3. Create a new webhook if you still need one and load it from a secret store or CI secret.\n',
        "references": [
          "https://discord.com/developers/docs/resources/webhook",
          "https://discord.com/developers/docs/topics/rate-limits"
        ],
        "examples": [],
        "negativeExamples": [],
        "file": "patterns/discord.yaml"
      },
      {
        "id": "discord-webhook-client",
        "provider": "discord",
        "providerName": "Discord",
        "kind": "credential",
        "name": "discord.js WebhookClient id and token",
        "description": "A discord.js `new WebhookClient('<id>', '<token>')` or `new WebhookClient({ id, token })` built from literals: the same secret as a webhook URL, without the URL (a common shape of malicious npm packages).",
        "severity": "high",
        "keywords": [
          "webhookclient"
        ],
        "regex": "\\bWebhookClient\\(\\s*(?:\\{\\s*id\\s*:\\s*)?[\"'`][0-9]{17,20}[\"'`]\\s*,\\s*(?:token\\s*:\\s*)?[\"'`]([A-Za-z0-9_-]{60,100})",
        "boundary": "A-Za-z0-9_-",
        "placeholders": [],
        "remediation": 'Anyone holding this URL can post into the channel as the webhook, and can also read, rename or\ndelete the webhook. Unlike most providers, Discord lets you revoke it with the URL alone:\n\n1. Delete the webhook: `curl -X DELETE "https://discord.com/api/v10/webhooks/<id>/<token>"`.\n   A `204 No Content` answer means it is gone; a `404` afterwards confirms it. Alternatively,\n   in Discord open **Server Settings** → **Integrations** → **Webhooks** and delete it.\n2. If the URL was found in code you did not write (a dependency, a downloaded script), treat it\n   as a possible exfiltration channel: remove the code, check what data it sent, and report the\n   webhook to Discord Trust & Safety instead of deleting someone else\'s evidence.\n3. Create a new webhook if you still need one and load it from a secret store or CI secret.\n',
        "references": [
          "https://discord.com/developers/docs/resources/webhook",
          "https://discord.com/developers/docs/topics/rate-limits"
        ],
        "examples": [],
        "negativeExamples": [],
        "file": "patterns/discord.yaml"
      },
      {
        "id": "discord-webhook-token",
        "provider": "discord",
        "providerName": "Discord",
        "kind": "credential",
        "name": "Discord webhook token in a constant",
        "description": 'A Discord webhook token kept apart from its id (`WEBHOOK_TOKEN = "…"` next to `WEBHOOK_ID = "…"`) in a file that mentions Discord; with the id it is the full webhook.',
        "severity": "high",
        "keywords": [
          "discord"
        ],
        "regex": `\\b(?i:webhook)_?(?i:token)["']?\\s*[:=]\\s*["'\`]([A-Za-z0-9_-]{60,100})["'\`]`,
        "boundary": "",
        "placeholders": [],
        "remediation": 'Anyone holding this URL can post into the channel as the webhook, and can also read, rename or\ndelete the webhook. Unlike most providers, Discord lets you revoke it with the URL alone:\n\n1. Delete the webhook: `curl -X DELETE "https://discord.com/api/v10/webhooks/<id>/<token>"`.\n   A `204 No Content` answer means it is gone; a `404` afterwards confirms it. Alternatively,\n   in Discord open **Server Settings** → **Integrations** → **Webhooks** and delete it.\n2. If the URL was found in code you did not write (a dependency, a downloaded script), treat it\n   as a possible exfiltration channel: remove the code, check what data it sent, and report the\n   webhook to Discord Trust & Safety instead of deleting someone else\'s evidence.\n3. Create a new webhook if you still need one and load it from a secret store or CI secret.\n',
        "references": [
          "https://discord.com/developers/docs/resources/webhook",
          "https://discord.com/developers/docs/topics/rate-limits"
        ],
        "examples": [],
        "negativeExamples": [],
        "file": "patterns/discord.yaml"
      }
    ]
  },
  {
    "id": "dnslog",
    "name": "DNS loggers",
    "hosts": [
      "dnslog.cn",
      "ceye.io",
      "requestrepo.com",
      "dnslog.ink",
      "digimg.store",
      "p8.lol",
      "gobygo.net",
      "burpcollector.net"
    ],
    "file": "patterns/dnslog.yaml",
    "patterns": [
      {
        "id": "dnslog-dnslog-cn",
        "provider": "dnslog",
        "providerName": "DNS loggers",
        "kind": "exfil-sink",
        "name": "dnslog.cn subdomain",
        "description": "A dnslog.cn callback host `<6 characters>.dnslog.cn`, often with data in labels in front of it. Lookups are listed for whoever requested the subdomain.",
        "severity": "high",
        "keywords": [
          "dnslog.cn"
        ],
        "regex": "(?:https?://)?\\b([A-Za-z0-9]{6})\\.(?i:dnslog\\.cn)",
        "boundary": "A-Za-z0-9_-",
        "placeholders": [],
        "remediation": "This is not a credential of yours: it is a subdomain of a public DNS/HTTP logging service\n(dnslog.cn, CEYE, requestrepo). Every lookup of the host, and every HTTP request to it, is shown\nto whoever owns the subdomain. Security testers use them for blind injection (Log4Shell, SSRF,\nXXE, SQLi) and attackers use them to carry data out in DNS labels (MITRE ATT&CK T1567.004,\nT1071.004).\n1. Find who added the host and why (`git log -S '<subdomain>'`, blame). A logger host in\n   application code, a dependency or a CI step is a strong sign of malicious code.\n2. If it is not an intentional test payload, remove it, treat the system that ran it as\n   compromised, rotate the secrets it could read and check DNS logs for lookups of the host.\n3. Keep test payloads out of shipped code and generate fresh subdomains when testing.\n4. Block DNS and HTTP egress to dnslog.cn, ceye.io and requestrepo.com.\nDo not resolve or request the host from the scanner: the lookup itself is logged for its owner.\n",
        "references": [
          "http://www.dnslog.cn/",
          "http://ceye.io/",
          "https://requestrepo.com/",
          "https://attack.mitre.org/techniques/T1567/004/"
        ],
        "examples": [],
        "negativeExamples": [],
        "file": "patterns/dnslog.yaml"
      },
      {
        "id": "dnslog-ceye",
        "provider": "dnslog",
        "providerName": "DNS loggers",
        "kind": "exfil-sink",
        "name": "CEYE subdomain",
        "description": "A CEYE platform callback host `<identifier>.ceye.io`. DNS lookups and HTTP requests to it are recorded for the CEYE account that owns the identifier.",
        "severity": "high",
        "keywords": [
          "ceye.io"
        ],
        "regex": "(?:https?://)?\\b([A-Za-z0-9]{6})\\.(?i:ceye\\.io)",
        "boundary": "A-Za-z0-9_-",
        "placeholders": [],
        "remediation": "This is not a credential of yours: it is a subdomain of a public DNS/HTTP logging service\n(dnslog.cn, CEYE, requestrepo). Every lookup of the host, and every HTTP request to it, is shown\nto whoever owns the subdomain. Security testers use them for blind injection (Log4Shell, SSRF,\nXXE, SQLi) and attackers use them to carry data out in DNS labels (MITRE ATT&CK T1567.004,\nT1071.004).\n1. Find who added the host and why (`git log -S '<subdomain>'`, blame). A logger host in\n   application code, a dependency or a CI step is a strong sign of malicious code.\n2. If it is not an intentional test payload, remove it, treat the system that ran it as\n   compromised, rotate the secrets it could read and check DNS logs for lookups of the host.\n3. Keep test payloads out of shipped code and generate fresh subdomains when testing.\n4. Block DNS and HTTP egress to dnslog.cn, ceye.io and requestrepo.com.\nDo not resolve or request the host from the scanner: the lookup itself is logged for its owner.\n",
        "references": [
          "http://www.dnslog.cn/",
          "http://ceye.io/",
          "https://requestrepo.com/",
          "https://attack.mitre.org/techniques/T1567/004/"
        ],
        "examples": [],
        "negativeExamples": [],
        "file": "patterns/dnslog.yaml"
      },
      {
        "id": "dnslog-requestrepo",
        "provider": "dnslog",
        "providerName": "DNS loggers",
        "kind": "exfil-sink",
        "name": "requestrepo subdomain",
        "description": "A requestrepo.com callback host `<8 characters>.requestrepo.com`. DNS lookups and HTTP requests to it are shown to whoever holds the subdomain's session.",
        "severity": "high",
        "keywords": [
          "requestrepo.com"
        ],
        "regex": "(?:https?://)?\\b([A-Za-z0-9]{8})\\.(?i:requestrepo\\.com)",
        "boundary": "A-Za-z0-9_-",
        "placeholders": [],
        "remediation": "This is not a credential of yours: it is a subdomain of a public DNS/HTTP logging service\n(dnslog.cn, CEYE, requestrepo). Every lookup of the host, and every HTTP request to it, is shown\nto whoever owns the subdomain. Security testers use them for blind injection (Log4Shell, SSRF,\nXXE, SQLi) and attackers use them to carry data out in DNS labels (MITRE ATT&CK T1567.004,\nT1071.004).\n1. Find who added the host and why (`git log -S '<subdomain>'`, blame). A logger host in\n   application code, a dependency or a CI step is a strong sign of malicious code.\n2. If it is not an intentional test payload, remove it, treat the system that ran it as\n   compromised, rotate the secrets it could read and check DNS logs for lookups of the host.\n3. Keep test payloads out of shipped code and generate fresh subdomains when testing.\n4. Block DNS and HTTP egress to dnslog.cn, ceye.io and requestrepo.com.\nDo not resolve or request the host from the scanner: the lookup itself is logged for its owner.\n",
        "references": [
          "http://www.dnslog.cn/",
          "http://ceye.io/",
          "https://requestrepo.com/",
          "https://attack.mitre.org/techniques/T1567/004/"
        ],
        "examples": [],
        "negativeExamples": [],
        "file": "patterns/dnslog.yaml"
      },
      {
        "id": "dnslog-oast-loggers",
        "provider": "dnslog",
        "providerName": "DNS loggers",
        "kind": "exfil-sink",
        "name": "DNS logger host (dnslog.ink, digimg.store, p8.lol, gobygo.net, burpcollector.net)",
        "description": "A per-user subdomain of a free DNS/HTTP interaction logger that Sigma and Emerging Threats list as out-of-band (OAST) exfiltration and callback sinks: any lookup of the name reaches its owner.",
        "severity": "medium",
        "keywords": [
          "dnslog.ink",
          "digimg.store",
          "p8.lol",
          "gobygo.net",
          "burpcollector.net"
        ],
        "regex": "(?:https?://)?\\b([A-Za-z0-9][A-Za-z0-9-]{3,40}[A-Za-z0-9])\\.(?i:dnslog\\.ink|digimg\\.store|p8\\.lol|gobygo\\.net|burpcollector\\.net)",
        "boundary": "A-Za-z0-9_-",
        "placeholders": [
          "example",
          "xxxx"
        ],
        "remediation": "This is not a credential of yours: it is a subdomain of a public DNS/HTTP logging service\n(dnslog.cn, CEYE, requestrepo). Every lookup of the host, and every HTTP request to it, is shown\nto whoever owns the subdomain. Security testers use them for blind injection (Log4Shell, SSRF,\nXXE, SQLi) and attackers use them to carry data out in DNS labels (MITRE ATT&CK T1567.004,\nT1071.004).\n1. Find who added the host and why (`git log -S '<subdomain>'`, blame). A logger host in\n   application code, a dependency or a CI step is a strong sign of malicious code.\n2. If it is not an intentional test payload, remove it, treat the system that ran it as\n   compromised, rotate the secrets it could read and check DNS logs for lookups of the host.\n3. Keep test payloads out of shipped code and generate fresh subdomains when testing.\n4. Block DNS and HTTP egress to dnslog.cn, ceye.io and requestrepo.com.\nDo not resolve or request the host from the scanner: the lookup itself is logged for its owner.\n",
        "references": [
          "http://www.dnslog.cn/",
          "http://ceye.io/",
          "https://requestrepo.com/",
          "https://attack.mitre.org/techniques/T1567/004/"
        ],
        "examples": [],
        "negativeExamples": [],
        "file": "patterns/dnslog.yaml"
      }
    ]
  },
  {
    "id": "feishu",
    "name": "Feishu / Lark",
    "hosts": [
      "open.feishu.cn",
      "open-hl.feishu.cn",
      "open.larksuite.com",
      "open.larkoffice.com"
    ],
    "file": "patterns/feishu.yaml",
    "patterns": [
      {
        "id": "feishu-bot-webhook",
        "provider": "feishu",
        "providerName": "Feishu / Lark",
        "kind": "credential",
        "name": "Feishu / Lark custom bot webhook URL",
        "description": "A Feishu (飞书) or Lark custom bot webhook (`open-apis/bot/v2/hook/<uuid>`, or the legacy `bot/hook/<32 hex>`); the token lets anyone post messages and interactive cards into the group, a ready channel for spam or phishing inside the organisation.",
        "severity": "high",
        "keywords": [
          "feishu",
          "larksuite",
          "larkoffice"
        ],
        "regex": "https?://(?P<host>(?i:open(?:-hl)?\\.feishu\\.cn|open\\.lark(?:suite|office)\\.com))(?P<route>/open-apis/bot/(?:v2/)?hook/)([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|[0-9a-fA-F]{32})",
        "boundary": "A-Za-z0-9_-",
        "placeholders": [],
        "verify": true,
        "remediation": "Custom bot webhooks of Feishu and Lark have no revocation API; a member of the group has to\nact in the client:\n\n1. Open the group → *Settings* → *Group Bots* (群机器人) and select the custom bot.\n2. Remove the bot, or reset its webhook address so the leaked token stops working.\n3. When re-creating it, turn on a security setting: signature verification (签名校验), an IP\n   allow-list or custom keywords. Reset the signing secret too if it was stored next to the\n   leaked URL.\n4. Keep the new URL in a secret manager or CI secret instead of the repository, and remove\n   the old URL from git history if the repository is public.\n",
        "references": [
          "https://open.feishu.cn/document/client-docs/bot-v3/add-custom-bot"
        ],
        "examples": [],
        "negativeExamples": [],
        "file": "patterns/feishu.yaml"
      }
    ]
  },
  {
    "id": "file-drops",
    "name": "Anonymous file-drop services",
    "hosts": [
      "transfer.sh",
      "temp.sh",
      "0x0.st",
      "bashupload.com",
      "oshi.at",
      "file.io",
      "catbox.moe",
      "gofile.io",
      "pixeldrain.com",
      "filebin.net"
    ],
    "file": "patterns/file-drops.yaml",
    "patterns": [
      {
        "id": "file-drops-transfer-link",
        "provider": "file-drops",
        "providerName": "Anonymous file-drop services",
        "kind": "exfil-sink",
        "name": "transfer.sh / temp.sh download link",
        "description": "A `https://transfer.sh/<id>/<file>` (or temp.sh) link, what the service answers to an upload: the random id makes the link, whoever has it can download the file.",
        "severity": "medium",
        "keywords": [
          "transfer.sh",
          "temp.sh"
        ],
        "regex": "(?:https?://)?\\b(?i:transfer\\.sh|temp\\.sh)/([A-Za-z0-9]{5,12}/[A-Za-z0-9][A-Za-z0-9._-]{0,127})",
        "boundary": "A-Za-z0-9_/-",
        "placeholders": [
          "hello.txt"
        ],
        "remediation": "This is a download link of a file uploaded to an anonymous file-drop service (transfer.sh,\ntemp.sh, 0x0.st…). Such services take an upload from `curl -T` or `curl -F file=@…` without an\naccount and hand back a link anyone can open: code that uploads there publishes the data, and a\nlink in code or logs shows where data was dropped (MITRE ATT&CK T1567, exfiltration over a web\nservice).\n1. Find out who added the link or the upload and why (`git log -S '<link>'`, blame, the CI job or\n   package that ran it).\n2. Assume the file is public: find out what it held (the command that uploaded it, the proxy or\n   EDR logs of that host) and rotate every secret it could contain.\n3. Remove the code; block egress to these services on CI runners and servers that do not need them\n   (`hookscan blocklist --kind exfil-sink`).\nDo not download the file from the scanner: the request is logged by the service.\n",
        "references": [
          "https://github.com/dutchcoders/transfer.sh#usage",
          "https://0x0.st/",
          "https://attack.mitre.org/techniques/T1567/"
        ],
        "examples": [],
        "negativeExamples": [],
        "file": "patterns/file-drops.yaml"
      },
      {
        "id": "file-drops-0x0-link",
        "provider": "file-drops",
        "providerName": "Anonymous file-drop services",
        "kind": "exfil-sink",
        "name": "0x0.st file link",
        "description": "A `https://0x0.st/<id>.<ext>` link, what 0x0.st answers to `curl -F file=@…`: anyone with the link can download the file until it expires.",
        "severity": "medium",
        "keywords": [
          "0x0.st"
        ],
        "regex": "(?:https?://)?\\b(?i:0x0\\.st)/([A-Za-z0-9_-]{3,12}\\.[A-Za-z0-9]{1,8})",
        "boundary": "A-Za-z0-9_.-",
        "placeholders": [],
        "remediation": "This is a download link of a file uploaded to an anonymous file-drop service (transfer.sh,\ntemp.sh, 0x0.st…). Such services take an upload from `curl -T` or `curl -F file=@…` without an\naccount and hand back a link anyone can open: code that uploads there publishes the data, and a\nlink in code or logs shows where data was dropped (MITRE ATT&CK T1567, exfiltration over a web\nservice).\n1. Find out who added the link or the upload and why (`git log -S '<link>'`, blame, the CI job or\n   package that ran it).\n2. Assume the file is public: find out what it held (the command that uploaded it, the proxy or\n   EDR logs of that host) and rotate every secret it could contain.\n3. Remove the code; block egress to these services on CI runners and servers that do not need them\n   (`hookscan blocklist --kind exfil-sink`).\nDo not download the file from the scanner: the request is logged by the service.\n",
        "references": [
          "https://github.com/dutchcoders/transfer.sh#usage",
          "https://0x0.st/",
          "https://attack.mitre.org/techniques/T1567/"
        ],
        "examples": [],
        "negativeExamples": [],
        "file": "patterns/file-drops.yaml"
      }
    ]
  },
  {
    "id": "google-apps-script",
    "name": "Google Apps Script web app",
    "hosts": [
      "script.google.com"
    ],
    "file": "patterns/google-apps-script.yaml",
    "patterns": [
      {
        "id": "google-apps-script-web-app",
        "provider": "google-apps-script",
        "providerName": "Google Apps Script web app",
        "kind": "exfil-sink",
        "name": "Google Apps Script web app URL",
        "description": "A deployed Apps Script web app `https://script.google.com/macros/s/<AKfyc… id>/exec` (also the Workspace form `/a/macros/<domain>/s/<id>/exec` and the `/dev` test URL). Every request runs the owner's script, so data posted here goes to whoever owns the deployment.",
        "severity": "high",
        "keywords": [
          "script.google.com"
        ],
        "regex": "(?:https?://)?\\b(?i:script\\.google\\.com)/(?:a/macros/[A-Za-z0-9.-]{1,100}/|a/[A-Za-z0-9.-]{1,100}/macros/|macros/)s/(AKfyc[A-Za-z0-9_-]{40,120})/(?:exec|dev)",
        "boundary": "A-Za-z0-9_-",
        "placeholders": [],
        "remediation": 'This is a Google Apps Script web app URL (`/macros/s/<deployment id>/exec`). Any request to it\nruns the script as deployed, often with the owner\'s permissions on Sheets, Drive or Gmail, and\nthe script can store or forward whatever it receives. Public deployments ("Anyone") need no\nsign-in, which makes them a free, Google-hosted exfiltration endpoint that blends in with normal\ntraffic (MITRE ATT&CK T1567.004); they are also used legitimately as form or Sheets back ends.\n1. Find who added the URL and why (`git log -S \'<deployment id>\'`, blame), and whether the\n   deployment belongs to your Google account or Workspace (Apps Script editor → Deploy →\n   Manage deployments).\n2. If it is yours and should not be public, archive the deployment (Manage deployments →\n   Archive) or restrict "Who has access"; create a new deployment for callers that still need\n   it and keep its URL out of the repository. Validate a shared secret inside `doPost` /\n   `doGet`, because the URL alone grants access.\n3. If it is not yours, treat code sending data there as exfiltration: remove it, rotate the\n   secrets it could read, and report the script to Google (Report abuse link on the web app).\nDo not call the URL from the scanner: every request runs the script.\n',
        "references": [
          "https://developers.google.com/apps-script/guides/web",
          "https://developers.google.com/apps-script/concepts/deployments",
          "https://attack.mitre.org/techniques/T1567/004/"
        ],
        "examples": [],
        "negativeExamples": [],
        "file": "patterns/google-apps-script.yaml"
      }
    ]
  },
  {
    "id": "google-chat",
    "name": "Google Chat",
    "hosts": [
      "chat.googleapis.com"
    ],
    "file": "patterns/google-chat.yaml",
    "patterns": [
      {
        "id": "google-chat-webhook",
        "provider": "google-chat",
        "providerName": "Google Chat",
        "kind": "credential",
        "name": "Google Chat incoming webhook URL",
        "description": "Google Chat space webhook (`/v1/spaces/<space>/messages?key=…&token=…`); the `token` value (reported without its trailing `=` / `%3D` padding) lets anyone post into the space. Parameters may be in any order and HTML-escaped (`&amp;`).",
        "severity": "high",
        "keywords": [
          "chat.googleapis.com"
        ],
        "regex": `(?i:https://(?P<host>chat\\.googleapis\\.com))/v1/spaces/(?P<space>[A-Za-z0-9_-]{6,40})/messages\\?(?:(?:[^\\s"'<>\\x60#,]{0,400}?(?:[&;]|\\\\u0026))?key=(?P<key>[A-Za-z0-9_-]{1,100})(?:[&;]|\\\\u0026))?(?:[^\\s"'<>\\x60#,]{0,400}?(?:[&;]|\\\\u0026))?token=(?P<token>([A-Za-z0-9_-]{40,50})(?:%3[Dd]|=)?)`,
        "boundary": "A-Za-z0-9_-",
        "placeholders": [],
        "verify": true,
        "remediation": "Anyone holding this URL can post messages into the Google Chat space. The `key=AIza…`\nparameter is the same for every Chat webhook; the `token` parameter is the secret. It cannot\nbe revoked through an API or with the URL alone:\n\n1. Open the space in Google Chat → click the space name → **Apps & integrations** →\n   **Webhooks** → delete the leaked webhook (its URL stops working).\n2. Add a new webhook if you still need one and keep its URL in a secret store or CI secret.\n3. Workspace admins can turn off incoming webhooks for the organisation in the Admin console\n   (Google Chat settings).\n",
        "references": [
          "https://developers.google.com/workspace/chat/quickstart/webhooks",
          "https://docs.gitguardian.com/secrets-detection/secrets-detection-engine/detectors/specifics/google_chat_webhook_url"
        ],
        "examples": [],
        "negativeExamples": [],
        "file": "patterns/google-chat.yaml"
      }
    ]
  },
  {
    "id": "hookbin",
    "name": "Hookbin",
    "hosts": [
      "hookb.in",
      "hookbin.com"
    ],
    "file": "patterns/hookbin.yaml",
    "patterns": [
      {
        "id": "hookbin-endpoint",
        "provider": "hookbin",
        "providerName": "Hookbin",
        "kind": "exfil-sink",
        "name": "Hookbin endpoint URL",
        "description": "A Hookbin capture URL `https://hookb.in/<id>` (or the `hookbin.com/bin/<id>` viewer). The service is discontinued; the URL marks a past capture or exfiltration endpoint.",
        "severity": "medium",
        "keywords": [
          "hookb.in",
          "hookbin.com"
        ],
        "regex": "(?:https?://)?(?:www\\.)?\\b(?:(?i:hookb\\.in)/|(?i:hookbin\\.com)/bin/)([A-Za-z0-9]{8,24})",
        "boundary": "A-Za-z0-9_-",
        "placeholders": [],
        "remediation": "This is not a credential of yours: it is a Hookbin endpoint, a public request-capture inbox.\nHookbin has been discontinued, so the URL mostly survives in old code, but anything still sent\nto it goes to whoever controls the domain now. It is a leftover test hook or an exfiltration\nchannel (MITRE ATT&CK T1567.004).\n1. Find who added the URL and why (`git log -S '<bin id>'`, blame).\n2. Remove it: point the code at a local mock or an endpoint you own. If it was not added on\n   purpose, rotate the secrets the code could read and review the runs that executed it.\n3. Assume that whatever was sent there in the past is public.\n4. Block egress to hookb.in and hookbin.com.\nDo not request the URL from the scanner.\n",
        "references": [
          "https://attack.mitre.org/techniques/T1567/004/"
        ],
        "examples": [],
        "negativeExamples": [],
        "file": "patterns/hookbin.yaml"
      }
    ]
  },
  {
    "id": "hookdeck",
    "name": "Hookdeck",
    "hosts": [
      "hkdk.events",
      "events.hookdeck.com"
    ],
    "file": "patterns/hookdeck.yaml",
    "patterns": [
      {
        "id": "hookdeck-source-url",
        "provider": "hookdeck",
        "providerName": "Hookdeck",
        "kind": "exfil-sink",
        "name": "Hookdeck source URL",
        "description": "A Hookdeck source URL `https://hkdk.events/<id>`. Anything sent to it is stored as an event for the source's owner and forwarded to their destinations.",
        "severity": "medium",
        "keywords": [
          "hkdk.events"
        ],
        "regex": "(?:https?://)?\\b(?i:hkdk\\.events)/([A-Za-z0-9]{10,32})",
        "boundary": "A-Za-z0-9_-",
        "placeholders": [],
        "remediation": "This is a Hookdeck source URL: a public ingestion endpoint that accepts any request and queues\nit as an event for the account that owns the source (where it is stored, shown in the\ndashboard and forwarded to that account's destinations). Hookdeck's Console and CLI hand out the\nsame URLs as throwaway request inspectors. Data posted to a source you do not own goes to a\nthird party (MITRE ATT&CK T1567.004); a source you do own lets anyone who reads the code inject\nevents into your pipeline.\n1. Find who added the URL and whether the source belongs to your Hookdeck project (Dashboard →\n   Sources, or `hookdeck gateway source list`).\n2. If it is yours and should not be public, create a new source (or enable source\n   authentication / signature verification), move the senders to it and delete the old source\n   so its URL stops accepting requests.\n3. If it is not yours, treat the code as exfiltration or a stale test hook: remove it, rotate\n   the secrets it could read, and block `hkdk.events` egress where it is not needed.\nDo not send test requests to someone else's source from the scanner: each one becomes an event.\n",
        "references": [
          "https://hookdeck.com/docs/sources",
          "https://attack.mitre.org/techniques/T1567/004/"
        ],
        "examples": [],
        "negativeExamples": [],
        "file": "patterns/hookdeck.yaml"
      },
      {
        "id": "hookdeck-legacy-source-url",
        "provider": "hookdeck",
        "providerName": "Hookdeck",
        "kind": "exfil-sink",
        "name": "Hookdeck source URL (legacy host)",
        "description": "The older Hookdeck source URL form `https://events.hookdeck.com/e/src_<id>`, which still appears in code and configuration. Same risk as the `hkdk.events` form.",
        "severity": "medium",
        "keywords": [
          "events.hookdeck.com"
        ],
        "regex": "(?:https?://)?\\b(?i:events\\.hookdeck\\.com)/e/(src_[A-Za-z0-9]{8,40})",
        "boundary": "A-Za-z0-9_-",
        "placeholders": [
          "RANDOMCHARACTERS"
        ],
        "remediation": "This is a Hookdeck source URL: a public ingestion endpoint that accepts any request and queues\nit as an event for the account that owns the source (where it is stored, shown in the\ndashboard and forwarded to that account's destinations). Hookdeck's Console and CLI hand out the\nsame URLs as throwaway request inspectors. Data posted to a source you do not own goes to a\nthird party (MITRE ATT&CK T1567.004); a source you do own lets anyone who reads the code inject\nevents into your pipeline.\n1. Find who added the URL and whether the source belongs to your Hookdeck project (Dashboard →\n   Sources, or `hookdeck gateway source list`).\n2. If it is yours and should not be public, create a new source (or enable source\n   authentication / signature verification), move the senders to it and delete the old source\n   so its URL stops accepting requests.\n3. If it is not yours, treat the code as exfiltration or a stale test hook: remove it, rotate\n   the secrets it could read, and block `hkdk.events` egress where it is not needed.\nDo not send test requests to someone else's source from the scanner: each one becomes an event.\n",
        "references": [
          "https://hookdeck.com/docs/sources",
          "https://attack.mitre.org/techniques/T1567/004/"
        ],
        "examples": [],
        "negativeExamples": [],
        "file": "patterns/hookdeck.yaml"
      }
    ]
  },
  {
    "id": "ifttt",
    "name": "IFTTT",
    "hosts": [
      "maker.ifttt.com"
    ],
    "file": "patterns/ifttt.yaml",
    "patterns": [
      {
        "id": "ifttt-webhooks-key",
        "provider": "ifttt",
        "providerName": "IFTTT",
        "kind": "credential",
        "name": "IFTTT Webhooks (Maker) URL with key",
        "description": "An IFTTT Webhooks trigger URL (`/trigger/<event>/with/key/<key>`, `/json/with/key/`) or the key's settings URL (`/use/<key>`). The key is account-wide, so it can start every Webhooks applet of the account.",
        "severity": "high",
        "keywords": [
          "maker.ifttt.com"
        ],
        "regex": `(?:https?://)?\\b(?P<host>(?i:maker\\.ifttt\\.com))/(?:trigger/[^/\\s"'\\x60]{1,128}/(?:json/)?with/key|use)/([A-Za-z0-9_-]{20,64})`,
        "boundary": "A-Za-z0-9_-",
        "placeholders": [],
        "verify": true,
        "remediation": "The key at the end of a Webhooks (Maker) URL belongs to the whole IFTTT account, not to one\napplet. Whoever has it can fire any event name, so they can start every applet that listens to\nWebhooks on that account, with values of their choosing.\n1. Sign in to IFTTT as the account owner and open the Webhooks service settings\n   (https://ifttt.com/maker_webhooks/settings).\n2. Choose Edit connection to generate a new key. The old key stops working, so every caller must\n   be given the new one.\n3. Keep the new key in a secret store or environment variable and build the URL at run time.\n   Look through the Webhooks activity log for events you did not send.\nNever test the leaked URL with its own event name: that runs the user's applet.\n",
        "references": [
          "https://ifttt.com/maker_webhooks",
          "https://help.ifttt.com/hc/en-us/articles/115010230347-Webhooks-service-FAQ"
        ],
        "examples": [],
        "negativeExamples": [],
        "file": "patterns/ifttt.yaml"
      }
    ]
  },
  {
    "id": "interactsh",
    "name": "Interactsh (ProjectDiscovery OAST)",
    "hosts": [
      "oast.pro",
      "oast.live",
      "oast.site",
      "oast.online",
      "oast.fun",
      "oast.me",
      "interact.sh",
      "interactsh.com"
    ],
    "file": "patterns/interactsh.yaml",
    "patterns": [
      {
        "id": "interactsh-host",
        "provider": "interactsh",
        "providerName": "Interactsh (ProjectDiscovery OAST)",
        "kind": "exfil-sink",
        "name": "Interactsh callback host",
        "description": "A host under a public Interactsh server (`*.oast.pro|live|site|online|fun|me`, `*.interact.sh`) whose label is a correlation id (20 characters, plus a 13-character nonce by default). Any lookup or request to it reaches the tester or attacker who owns the id.",
        "severity": "high",
        "keywords": [
          "oast.pro",
          "oast.live",
          "oast.site",
          "oast.online",
          "oast.fun",
          "oast.me",
          "interact.sh"
        ],
        "regex": "(?:https?://)?\\b([A-Za-z0-9]{20,63})\\.(?i:oast\\.(?:pro|live|site|online|fun|me)|interact\\.sh)",
        "boundary": "A-Za-z0-9_-",
        "placeholders": [],
        "remediation": "This is not a credential of yours: it is an Interactsh out-of-band (OAST) callback host run by\nProjectDiscovery. The leftmost labels carry a correlation id; every DNS, HTTP, SMTP or LDAP\ninteraction with the host is reported to the Interactsh client that registered that id. In a\nrepository it is either a security-test payload (nuclei templates, pentest notes, CTF\nwrite-ups) or an exfiltration / blind-injection channel (MITRE ATT&CK T1567.004).\n1. Find who added the host and why (`git log -S '<id>'`, blame). Hosts in application code,\n   dependencies, install scripts or CI steps are a strong sign of malicious code.\n2. If it is not an intentional test payload, remove it, treat the system that ran it as\n   compromised, rotate the secrets it could read and review logs for lookups of the host.\n3. Keep intentional payloads out of production code and use a `{{interactsh-url}}` template\n   or your own Interactsh server instead of a fixed public id.\n4. Block DNS and HTTP egress to the oast.* domains and interact.sh on servers and CI runners.\nDo not resolve or request the host from the scanner: the lookup itself is reported to the\nclient that owns the id.\n",
        "references": [
          "https://github.com/projectdiscovery/interactsh",
          "https://attack.mitre.org/techniques/T1567/004/"
        ],
        "examples": [],
        "negativeExamples": [],
        "file": "patterns/interactsh.yaml"
      },
      {
        "id": "interactsh-com-host",
        "provider": "interactsh",
        "providerName": "Interactsh (ProjectDiscovery OAST)",
        "kind": "exfil-sink",
        "name": "interactsh.com callback host",
        "description": "A host under `interactsh.com`, the first public Interactsh server (`<id>.interactsh.com`). Every lookup or request to it reaches the tester or attacker who owns the id. Labels shorter than 4 characters (`app`, `www`) are the project's own site.",
        "severity": "high",
        "keywords": [
          "interactsh.com"
        ],
        "regex": "(?:https?://)?\\b([A-Za-z0-9][A-Za-z0-9-]{2,61}[A-Za-z0-9])\\.(?i:interactsh\\.com)",
        "boundary": "A-Za-z0-9_-",
        "placeholders": [
          "docs"
        ],
        "remediation": "This is not a credential of yours: it is an Interactsh out-of-band (OAST) callback host run by\nProjectDiscovery. The leftmost labels carry a correlation id; every DNS, HTTP, SMTP or LDAP\ninteraction with the host is reported to the Interactsh client that registered that id. In a\nrepository it is either a security-test payload (nuclei templates, pentest notes, CTF\nwrite-ups) or an exfiltration / blind-injection channel (MITRE ATT&CK T1567.004).\n1. Find who added the host and why (`git log -S '<id>'`, blame). Hosts in application code,\n   dependencies, install scripts or CI steps are a strong sign of malicious code.\n2. If it is not an intentional test payload, remove it, treat the system that ran it as\n   compromised, rotate the secrets it could read and review logs for lookups of the host.\n3. Keep intentional payloads out of production code and use a `{{interactsh-url}}` template\n   or your own Interactsh server instead of a fixed public id.\n4. Block DNS and HTTP egress to the oast.* domains and interact.sh on servers and CI runners.\nDo not resolve or request the host from the scanner: the lookup itself is reported to the\nclient that owns the id.\n",
        "references": [
          "https://github.com/projectdiscovery/interactsh",
          "https://attack.mitre.org/techniques/T1567/004/"
        ],
        "examples": [],
        "negativeExamples": [],
        "file": "patterns/interactsh.yaml"
      }
    ]
  },
  {
    "id": "make",
    "name": "Make (Integromat)",
    "hosts": [
      "hook.eu1.make.com",
      "hook.eu2.make.com",
      "hook.us1.make.com",
      "hook.us2.make.com",
      "hook.eu1.make.celonis.com",
      "hook.us1.make.celonis.com",
      "hook.integromat.com"
    ],
    "apiHosts": [
      "make.com",
      "make.celonis.com"
    ],
    "file": "patterns/make.yaml",
    "patterns": [
      {
        "id": "make-webhook",
        "provider": "make",
        "providerName": "Make (Integromat)",
        "kind": "credential",
        "name": "Make (Integromat) custom webhook URL",
        "description": "A Make custom webhook URL on a zone host (`hook.eu1.make.com`, `hook.us2.make.com`, `hook.eu1.make.celonis.com`, …) or a legacy Integromat host. The path token is the only secret: anyone who has it can start the scenario with any data.",
        "severity": "high",
        "keywords": [
          "make.com",
          "make.celonis.com",
          "integromat.com"
        ],
        "regex": "(?:https?://)?\\b(?P<host>(?i:hook\\.(?:(?P<zone>[a-z]{2}[0-9]{1,2})\\.)?(?P<domain>make\\.(?:celonis\\.)?com|integromat\\.com)))/([a-z0-9]{24,40})",
        "boundary": "A-Za-z0-9_-",
        "placeholders": [],
        "revoke": true,
        "remediation": "Anyone who has a Make webhook or mailhook address can start the scenario with data of their\nchoosing; when the scenario is off, requests pile up in the hook queue and run later.\n1. In Make, open Webhooks in the left menu, find the hook whose address matches, and delete it\n   (or disable it while you investigate). With an API token that has `hooks:write`, the same can\n   be done through the Make API: list hooks with `GET https://<zone>.make.com/api/v2/hooks?teamId=<id>`,\n   then `DELETE /api/v2/hooks/<hookId>` (or `POST /api/v2/hooks/<hookId>/disable`).\n2. Open the scenario, add a new Custom webhook (or Custom mailhook) to the trigger module and\n   give the new address to the callers through a secret store or environment variable.\n   Consider enabling API key authentication or an IP restriction on the new webhook.\n3. Check the scenario history and the hook queue for runs you did not start.\nDo not test the old address: any request that Make accepts queues a run.\n",
        "references": [
          "https://apps.make.com/gateway",
          "https://www.make.com/en/help/tools/webhooks",
          "https://developers.make.com/api-documentation/api-reference/hooks"
        ],
        "examples": [],
        "negativeExamples": [],
        "file": "patterns/make.yaml"
      },
      {
        "id": "make-mailhook",
        "provider": "make",
        "providerName": "Make (Integromat)",
        "kind": "credential",
        "name": "Make (Integromat) custom mailhook address",
        "description": "A Make custom mailhook address (`<token>@hook.eu1.make.com`), sometimes written as a URL with the token in the user-info part. Any e-mail (or request) sent to it starts the scenario.",
        "severity": "medium",
        "keywords": [
          "make.com",
          "make.celonis.com",
          "integromat.com"
        ],
        "regex": "(?:https?://)?\\b([a-z0-9]{24,40})@(?i:hook\\.(?:[a-z]{2}[0-9]{1,2}\\.)?(?:make\\.(?:celonis\\.)?com|integromat\\.com))",
        "boundary": "A-Za-z0-9_-",
        "placeholders": [],
        "remediation": "Anyone who has a Make webhook or mailhook address can start the scenario with data of their\nchoosing; when the scenario is off, requests pile up in the hook queue and run later.\n1. In Make, open Webhooks in the left menu, find the hook whose address matches, and delete it\n   (or disable it while you investigate). With an API token that has `hooks:write`, the same can\n   be done through the Make API: list hooks with `GET https://<zone>.make.com/api/v2/hooks?teamId=<id>`,\n   then `DELETE /api/v2/hooks/<hookId>` (or `POST /api/v2/hooks/<hookId>/disable`).\n2. Open the scenario, add a new Custom webhook (or Custom mailhook) to the trigger module and\n   give the new address to the callers through a secret store or environment variable.\n   Consider enabling API key authentication or an IP restriction on the new webhook.\n3. Check the scenario history and the hook queue for runs you did not start.\nDo not test the old address: any request that Make accepts queues a run.\n",
        "references": [
          "https://apps.make.com/gateway",
          "https://www.make.com/en/help/tools/webhooks",
          "https://developers.make.com/api-documentation/api-reference/hooks"
        ],
        "examples": [],
        "negativeExamples": [],
        "file": "patterns/make.yaml"
      }
    ]
  },
  {
    "id": "mattermost",
    "name": "Mattermost",
    "hosts": [
      "cloud.mattermost.com"
    ],
    "file": "patterns/mattermost.yaml",
    "patterns": [
      {
        "id": "mattermost-webhook",
        "provider": "mattermost",
        "providerName": "Mattermost",
        "kind": "credential",
        "name": "Mattermost incoming webhook URL",
        "description": "A Mattermost incoming webhook on any host (`https://<host>/hooks/<id>`): anyone holding it can post into the channel under any display name. Mattermost is self-hosted, so the pattern is anchored on the path and on the ID alone: the ID must have the exact shape of Mattermost's `NewId()` (26 characters of the z-base-32 alphabet, which has no `0`, `2`, `l` or `v`, and a last character from `yrecowah` because 128 bits do not fill 26 symbols); this rejects ULIDs, hex and arbitrary 26-character IDs of other apps' `/hooks/` routes, but can still hit other products that reuse Mattermost-style IDs, hence the medium severity.",
        "severity": "medium",
        "keywords": [
          "hooks"
        ],
        "regex": "(?P<scheme>https?)://(?P<host>[A-Za-z0-9.-]{1,253})(?::(?P<port>[0-9]{1,5}))?(?P<base>(?:/[A-Za-z0-9._~%-]{1,64}){0,4})/hooks/([13-9a-km-uw-z]{25}[acehorwy])",
        "boundary": "A-Za-z0-9_/-",
        "placeholders": [],
        "selfHosted": true,
        "verify": true,
        "revoke": true,
        "remediation": "Mattermost incoming webhooks can be deleted in the UI or through the REST API (the hook ID is\nthe last path segment of the URL):\n\n1. In Mattermost open *Product menu* → *Integrations* → *Incoming Webhooks*, find the hook and\n   select *Delete*. With a personal access token that has `manage_incoming_webhooks` (or\n   `manage_others_incoming_webhooks`):\n   `DELETE https://<host>/api/v4/hooks/incoming/<hook id>`.\n2. Create a new incoming webhook if the integration is still needed, preferably locked to one\n   channel, and store its URL in a secret manager or CI secret.\n3. Check the channel for messages posted through the old hook, and remove the URL from git\n   history if the repository is public.\nA system admin can switch off all incoming webhooks at once in *System Console* →\n*Integrations* → *Integration Management*.\n",
        "references": [
          "https://developers.mattermost.com/integrate/webhooks/incoming/"
        ],
        "examples": [],
        "negativeExamples": [],
        "file": "patterns/mattermost.yaml"
      }
    ]
  },
  {
    "id": "microsoft-teams",
    "name": "Microsoft Teams (Office 365 connectors)",
    "hosts": [
      "webhook.office.com",
      "outlook.office.com",
      "outlook.office365.com"
    ],
    "file": "patterns/microsoft-teams.yaml",
    "patterns": [
      {
        "id": "microsoft-teams-webhook",
        "provider": "microsoft-teams",
        "providerName": "Microsoft Teams (Office 365 connectors)",
        "kind": "credential",
        "name": "Microsoft Teams incoming webhook URL (Office 365 connector)",
        "description": "Teams connector webhook on `<tenant>.webhook.office.com/webhookb2/`, including the `/V2…` signature segment that Microsoft added in 2024-2025; it lets anyone post into the channel until the connector is removed or retired.",
        "severity": "high",
        "keywords": [
          "webhook.office.com"
        ],
        "regex": "(?i)https://(?P<host>[a-z0-9-]{1,63}\\.webhook\\.office\\.com)(?P<route>/webhookb2/)([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}@[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/[a-z0-9]{1,64}/[0-9a-f]{32}/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(?:/V2[A-Za-z0-9_-]{30,60})?)",
        "boundary": "A-Za-z0-9_/-",
        "placeholders": [],
        "verify": true,
        "remediation": "Anyone holding this URL can post cards into the Teams channel, and the URL also reveals the\ntenant and team (group) ids. It cannot be revoked through an API or with the URL alone:\n\n1. In Teams open the channel → **…** → **Manage channel** (or **Connectors**) → **Edit** next to\n   Connectors → **Configured** → **Incoming Webhook** → **Manage** → **Remove**.\n2. Office 365 connectors are being retired: instead of re-creating the connector, move to a\n   Teams **Workflows** webhook (Power Automate) and keep that URL in a secret store.\n3. Team owners can restrict who may add or remove connectors; tenant admins can disable\n   connectors for the whole tenant.\n",
        "references": [
          "https://learn.microsoft.com/en-us/microsoftteams/platform/webhooks-and-connectors/how-to/add-incoming-webhook",
          "https://learn.microsoft.com/en-us/microsoftteams/m365-custom-connectors",
          "https://devblogs.microsoft.com/microsoft365dev/retirement-of-office-365-connectors-within-microsoft-teams/"
        ],
        "examples": [],
        "negativeExamples": [],
        "file": "patterns/microsoft-teams.yaml"
      },
      {
        "id": "microsoft-teams-legacy-webhook",
        "provider": "microsoft-teams",
        "providerName": "Microsoft Teams (Office 365 connectors)",
        "kind": "credential",
        "name": "Microsoft Teams legacy connector webhook URL (outlook.office.com)",
        "description": "Pre-2021 Teams / Office 365 connector webhook on `outlook.office.com/webhook/` (also seen as `outlook.office365.com`); Microsoft has retired this form, so most hits are dead, but the URL still leaks the tenant and team ids and may work where a migration kept it alive.",
        "severity": "medium",
        "keywords": [
          "outlook.office"
        ],
        "regex": "(?i)https://(?P<host>outlook\\.office(?:365)?\\.com)(?P<route>/webhook/)([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}@[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/[a-z0-9]{1,64}/[0-9a-f]{32}/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})",
        "boundary": "A-Za-z0-9_-",
        "placeholders": [],
        "verify": true,
        "remediation": "Anyone holding this URL can post cards into the Teams channel, and the URL also reveals the\ntenant and team (group) ids. It cannot be revoked through an API or with the URL alone:\n\n1. In Teams open the channel → **…** → **Manage channel** (or **Connectors**) → **Edit** next to\n   Connectors → **Configured** → **Incoming Webhook** → **Manage** → **Remove**.\n2. Office 365 connectors are being retired: instead of re-creating the connector, move to a\n   Teams **Workflows** webhook (Power Automate) and keep that URL in a secret store.\n3. Team owners can restrict who may add or remove connectors; tenant admins can disable\n   connectors for the whole tenant.\n",
        "references": [
          "https://learn.microsoft.com/en-us/microsoftteams/platform/webhooks-and-connectors/how-to/add-incoming-webhook",
          "https://learn.microsoft.com/en-us/microsoftteams/m365-custom-connectors",
          "https://devblogs.microsoft.com/microsoft365dev/retirement-of-office-365-connectors-within-microsoft-teams/"
        ],
        "examples": [],
        "negativeExamples": [],
        "file": "patterns/microsoft-teams.yaml"
      }
    ]
  },
  {
    "id": "n8n",
    "name": "n8n",
    "hosts": [
      "app.n8n.cloud"
    ],
    "apiHosts": [
      "app.n8n.cloud"
    ],
    "file": "patterns/n8n.yaml",
    "patterns": [
      {
        "id": "n8n-cloud-webhook",
        "provider": "n8n",
        "providerName": "n8n",
        "kind": "credential",
        "name": "n8n Cloud webhook URL",
        "description": "A production or test webhook URL of an n8n Cloud instance (`<tenant>.app.n8n.cloud/webhook/…`). The path is the only secret unless the node has authentication: anyone who has it can start the workflow with data of their choosing.",
        "severity": "high",
        "keywords": [
          "app.n8n.cloud"
        ],
        "regex": "(?:https?://)?\\b(?P<host>(?i:[a-z0-9][a-z0-9-]{0,62}\\.app\\.n8n\\.cloud))/webhook(?:-test)?/([A-Za-z0-9_-]{1,128}(?:/[A-Za-z0-9_-]{1,128}){0,4})",
        "boundary": "A-Za-z0-9_-",
        "placeholders": [],
        "revoke": true,
        "remediation": "An n8n production webhook URL starts its workflow for anyone who calls it with the right HTTP\nmethod, unless the Webhook node has authentication set. The `/webhook-test/` form uses the\nsame path, so it exposes the production URL as well.\n1. Open the workflow that owns the path (list the workflows and look for the Webhook node with\n   this path) and deactivate it. With an API key for the instance, this is\n   `POST /api/v1/workflows/{id}/deactivate` (header `X-N8N-API-KEY`).\n2. Give the Webhook node a new random path (n8n suggests a UUID) and turn on Header Auth,\n   Basic Auth or JWT authentication on the node. Then activate the workflow again.\n3. Give the new URL to callers through a secret store or environment variable, and check the\n   workflow's executions for runs you did not start.\nDo not test the old URL: a request with the registered method runs the workflow.\n",
        "references": [
          "https://docs.n8n.io/integrations/builtin/core-nodes/n8n-nodes-base.webhook/",
          "https://docs.n8n.io/api/"
        ],
        "examples": [],
        "negativeExamples": [],
        "file": "patterns/n8n.yaml"
      }
    ]
  },
  {
    "id": "ngrok",
    "name": "ngrok",
    "hosts": [
      "ngrok.io",
      "ngrok-free.app",
      "ngrok.app",
      "ngrok-free.dev",
      "ngrok.dev"
    ],
    "file": "patterns/ngrok.yaml",
    "patterns": [
      {
        "id": "ngrok-tunnel-host",
        "provider": "ngrok",
        "providerName": "ngrok",
        "kind": "exfil-sink",
        "name": "ngrok HTTP tunnel host",
        "description": "An ngrok endpoint host `<name>.ngrok-free.app`, `.ngrok-free.dev`, `.ngrok.app`, `.ngrok.dev` or the legacy `<name>[.<region>].ngrok.io`. It forwards requests to the machine running the agent. Labels shorter than 4 characters (`www`, `tcp`, regions) are not matched and `ngrok.com` (the company site and dashboard) is a different domain.",
        "severity": "medium",
        "keywords": [
          "ngrok.io",
          "ngrok-free.app",
          "ngrok.app",
          "ngrok-free.dev",
          "ngrok.dev"
        ],
        "regex": "(?:(?:https?|wss?)://)?\\b([A-Za-z0-9][A-Za-z0-9-]{2,61}[A-Za-z0-9])(?:\\.(?i:eu|ap|au|sa|jp|in|us))?\\.(?i:ngrok(?:-free)?\\.(?:io|app|dev))",
        "boundary": "A-Za-z0-9_-",
        "placeholders": [
          "dashboard"
        ],
        "remediation": "This is not a credential of yours: it is an ngrok tunnel address, a public host name that\nforwards traffic to whatever machine runs the ngrok agent. Tunnels are usually short-lived\ndevelopment URLs; in a dependency, implant or build step they are a cheap command-and-control\nor exfiltration endpoint (MITRE ATT&CK T1567.004, T1572).\n1. Find who added the address and why (`git log -S '<host>'`, blame). A tunnel host in\n   production code, a package or a CI step that sends data out is a strong sign of malicious\n   code; treat the system that ran it as compromised and rotate the secrets it could read.\n2. If it is a leftover development URL, move it to configuration (an environment variable\n   that is not committed). Free tunnel names are recycled, so an old URL may now reach a\n   stranger's machine: never keep sending data to it.\n3. If the tunnel is yours and should stay private, stop it in the ngrok dashboard (or rotate\n   the reserved domain) and protect it with ngrok's OAuth, basic-auth or IP restrictions.\n4. Block egress to the ngrok domains on servers and CI runners that do not need tunnels.\nDo not request the address from the scanner: the request reaches the tunnel owner's machine.\n",
        "references": [
          "https://ngrok.com/docs/universal-gateway/domains/",
          "https://attack.mitre.org/techniques/T1567/004/",
          "https://attack.mitre.org/techniques/T1572/"
        ],
        "examples": [],
        "negativeExamples": [],
        "file": "patterns/ngrok.yaml"
      },
      {
        "id": "ngrok-tcp-address",
        "provider": "ngrok",
        "providerName": "ngrok",
        "kind": "exfil-sink",
        "name": "ngrok TCP tunnel address",
        "description": "An ngrok TCP endpoint `<n>.tcp[.<region>].ngrok.io:<port>` (also the bash `/dev/tcp/<host>/<port>` form), common in reverse shells and implants: whatever connects to it reaches the machine running the agent. The port is what identifies the tunnel, so it is the part that is redacted and fingerprinted.",
        "severity": "medium",
        "keywords": [
          "ngrok.io"
        ],
        "regex": "(?:tcp://)?\\b[0-9]{1,2}\\.(?i:tcp)(?:\\.(?i:eu|ap|au|sa|jp|in|us))?\\.(?i:ngrok\\.io)(?:[:/]|[\"'`]\\s*,\\s*(?:port\\s*=\\s*)?)([0-9]{2,5})",
        "boundary": "0-9",
        "placeholders": [],
        "remediation": "This is not a credential of yours: it is an ngrok tunnel address, a public host name that\nforwards traffic to whatever machine runs the ngrok agent. Tunnels are usually short-lived\ndevelopment URLs; in a dependency, implant or build step they are a cheap command-and-control\nor exfiltration endpoint (MITRE ATT&CK T1567.004, T1572).\n1. Find who added the address and why (`git log -S '<host>'`, blame). A tunnel host in\n   production code, a package or a CI step that sends data out is a strong sign of malicious\n   code; treat the system that ran it as compromised and rotate the secrets it could read.\n2. If it is a leftover development URL, move it to configuration (an environment variable\n   that is not committed). Free tunnel names are recycled, so an old URL may now reach a\n   stranger's machine: never keep sending data to it.\n3. If the tunnel is yours and should stay private, stop it in the ngrok dashboard (or rotate\n   the reserved domain) and protect it with ngrok's OAuth, basic-auth or IP restrictions.\n4. Block egress to the ngrok domains on servers and CI runners that do not need tunnels.\nDo not request the address from the scanner: the request reaches the tunnel owner's machine.\n",
        "references": [
          "https://ngrok.com/docs/universal-gateway/domains/",
          "https://attack.mitre.org/techniques/T1567/004/",
          "https://attack.mitre.org/techniques/T1572/"
        ],
        "examples": [],
        "negativeExamples": [],
        "file": "patterns/ngrok.yaml"
      }
    ]
  },
  {
    "id": "ntfy",
    "name": "ntfy",
    "hosts": [
      "ntfy.sh"
    ],
    "file": "patterns/ntfy.yaml",
    "patterns": [
      {
        "id": "ntfy-topic",
        "provider": "ntfy",
        "providerName": "ntfy",
        "kind": "exfil-sink",
        "name": "ntfy.sh topic URL",
        "description": "A `https://ntfy.sh/<topic>` publish/subscribe URL on the public ntfy.sh server. The topic name works as a password: whoever knows it can read and post every message of the topic. Topics shorter than 5 characters and the page names of ntfy.sh and docs.ntfy.sh (listed as placeholders, since a docs.ntfy.sh link cannot be told apart without look-behind) are not matched.",
        "severity": "medium",
        "keywords": [
          "ntfy.sh"
        ],
        "regex": "(?:(?:https?|ntfy)://)?\\b(?i:ntfy\\.sh)/([A-Za-z0-9_-]{5,64})",
        "boundary": "A-Za-z0-9_.-",
        "placeholders": [
          "mytopic",
          "my-topic",
          "phil_alerts",
          "docs",
          "static",
          "signup",
          "login",
          "pricing",
          "account",
          "upgrade",
          "_matrix",
          "publish",
          "subscribe",
          "config",
          "install",
          "integrations",
          "releases",
          "emojis",
          "known-issues",
          "deprecations",
          "develop",
          "privacy",
          "contact",
          "contributing"
        ],
        "remediation": "This is an ntfy.sh topic URL. On the public ntfy.sh server a topic needs no account: its name\nis the only secret, anyone who knows it can subscribe to every message published there and\ncan publish to it. Code that posts to a topic sends that data to every subscriber, which makes\na topic URL both a push channel and a possible exfiltration channel (MITRE ATT&CK T1567.004).\n1. Find who added the URL and why (`git log -S 'ntfy.sh/<topic>'`, blame).\n2. If the topic is yours, treat its name as leaked: switch to a new, long random topic name,\n   keep it out of the repository, and consider reserving it and using access tokens (ntfy.sh\n   accounts can reserve topics and deny anonymous access).\n3. Do not publish secrets or personal data to public topics.\n4. If nobody on your side created it, remove the code, rotate the secrets it could read and\n   block egress to ntfy.sh where it is not needed.\nDo not subscribe or publish to the topic from the scanner.\n",
        "references": [
          "https://docs.ntfy.sh/publish/",
          "https://docs.ntfy.sh/config/#access-control",
          "https://attack.mitre.org/techniques/T1567/004/"
        ],
        "examples": [],
        "negativeExamples": [],
        "file": "patterns/ntfy.yaml"
      }
    ]
  },
  {
    "id": "paste-sites",
    "name": "Paste sites (upload APIs)",
    "hosts": [
      "pastebin.com",
      "paste.ee",
      "hastebin.com",
      "rentry.co",
      "dpaste.com",
      "dpaste.org",
      "paste.rs",
      "termbin.com",
      "controlc.com",
      "justpaste.it",
      "privatebin.net",
      "ghostbin.co"
    ],
    "file": "patterns/paste-sites.yaml",
    "patterns": [
      {
        "id": "paste-sites-upload-api",
        "provider": "paste-sites",
        "providerName": "Paste sites (upload APIs)",
        "kind": "exfil-sink",
        "name": "Paste site upload endpoint",
        "description": "A paste site's create-a-paste endpoint (Pastebin's api_post, paste.ee's v1 pastes, Hastebin's documents, rentry's new, dpaste's api): code that calls it publishes data as a paste.",
        "severity": "medium",
        "keywords": [
          "pastebin.com",
          "api.paste.ee",
          "hastebin.com",
          "rentry.co",
          "dpaste.com",
          "dpaste.org"
        ],
        "regex": "(?:https?://)?\\b(?i:pastebin[.]com|api[.]paste[.]ee|hastebin[.]com|rentry[.]co|dpaste[.](?:com|org))/((?i:api/api_post[.]php|v1/pastes|documents|api/new|api(?:/v2)?))",
        "boundary": "A-Za-z0-9_-",
        "placeholders": [],
        "remediation": "This is the upload endpoint of a public paste site (Pastebin, paste.ee, Hastebin, rentry,\ndpaste, paste.rs, termbin). Code that posts to it publishes whatever it sends as a paste anyone\nwith the link (and often search engines and paste scrapers) can read: a common way to exfiltrate\ndata and to stage payloads (MITRE ATT&CK T1567.003, exfiltration to text storage sites).\n1. Find out who added the upload and why (`git log -S '<endpoint>'`, blame, the package or CI step).\n2. Assume what it sent is public: read the code to see what it gathers, and rotate every secret it\n   could reach. Ask the paste site to remove pastes you can identify.\n3. Remove the code; block the paste sites on machines that do not need them\n   (`hookscan blocklist --kind exfil-sink`).\n",
        "references": [
          "https://pastebin.com/doc_api",
          "https://pastee.github.io/docs/",
          "https://attack.mitre.org/techniques/T1567/003/"
        ],
        "examples": [],
        "negativeExamples": [],
        "file": "patterns/paste-sites.yaml"
      },
      {
        "id": "paste-sites-termbin",
        "provider": "paste-sites",
        "providerName": "Paste sites (upload APIs)",
        "kind": "exfil-sink",
        "name": "Paste by pipe to termbin",
        "description": "A command that pipes data into termbin without an account (netcat to its port 9999); the answer is a public link to what was sent.",
        "severity": "medium",
        "keywords": [
          "termbin.com"
        ],
        "regex": "(?i:\\bnc(?:at)?[ \\t]+)(termbin[.]com)[ \\t]+9999",
        "boundary": "A-Za-z0-9_-",
        "placeholders": [],
        "remediation": "This is the upload endpoint of a public paste site (Pastebin, paste.ee, Hastebin, rentry,\ndpaste, paste.rs, termbin). Code that posts to it publishes whatever it sends as a paste anyone\nwith the link (and often search engines and paste scrapers) can read: a common way to exfiltrate\ndata and to stage payloads (MITRE ATT&CK T1567.003, exfiltration to text storage sites).\n1. Find out who added the upload and why (`git log -S '<endpoint>'`, blame, the package or CI step).\n2. Assume what it sent is public: read the code to see what it gathers, and rotate every secret it\n   could reach. Ask the paste site to remove pastes you can identify.\n3. Remove the code; block the paste sites on machines that do not need them\n   (`hookscan blocklist --kind exfil-sink`).\n",
        "references": [
          "https://pastebin.com/doc_api",
          "https://pastee.github.io/docs/",
          "https://attack.mitre.org/techniques/T1567/003/"
        ],
        "examples": [],
        "negativeExamples": [],
        "file": "patterns/paste-sites.yaml"
      },
      {
        "id": "paste-sites-paste-rs",
        "provider": "paste-sites",
        "providerName": "Paste sites (upload APIs)",
        "kind": "exfil-sink",
        "name": "Paste by curl to paste.rs",
        "description": "A `curl` that sends data (`--data-binary`, `-d`, `-F`, `-T`) to paste.rs, which answers with a public link to what was sent.",
        "severity": "medium",
        "keywords": [
          "paste.rs"
        ],
        "regex": `(?i:curl\\s[^\\n|;]{0,200}?(?:--data(?:-binary|-raw)?|-d|-F|-T|--upload-file)\\s[^\\n|;]{0,200}?https?://)(paste[.]rs)/?(?:[\\s"']|$)`,
        "boundary": "",
        "placeholders": [],
        "remediation": "This is the upload endpoint of a public paste site (Pastebin, paste.ee, Hastebin, rentry,\ndpaste, paste.rs, termbin). Code that posts to it publishes whatever it sends as a paste anyone\nwith the link (and often search engines and paste scrapers) can read: a common way to exfiltrate\ndata and to stage payloads (MITRE ATT&CK T1567.003, exfiltration to text storage sites).\n1. Find out who added the upload and why (`git log -S '<endpoint>'`, blame, the package or CI step).\n2. Assume what it sent is public: read the code to see what it gathers, and rotate every secret it\n   could reach. Ask the paste site to remove pastes you can identify.\n3. Remove the code; block the paste sites on machines that do not need them\n   (`hookscan blocklist --kind exfil-sink`).\n",
        "references": [
          "https://pastebin.com/doc_api",
          "https://pastee.github.io/docs/",
          "https://attack.mitre.org/techniques/T1567/003/"
        ],
        "examples": [],
        "negativeExamples": [],
        "file": "patterns/paste-sites.yaml"
      }
    ]
  },
  {
    "id": "pipedream",
    "name": "Pipedream",
    "hosts": [
      "m.pipedream.net"
    ],
    "file": "patterns/pipedream.yaml",
    "patterns": [
      {
        "id": "pipedream-endpoint",
        "provider": "pipedream",
        "providerName": "Pipedream",
        "kind": "credential",
        "name": "Pipedream HTTP endpoint URL",
        "description": "The HTTP trigger endpoint of a Pipedream workflow or source. The subdomain is the only secret: anyone who has it can start the workflow. Public RequestBin URLs (`*.x.pipedream.net`) are capture sinks and are not covered here.",
        "severity": "medium",
        "keywords": [
          "m.pipedream.net"
        ],
        "regex": "(?:https?://)?\\b(e[a-z0-9]{11,40}|[a-f0-9]{32})\\.(?i:m\\.pipedream\\.net)",
        "boundary": "A-Za-z0-9_-",
        "placeholders": [],
        "remediation": "A Pipedream HTTP endpoint (`https://<id>.m.pipedream.net`) runs its workflow or emits an event\nfrom its source for every request it accepts, so whoever has the URL can feed the workflow\ndata of their choosing. The URL is also a favourite place for malicious packages to send\nstolen data; if you do not own the endpoint, treat the finding as exfiltration and block it.\n1. In Pipedream, find the workflow or source whose HTTP trigger has this endpoint and pause or\n   delete it (sources can also be deleted with the owner's API key through the REST API).\n2. Create a new HTTP trigger (it gets a new endpoint ID), turn on the trigger's authorization\n   option if the callers can send a token, and give the new URL to them through a secret store.\n3. Look at the workflow's event history for requests you did not send.\nDo not test the old URL: every request is an event that runs the workflow.\n",
        "references": [
          "https://pipedream.com/docs/workflows/building-workflows/triggers/",
          "https://pipedream.com/docs/rest-api/"
        ],
        "examples": [],
        "negativeExamples": [],
        "file": "patterns/pipedream.yaml"
      }
    ]
  },
  {
    "id": "postbin",
    "name": "PostBin / PTSV",
    "hosts": [
      "ptsv2.com",
      "ptsv3.com",
      "postb.in"
    ],
    "file": "patterns/postbin.yaml",
    "patterns": [
      {
        "id": "postbin-ptsv",
        "provider": "postbin",
        "providerName": "PostBin / PTSV",
        "kind": "exfil-sink",
        "name": "PTSV2 / PTSV3 toilet URL",
        "description": 'A Post Test Server bin `https://ptsv2.com/t/<id>/post` or `https://ptsv3.com/t/<id>/post`. Every request ("dump") is kept and shown to anyone who opens the bin page.',
        "severity": "high",
        "keywords": [
          "ptsv2.com",
          "ptsv3.com"
        ],
        "regex": "(?:https?://)?(?:www\\.)?\\b(?i:ptsv[23]\\.com)/t/([A-Za-z0-9_-]{3,64})",
        "boundary": "A-Za-z0-9_-",
        "placeholders": [],
        "remediation": "This is not a credential of yours: it is a public request bin (PTSV2/PTSV3 \"toilets\" or a\nPostBin bin). Requests posted to it are stored and can be viewed by anyone who knows the bin\nid, so whatever the code sends there is public. It is either a leftover test hook or an\nexfiltration channel (MITRE ATT&CK T1567.004).\n1. Find who added the URL and why (`git log -S '<bin id>'`, blame).\n2. If it was not added on purpose, remove the code, rotate every secret it could read and\n   review the runs that executed it.\n3. If it is a test artefact, replace it with a local mock or an endpoint you own and assume\n   that everything already sent there is public.\n4. Block egress to ptsv2.com, ptsv3.com and postb.in where they are not needed.\nDo not request or flush the bin from the scanner.\n",
        "references": [
          "https://ptsv3.com/",
          "https://www.postb.in/",
          "https://attack.mitre.org/techniques/T1567/004/"
        ],
        "examples": [],
        "negativeExamples": [],
        "file": "patterns/postbin.yaml"
      },
      {
        "id": "postbin-postbin",
        "provider": "postbin",
        "providerName": "PostBin / PTSV",
        "kind": "exfil-sink",
        "name": "PostBin bin URL",
        "description": "A PostBin bin `https://www.postb.in/<bin id>` (ids like `1573530373439-2487280352136`, older 8-character ids and the `/b/<id>` viewer). Requests are stored and readable by the bin id.",
        "severity": "high",
        "keywords": [
          "postb.in"
        ],
        "regex": "(?:https?://)?(?:www\\.)?\\b(?i:postb\\.in)/(?:b/)?([0-9]{13}-[0-9]{13}|[A-Za-z0-9]{8})",
        "boundary": "A-Za-z0-9_-",
        "placeholders": [
          "1234abcd"
        ],
        "remediation": "This is not a credential of yours: it is a public request bin (PTSV2/PTSV3 \"toilets\" or a\nPostBin bin). Requests posted to it are stored and can be viewed by anyone who knows the bin\nid, so whatever the code sends there is public. It is either a leftover test hook or an\nexfiltration channel (MITRE ATT&CK T1567.004).\n1. Find who added the URL and why (`git log -S '<bin id>'`, blame).\n2. If it was not added on purpose, remove the code, rotate every secret it could read and\n   review the runs that executed it.\n3. If it is a test artefact, replace it with a local mock or an endpoint you own and assume\n   that everything already sent there is public.\n4. Block egress to ptsv2.com, ptsv3.com and postb.in where they are not needed.\nDo not request or flush the bin from the scanner.\n",
        "references": [
          "https://ptsv3.com/",
          "https://www.postb.in/",
          "https://attack.mitre.org/techniques/T1567/004/"
        ],
        "examples": [],
        "negativeExamples": [],
        "file": "patterns/postbin.yaml"
      }
    ]
  },
  {
    "id": "power-automate",
    "name": "Power Automate / Teams Workflows",
    "hosts": [
      "environment.api.powerplatform.com",
      "environment.api.gov.powerplatform.microsoft.us",
      "environment.api.high.powerplatform.microsoft.us",
      "environment.api.dod.powerplatform.microsoft.us"
    ],
    "file": "patterns/power-automate.yaml",
    "patterns": [
      {
        "id": "power-automate-workflow-trigger",
        "provider": "power-automate",
        "providerName": "Power Automate / Teams Workflows",
        "kind": "credential",
        "name": "Power Automate / Teams Workflows HTTP trigger URL",
        "description": `Signed URL of a Power Automate HTTP trigger (also what Teams "Workflows" webhooks use since connectors were retired); any request it accepts starts the flow, there is no safe way to test it. The host's second label is two hex characters (not only digits).`,
        "severity": "high",
        "keywords": [
          "powerplatform"
        ],
        "regex": `(?i:https://[a-z0-9]{30,40}\\.[0-9a-f]{2}\\.environment\\.api(?:\\.gov|\\.high|\\.dod)?\\.powerplatform\\.(?:com|microsoft\\.us))(?::[0-9]{1,5})?/powerautomate/automations/direct/(?:cu/[0-9]{1,4}/)?workflows/[0-9a-fA-F]{32}/triggers/[A-Za-z0-9_%.-]{1,256}/paths/invoke/?\\?(?:[^\\s"'<>\\x60#,]{0,400}?(?:[&;]|\\\\u0026))?sig=([A-Za-z0-9_-]{40,100})`,
        "boundary": "A-Za-z0-9_-",
        "placeholders": [
          "AbCdEfGhIjKl"
        ],
        "remediation": "The `sig` query parameter is a shared-access signature: anyone holding the URL can start the\nflow (for Teams Workflows: post cards into the channel) and feed it arbitrary input. The\ntrigger's key cannot be rotated, so:\n\n1. Owner: open the flow in Power Automate (or Teams → **Workflows**), turn it **off**, then\n   delete and re-add the *When a HTTP request / Teams webhook request is received* trigger to\n   get a new URL; or delete the flow.\n2. Admin: the URL contains the environment id (host) and the flow id (`/workflows/<id>/`), which\n   is enough for `m365 flow disable --name <flowId> --environmentName <envId> --asAdmin`, the\n   PowerShell `Disable-AdminFlow` / `Remove-AdminFlow` cmdlets, or the *Power Automate for\n   Admins* connector.\n3. Where possible set the trigger's \"Who can trigger the flow\" to *Any user in my tenant*, so\n   the bare URL is useless without an Entra ID token, and keep the new URL in a secret store.\n",
        "references": [
          "https://learn.microsoft.com/en-us/power-automate/oauth-authentication",
          "https://learn.microsoft.com/connectors/microsoftflowforadmins/",
          "https://pnp.github.io/cli-microsoft365/cmd/flow/flow-disable"
        ],
        "examples": [],
        "negativeExamples": [],
        "file": "patterns/power-automate.yaml"
      }
    ]
  },
  {
    "id": "request-inspectors",
    "name": "Request inspectors and mock bins",
    "hosts": [
      "mockbin.org",
      "mockbin.io",
      "mocky.io",
      "requestinspector.com",
      "requestbin.cn",
      "intercept.rest",
      "curlhub.io"
    ],
    "file": "patterns/request-inspectors.yaml",
    "patterns": [
      {
        "id": "request-inspectors-mocky",
        "provider": "request-inspectors",
        "providerName": "Request inspectors and mock bins",
        "kind": "exfil-sink",
        "name": "Mocky endpoint",
        "description": "A Mocky mock `https://run.mocky.io/v3/<uuid>`: the mock's creator can read the requests it receives.",
        "severity": "medium",
        "keywords": [
          "run.mocky.io"
        ],
        "regex": "(?:https?://)?\\b(?i:run\\.mocky\\.io)/v3/([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})",
        "boundary": "A-Za-z0-9_-",
        "placeholders": [],
        "remediation": "This is a request-inspection or mock endpoint (Mockbin, Mocky, RequestInspector, requestbin.cn,\nintercept.rest, CurlHub): whoever created it sees every request sent to it, headers and body\nincluded. It is not your credential; it shows where data goes. Used to debug webhooks, and by\nmalicious code and injected scripts to collect stolen data (MITRE ATT&CK T1567.004).\n1. Find out who added the URL and why (`git log -S '<id>'`, blame, the package or build step).\n2. If code sends data there, read what it gathers and rotate every secret it could reach;\n   treat the machine that ran it as compromised.\n3. Remove the URL; block these services where they are not needed (`hookscan blocklist --kind exfil-sink`).\nDo not request the URL from the scanner: the bin's owner sees the request.\n",
        "references": [
          "https://designer.mocky.io/",
          "https://github.com/Kong/mockbin",
          "https://attack.mitre.org/techniques/T1567/004/"
        ],
        "examples": [],
        "negativeExamples": [],
        "file": "patterns/request-inspectors.yaml"
      },
      {
        "id": "request-inspectors-mockbin",
        "provider": "request-inspectors",
        "providerName": "Request inspectors and mock bins",
        "kind": "exfil-sink",
        "name": "Mockbin bin",
        "description": "A Mockbin bin `https://mockbin.org/bin/<uuid>`: its creator can read the full log of requests it receives.",
        "severity": "medium",
        "keywords": [
          "mockbin.org/bin"
        ],
        "regex": "(?:https?://)?\\b(?i:mockbin\\.org/bin)/([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})",
        "boundary": "A-Za-z0-9_-",
        "placeholders": [],
        "remediation": "This is a request-inspection or mock endpoint (Mockbin, Mocky, RequestInspector, requestbin.cn,\nintercept.rest, CurlHub): whoever created it sees every request sent to it, headers and body\nincluded. It is not your credential; it shows where data goes. Used to debug webhooks, and by\nmalicious code and injected scripts to collect stolen data (MITRE ATT&CK T1567.004).\n1. Find out who added the URL and why (`git log -S '<id>'`, blame, the package or build step).\n2. If code sends data there, read what it gathers and rotate every secret it could reach;\n   treat the machine that ran it as compromised.\n3. Remove the URL; block these services where they are not needed (`hookscan blocklist --kind exfil-sink`).\nDo not request the URL from the scanner: the bin's owner sees the request.\n",
        "references": [
          "https://designer.mocky.io/",
          "https://github.com/Kong/mockbin",
          "https://attack.mitre.org/techniques/T1567/004/"
        ],
        "examples": [],
        "negativeExamples": [],
        "file": "patterns/request-inspectors.yaml"
      },
      {
        "id": "request-inspectors-path-id",
        "provider": "request-inspectors",
        "providerName": "Request inspectors and mock bins",
        "kind": "exfil-sink",
        "name": "RequestInspector / requestbin.cn endpoint",
        "description": "A request-inspection endpoint with its id in the path: `requestinspector.com/inspect/<id>`, `requestbin.cn/<id>`.",
        "severity": "medium",
        "keywords": [
          "requestinspector.com",
          "requestbin.cn"
        ],
        "regex": "(?:https?://)?\\b(?i:requestinspector\\.com/inspect|requestbin\\.cn)/([A-Za-z0-9]{6,32})",
        "boundary": "A-Za-z0-9_-",
        "placeholders": [],
        "remediation": "This is a request-inspection or mock endpoint (Mockbin, Mocky, RequestInspector, requestbin.cn,\nintercept.rest, CurlHub): whoever created it sees every request sent to it, headers and body\nincluded. It is not your credential; it shows where data goes. Used to debug webhooks, and by\nmalicious code and injected scripts to collect stolen data (MITRE ATT&CK T1567.004).\n1. Find out who added the URL and why (`git log -S '<id>'`, blame, the package or build step).\n2. If code sends data there, read what it gathers and rotate every secret it could reach;\n   treat the machine that ran it as compromised.\n3. Remove the URL; block these services where they are not needed (`hookscan blocklist --kind exfil-sink`).\nDo not request the URL from the scanner: the bin's owner sees the request.\n",
        "references": [
          "https://designer.mocky.io/",
          "https://github.com/Kong/mockbin",
          "https://attack.mitre.org/techniques/T1567/004/"
        ],
        "examples": [],
        "negativeExamples": [],
        "file": "patterns/request-inspectors.yaml"
      },
      {
        "id": "request-inspectors-subdomain",
        "provider": "request-inspectors",
        "providerName": "Request inspectors and mock bins",
        "kind": "exfil-sink",
        "name": "Mockbin / intercept.rest / CurlHub endpoint host",
        "description": "A request-inspection endpoint whose id is the host name: `<id>.mockbin.io`, `<id>.intercept.rest`, `<id>.curlhub.io`.",
        "severity": "medium",
        "keywords": [
          "mockbin.io",
          "intercept.rest",
          "curlhub.io"
        ],
        "regex": "(?:https?://)?\\b([a-z0-9][a-z0-9-]{4,40}[a-z0-9])\\.(?i:mockbin\\.io|intercept\\.rest|curlhub\\.io)",
        "boundary": "A-Za-z0-9_-",
        "placeholders": [
          "example"
        ],
        "remediation": "This is a request-inspection or mock endpoint (Mockbin, Mocky, RequestInspector, requestbin.cn,\nintercept.rest, CurlHub): whoever created it sees every request sent to it, headers and body\nincluded. It is not your credential; it shows where data goes. Used to debug webhooks, and by\nmalicious code and injected scripts to collect stolen data (MITRE ATT&CK T1567.004).\n1. Find out who added the URL and why (`git log -S '<id>'`, blame, the package or build step).\n2. If code sends data there, read what it gathers and rotate every secret it could reach;\n   treat the machine that ran it as compromised.\n3. Remove the URL; block these services where they are not needed (`hookscan blocklist --kind exfil-sink`).\nDo not request the URL from the scanner: the bin's owner sees the request.\n",
        "references": [
          "https://designer.mocky.io/",
          "https://github.com/Kong/mockbin",
          "https://attack.mitre.org/techniques/T1567/004/"
        ],
        "examples": [],
        "negativeExamples": [],
        "file": "patterns/request-inspectors.yaml"
      }
    ]
  },
  {
    "id": "requestbin",
    "name": "RequestBin",
    "hosts": [
      "x.pipedream.net",
      "requestbin.com",
      "requestbin.net",
      "requestb.in"
    ],
    "file": "patterns/requestbin.yaml",
    "patterns": [
      {
        "id": "requestbin-pipedream-bin",
        "provider": "requestbin",
        "providerName": "RequestBin",
        "kind": "exfil-sink",
        "name": "Pipedream RequestBin endpoint",
        "description": "A public RequestBin endpoint `https://<id>.x.pipedream.net`. Every request to it is recorded for the bin's owner, so code that posts here leaks data to a third party or is a test artefact.",
        "severity": "high",
        "keywords": [
          "x.pipedream.net"
        ],
        "regex": "(?:https?://)?\\b([eE][A-Za-z0-9]{9,30})\\.(?i:x\\.pipedream\\.net)",
        "boundary": "A-Za-z0-9_-",
        "placeholders": [],
        "remediation": "This is not a credential of yours: it is a RequestBin, a request-capture inbox (today run by\nPipedream on `*.x.pipedream.net`; `requestbin.net` and Runscope's `requestb.in` are older\nclones). Everything sent to the bin is stored and shown to the bin's owner, and public bins can\nbe viewed by anyone with the link. Code that sends data there is a leftover test hook or an\nexfiltration channel (MITRE ATT&CK T1567.004).\n1. Find who added the URL and why (`git log -S '<bin id>'`, blame, the dependency or build\n   step that contains it). Bins in install scripts, CI steps or minified code are a strong sign\n   of malicious code.\n2. If it was not added on purpose, treat the machine or pipeline as compromised: remove the\n   code, rotate every secret it could read and review the runs that executed it.\n3. If it is a test artefact, replace it with a local mock or an endpoint you own and assume\n   whatever was sent there is public.\n4. Block egress to `*.x.pipedream.net`, requestbin.com, requestbin.net and requestb.in where it\n   is not needed.\nDo not send requests to the bin from the scanner (each one is logged for its owner) and do not\ndelete someone else's bin; report abuse to Pipedream (https://pipedream.com/support) instead.\n",
        "references": [
          "https://pipedream.com/requestbin",
          "https://attack.mitre.org/techniques/T1567/004/"
        ],
        "examples": [],
        "negativeExamples": [],
        "file": "patterns/requestbin.yaml"
      },
      {
        "id": "requestbin-com",
        "provider": "requestbin",
        "providerName": "RequestBin",
        "kind": "exfil-sink",
        "name": "RequestBin inspector link",
        "description": "A `requestbin.com/r/<id>` link to a RequestBin's request inspector. The id is the same as the bin's `*.x.pipedream.net` subdomain and identifies the capture endpoint.",
        "severity": "high",
        "keywords": [
          "requestbin.com"
        ],
        "regex": "(?:https?://)?(?:(?:public|www)\\.)?\\b(?i:requestbin\\.com)/r/([eE][A-Za-z0-9]{9,30})",
        "boundary": "A-Za-z0-9_-",
        "placeholders": [],
        "remediation": "This is not a credential of yours: it is a RequestBin, a request-capture inbox (today run by\nPipedream on `*.x.pipedream.net`; `requestbin.net` and Runscope's `requestb.in` are older\nclones). Everything sent to the bin is stored and shown to the bin's owner, and public bins can\nbe viewed by anyone with the link. Code that sends data there is a leftover test hook or an\nexfiltration channel (MITRE ATT&CK T1567.004).\n1. Find who added the URL and why (`git log -S '<bin id>'`, blame, the dependency or build\n   step that contains it). Bins in install scripts, CI steps or minified code are a strong sign\n   of malicious code.\n2. If it was not added on purpose, treat the machine or pipeline as compromised: remove the\n   code, rotate every secret it could read and review the runs that executed it.\n3. If it is a test artefact, replace it with a local mock or an endpoint you own and assume\n   whatever was sent there is public.\n4. Block egress to `*.x.pipedream.net`, requestbin.com, requestbin.net and requestb.in where it\n   is not needed.\nDo not send requests to the bin from the scanner (each one is logged for its owner) and do not\ndelete someone else's bin; report abuse to Pipedream (https://pipedream.com/support) instead.\n",
        "references": [
          "https://pipedream.com/requestbin",
          "https://attack.mitre.org/techniques/T1567/004/"
        ],
        "examples": [],
        "negativeExamples": [],
        "file": "patterns/requestbin.yaml"
      },
      {
        "id": "requestbin-legacy",
        "provider": "requestbin",
        "providerName": "RequestBin",
        "kind": "exfil-sink",
        "name": "Legacy RequestBin URL (requestbin.net, requestb.in)",
        "description": "A bin on one of the older RequestBin services: `requestbin.net/r/<id>` or Runscope's `requestb.in/<id>`. These were public capture inboxes; the URL marks an exfiltration or test endpoint, and a lapsed domain can be re-registered by anyone.",
        "severity": "high",
        "keywords": [
          "requestbin.net",
          "requestb.in"
        ],
        "regex": "(?:https?://)?(?:(?:www|v1)\\.)?\\b(?:(?i:requestbin\\.net)/r/|(?i:requestb\\.in)/)([A-Za-z0-9]{6,12})",
        "boundary": "A-Za-z0-9_-",
        "placeholders": [],
        "remediation": "This is not a credential of yours: it is a RequestBin, a request-capture inbox (today run by\nPipedream on `*.x.pipedream.net`; `requestbin.net` and Runscope's `requestb.in` are older\nclones). Everything sent to the bin is stored and shown to the bin's owner, and public bins can\nbe viewed by anyone with the link. Code that sends data there is a leftover test hook or an\nexfiltration channel (MITRE ATT&CK T1567.004).\n1. Find who added the URL and why (`git log -S '<bin id>'`, blame, the dependency or build\n   step that contains it). Bins in install scripts, CI steps or minified code are a strong sign\n   of malicious code.\n2. If it was not added on purpose, treat the machine or pipeline as compromised: remove the\n   code, rotate every secret it could read and review the runs that executed it.\n3. If it is a test artefact, replace it with a local mock or an endpoint you own and assume\n   whatever was sent there is public.\n4. Block egress to `*.x.pipedream.net`, requestbin.com, requestbin.net and requestb.in where it\n   is not needed.\nDo not send requests to the bin from the scanner (each one is logged for its owner) and do not\ndelete someone else's bin; report abuse to Pipedream (https://pipedream.com/support) instead.\n",
        "references": [
          "https://pipedream.com/requestbin",
          "https://attack.mitre.org/techniques/T1567/004/"
        ],
        "examples": [],
        "negativeExamples": [],
        "file": "patterns/requestbin.yaml"
      }
    ]
  },
  {
    "id": "requestcatcher",
    "name": "Request Catcher",
    "hosts": [
      "requestcatcher.com"
    ],
    "file": "patterns/requestcatcher.yaml",
    "patterns": [
      {
        "id": "requestcatcher-subdomain",
        "provider": "requestcatcher",
        "providerName": "Request Catcher",
        "kind": "exfil-sink",
        "name": "Request Catcher subdomain",
        "description": "A `https://<name>.requestcatcher.com` capture URL. Requests to it are shown, without any authentication, to anyone who opens the subdomain's page.",
        "severity": "high",
        "keywords": [
          "requestcatcher.com"
        ],
        "regex": "(?:https?://)?\\b([A-Za-z0-9][A-Za-z0-9-]{2,61}[A-Za-z0-9])\\.(?i:requestcatcher\\.com)",
        "boundary": "A-Za-z0-9_-",
        "placeholders": [],
        "remediation": "This is not a credential of yours: it is a Request Catcher subdomain, a public capture service.\nAnyone who opens `https://<name>.requestcatcher.com/` sees the requests sent to any\n`<name>.requestcatcher.com` URL live, so whatever the code sends there is public. It is either a\nleftover test hook or an exfiltration channel (MITRE ATT&CK T1567.004).\n1. Find who added the URL and why (`git log -S '<name>.requestcatcher.com'`, blame).\n2. If it was not added on purpose, remove the code, rotate every secret it could read and\n   review the runs that executed it.\n3. If it is a test artefact, replace it with a local mock or an endpoint you own and assume\n   that everything already sent there is public.\n4. Block egress to `*.requestcatcher.com` where it is not needed.\nDo not request the URL from the scanner.\n",
        "references": [
          "https://requestcatcher.com/",
          "https://attack.mitre.org/techniques/T1567/004/"
        ],
        "examples": [],
        "negativeExamples": [],
        "file": "patterns/requestcatcher.yaml"
      }
    ]
  },
  {
    "id": "rocket-chat",
    "name": "Rocket.Chat",
    "hosts": [
      "rocket.chat"
    ],
    "file": "patterns/rocket-chat.yaml",
    "patterns": [
      {
        "id": "rocket-chat-webhook",
        "provider": "rocket-chat",
        "providerName": "Rocket.Chat",
        "kind": "credential",
        "name": "Rocket.Chat incoming webhook URL",
        "description": "A Rocket.Chat incoming webhook on any host (`https://<host>/hooks/<integration id>/<token>`); anyone holding it can post into the target room as the integration's bot user and feed its script. Matched by shape (17-character Meteor ID or 24-hex ObjectId, then a 48-character token of Meteor's unmistakable alphabet), so it works on self-hosted servers.",
        "severity": "high",
        "keywords": [
          "hooks"
        ],
        "regex": "(?P<scheme>https?)://(?P<host>[A-Za-z0-9.-]{1,253})(?::(?P<port>[0-9]{1,5}))?(?P<base>(?:/[A-Za-z0-9._~%-]{1,64}){0,4})/hooks/((?P<id>[2-9A-HJ-NP-Za-km-z]{17}|[0-9a-f]{24})/(?P<token>[2-9A-HJ-NP-Za-km-z]{48}))",
        "boundary": "A-Za-z0-9_-",
        "placeholders": [],
        "selfHosted": true,
        "revoke": true,
        "remediation": 'A Rocket.Chat incoming webhook is removed by an administrator (or its creator); the\nintegration ID is the first path segment after `/hooks/`:\n\n1. In Rocket.Chat open *Administration* → *Workspace* → *Integrations* → *Incoming*, select\n   the integration and delete it (or switch *Enabled* off while you investigate).\n   Through the REST API, with `X-Auth-Token` and `X-User-Id` of a user holding\n   `manage-incoming-integrations`:\n   `POST https://<host>/api/v1/integrations.remove` with\n   `{"type":"webhook-incoming","integrationId":"<integration id>"}`.\n2. Review the integration\'s script, if any: an incoming webhook can run a server-side script.\n3. Create a new webhook if still needed, store its URL in a secret manager or CI secret, and\n   remove the old URL from git history if the repository is public.\n',
        "references": [
          "https://docs.rocket.chat/use-rocket.chat/workspace-administration/integrations"
        ],
        "examples": [],
        "negativeExamples": [],
        "file": "patterns/rocket-chat.yaml"
      }
    ]
  },
  {
    "id": "slack",
    "name": "Slack",
    "hosts": [
      "hooks.slack.com",
      "hooks.slack-gov.com"
    ],
    "file": "patterns/slack.yaml",
    "patterns": [
      {
        "id": "slack-incoming-webhook",
        "provider": "slack",
        "providerName": "Slack",
        "kind": "credential",
        "name": "Slack incoming webhook URL",
        "description": "Slack incoming webhook (`/services/T…/B…/<24-char secret>`); whoever has it can post arbitrary messages, including phishing links, into the channel. Team ids starting with `E` (Enterprise Grid) are accepted; the GovSlack host `hooks.slack-gov.com` is matched too, but that it serves webhooks is unconfirmed.",
        "severity": "high",
        "keywords": [
          "hooks.slack"
        ],
        "regex": "(?:https?://)?\\b(?P<host>(?i:hooks\\.slack(?:-gov)?\\.com))/services/([TE][A-Z0-9]{8,12}/B[A-Z0-9]{8,12}/[A-Za-z0-9]{24})",
        "boundary": "A-Za-z0-9_-",
        "placeholders": [],
        "verify": true,
        "remediation": 'Anyone holding this URL can post messages into the Slack channel it is bound to, as the app\nthat owns it. The URL cannot be revoked through the API with the URL alone; remove it in Slack:\n\n1. App-based webhook: open `https://api.slack.com/apps`, pick the app that owns the hook (the\n   `B…` id in the URL identifies the integration), go to **Incoming Webhooks**, find the URL\n   and click **Remove**. The old URL stops working immediately.\n2. Legacy "Incoming WebHooks" custom integration: workspace menu → **Tools & settings** →\n   **Manage apps** → **Custom Integrations** → **Incoming WebHooks**, open the configuration\n   and remove or disable it.\n3. If you cannot find the hook, a workspace admin can uninstall the owning app\n   (`apps.uninstall`, or `admin.apps.uninstall` on Enterprise Grid), which removes its webhooks.\n4. Create a new webhook, store it in a secret manager or CI secret, and read it from the\n   environment instead of committing it. Rewriting git history does not un-leak the old URL.\n',
        "references": [
          "https://api.slack.com/messaging/webhooks",
          "https://api.slack.com/changelog/2016-05-17-changes-to-errors-for-incoming-webhooks",
          "https://api.slack.com/docs/rate-limits"
        ],
        "examples": [],
        "negativeExamples": [],
        "file": "patterns/slack.yaml"
      },
      {
        "id": "slack-workflow-webhook",
        "provider": "slack",
        "providerName": "Slack",
        "kind": "credential",
        "name": "Slack Workflow Builder webhook URL (legacy)",
        "description": "Legacy Workflow Builder webhook (`/workflows/T…/A…/<id>/<secret>`); any request it accepts starts the workflow, which usually posts into a channel or runs further steps.",
        "severity": "high",
        "keywords": [
          "hooks.slack.com"
        ],
        "regex": "(?:https?://)?\\b(?i:hooks\\.slack\\.com)/workflows/([TE][A-Z0-9]{8,12}/A[A-Z0-9]{8,12}/[0-9]{17,19}/[A-Za-z0-9]{23,25})",
        "boundary": "A-Za-z0-9_-",
        "placeholders": [],
        "remediation": "Anyone holding this URL can start the workflow. There is no API to revoke it by URL:\n\n1. In Slack open **Workflow Builder**, open the workflow that uses the webhook trigger.\n2. Delete the webhook trigger (or unpublish / delete the workflow); the URL dies with it.\n3. Re-create the trigger to get a new URL and keep it in a secret store, not in the code.\n",
        "references": [
          "https://api.slack.com/messaging/webhooks",
          "https://api.slack.com/changelog/2016-05-17-changes-to-errors-for-incoming-webhooks",
          "https://api.slack.com/docs/rate-limits"
        ],
        "examples": [],
        "negativeExamples": [],
        "file": "patterns/slack.yaml"
      },
      {
        "id": "slack-workflow-trigger",
        "provider": "slack",
        "providerName": "Slack",
        "kind": "credential",
        "name": "Slack workflow webhook trigger URL",
        "description": "Webhook trigger of a current Workflow Builder / platform workflow (`/triggers/T…/<trigger id>/<32 hex>`); any accepted request runs the workflow.",
        "severity": "high",
        "keywords": [
          "hooks.slack.com"
        ],
        "regex": "(?:https?://)?\\b(?i:hooks\\.slack\\.com)/triggers/([TE][A-Z0-9]{8,12}/[0-9]{8,20}/[a-f0-9]{32})",
        "boundary": "A-Za-z0-9_-",
        "placeholders": [],
        "remediation": "Anyone holding this URL can start the workflow. There is no API to revoke it by URL alone:\n\n1. Workflow Builder: open the workflow, edit its **webhook** trigger and delete it (or\n   unpublish / delete the workflow). The URL stops working with the trigger.\n2. Triggers created by a Slack CLI app: find the trigger with `workflows.triggers.list` and\n   delete it with `slack trigger delete --trigger-id Ft…` (or the Web API method\n   `workflows.triggers.delete`, app token with `triggers:write`).\n3. Create a new trigger and keep its URL in a secret store, not in the code.\n",
        "references": [
          "https://docs.slack.dev/tools/slack-github-action/sending-techniques/sending-data-webhook-slack-workflow",
          "https://api.slack.com/methods/workflows.triggers.delete"
        ],
        "examples": [],
        "negativeExamples": [],
        "file": "patterns/slack.yaml"
      }
    ]
  },
  {
    "id": "smee",
    "name": "smee.io",
    "hosts": [
      "smee.io"
    ],
    "file": "patterns/smee.yaml",
    "patterns": [
      {
        "id": "smee-channel",
        "provider": "smee",
        "providerName": "smee.io",
        "kind": "exfil-sink",
        "name": "smee.io channel URL",
        "description": "A `https://smee.io/<channel>` webhook relay URL. Anyone with the URL can read every payload sent to it and inject events into the app that consumes it.",
        "severity": "medium",
        "keywords": [
          "smee.io"
        ],
        "regex": "(?:https?://)?\\b(?i:smee\\.io)/([A-Za-z0-9_-]{8,64})",
        "boundary": "A-Za-z0-9_-",
        "placeholders": [],
        "remediation": "This is a smee.io channel: a public webhook relay (used by GitHub App and Probot development)\nthat re-broadcasts every request it receives to anyone connected to the channel URL. There is\nno authentication: whoever knows the URL can read the payloads (which often contain repository,\nuser and installation data) and can inject fake events into the app that listens to it.\n1. Find who added the URL and why (`git log -S 'smee.io/<id>'`, blame).\n2. If it is your development channel, stop using it: start a new channel\n   (`https://smee.io/new`), keep its URL out of the repository (environment variable or\n   `.env` that is not committed), and update the webhook URL of the GitHub App or service.\n   Verify webhook signatures in the app so injected events are rejected.\n3. If nobody on your side created it, treat code sending data there as exfiltration\n   (MITRE ATT&CK T1567.004): remove it and rotate the secrets it could read.\n4. Point production webhooks at your own endpoint, never at a relay.\nDo not connect to or post to the channel from the scanner.\n",
        "references": [
          "https://smee.io/",
          "https://github.com/probot/smee-client",
          "https://attack.mitre.org/techniques/T1567/004/"
        ],
        "examples": [],
        "negativeExamples": [],
        "file": "patterns/smee.yaml"
      }
    ]
  },
  {
    "id": "telegram",
    "name": "Telegram",
    "hosts": [
      "api.telegram.org"
    ],
    "file": "patterns/telegram.yaml",
    "patterns": [
      {
        "id": "telegram-bot-api-url",
        "provider": "telegram",
        "providerName": "Telegram",
        "kind": "credential",
        "name": "Telegram Bot API URL with bot token",
        "description": "A Bot API request URL (`/bot<token>/<method>`) or file download URL (`/file/bot<token>/…`) that contains the bot token, which gives full control of the bot and its chats. Malware often uses such URLs to send stolen data to the attacker's chat.",
        "severity": "critical",
        "keywords": [
          "api.telegram.org"
        ],
        "regex": "(?:https?://)?\\b(?P<host>(?i:api\\.telegram\\.org))/(?:file/)?bot([0-9]{6,12}:[A-Za-z0-9_-]{35})",
        "boundary": "A-Za-z0-9_-",
        "placeholders": [
          "ABC-DEF1234ghIkl-zyx57W2v1u123ew11"
        ],
        "verify": true,
        "remediation": "The `<bot id>:<secret>` part of the URL is the bot token. It gives full control of the bot:\nwhoever has it can read the updates sent to the bot, post as the bot in every chat it is in,\nand change its webhook. Telegram has no HTTP API for revoking a token.\n1. In Telegram, open a chat with @BotFather, send `/revoke` and pick the bot. BotFather issues\n   a new token and the old one stops working at once. Use `/deletebot` if the bot is no longer\n   needed.\n2. Put the new token in a secret store or environment variable and deploy it, then check the\n   bot's chats for messages you did not send.\n3. If the bot in the code is not yours (data is being sent to someone else's chat, often a\n   `sendMessage`/`sendDocument` URL with a `chat_id`), treat it as exfiltration: remove the code,\n   block `api.telegram.org` egress where you can, and report the bot to Telegram\n   (@notoscam or abuse@telegram.org).\nA safe liveness check is `GET https://api.telegram.org/bot<token>/getMe`. Never call\n`getUpdates`, `logOut` or `close` with someone else's token.\n",
        "references": [
          "https://core.telegram.org/bots/api#authorizing-your-bot",
          "https://core.telegram.org/bots/features#botfather"
        ],
        "examples": [],
        "negativeExamples": [],
        "file": "patterns/telegram.yaml"
      },
      {
        "id": "telegram-bot-token",
        "provider": "telegram",
        "providerName": "Telegram",
        "kind": "credential",
        "name": "Telegram bot token outside a URL",
        "description": "A bot token (`<bot id>:AA<33 characters>`) written on its own — a constant, a function or constructor argument, a config value — in a file that mentions Telegram (an `api.telegram.org/bot{TOKEN}` template, a Telegram library, the word telegram) or a chat id (a stealer's config.py keeps the two together). Stealers keep the token and the chat id apart from the URL; the token gives full control of the bot.",
        "severity": "critical",
        "keywords": [
          "telegram",
          "telebot",
          "chat_id"
        ],
        "regex": "\\b([0-9]{8,10}:AA[A-Za-z0-9_-]{33})",
        "boundary": "A-Za-z0-9_-",
        "placeholders": [],
        "remediation": "The `<bot id>:<secret>` part of the URL is the bot token. It gives full control of the bot:\nwhoever has it can read the updates sent to the bot, post as the bot in every chat it is in,\nand change its webhook. Telegram has no HTTP API for revoking a token.\n1. In Telegram, open a chat with @BotFather, send `/revoke` and pick the bot. BotFather issues\n   a new token and the old one stops working at once. Use `/deletebot` if the bot is no longer\n   needed.\n2. Put the new token in a secret store or environment variable and deploy it, then check the\n   bot's chats for messages you did not send.\n3. If the bot in the code is not yours (data is being sent to someone else's chat, often a\n   `sendMessage`/`sendDocument` URL with a `chat_id`), treat it as exfiltration: remove the code,\n   block `api.telegram.org` egress where you can, and report the bot to Telegram\n   (@notoscam or abuse@telegram.org).\nA safe liveness check is `GET https://api.telegram.org/bot<token>/getMe`. Never call\n`getUpdates`, `logOut` or `close` with someone else's token.\n",
        "references": [
          "https://core.telegram.org/bots/api#authorizing-your-bot",
          "https://core.telegram.org/bots/features#botfather"
        ],
        "examples": [],
        "negativeExamples": [],
        "file": "patterns/telegram.yaml"
      }
    ]
  },
  {
    "id": "tines",
    "name": "Tines",
    "hosts": [
      "tines.com",
      "tines.io"
    ],
    "file": "patterns/tines.yaml",
    "patterns": [
      {
        "id": "tines-webhook",
        "provider": "tines",
        "providerName": "Tines",
        "kind": "credential",
        "name": "Tines webhook URL",
        "description": "The URL of a Tines Webhook action, including its path and secret. Anyone who has it can start the story with data of their choosing.",
        "severity": "high",
        "keywords": [
          "tines.com",
          "tines.io"
        ],
        "regex": "(?:https?://)?\\b(?i:[a-z0-9][a-z0-9-]{0,62}\\.tines\\.(?:com|io))/webhook/([A-Za-z0-9_-]{1,128}/[a-z0-9]{32})",
        "boundary": "A-Za-z0-9_-",
        "placeholders": [],
        "remediation": "A Tines webhook URL (`https://<tenant>.tines.com/webhook/<path>/<secret>`) makes the Webhook\naction emit an event and run the rest of the story for anyone who calls it, with GET as well\nas POST. Stories often take privileged actions (ticketing, blocking users, running queries),\nso a leaked URL lets outsiders drive them with forged data.\n1. Open the story that contains the Webhook action with this path and change the action's\n   secret (and, ideally, its path). The old URL stops working at once.\n2. Consider restricting the action's access control to Tines API keys, and limit the accepted\n   HTTP verbs.\n3. Give the new URL to callers through a secret store, and review the action's recent events\n   for requests you did not send.\nDo not test the old URL: a request is enough to run the story.\n",
        "references": [
          "https://www.tines.com/docs/actions/types/webhook/"
        ],
        "examples": [],
        "negativeExamples": [],
        "file": "patterns/tines.yaml"
      }
    ]
  },
  {
    "id": "tunnels",
    "name": "Public tunnels",
    "hosts": [
      "trycloudflare.com",
      "loca.lt",
      "serveo.net",
      "serveousercontent.com",
      "lhr.life",
      "pinggy.link",
      "pinggy.online",
      "devtunnels.ms",
      "localtunnel.me",
      "pagekite.me",
      "loclx.io",
      "ply.gg",
      "pktriot.net"
    ],
    "file": "patterns/tunnels.yaml",
    "patterns": [
      {
        "id": "tunnels-trycloudflare",
        "provider": "tunnels",
        "providerName": "Public tunnels",
        "kind": "exfil-sink",
        "name": "Cloudflare Quick Tunnel host",
        "description": "A Cloudflare Quick Tunnel host `<word>-<word>-<word>-<word>.trycloudflare.com`, created without an account by `cloudflared tunnel --url`. Widely abused for malware delivery and C2.",
        "severity": "medium",
        "keywords": [
          "trycloudflare.com"
        ],
        "regex": "(?:(?:https?|wss?)://)?\\b([A-Za-z0-9]+(?:-[A-Za-z0-9]+){2,7})\\.(?i:trycloudflare\\.com)",
        "boundary": "A-Za-z0-9_-",
        "placeholders": [],
        "remediation": "This is not a credential of yours: it is the public address of a tunnel (Cloudflare Quick\nTunnel, localtunnel, Serveo, localhost.run, Pinggy, Microsoft dev tunnels) that forwards\ntraffic to whatever machine runs the tunnel client. Such addresses are free, need no account\nor a throwaway one, and change on every run, which makes them popular for command-and-control,\npayload hosting and exfiltration (MITRE ATT&CK T1572, T1567.004) as well as for demos.\n1. Find who added the address and why (`git log -S '<host>'`, blame). A tunnel host in\n   production code, a package or a CI step that sends data out is a strong sign of malicious\n   code: treat the system that ran it as compromised and rotate the secrets it could read.\n2. If it is a leftover development URL, move it to configuration that is not committed.\n   Random tunnel names are reused, so an old URL may reach a stranger: stop sending data to it.\n3. Stop tunnels you own when they are not needed; for dev tunnels, keep access private\n   (no anonymous access) and delete the tunnel (`devtunnel delete`).\n4. Block egress to these domains on servers and CI runners that do not need tunnels.\nDo not request the address from the scanner: the request reaches the tunnel owner's machine.\n",
        "references": [
          "https://developers.cloudflare.com/cloudflare-one/connections/connect-networks/do-more-with-tunnels/trycloudflare/",
          "https://github.com/localtunnel/localtunnel",
          "https://localhost.run/docs/",
          "https://pinggy.io/docs/",
          "https://learn.microsoft.com/azure/developer/dev-tunnels/overview",
          "https://attack.mitre.org/techniques/T1572/",
          "https://attack.mitre.org/techniques/T1567/004/"
        ],
        "examples": [],
        "negativeExamples": [],
        "file": "patterns/tunnels.yaml"
      },
      {
        "id": "tunnels-localtunnel",
        "provider": "tunnels",
        "providerName": "Public tunnels",
        "kind": "exfil-sink",
        "name": "localtunnel host",
        "description": "A localtunnel host `<name>.loca.lt` (random three-word names or a requested subdomain) that forwards requests to the machine running `lt`.",
        "severity": "medium",
        "keywords": [
          "loca.lt"
        ],
        "regex": "(?:https?://)?\\b([A-Za-z0-9][A-Za-z0-9-]{2,61}[A-Za-z0-9])\\.(?i:loca\\.lt)",
        "boundary": "A-Za-z0-9_-",
        "placeholders": [],
        "remediation": "This is not a credential of yours: it is the public address of a tunnel (Cloudflare Quick\nTunnel, localtunnel, Serveo, localhost.run, Pinggy, Microsoft dev tunnels) that forwards\ntraffic to whatever machine runs the tunnel client. Such addresses are free, need no account\nor a throwaway one, and change on every run, which makes them popular for command-and-control,\npayload hosting and exfiltration (MITRE ATT&CK T1572, T1567.004) as well as for demos.\n1. Find who added the address and why (`git log -S '<host>'`, blame). A tunnel host in\n   production code, a package or a CI step that sends data out is a strong sign of malicious\n   code: treat the system that ran it as compromised and rotate the secrets it could read.\n2. If it is a leftover development URL, move it to configuration that is not committed.\n   Random tunnel names are reused, so an old URL may reach a stranger: stop sending data to it.\n3. Stop tunnels you own when they are not needed; for dev tunnels, keep access private\n   (no anonymous access) and delete the tunnel (`devtunnel delete`).\n4. Block egress to these domains on servers and CI runners that do not need tunnels.\nDo not request the address from the scanner: the request reaches the tunnel owner's machine.\n",
        "references": [
          "https://developers.cloudflare.com/cloudflare-one/connections/connect-networks/do-more-with-tunnels/trycloudflare/",
          "https://github.com/localtunnel/localtunnel",
          "https://localhost.run/docs/",
          "https://pinggy.io/docs/",
          "https://learn.microsoft.com/azure/developer/dev-tunnels/overview",
          "https://attack.mitre.org/techniques/T1572/",
          "https://attack.mitre.org/techniques/T1567/004/"
        ],
        "examples": [],
        "negativeExamples": [],
        "file": "patterns/tunnels.yaml"
      },
      {
        "id": "tunnels-serveo",
        "provider": "tunnels",
        "providerName": "Public tunnels",
        "kind": "exfil-sink",
        "name": "Serveo tunnel host",
        "description": "A Serveo SSH-tunnel host `<name>.serveousercontent.com` (older `<name>.serveo.net`), created with `ssh -R 80:localhost:<port> serveo.net` and no account.",
        "severity": "medium",
        "keywords": [
          "serveousercontent.com",
          "serveo.net"
        ],
        "regex": "(?:https?://)?\\b([A-Za-z0-9][A-Za-z0-9-]{2,61}[A-Za-z0-9])\\.(?i:serveousercontent\\.com|serveo\\.net)",
        "boundary": "A-Za-z0-9_-",
        "placeholders": [],
        "remediation": "This is not a credential of yours: it is the public address of a tunnel (Cloudflare Quick\nTunnel, localtunnel, Serveo, localhost.run, Pinggy, Microsoft dev tunnels) that forwards\ntraffic to whatever machine runs the tunnel client. Such addresses are free, need no account\nor a throwaway one, and change on every run, which makes them popular for command-and-control,\npayload hosting and exfiltration (MITRE ATT&CK T1572, T1567.004) as well as for demos.\n1. Find who added the address and why (`git log -S '<host>'`, blame). A tunnel host in\n   production code, a package or a CI step that sends data out is a strong sign of malicious\n   code: treat the system that ran it as compromised and rotate the secrets it could read.\n2. If it is a leftover development URL, move it to configuration that is not committed.\n   Random tunnel names are reused, so an old URL may reach a stranger: stop sending data to it.\n3. Stop tunnels you own when they are not needed; for dev tunnels, keep access private\n   (no anonymous access) and delete the tunnel (`devtunnel delete`).\n4. Block egress to these domains on servers and CI runners that do not need tunnels.\nDo not request the address from the scanner: the request reaches the tunnel owner's machine.\n",
        "references": [
          "https://developers.cloudflare.com/cloudflare-one/connections/connect-networks/do-more-with-tunnels/trycloudflare/",
          "https://github.com/localtunnel/localtunnel",
          "https://localhost.run/docs/",
          "https://pinggy.io/docs/",
          "https://learn.microsoft.com/azure/developer/dev-tunnels/overview",
          "https://attack.mitre.org/techniques/T1572/",
          "https://attack.mitre.org/techniques/T1567/004/"
        ],
        "examples": [],
        "negativeExamples": [],
        "file": "patterns/tunnels.yaml"
      },
      {
        "id": "tunnels-localhost-run",
        "provider": "tunnels",
        "providerName": "Public tunnels",
        "kind": "exfil-sink",
        "name": "localhost.run tunnel host",
        "description": "A localhost.run tunnel host `<hex id>.lhr.life`, created with `ssh -R 80:localhost:<port> nokey@localhost.run` and no account.",
        "severity": "medium",
        "keywords": [
          "lhr.life"
        ],
        "regex": "(?:https?://)?\\b([0-9A-Fa-f]{10,20})\\.(?i:lhr\\.life)",
        "boundary": "A-Za-z0-9_-",
        "placeholders": [],
        "remediation": "This is not a credential of yours: it is the public address of a tunnel (Cloudflare Quick\nTunnel, localtunnel, Serveo, localhost.run, Pinggy, Microsoft dev tunnels) that forwards\ntraffic to whatever machine runs the tunnel client. Such addresses are free, need no account\nor a throwaway one, and change on every run, which makes them popular for command-and-control,\npayload hosting and exfiltration (MITRE ATT&CK T1572, T1567.004) as well as for demos.\n1. Find who added the address and why (`git log -S '<host>'`, blame). A tunnel host in\n   production code, a package or a CI step that sends data out is a strong sign of malicious\n   code: treat the system that ran it as compromised and rotate the secrets it could read.\n2. If it is a leftover development URL, move it to configuration that is not committed.\n   Random tunnel names are reused, so an old URL may reach a stranger: stop sending data to it.\n3. Stop tunnels you own when they are not needed; for dev tunnels, keep access private\n   (no anonymous access) and delete the tunnel (`devtunnel delete`).\n4. Block egress to these domains on servers and CI runners that do not need tunnels.\nDo not request the address from the scanner: the request reaches the tunnel owner's machine.\n",
        "references": [
          "https://developers.cloudflare.com/cloudflare-one/connections/connect-networks/do-more-with-tunnels/trycloudflare/",
          "https://github.com/localtunnel/localtunnel",
          "https://localhost.run/docs/",
          "https://pinggy.io/docs/",
          "https://learn.microsoft.com/azure/developer/dev-tunnels/overview",
          "https://attack.mitre.org/techniques/T1572/",
          "https://attack.mitre.org/techniques/T1567/004/"
        ],
        "examples": [],
        "negativeExamples": [],
        "file": "patterns/tunnels.yaml"
      },
      {
        "id": "tunnels-pinggy",
        "provider": "tunnels",
        "providerName": "Public tunnels",
        "kind": "exfil-sink",
        "name": "Pinggy tunnel host",
        "description": "A Pinggy SSH-tunnel host `<name>.a.pinggy.link` / `<name>.a.free.pinggy.link` (also the `pinggy.online` variants), created with `ssh -p 443 -R0:localhost:<port> a.pinggy.io`.",
        "severity": "medium",
        "keywords": [
          "pinggy.link",
          "pinggy.online"
        ],
        "regex": "(?:https?://)?\\b([A-Za-z0-9][A-Za-z0-9-]{2,61}[A-Za-z0-9])\\.(?i:a\\.(?:free\\.)?pinggy\\.(?:link|online))",
        "boundary": "A-Za-z0-9_-",
        "placeholders": [],
        "remediation": "This is not a credential of yours: it is the public address of a tunnel (Cloudflare Quick\nTunnel, localtunnel, Serveo, localhost.run, Pinggy, Microsoft dev tunnels) that forwards\ntraffic to whatever machine runs the tunnel client. Such addresses are free, need no account\nor a throwaway one, and change on every run, which makes them popular for command-and-control,\npayload hosting and exfiltration (MITRE ATT&CK T1572, T1567.004) as well as for demos.\n1. Find who added the address and why (`git log -S '<host>'`, blame). A tunnel host in\n   production code, a package or a CI step that sends data out is a strong sign of malicious\n   code: treat the system that ran it as compromised and rotate the secrets it could read.\n2. If it is a leftover development URL, move it to configuration that is not committed.\n   Random tunnel names are reused, so an old URL may reach a stranger: stop sending data to it.\n3. Stop tunnels you own when they are not needed; for dev tunnels, keep access private\n   (no anonymous access) and delete the tunnel (`devtunnel delete`).\n4. Block egress to these domains on servers and CI runners that do not need tunnels.\nDo not request the address from the scanner: the request reaches the tunnel owner's machine.\n",
        "references": [
          "https://developers.cloudflare.com/cloudflare-one/connections/connect-networks/do-more-with-tunnels/trycloudflare/",
          "https://github.com/localtunnel/localtunnel",
          "https://localhost.run/docs/",
          "https://pinggy.io/docs/",
          "https://learn.microsoft.com/azure/developer/dev-tunnels/overview",
          "https://attack.mitre.org/techniques/T1572/",
          "https://attack.mitre.org/techniques/T1567/004/"
        ],
        "examples": [],
        "negativeExamples": [],
        "file": "patterns/tunnels.yaml"
      },
      {
        "id": "tunnels-devtunnels",
        "provider": "tunnels",
        "providerName": "Public tunnels",
        "kind": "exfil-sink",
        "name": "Microsoft dev tunnel host",
        "description": "A Microsoft dev tunnel host `<tunnel id>-<port>.<region>.devtunnels.ms` (VS Code / Visual Studio port forwarding, `devtunnel host`). Anonymous access exposes the local port to anyone.",
        "severity": "medium",
        "keywords": [
          "devtunnels.ms"
        ],
        "regex": "(?:https?://)?\\b([A-Za-z0-9]{8}(?:-[0-9]{2,5})?)\\.[A-Za-z0-9]{2,6}\\.(?i:devtunnels\\.ms)",
        "boundary": "A-Za-z0-9_-",
        "placeholders": [],
        "remediation": "This is not a credential of yours: it is the public address of a tunnel (Cloudflare Quick\nTunnel, localtunnel, Serveo, localhost.run, Pinggy, Microsoft dev tunnels) that forwards\ntraffic to whatever machine runs the tunnel client. Such addresses are free, need no account\nor a throwaway one, and change on every run, which makes them popular for command-and-control,\npayload hosting and exfiltration (MITRE ATT&CK T1572, T1567.004) as well as for demos.\n1. Find who added the address and why (`git log -S '<host>'`, blame). A tunnel host in\n   production code, a package or a CI step that sends data out is a strong sign of malicious\n   code: treat the system that ran it as compromised and rotate the secrets it could read.\n2. If it is a leftover development URL, move it to configuration that is not committed.\n   Random tunnel names are reused, so an old URL may reach a stranger: stop sending data to it.\n3. Stop tunnels you own when they are not needed; for dev tunnels, keep access private\n   (no anonymous access) and delete the tunnel (`devtunnel delete`).\n4. Block egress to these domains on servers and CI runners that do not need tunnels.\nDo not request the address from the scanner: the request reaches the tunnel owner's machine.\n",
        "references": [
          "https://developers.cloudflare.com/cloudflare-one/connections/connect-networks/do-more-with-tunnels/trycloudflare/",
          "https://github.com/localtunnel/localtunnel",
          "https://localhost.run/docs/",
          "https://pinggy.io/docs/",
          "https://learn.microsoft.com/azure/developer/dev-tunnels/overview",
          "https://attack.mitre.org/techniques/T1572/",
          "https://attack.mitre.org/techniques/T1567/004/"
        ],
        "examples": [],
        "negativeExamples": [],
        "file": "patterns/tunnels.yaml"
      },
      {
        "id": "tunnels-more-hosts",
        "provider": "tunnels",
        "providerName": "Public tunnels",
        "kind": "exfil-sink",
        "name": "Tunnel host (PageKite, LocalXpose, playit.gg, Packetriot, localtunnel.me)",
        "description": "A public tunnel host that forwards to the machine running the client: `<name>.pagekite.me`, `<name>.loclx.io` (LocalXpose), `<name>.ply.gg` (playit.gg), `<name>.pktriot.net` (Packetriot), `<name>.localtunnel.me`. Listed by Emerging Threats and Sigma as tunnel and exfiltration infrastructure.",
        "severity": "medium",
        "keywords": [
          "pagekite.me",
          "loclx.io",
          "ply.gg",
          "pktriot.net",
          "localtunnel.me"
        ],
        "regex": "(?:(?:https?|wss?|tcp)://)?\\b([A-Za-z0-9][A-Za-z0-9-]{2,61}[A-Za-z0-9])\\.(?i:pagekite\\.me|loclx\\.io|ply\\.gg|pktriot\\.net|localtunnel\\.me)",
        "boundary": "A-Za-z0-9_-",
        "placeholders": [
          "example",
          "your",
          "yourname"
        ],
        "remediation": "This is not a credential of yours: it is the public address of a tunnel (Cloudflare Quick\nTunnel, localtunnel, Serveo, localhost.run, Pinggy, Microsoft dev tunnels) that forwards\ntraffic to whatever machine runs the tunnel client. Such addresses are free, need no account\nor a throwaway one, and change on every run, which makes them popular for command-and-control,\npayload hosting and exfiltration (MITRE ATT&CK T1572, T1567.004) as well as for demos.\n1. Find who added the address and why (`git log -S '<host>'`, blame). A tunnel host in\n   production code, a package or a CI step that sends data out is a strong sign of malicious\n   code: treat the system that ran it as compromised and rotate the secrets it could read.\n2. If it is a leftover development URL, move it to configuration that is not committed.\n   Random tunnel names are reused, so an old URL may reach a stranger: stop sending data to it.\n3. Stop tunnels you own when they are not needed; for dev tunnels, keep access private\n   (no anonymous access) and delete the tunnel (`devtunnel delete`).\n4. Block egress to these domains on servers and CI runners that do not need tunnels.\nDo not request the address from the scanner: the request reaches the tunnel owner's machine.\n",
        "references": [
          "https://developers.cloudflare.com/cloudflare-one/connections/connect-networks/do-more-with-tunnels/trycloudflare/",
          "https://github.com/localtunnel/localtunnel",
          "https://localhost.run/docs/",
          "https://pinggy.io/docs/",
          "https://learn.microsoft.com/azure/developer/dev-tunnels/overview",
          "https://attack.mitre.org/techniques/T1572/",
          "https://attack.mitre.org/techniques/T1567/004/"
        ],
        "examples": [],
        "negativeExamples": [],
        "file": "patterns/tunnels.yaml"
      }
    ]
  },
  {
    "id": "webex",
    "name": "Webex",
    "hosts": [
      "webexapis.com",
      "api.ciscospark.com"
    ],
    "file": "patterns/webex.yaml",
    "patterns": [
      {
        "id": "webex-incoming-webhook",
        "provider": "webex",
        "providerName": "Webex",
        "kind": "credential",
        "name": "Webex incoming webhook URL",
        "description": "A Webex incoming webhook URL on `webexapis.com` or the older `api.ciscospark.com`. The ID (base64 of `ciscospark://…/WEBHOOK/<uuid>`) is the secret: anyone who has it can post messages into the space.",
        "severity": "high",
        "keywords": [
          "webexapis.com",
          "api.ciscospark.com"
        ],
        "regex": "(?:https?://)?\\b(?P<host>(?i:webexapis\\.com|api\\.ciscospark\\.com))/v1/webhooks/incoming/(Y2lzY29zcGFyazovL[A-Za-z0-9_=-]{40,160})",
        "boundary": "A-Za-z0-9_=-",
        "placeholders": [],
        "verify": true,
        "remediation": "A Webex incoming webhook URL lets anyone post messages into the space it was created for,\nunder the webhook's name and avatar, which makes it useful for phishing people in that space.\nThe ID in the URL is the only secret.\n1. Sign in to Webex as the user who created the webhook and open the Incoming Webhooks\n   integration on Webex App Hub.\n2. Delete the webhook, then create a new one for the same space if it is still needed.\n   There is no documented API that deletes an incoming webhook by its ID.\n3. Give the new URL to the sender through a secret store or environment variable, and warn\n   the space's members about messages that came through the old webhook.\n",
        "references": [
          "https://developer.webex.com/docs/webhooks",
          "https://apphub.webex.com/"
        ],
        "examples": [],
        "negativeExamples": [],
        "file": "patterns/webex.yaml"
      }
    ]
  },
  {
    "id": "webhook-site",
    "name": "Webhook.site",
    "hosts": [
      "webhook.site",
      "emailhook.site",
      "dnshook.site"
    ],
    "file": "patterns/webhook-site.yaml",
    "patterns": [
      {
        "id": "webhook-site-url",
        "provider": "webhook-site",
        "providerName": "Webhook.site",
        "kind": "exfil-sink",
        "name": "Webhook.site token URL",
        "description": "A `https://webhook.site/<uuid>` capture URL (also the `#!/view/<uuid>` viewer and the `/token/<uuid>` API form). Every request sent to it is stored and readable by whoever has the UUID, so code posting to it leaks data to a third party or is a test artefact.",
        "severity": "high",
        "keywords": [
          "webhook.site"
        ],
        "regex": "(?:https?://)?(?:www\\.)?\\b(?i:webhook\\.site)/(?:#!/(?:view/)?|token/)?([0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12})",
        "boundary": "A-Za-z0-9_-",
        "placeholders": [],
        "remediation": "This is not a credential of yours: it is a Webhook.site token, a public inbox that records\nevery HTTP request, e-mail or DNS query sent to it. Whoever holds the UUID (and Webhook.site\nitself) can read everything that reaches it. Code that sends data there is either a leftover\ntest/debug hook or an exfiltration channel (MITRE ATT&CK T1567.004).\n1. Find out who added the URL and why (`git log -S '<uuid>'`, the blame of the line, the\n   package or build step that contains it). Unknown URLs in dependencies, install scripts,\n   CI workflows or minified bundles are a strong sign of malicious code.\n2. If it was not put there on purpose, treat the machine or pipeline as compromised: remove\n   the code, rotate every secret the code could read (environment variables, CI tokens, cloud\n   keys, cookies) and review CI logs for runs that executed it.\n3. If it is a test artefact, replace it with a local mock or an endpoint you control and assume\n   that everything already sent there is public.\n4. Block egress to webhook.site, emailhook.site and dnshook.site on CI runners and servers\n   that do not need them.\nDo not request, read or delete the token from the scanner: requests are logged and may alert\nits owner, and deleting it destroys evidence. Report abuse to Webhook.site support instead.\n",
        "references": [
          "https://docs.webhook.site/api/tokens.html",
          "https://attack.mitre.org/techniques/T1567/004/"
        ],
        "examples": [],
        "negativeExamples": [],
        "file": "patterns/webhook-site.yaml"
      },
      {
        "id": "webhook-site-subdomain",
        "provider": "webhook-site",
        "providerName": "Webhook.site",
        "kind": "exfil-sink",
        "name": "Webhook.site token subdomain",
        "description": "The subdomain form `https://<uuid>.webhook.site` of a Webhook.site token. It captures requests exactly like the path form and is used where only a host name can be injected.",
        "severity": "high",
        "keywords": [
          "webhook.site"
        ],
        "regex": "(?:https?://)?\\b([0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12})\\.(?i:webhook\\.site)",
        "boundary": "A-Za-z0-9_-",
        "placeholders": [],
        "remediation": "This is not a credential of yours: it is a Webhook.site token, a public inbox that records\nevery HTTP request, e-mail or DNS query sent to it. Whoever holds the UUID (and Webhook.site\nitself) can read everything that reaches it. Code that sends data there is either a leftover\ntest/debug hook or an exfiltration channel (MITRE ATT&CK T1567.004).\n1. Find out who added the URL and why (`git log -S '<uuid>'`, the blame of the line, the\n   package or build step that contains it). Unknown URLs in dependencies, install scripts,\n   CI workflows or minified bundles are a strong sign of malicious code.\n2. If it was not put there on purpose, treat the machine or pipeline as compromised: remove\n   the code, rotate every secret the code could read (environment variables, CI tokens, cloud\n   keys, cookies) and review CI logs for runs that executed it.\n3. If it is a test artefact, replace it with a local mock or an endpoint you control and assume\n   that everything already sent there is public.\n4. Block egress to webhook.site, emailhook.site and dnshook.site on CI runners and servers\n   that do not need them.\nDo not request, read or delete the token from the scanner: requests are logged and may alert\nits owner, and deleting it destroys evidence. Report abuse to Webhook.site support instead.\n",
        "references": [
          "https://docs.webhook.site/api/tokens.html",
          "https://attack.mitre.org/techniques/T1567/004/"
        ],
        "examples": [],
        "negativeExamples": [],
        "file": "patterns/webhook-site.yaml"
      },
      {
        "id": "webhook-site-email",
        "provider": "webhook-site",
        "providerName": "Webhook.site",
        "kind": "exfil-sink",
        "name": "Webhook.site e-mail address",
        "description": "A `<uuid>@emailhook.site` (or older `<uuid>@email.webhook.site`) address. Mail sent to it is shown to whoever holds the UUID, so it works as an exfiltration or test mailbox.",
        "severity": "high",
        "keywords": [
          "emailhook.site",
          "email.webhook.site"
        ],
        "regex": "(?:mailto:)?\\b([0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12})@(?i:emailhook\\.site|email\\.webhook\\.site)",
        "boundary": "A-Za-z0-9_-",
        "placeholders": [],
        "remediation": "This is not a credential of yours: it is a Webhook.site token, a public inbox that records\nevery HTTP request, e-mail or DNS query sent to it. Whoever holds the UUID (and Webhook.site\nitself) can read everything that reaches it. Code that sends data there is either a leftover\ntest/debug hook or an exfiltration channel (MITRE ATT&CK T1567.004).\n1. Find out who added the URL and why (`git log -S '<uuid>'`, the blame of the line, the\n   package or build step that contains it). Unknown URLs in dependencies, install scripts,\n   CI workflows or minified bundles are a strong sign of malicious code.\n2. If it was not put there on purpose, treat the machine or pipeline as compromised: remove\n   the code, rotate every secret the code could read (environment variables, CI tokens, cloud\n   keys, cookies) and review CI logs for runs that executed it.\n3. If it is a test artefact, replace it with a local mock or an endpoint you control and assume\n   that everything already sent there is public.\n4. Block egress to webhook.site, emailhook.site and dnshook.site on CI runners and servers\n   that do not need them.\nDo not request, read or delete the token from the scanner: requests are logged and may alert\nits owner, and deleting it destroys evidence. Report abuse to Webhook.site support instead.\n",
        "references": [
          "https://docs.webhook.site/api/tokens.html",
          "https://attack.mitre.org/techniques/T1567/004/"
        ],
        "examples": [],
        "negativeExamples": [],
        "file": "patterns/webhook-site.yaml"
      },
      {
        "id": "webhook-site-dns",
        "provider": "webhook-site",
        "providerName": "Webhook.site",
        "kind": "exfil-sink",
        "name": "Webhook.site DNS hostname",
        "description": "A `<uuid>.dnshook.site` host name (usually with data encoded in extra labels in front). Every DNS lookup of it is logged for the token owner, which makes it a DNS exfiltration channel.",
        "severity": "high",
        "keywords": [
          "dnshook.site"
        ],
        "regex": "\\b([0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12})\\.(?i:dnshook\\.site)",
        "boundary": "A-Za-z0-9_-",
        "placeholders": [],
        "remediation": "This is not a credential of yours: it is a Webhook.site token, a public inbox that records\nevery HTTP request, e-mail or DNS query sent to it. Whoever holds the UUID (and Webhook.site\nitself) can read everything that reaches it. Code that sends data there is either a leftover\ntest/debug hook or an exfiltration channel (MITRE ATT&CK T1567.004).\n1. Find out who added the URL and why (`git log -S '<uuid>'`, the blame of the line, the\n   package or build step that contains it). Unknown URLs in dependencies, install scripts,\n   CI workflows or minified bundles are a strong sign of malicious code.\n2. If it was not put there on purpose, treat the machine or pipeline as compromised: remove\n   the code, rotate every secret the code could read (environment variables, CI tokens, cloud\n   keys, cookies) and review CI logs for runs that executed it.\n3. If it is a test artefact, replace it with a local mock or an endpoint you control and assume\n   that everything already sent there is public.\n4. Block egress to webhook.site, emailhook.site and dnshook.site on CI runners and servers\n   that do not need them.\nDo not request, read or delete the token from the scanner: requests are logged and may alert\nits owner, and deleting it destroys evidence. Report abuse to Webhook.site support instead.\n",
        "references": [
          "https://docs.webhook.site/api/tokens.html",
          "https://attack.mitre.org/techniques/T1567/004/"
        ],
        "examples": [],
        "negativeExamples": [],
        "file": "patterns/webhook-site.yaml"
      }
    ]
  },
  {
    "id": "wecom",
    "name": "WeCom (WeChat Work)",
    "hosts": [
      "qyapi.weixin.qq.com"
    ],
    "file": "patterns/wecom.yaml",
    "patterns": [
      {
        "id": "wecom-robot-webhook",
        "provider": "wecom",
        "providerName": "WeCom (WeChat Work)",
        "kind": "credential",
        "name": "WeCom group robot webhook URL",
        "description": "A WeCom (企业微信) group robot webhook; the UUID `key` lets anyone post text, markdown, images, files and cards into the group and upload media through `upload_media`.",
        "severity": "high",
        "keywords": [
          "qyapi"
        ],
        "regex": `https?://(?P<host>(?i:qyapi\\.weixin\\.qq\\.com))/cgi-bin/webhook/(?:send|upload_media)\\?(?:[^\\s"'<>#]{0,256}[&;])?key=([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})`,
        "boundary": "A-Za-z0-9_-",
        "placeholders": [],
        "verify": true,
        "remediation": "A WeCom group robot `key` cannot be rotated through an API; a member of the group has to\nremove the robot:\n\n1. Open the group chat in WeCom → *Group Robots* (群机器人) → select the robot.\n2. Remove the robot from the group; its `key` stops working immediately.\n3. Add a new robot if the integration is still needed and copy its new webhook URL.\n4. Keep the new URL in a secret manager or CI secret instead of the repository, and remove\n   the old URL from git history if the repository is public.\n",
        "references": [
          "https://developer.work.weixin.qq.com/document/path/91770"
        ],
        "examples": [],
        "negativeExamples": [],
        "file": "patterns/wecom.yaml"
      }
    ]
  },
  {
    "id": "zapier",
    "name": "Zapier",
    "hosts": [
      "hooks.zapier.com"
    ],
    "file": "patterns/zapier.yaml",
    "patterns": [
      {
        "id": "zapier-webhook",
        "provider": "zapier",
        "providerName": "Zapier",
        "kind": "credential",
        "name": "Zapier webhook URL",
        "description": `A "Webhooks by Zapier" catch hook or an app's standard (REST) hook. Anyone who has the URL can start the Zap with any data, so they can feed it forged records or run up the task quota.`,
        "severity": "high",
        "keywords": [
          "hooks.zapier.com"
        ],
        "regex": "(?:https?://)?\\b(?i:hooks\\.zapier\\.com)/hooks/(?:catch|standard)/([0-9]{4,10}/[A-Za-z0-9]{5,40})",
        "boundary": "A-Za-z0-9_-",
        "placeholders": [
          "123456/abcdef",
          "abcd1234efgh5678"
        ],
        "remediation": 'Anyone who has a Zapier catch hook URL can start the Zap with data of their choosing, and every\ncall uses up a task. Zapier has no public API for rotating a hook, so do it in the Zap editor:\n1. Open the Zap that owns the hook (the account ID and hook ID are in the URL path) and turn it off.\n2. Delete the "Webhooks by Zapier" trigger step, or the Zap itself, and add a new trigger. The new\n   trigger gets a new URL. For a `standard` hook, turn the app\'s Zap off and on again so that the\n   app subscribes a new URL.\n3. Put the new URL in a secret store or environment variable, not in source, and check the Zap\n   history for runs you did not start.\nDo not test the old URL: any request that Zapier accepts runs the Zap.\n',
        "references": [
          "https://help.zapier.com/hc/en-us/articles/8496288690317-Trigger-Zaps-from-webhooks",
          "https://zapier.com/apps/webhook/integrations"
        ],
        "examples": [],
        "negativeExamples": [],
        "file": "patterns/zapier.yaml"
      }
    ]
  }
];
function builtinProviders() {
  return PROVIDERS;
}

// src/action/commands.ts
var MAX_ERROR_ANNOTATIONS = 10;
function escapeData(s) {
  return s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s) {
  return escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
function command(name, props, data) {
  const p = Object.entries(props).filter((e) => e[1] !== void 0 && e[1] !== "").map(([k, v]) => `${k}=${escapeProperty(String(v))}`).join(",");
  return `::${name}${p ? ` ${p}` : ""}::${escapeData(data)}`;
}
function secretsToMask(findings) {
  const out = /* @__PURE__ */ new Set();
  for (const f of findings) {
    for (const s of [f.secret, f.url, encodeURIComponent(f.secret), ...f.secret.split(/[/:@.?&=]/)]) {
      if (s.length >= 8) out.add(s);
    }
  }
  return [...out].sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0));
}
function maskLines(findings) {
  return secretsToMask(findings).map((s) => `::add-mask::${escapeData(s)}`);
}
function annotationLines(findings, remediation) {
  const lines = [];
  for (const f of findings.slice(0, MAX_ERROR_ANNOTATIONS)) {
    const l = f.locations[0];
    if (!l) continue;
    const where = l.commit ? ` (commit ${l.commit.slice(0, 12)})` : "";
    const more = f.locations.length + (f.moreLocations ?? 0) - 1;
    const also = more > 0 ? ` Also seen in ${more} other place${more === 1 ? "" : "s"}.` : "";
    const verdict2 = f.verification ? ` Verification: ${f.verification.status}.` : "";
    const what = f.kind === "exfil-sink" ? "Exfiltration sink" : "Hardcoded webhook";
    lines.push(
      command(
        "error",
        { file: l.path, line: l.line, col: l.column, endLine: l.endLine, endColumn: l.endLine === l.line ? l.endColumn : void 0, title: `hookscan: ${f.providerName} ${f.name}` },
        `${what} ${f.redactedUrl}${where}.${verdict2}${also} ${remediation(f)} (rule ${f.ruleId}, fingerprint ${f.fingerprint})`
      )
    );
  }
  const rest = findings.length - Math.min(findings.length, MAX_ERROR_ANNOTATIONS);
  if (rest > 0) {
    lines.push(command("notice", { title: "hookscan" }, `${rest} more finding${rest === 1 ? " is" : "s are"} not annotated (GitHub shows ${MAX_ERROR_ANNOTATIONS} error annotations per step): see the job summary and the SARIF file`));
  }
  return lines;
}
function outputLines(outputs, delimiter) {
  return Object.entries(outputs).map(([k, v]) => {
    const s = String(v);
    return s.includes("\n") ? `${k}<<${delimiter}
${s}
${delimiter}
` : `${k}=${s}
`;
  }).join("");
}

// src/action/event.ts
var MODES = ["auto", "diff", "history", "worktree"];
var ZERO = /^0{40}(?:0{24})?$/;
var SHA = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;
var PR_EVENTS = /* @__PURE__ */ new Set(["pull_request", "pull_request_target", "pull_request_review", "pull_request_review_comment"]);
function sha(v, what) {
  if (typeof v !== "string" || !SHA.test(v)) throw new UsageError(`the event payload has no valid ${what} (got ${JSON.stringify(v)}); set the range input instead`);
  return v;
}
var short = (s) => s.slice(0, 7);
function planScan(eventName, payload, mode, range) {
  if (range) return { kind: "explicit-range", range, describe: `range ${range}` };
  if (mode === "history") return { kind: "history", describe: "full history (every commit of every fetched ref)" };
  if (mode === "worktree") return { kind: "worktree", describe: "working tree" };
  const p = payload ?? {};
  if (PR_EVENTS.has(eventName) && p.pull_request) {
    const pr = p.pull_request;
    const base = sha(pr.base?.sha, "pull_request.base.sha");
    const head = sha(pr.head?.sha, "pull_request.head.sha");
    const n = pr.number !== void 0 ? `#${pr.number}` : "";
    const baseRepo = pr.base?.repo?.full_name;
    const headRepo = pr.head?.repo?.full_name;
    const fork = pr.head?.repo === null || !!baseRepo && !!headRepo && baseRepo !== headRepo;
    const commits = typeof pr.commits === "number" ? pr.commits : void 0;
    const describe = `pull request ${n} (${commits ?? "?"} commit${commits === 1 ? "" : "s"}, ${short(base)}..${short(head)})`.replace("  ", " ");
    if (commits === 0 || base === head) return { kind: "nothing", describe, reason: "the pull request has no commits of its own (its head is already in its base)" };
    return { kind: "range", describe, base, head, commits, fork };
  }
  if (eventName === "merge_group" && p.merge_group) {
    const base = sha(p.merge_group.base_sha, "merge_group.base_sha");
    const head = sha(p.merge_group.head_sha, "merge_group.head_sha");
    const describe = `merge queue group ${short(base)}..${short(head)}`;
    if (base === head) return { kind: "nothing", describe, reason: "the merge group adds no commits" };
    return { kind: "range", describe, base, head };
  }
  if (eventName === "push" && typeof p.after === "string") {
    const ref = p.ref ?? "";
    if (p.deleted || ZERO.test(p.after)) return { kind: "nothing", describe: `push deleting ${ref}`, reason: `${ref || "the ref"} was deleted: nothing was pushed` };
    const after = sha(p.after, "after");
    const branch = ref.startsWith("refs/heads/") ? ref.slice("refs/heads/".length) : void 0;
    if (p.created || !p.before || ZERO.test(p.before)) {
      return { kind: "new-branch", describe: `new ${branch ? `branch ${branch}` : ref || "ref"} at ${short(after)} (its commits that no other branch has)`, head: after, branch };
    }
    const before = sha(p.before, "before");
    const describe = `push to ${ref || "a ref"} ${short(before)}..${short(after)}${p.forced ? " (forced)" : ""}`;
    if (before === after) return { kind: "nothing", describe, reason: "the push moved nothing" };
    return { kind: "range", describe, base: before, head: after, branch };
  }
  if (mode === "diff") {
    throw new UsageError(`mode 'diff' scans what a pull request or a push adds, but this run is a '${eventName || "unknown"}' event: use mode history or worktree, or set the range input`);
  }
  return { kind: "history", describe: `full history (${eventName || "manual"} run; every commit of every fetched ref)` };
}

// src/action/history.ts
import { existsSync as existsSync3, readFileSync as readFileSync3 } from "node:fs";
import { isAbsolute as isAbsolute3, join as join3 } from "node:path";
var CHECKOUT_HINT = "check out with `fetch-depth: 0` (actions/checkout) so that the history is already there";
var Git = class {
  constructor(cwd, env) {
    this.cwd = cwd;
    this.env = env;
  }
  cwd;
  env;
  async run(args) {
    const r = await runGit(args, { cwd: this.cwd, env: { ...this.env, GIT_TERMINAL_PROMPT: "0" }, purpose: "the runner image should have it" });
    return { code: r.code, stdout: r.stdout.toString("utf8"), stderr: r.stderr };
  }
  async ok(args) {
    return (await this.run(args)).code === 0;
  }
  async lines(args) {
    const r = await this.run(args);
    if (r.code !== 0) throw gitFailed(args, r.code, r.stderr, { cwd: this.cwd });
    return r.stdout.split("\n").filter(Boolean);
  }
  hasCommit(sha2) {
    return this.ok(["cat-file", "-e", `${sha2}^{commit}`]);
  }
  async isShallow() {
    return (await this.lines(["rev-parse", "--is-shallow-repository"]))[0] === "true";
  }
  /** The commits git treats as having no parents because their parents were not fetched. */
  async shallowCommits() {
    const [p] = await this.lines(["rev-parse", "--git-path", "shallow"]);
    const file = isAbsolute3(p) ? p : join3(this.cwd, p);
    return new Set(existsSync3(file) ? readFileSync3(file, "utf8").split("\n").filter(Boolean) : []);
  }
  async hasRemote(name) {
    return (await this.run(["remote"])).stdout.split("\n").includes(name);
  }
};
var firstLine2 = gitFailureLine;
async function prepareHistory(git, plan) {
  const notes = [];
  const warnings = [];
  if (plan.kind === "worktree") return { notes, warnings };
  if (plan.kind === "nothing") return { nothing: plan.reason, notes, warnings };
  const inside = await git.run(["rev-parse", "--git-dir"]);
  if (inside.code !== 0) {
    throw new UsageError(
      `${git.cwd} is not a git repository (${firstLine2(inside.stderr) || "git rev-parse failed"}): add actions/checkout before hookscan (with fetch-depth: 0 for a history scan), or set mode: worktree to scan the files only`
    );
  }
  const fetch = async (args) => {
    if (!await git.hasRemote("origin")) throw new UsageError(`the checkout has no 'origin' remote to fetch the missing history from: ${CHECKOUT_HINT}`);
    const r = await git.run(["fetch", "--no-tags", "--no-recurse-submodules", "--quiet", ...args]);
    if (r.code !== 0) throw new UsageError(`could not fetch the commits to scan from origin (${firstLine2(r.stderr) || `git exit ${r.code}`}): ${CHECKOUT_HINT}`);
  };
  const depths = (start) => [start, start * 4, start * 16, start * 64];
  if (plan.kind === "history" || plan.kind === "explicit-range") {
    if (await git.isShallow()) {
      try {
        await fetch(["--unshallow", "--tags", "origin", "+refs/heads/*:refs/remotes/origin/*"]);
        notes.push("the checkout was shallow: fetched the full history of every branch from origin");
      } catch (e) {
        warnings.push(`the checkout is shallow and the rest of the history could not be fetched (${e.message}); only the commits present were scanned, their oldest as if they added every file`);
      }
    }
    if (plan.kind === "history") return { mode: { kind: "history" }, notes, warnings };
    return { mode: { kind: "range", range: plan.range }, notes, warnings };
  }
  if (plan.kind === "range") {
    const { base, head: head2 } = plan;
    const check2 = async () => {
      if (!await git.hasCommit(head2)) return "missing-head";
      if (!await git.hasCommit(base)) return "missing-base";
      const shallow = await git.shallowCommits();
      if (shallow.size === 0) return "ok";
      const list = await git.lines(["rev-list", `${base}..${head2}`]);
      if (list.some((c) => shallow.has(c))) return "shallow";
      if (plan.commits !== void 0 && list.length !== plan.commits) return "count";
      if (!await git.ok(["merge-base", base, head2])) return "shallow";
      return "ok";
    };
    let state2 = await check2();
    if (state2 !== "ok") {
      const targets = ["origin", base, head2];
      const fetchBoth = async (depth) => {
        try {
          await fetch([...depth, ...targets]);
        } catch (e) {
          if (plan.branch === void 0) throw e;
          await fetch([...depth, "origin", head2]);
        }
      };
      if (!await git.isShallow()) {
        await fetchBoth([]);
        notes.push(`fetched ${base.slice(0, 7)} and ${head2.slice(0, 7)} from origin`);
        state2 = await check2();
      } else {
        let fetched = 0;
        for (const depth of depths(Math.max((plan.commits ?? 0) + 1, 50))) {
          await fetchBoth([`--depth=${depth}`]);
          fetched = depth;
          state2 = await check2();
          if (state2 === "ok" || state2 === "missing-base" || state2 === "missing-head") break;
        }
        if (state2 === "shallow" || state2 === "count") {
          await fetchBoth(["--unshallow"]);
          fetched = -1;
          state2 = await check2();
        }
        notes.push(`the checkout was shallow: fetched ${fetched < 0 ? "the full history" : `${fetched} commits of history`} of ${base.slice(0, 7)} and ${head2.slice(0, 7)} from origin`);
      }
    }
    if (state2 === "missing-head") throw new UsageError(`commit ${head2} is not in the checkout and could not be fetched: ${CHECKOUT_HINT}`);
    if (state2 === "missing-base") {
      if (plan.branch === void 0) throw new UsageError(`commit ${base} is not in the checkout and could not be fetched: ${CHECKOUT_HINT}`);
      warnings.push(`the previous head ${base.slice(0, 7)} of ${plan.branch} is gone (a forced push?): scanning the commits of ${plan.branch} that no other branch has`);
      return prepareHistory(git, { kind: "new-branch", describe: plan.describe, head: head2, branch: plan.branch }).then((p) => ({ ...p, notes: [...notes, ...p.notes], warnings: [...warnings, ...p.warnings] }));
    }
    if (state2 === "count") warnings.push(`the range ${base.slice(0, 7)}..${head2.slice(0, 7)} does not hold the ${plan.commits} commits the event names; scanned what it holds`);
    return { mode: { kind: "range", range: `${base}..${head2}` }, notes, warnings };
  }
  const { head, branch } = plan;
  const revs = [head, "--not", ...branch ? [`--exclude=origin/${branch}`] : [], "--remotes=origin"];
  const check = async () => {
    if (!await git.hasCommit(head)) return "missing-head";
    const shallow = await git.shallowCommits();
    if (shallow.size === 0) return "ok";
    const list = await git.lines(["rev-list", ...revs]);
    return list.some((c) => shallow.has(c)) ? "shallow" : "ok";
  };
  let state = await check();
  const others = ["+refs/heads/*:refs/remotes/origin/*"];
  if (state !== "ok" || await git.isShallow()) {
    let fetched = 0;
    for (const depth of depths(50)) {
      await fetch([`--depth=${depth}`, "origin", head, ...others]);
      fetched = depth;
      state = await check();
      if (state === "ok") break;
    }
    if (state === "shallow") {
      await fetch(["--unshallow", "origin", head, ...others]);
      fetched = -1;
      state = await check();
    }
    notes.push(`fetched ${fetched < 0 ? "the full history" : `${fetched} commits of history`} of every branch from origin to tell the new commits`);
  }
  if (state === "missing-head") throw new UsageError(`commit ${head} is not in the checkout and could not be fetched: ${CHECKOUT_HINT}`);
  return { mode: { kind: "range", range: revs.join(" "), revs }, notes, warnings };
}

// src/action/inputs.ts
function getInput(env, name) {
  return (env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] ?? "").trim();
}
function bool(env, name, fallback) {
  const v = getInput(env, name);
  if (v === "") return fallback;
  if (["true", "True", "TRUE"].includes(v)) return true;
  if (["false", "False", "FALSE"].includes(v)) return false;
  throw new UsageError(`input '${name}' must be true or false, got '${v}'`);
}
function oneOf(env, name, choices, fallback) {
  const v = getInput(env, name) || fallback;
  if (!choices.includes(v)) throw new UsageError(`input '${name}' must be one of ${choices.join(", ")}, got '${v}'`);
  return v;
}
function readInputs(env) {
  const range = getInput(env, "range");
  if (range.startsWith("-")) throw new UsageError(`input 'range' must be a revision range such as origin/main..HEAD, got '${range}'`);
  const paths = getInput(env, "paths").split(/\s+/).filter(Boolean);
  for (const p of paths) if (p.split(/[\\/]/).includes("..")) throw new UsageError(`input 'paths': '${p}' leaves the workspace`);
  return {
    mode: oneOf(env, "mode", MODES, "auto"),
    range,
    paths: paths.length ? paths : ["."],
    config: getInput(env, "config"),
    verify: bool(env, "verify", false),
    failOn: oneOf(env, "fail-on", FAIL_ON, "any"),
    redact: bool(env, "redact", true),
    baseline: getInput(env, "baseline"),
    sarifFile: getInput(env, "sarif-file")
  };
}

// src/action/summary.ts
var MAX_SUMMARY_ROWS = 200;
var ITEM = /^\s*(?:\d+[.)]|[-*])\s+/;
function remediationLine(markdown) {
  const lines = markdown.split("\n");
  const at = lines.findIndex((l) => ITEM.test(l));
  const picked = [];
  if (at >= 0) {
    picked.push(lines[at].replace(ITEM, ""));
    for (const l of lines.slice(at + 1)) {
      if (!l.trim() || ITEM.test(l) || !/^\s/.test(l)) break;
      picked.push(l);
    }
  } else {
    for (const l of lines.map((x) => x.trim()).filter((x) => !x.startsWith("#"))) {
      if (!l && picked.length) break;
      if (l) picked.push(l);
    }
  }
  const text = picked.map((l) => l.trim()).join(" ").replace(/\*\*|__|`/g, "").replace(/\[([^\]]+)\]\([^)]+\)/g, "$1").replace(/\s+/g, " ").trim();
  if (text.length <= 300) return text;
  const cut = text.slice(0, 300);
  const end = Math.max(cut.lastIndexOf(". "), cut.lastIndexOf("; "));
  return end > 120 ? cut.slice(0, end + 1) : `${cut.slice(0, cut.lastIndexOf(" "))}…`;
}
function cell(s) {
  return s.replace(/\\/g, "\\\\").replace(/\|/g, "\\|").replace(/\r?\n/g, " ").replace(/</g, "&lt;");
}
function code(s) {
  return `\`${s.replace(/`/g, "'").replace(/\|/g, "\\|").replace(/\r?\n/g, " ")}\``;
}
function location(f) {
  const l = f.locations[0];
  if (!l) return "";
  const at = `${l.path}:${l.line}`;
  const more = f.locations.length + (f.moreLocations ?? 0) - 1;
  return `${code(at)}${l.commit ? ` @ ${code(l.commit.slice(0, 7))}` : ""}${more > 0 ? ` (+${more} more)` : ""}`;
}
function renderSummary(s) {
  const { findings, stats } = s.result;
  const byId = new Map(s.patterns.map((p) => [p.id, p]));
  const out = [];
  const n = findings.length;
  const title = s.nothing ? "nothing to scan" : n === 0 ? "no webhook URLs found" : `${n} webhook URL${n === 1 ? "" : "s"} found`;
  out.push(`## ${n > 0 ? "🚨" : "✅"} hookscan: ${title}`, "");
  out.push(`**Scanned:** ${cell(s.scanned)}`);
  if (s.nothing) {
    out.push("", cell(s.nothing));
  } else {
    const units = stats.commitsScanned !== void 0 ? `${stats.commitsScanned} commit(s), ${stats.blobsScanned ?? stats.filesScanned} blob(s)` : `${stats.filesScanned} file(s)`;
    out.push(`**Read:** ${units}, ${stats.filesSkipped} skipped, ${stats.suppressed} suppressed (allowlist, baseline, hookscan:allow) in ${(stats.durationMs / 1e3).toFixed(1)} s`);
  }
  if (s.warnings.length) out.push("", ...s.warnings.map((w) => `> [!WARNING]
> ${cell(w)}
`));
  if (n > 0) {
    out.push("", "| Provider | Rule | Location | URL (redacted) | Verdict | Remediation |", "|---|---|---|---|---|---|");
    for (const f of findings.slice(0, MAX_SUMMARY_ROWS)) {
      const p = byId.get(f.ruleId);
      const verdict2 = f.verification ? `**${f.verification.status}**${f.verification.reason ? ` — ${cell(f.verification.reason)}` : ""}` : s.verified ? "not checked" : "not verified";
      out.push(`| ${cell(f.providerName)} | ${code(f.ruleId)} | ${location(f)} | ${code(f.redactedUrl)} | ${verdict2} | ${cell(p ? remediationLine(p.remediation) : "")} |`);
    }
    if (n > MAX_SUMMARY_ROWS) out.push("", `…and ${n - MAX_SUMMARY_ROWS} more: see the SARIF file${s.sarifFile ? ` (${code(s.sarifFile)})` : ""}.`);
    out.push(
      "",
      "A webhook URL is a credential: deleting it from the code does not help, because it stays in the history and still works.",
      "Revoke or rotate it at the provider first, then remove it (read it from a secret store). A false positive: add `hookscan:allow` to the line, or its fingerprint to `allow-fingerprints` in `.hookscan.yaml`."
    );
  }
  out.push("", `<sub>hookscan ${cell(s.version)} · fail-on: ${cell(s.failOn)}${s.failed ? " (failing this step)" : ""} · regex engine: ${cell(s.engine)}</sub>`, "");
  return scrubFindings(out.join("\n"), findings);
}

// src/action/index.ts
var EMPTY = {
  findings: [],
  stats: { filesScanned: 0, bytesScanned: 0, filesSkipped: 0, skipped: [], findings: 0, suppressed: 0, durationMs: 0 }
};
function readEvent(env) {
  const file = env.GITHUB_EVENT_PATH;
  if (!file || !existsSync4(file)) return {};
  try {
    return JSON.parse(readFileSync4(file, "utf8"));
  } catch (e) {
    throw new UsageError(`cannot read the event payload ${file}: ${e.message}`, { cause: e });
  }
}
async function runAction(io) {
  const { env } = io;
  const pending = [];
  let secrets = [];
  let opened = false;
  const open = (findings) => {
    if (opened) return;
    opened = true;
    secrets = findings.flatMap((f) => secretForms(f));
    for (const l of maskLines(findings)) io.stdout.write(`${l}
`);
    for (const l of pending) io.stdout.write(`${l}
`);
    pending.length = 0;
  };
  const print = (line) => {
    const safe = scrubSecrets(line, secrets);
    if (opened) io.stdout.write(`${safe}
`);
    else pending.push(safe);
  };
  try {
    const inputs = readInputs(env);
    checkFailOn(inputs.failOn, inputs.verify, { failOn: "fail-on 'live'", verify: "verify: true" });
    const workspace2 = resolve4(env.GITHUB_WORKSPACE || io.cwd);
    const eventName = env.GITHUB_EVENT_NAME ?? "";
    const plan = planScan(eventName, readEvent(env), inputs.mode, inputs.range);
    const config = inputs.config ? loadConfig(resolve4(workspace2, inputs.config), true) : loadConfig(join4(workspace2, CONFIG_FILE), false);
    const providers = builtinProviders();
    const sarifFile = inputs.sarifFile ? resolve4(workspace2, inputs.sarifFile) : join4(env.RUNNER_TEMP || workspace2, "hookscan.sarif");
    print(`hookscan ${VERSION}: scanning the ${plan.describe} of ${workspace2} (regex engine: ${REGEX_ENGINE})`);
    if (plan.kind === "range" && plan.fork) {
      print(
        command("notice", { title: "hookscan" }, "a pull request from a fork: its token is read-only, so a SARIF upload step cannot publish to code scanning (it needs security-events: write). The annotations, the job summary and the exit status still report every finding.")
      );
    }
    const prepared = await prepareHistory(new Git(workspace2, env), plan);
    for (const n2 of prepared.notes) print(`hookscan: ${n2}`);
    const announce = (r) => {
      open(r.findings);
      if (prepared.nothing !== void 0) print(`hookscan: nothing to scan: ${prepared.nothing}`);
      for (const w of prepared.warnings) print(command("warning", { title: "hookscan" }, w));
      if (inputs.verify && r.findings.length) print(`hookscan: verifying ${r.findings.length} URL(s) with their providers (no message is sent)`);
    };
    const request = { cwd: workspace2, config, providers, baselineFile: inputs.baseline, format: "sarif", noRedact: !inputs.redact, failOn: inputs.failOn, verify: inputs.verify ? {} : void 0 };
    let response;
    if (prepared.nothing === void 0) {
      const jobs = availableParallelism3();
      if (!prepared.mode) {
        for (const p of inputs.paths) if (!existsSync4(resolve4(workspace2, p))) throw new UsageError(`input 'paths': ${p} does not exist in the workspace`);
      }
      const source = prepared.mode ? new GitSource({ repo: workspace2, mode: prepared.mode, maxFileSize: config.maxFileSize }) : new WorktreeSource({ paths: inputs.paths.map((p) => resolve4(workspace2, p)), root: workspace2, exclude: config.exclude, maxFileSize: config.maxFileSize, jobs });
      response = await scanCommand({ ...request, paths: [workspace2], source, jobs, within: prepared.mode ? inputs.paths : void 0, onScanned: announce });
    } else {
      announce(EMPTY);
      const patterns2 = activePatterns({ providers }, config);
      response = { result: EMPTY, rendered: renderResult(EMPTY, { format: "sarif", noRedact: !inputs.redact, patterns: patterns2 }), exitCode: EXIT.clean, patterns: patterns2, config };
    }
    const { result, patterns, rendered: sarif } = response;
    const byId = new Map(patterns.map((p) => [p.id, p]));
    const remediation = (f) => remediationLine(byId.get(f.ruleId)?.remediation ?? "");
    for (const l of annotationLines(result.findings, remediation)) print(l);
    const live = result.findings.filter((f) => f.verification?.status === "live").length;
    const failed = response.exitCode === EXIT.findings;
    try {
      mkdirSync(dirname(sarifFile), { recursive: true });
      writeFileSync(sarifFile, sarif, { mode: inputs.redact ? 420 : 384 });
    } catch (e) {
      throw new UsageError(`cannot write the SARIF file ${sarifFile}: ${e.message}`, { cause: e });
    }
    if (env.GITHUB_STEP_SUMMARY) {
      const summary2 = renderSummary({
        result,
        patterns,
        scanned: plan.describe,
        failOn: inputs.failOn,
        failed,
        verified: inputs.verify,
        engine: REGEX_ENGINE,
        version: VERSION,
        warnings: prepared.warnings,
        sarifFile: isAbsolute4(sarifFile) && sarifFile.startsWith(workspace2) ? relative3(workspace2, sarifFile) : sarifFile,
        nothing: prepared.nothing
      });
      appendFileSync(env.GITHUB_STEP_SUMMARY, summary2);
    }
    if (env.GITHUB_OUTPUT) {
      appendFileSync(env.GITHUB_OUTPUT, outputLines({ findings: result.findings.length, live, sarif: sarifFile }, `hookscan_${randomUUID()}`));
    }
    const n = result.findings.length;
    const tail = failed ? `failing the step (fail-on: ${inputs.failOn})` : `not failing (fail-on: ${inputs.failOn})`;
    print(
      prepared.nothing !== void 0 ? "hookscan: nothing scanned, nothing found" : `hookscan: ${n} finding${n === 1 ? "" : "s"}${inputs.verify ? `, ${live} live` : ""} in the ${plan.describe}; ${tail}. SARIF: ${sarifFile}`
    );
    return failed ? EXIT.findings : EXIT.clean;
  } catch (err) {
    open([]);
    print(command("error", { title: "hookscan" }, describeError(err)));
    if (!(err instanceof HookscanError) && env.RUNNER_DEBUG === "1") {
      for (const l of String(err?.stack ?? "").split("\n")) print(`::debug::${l}`);
    }
    return EXIT.error;
  }
}

// src/action/entry.ts
var workspace = process.env.GITHUB_WORKSPACE;
if (workspace) {
  const n = Number(process.env.GIT_CONFIG_COUNT ?? 0) || 0;
  process.env[`GIT_CONFIG_KEY_${n}`] = "safe.directory";
  process.env[`GIT_CONFIG_VALUE_${n}`] = workspace;
  process.env.GIT_CONFIG_COUNT = String(n + 1);
}
process.env.GIT_TERMINAL_PROMPT = "0";
process.exitCode = await runAction({ env: process.env, stdout: process.stdout, cwd: process.cwd() });
