/**
 * Offline SARIF 2.1.0 validation helpers for the test suite.
 *
 *  - `validateSarifSchema` checks a log against the official `sarif-2.1.0.json`
 *    (JSON Schema draft 2020-12, vendored beside this file from `@microsoft/sarif-multitool-linux`
 *    5.7.0, MIT), using ajv 2020 + ajv-formats. Runs everywhere, offline.
 *  - `runMultitool` runs the self-contained `Sarif.Multitool` binary (no .NET install needed) as
 *      Sarif.Multitool validate <file> --rule-kind "Sarif;Gh" --config <cfg.xml>
 *        --output <out.sarif> --log ForceOverwrite --max-file-size-in-kb 1048576
 *    and reads the findings back from <out.sarif> (the exit code is 0 even when errors are found).
 *
 * Note: in multitool 5.7.0 the GitHub rules GH1001..GH1007 are *disabled by default* even under
 * `--rule-kind Gh` (only GH1011, GH1013..GH1018, GH2012 run). We pass a small XML config that
 * enables them, so the full GitHub code-scanning rule set is checked.
 */
import { execFile, execFileSync } from "node:child_process";
import { accessSync, chmodSync, constants, existsSync, readFileSync } from "node:fs";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { ErrorObject, ValidateFunction } from "ajv";

const require = createRequire(import.meta.url);
const PKG = "@microsoft/sarif-multitool-linux";
const MULTITOOL_VERSION = "5.7.0"; // keep in step with scripts/sarif-multitool.mjs
const ROOT = fileURLToPath(new URL("../../", import.meta.url));

/**
 * Absolute path of the official SARIF 2.1.0 schema, vendored beside this file (copied unchanged
 * from @microsoft/sarif-multitool-linux 5.7.0, MIT) so that schema checks run on every platform
 * even when the optional, Linux-only multitool package is not installed.
 */
export function sarifSchemaPath(): string {
  return fileURLToPath(new URL("./sarif-2.1.0.json", import.meta.url));
}

// ---------------------------------------------------------------------------------------------
// Schema validation (ajv, draft 2020-12)
// ---------------------------------------------------------------------------------------------

let cachedValidator: ValidateFunction | undefined;

function schemaValidator(): ValidateFunction {
  if (cachedValidator) return cachedValidator;
  // ajv and ajv-formats are CommonJS; load through require to avoid default-export interop issues.
  const Ajv2020 = require("ajv/dist/2020").default as typeof import("ajv/dist/2020.js").default;
  const addFormats = require("ajv-formats").default as typeof import("ajv-formats").default;
  const schema = JSON.parse(readFileSync(sarifSchemaPath(), "utf8")) as Record<string, unknown>;
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv); // schema uses format: uri, uri-reference, date-time, uuid
  const validate = ajv.compile(schema);
  cachedValidator = validate;
  return validate;
}

function formatAjvError(e: ErrorObject): string {
  const where = e.instancePath === "" ? "(root)" : e.instancePath;
  const params = e.keyword === "additionalProperties"
    ? ` '${(e.params as { additionalProperty: string }).additionalProperty}'`
    : e.keyword === "enum"
      ? ` ${JSON.stringify((e.params as { allowedValues: unknown[] }).allowedValues)}`
      : "";
  return `${where}: ${e.message ?? e.keyword}${params}`;
}

/** Validates `log` against the official SARIF 2.1.0 schema. Returns readable errors (empty = valid). */
export function validateSarifSchema(log: unknown): string[] {
  const validate = schemaValidator();
  if (validate(log)) return [];
  return (validate.errors ?? []).map(formatAjvError);
}

// ---------------------------------------------------------------------------------------------
// Sarif.Multitool validate --rule-kind "Sarif;Gh"
// ---------------------------------------------------------------------------------------------

export interface MultitoolResult {
  /** false only when the binary cannot run on this platform (see `reason`). */
  available: boolean;
  /** "RULEID RuleName: message" for every result / notification of level "error". */
  errors: string[];
  /** Same for level "warning". Notes are dropped. */
  warnings: string[];
  /** Why `available` is false. */
  reason?: string;
}

/** GitHub rules that 5.7.0 ships disabled by default; we enable them as errors. */
const GH_RULES_DISABLED_BY_DEFAULT = [
  "GH1001.ProvideRequiredLocationProperties",
  "GH1002.InlineThreadFlowLocations",
  "GH1003.ProvideRequiredRegionProperties",
  "GH1004.ReviewArraysThatExceedConfigurableDefaults",
  "GH1005.LocationsMustBeRelativeUrisOrFilePaths",
  "GH1006.ProvideCheckoutPath",
  "GH1007.ProvideFullyFormattedMessageStrings",
];

const CONFIG_XML = [
  '<?xml version="1.0" encoding="utf-8"?>',
  "<Properties>",
  ...GH_RULES_DISABLED_BY_DEFAULT.map(
    (rule) =>
      `  <Properties Key="${rule}.Options">\n` +
      `    <Property Key="RuleEnabled" Value="Error" Type="Driver.RuleEnabledState" />\n` +
      `  </Properties>`,
  ),
  "</Properties>",
  "",
].join("\n");

/**
 * Path to the binary, or a reason why it cannot run here. The binary is fetched into .cache/ on
 * demand (scripts/sarif-multitool.mjs) by the slow tier; the default tier stays offline and only
 * uses a copy that is already there.
 */
function locateBinary(): { bin: string } | { reason: string } {
  if (process.platform !== "linux" || process.arch !== "x64") {
    return { reason: `Sarif.Multitool (${PKG}) is a linux-x64 binary; this is ${process.platform}-${process.arch}` };
  }
  const cached = join(ROOT, ".cache", `sarif-multitool-linux-${MULTITOOL_VERSION}`, "Sarif.Multitool");
  if (!existsSync(cached)) {
    if (process.env.HOOKSCAN_TEST_TIER !== "slow") {
      return { reason: `${PKG} is not in .cache/ (the default tier is offline; \`npm run test:slow\` fetches it)` };
    }
    execFileSync(process.execPath, [join(ROOT, "scripts/sarif-multitool.mjs")], { stdio: ["ignore", "ignore", "inherit"] });
  }
  try {
    accessSync(cached, constants.X_OK);
  } catch {
    chmodSync(cached, 0o755);
  }
  return { bin: cached };
}

interface SarifMessage { text?: string; id?: string; arguments?: string[] }
interface SarifRule {
  id: string;
  name?: string;
  defaultConfiguration?: { level?: string };
  messageStrings?: Record<string, { text?: string }>;
}
interface SarifNotification { level?: string; message?: SarifMessage; descriptor?: { id?: string } }
interface SarifOutLog {
  runs?: Array<{
    tool?: { driver?: { rules?: SarifRule[] } };
    results?: Array<{ ruleId?: string; ruleIndex?: number; level?: string; message?: SarifMessage }>;
    invocations?: Array<{
      executionSuccessful?: boolean;
      toolConfigurationNotifications?: SarifNotification[];
      toolExecutionNotifications?: SarifNotification[];
    }>;
  }>;
}

function renderMessage(msg: SarifMessage | undefined, rule: SarifRule | undefined): string {
  if (!msg) return "(no message)";
  if (msg.text !== undefined) return msg.text;
  const template = msg.id ? rule?.messageStrings?.[msg.id]?.text : undefined;
  if (!template) return `${msg.id ?? "?"}(${(msg.arguments ?? []).join(", ")})`;
  return template.replace(/\{(\d+)\}/g, (_, i: string) => msg.arguments?.[Number(i)] ?? "");
}

function run(bin: string, args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolvePromise, reject) => {
    execFile(
      bin,
      args,
      {
        timeout: 120_000,
        maxBuffer: 64 * 1024 * 1024,
        env: {
          ...process.env,
          // Lets the self-contained .NET app run without libicu installed.
          DOTNET_SYSTEM_GLOBALIZATION_INVARIANT: process.env.DOTNET_SYSTEM_GLOBALIZATION_INVARIANT ?? "1",
          DOTNET_CLI_TELEMETRY_OPTOUT: "1",
        },
      },
      (err, stdout, stderr) => {
        if (err && typeof err.code !== "number") return reject(err); // spawn failure / timeout
        resolvePromise({ code: typeof err?.code === "number" ? err.code : 0, stdout, stderr });
      },
    );
  });
}

/**
 * Runs `Sarif.Multitool validate --rule-kind "Sarif;Gh"` (plus GH1001..GH1007 enabled) on `file`.
 * Covers the schema (JSONxxxx), SARIF best-practice (SARIFxxxx) and GitHub (GHxxxx) rules.
 */
export async function runMultitool(file: string): Promise<MultitoolResult> {
  const located = locateBinary();
  if ("reason" in located) return { available: false, errors: [], warnings: [], reason: located.reason };

  const work = await mkdtemp(join(tmpdir(), "hookscan-sarif-"));
  try {
    const config = join(work, "config.xml");
    const out = join(work, "validation.sarif");
    await writeFile(config, CONFIG_XML);
    const { code, stdout, stderr } = await run(located.bin, [
      "validate",
      resolve(file),
      "--rule-kind",
      "Sarif;Gh",
      "--config",
      config,
      "--output",
      out,
      "--log",
      "ForceOverwrite",
      "--max-file-size-in-kb",
      "1048576", // default 10 000 KB silently skips bigger files (ERR997)
    ]);
    if (!existsSync(out)) {
      throw new Error(`Sarif.Multitool produced no output (exit ${code}).\nstdout:\n${stdout}\nstderr:\n${stderr}`);
    }
    const log = JSON.parse(await readFile(out, "utf8")) as SarifOutLog;

    const errors: string[] = [];
    const warnings: string[] = [];
    const push = (level: string, line: string) => {
      if (level === "error") errors.push(line);
      else if (level === "warning") warnings.push(line);
    };

    for (const r of log.runs ?? []) {
      const rules = r.tool?.driver?.rules ?? [];
      for (const res of r.results ?? []) {
        const rule =
          (res.ruleIndex !== undefined ? rules[res.ruleIndex] : undefined) ?? rules.find((x) => x.id === res.ruleId);
        const level = res.level ?? rule?.defaultConfiguration?.level ?? "warning";
        const label = rule?.name ? `${res.ruleId} ${rule.name}` : `${res.ruleId}`;
        push(level, `${label}: ${renderMessage(res.message, rule)}`);
      }
      for (const inv of r.invocations ?? []) {
        for (const n of [...(inv.toolConfigurationNotifications ?? []), ...(inv.toolExecutionNotifications ?? [])]) {
          push(n.level ?? "warning", `${n.descriptor?.id ?? "notification"}: ${renderMessage(n.message, undefined)}`);
        }
        if (inv.executionSuccessful === false) errors.push("Sarif.Multitool: executionSuccessful=false");
      }
    }
    return { available: true, errors, warnings };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
