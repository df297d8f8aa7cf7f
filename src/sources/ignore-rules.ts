/**
 * One set of gitignore rules (a .gitignore, .hookscanignore or the config's excludes), matched by
 * the `ignore` package, for a walk that asks about each path once, top down.
 *
 * `ignore`'s own `test(path)` also tests every parent folder of the path, with this one set of
 * rules, and says "ignored" when a parent is. In a walk that is wrong where a deeper .gitignore
 * re-includes a folder (`sub/*` at the root, `!b/` in sub/.gitignore): git walks into sub/b and
 * checks each file inside against each .gitignore by the file's own path, but `ignore` asked by the
 * root's rules about sub/b/f.txt answers for sub/b/ — and the file was lost. The walk never enters
 * an ignored folder, so the parents are settled: `test` asks about the path alone.
 *
 * That is `ignore`'s per-path rule test, which its public API does not offer (it is what its `test`
 * calls for each path); it is found, and checked on a known case, on first use. Where a
 * version of `ignore` lacks it, `test` falls back on the public `test`, parents included.
 *
 * Either way nothing is remembered per path. `ignore` keeps its answer for every path it was asked
 * about (146 MB per million files in one set); the fallback moves the rules to a fresh instance
 * every RESET_AFTER questions (`add(instance)` shares the compiled rules, only the answers go).
 *
 * A set with no rules (no excludes, a file of comments) answers without asking at all: the walk
 * asks once per path, and inside `ignore` an empty set costs 2-3 µs a path.
 */
import ignore, { type Ignore } from 'ignore';

/**
 * Case as git has it by default: git sets core.ignoreCase where the file system folds case (macOS,
 * Windows) and matches exactly elsewhere. (`ignore` folds case unless told: on Linux a `*.env`
 * rule skipped X.ENV, which git shows.)
 */
const IGNORE_CASE = process.platform === 'darwin' || process.platform === 'win32';
const make = () => ignore({ ignoreCase: IGNORE_CASE });

/** Questions one `ignore` instance answers before its remembered answers are dropped (the fallback). */
export const RESET_AFTER = 8192;

type Answer = { ignored: boolean; unignored: boolean };
/** `ignore`'s rule list: the last rule that matches the path itself decides. */
type RuleList = { test(path: string, mode: string): Answer };

const NOT_IGNORED: Answer = Object.freeze({ ignored: false, unignored: false });

function ruleListOf(ig: Ignore): RuleList | undefined {
  const rules = (ig as unknown as { _rules?: Partial<RuleList> })._rules;
  return typeof rules?.test === 'function' ? (rules as RuleList) : undefined;
}

let pathAlone: boolean | undefined;
/**
 * Whether this version of `ignore` tests a path alone the way git does inside a re-included folder.
 * Found on first use (a scan with no rules never compiles one: start-up stays as it was).
 */
export function pathAloneWorks(): boolean {
  if (pathAlone !== undefined) return pathAlone;
  try {
    const ig = make().add('sub/*\n!sub/keep/\n*.log\n');
    const rules = ruleListOf(ig);
    const at = (p: string) => rules!.test(p, 'regex');
    pathAlone = !!rules && at('sub/x').ignored && at('sub/keep/').unignored && !at('sub/keep/f.txt').ignored && at('sub/keep/f.log').ignored && !at('other/f.txt').ignored;
  } catch {
    pathAlone = false;
  }
  return pathAlone;
}

/** Whether a line of a gitignore file can be a rule (not blank, not a comment): an over-estimate is only slower. */
const isRuleLine = (line: string) => line.trim() !== '' && !line.startsWith('#');

export class IgnoreRules {
  private ig = make();
  /** `ignore`'s rule list of `ig`, where a path can be asked about alone. */
  private list: RuleList | undefined;
  private asked = 0;
  private none = true;

  constructor(rules: string | readonly string[]) {
    this.add(rules);
  }

  /** No rule at all: nothing is ever ignored or re-included. */
  get empty(): boolean {
    return this.none;
  }

  /** Rules added after these (later rules win, as in a gitignore file). */
  add(rules: string | readonly string[]): void {
    const lines = typeof rules === 'string' ? rules.split(/\r?\n/) : rules;
    if (!lines.some(isRuleLine)) return;
    this.none = false;
    this.use(this.ig.add(typeof rules === 'string' ? rules : [...rules]));
  }

  private use(ig: Ignore): void {
    this.ig = ig;
    this.list = pathAloneWorks() ? ruleListOf(ig) : undefined;
  }

  /**
   * `path` alone (relative, `/`-separated, a folder with a trailing `/`; its parent folders are
   * settled): ignored, re-included by a `!` rule, or neither.
   */
  test(path: string): Answer {
    if (this.none) return NOT_IGNORED;
    if (this.list) return this.list.test(path, 'regex');
    return this.withParents(path);
  }

  /** Whether `path` alone is ignored. */
  ignores(path: string): boolean {
    return this.test(path).ignored;
  }

  /** `path` and its parent folders, as `ignore`'s public `test` answers (the fallback of `test`). */
  withParents(path: string): Answer {
    if (this.none) return NOT_IGNORED;
    if (++this.asked > RESET_AFTER) {
      this.use(make().add(this.ig));
      this.asked = 1;
    }
    return this.ig.test(path);
  }
}
