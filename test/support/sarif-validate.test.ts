import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Log } from "sarif";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runMultitool, sarifSchemaPath, validateSarifSchema } from "./sarif-validate.js";

const MULTITOOL_TIMEOUT = 120_000;

/** A minimal log that satisfies the schema, the SARIF rules and every GitHub (GH*) rule. */
function validLog(): Log {
  return {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "hookscan",
            version: "0.1.0",
            semanticVersion: "0.1.0",
            informationUri: "https://github.com/example/hookscan",
            rules: [
              {
                id: "HS001",
                name: "SlackWebhookUrl",
                shortDescription: { text: "Hardcoded Slack incoming webhook URL." },
                fullDescription: { text: "A Slack incoming webhook URL was found in source code." },
                help: { text: "Remove the URL from source control and rotate the webhook." },
                helpUri: "https://github.com/example/hookscan#hs001",
                defaultConfiguration: { level: "error" },
                properties: { tags: ["security", "secret"], precision: "high", "security-severity": "8.0" },
              },
            ],
          },
        },
        originalUriBaseIds: { SRCROOT: { uri: "file:///tmp/repo/" } },
        results: [
          {
            ruleId: "HS001",
            ruleIndex: 0,
            level: "error",
            message: { text: "Slack webhook URL found." },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: "src/config.ts", uriBaseId: "SRCROOT" },
                  region: { startLine: 3, startColumn: 5, endLine: 3, endColumn: 40 },
                },
              },
            ],
            partialFingerprints: { primaryLocationLineHash: "0123456789abcdef:1" },
          },
        ],
      },
    ],
  };
}

/** Schema-invalid: wrong version, result without the required `message`. */
function schemaInvalidLog(): unknown {
  const log = validLog() as unknown as { version: string; runs: Array<{ results: Array<Record<string, unknown>> }> };
  log.version = "2.0.0";
  delete log.runs[0].results[0].message;
  return log;
}

/** Schema-valid, but GitHub code scanning rules dislike it. */
function githubUnfriendlyLog(): Log {
  const log = validLog();
  const run = log.runs[0];
  // GH2012: rule without shortDescription / fullDescription / help.
  run.tool.driver.rules = [{ id: "HS001" }];
  delete run.originalUriBaseIds;
  const loc = (uri: string, withRegion = true) => [
    {
      physicalLocation: {
        artifactLocation: { uri },
        ...(withRegion ? { region: { startLine: 1 } } : {}),
      },
    },
  ];
  run.results = [
    // GH1006: absolute file URI and no invocations[].workingDirectory (checkout path).
    { ruleId: "HS001", message: { text: "absolute uri" }, locations: loc("file:///home/ci/repo/src/a.ts") },
    // GH1005: not a file path.
    { ruleId: "HS001", message: { text: "http uri" }, locations: loc("https://example.com/src/a.ts") },
    // GH1003: no region.
    { ruleId: "HS001", message: { text: "no region" }, locations: loc("src/a.ts", false) },
    // GH1001/GH1015: no locations.
    { ruleId: "HS001", message: { text: "no locations" } },
  ];
  return log;
}

let dir: string;
async function writeLog(name: string, log: unknown): Promise<string> {
  const file = join(dir, name);
  await writeFile(file, JSON.stringify(log, null, 2));
  return file;
}
const ids = (lines: string[]) => [...new Set(lines.map((l) => l.split(/[ :]/, 1)[0]))].sort();

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "hookscan-sarif-test-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("validateSarifSchema (ajv 2020 + official sarif-2.1.0.json)", () => {
  it("finds the schema shipped in @microsoft/sarif-multitool-linux", () => {
    expect(existsSync(sarifSchemaPath())).toBe(true);
  });

  it("accepts a valid log", () => {
    expect(validateSarifSchema(validLog())).toEqual([]);
  });

  it("rejects a wrong version and a result without message", () => {
    const errors = validateSarifSchema(schemaInvalidLog());
    expect(errors.some((e) => e.startsWith("/version"))).toBe(true);
    expect(errors.some((e) => e.startsWith("/runs/0/results/0") && e.includes("'message'"))).toBe(true);
  });

  it("checks formats (uri)", () => {
    const log = validLog();
    log.runs[0].tool.driver.informationUri = "not a uri";
    expect(validateSarifSchema(log)).toEqual([expect.stringContaining("/runs/0/tool/driver/informationUri")]);
  });

  it("GitHub-unfriendly log is still schema-valid", () => {
    expect(validateSarifSchema(githubUnfriendlyLog())).toEqual([]);
  });
});

describe('runMultitool (Sarif.Multitool validate --rule-kind "Sarif;Gh")', () => {
  it("passes a valid log with no errors or warnings", { timeout: MULTITOOL_TIMEOUT }, async (ctx) => {
    const res = await runMultitool(await writeLog("valid.sarif", validLog()));
    if (!res.available) {
      console.warn(`skipping multitool check: ${res.reason}`);
      return ctx.skip();
    }
    expect(res.errors).toEqual([]);
    expect(res.warnings).toEqual([]);
  });

  it("reports schema errors", { timeout: MULTITOOL_TIMEOUT }, async (ctx) => {
    const res = await runMultitool(await writeLog("invalid.sarif", schemaInvalidLog()));
    if (!res.available) {
      console.warn(`skipping multitool check: ${res.reason}`);
      return ctx.skip();
    }
    expect(ids(res.errors)).toEqual(expect.arrayContaining(["JSON1002", "JSON1019"]));
  });

  it("flags what GitHub code scanning rejects", { timeout: MULTITOOL_TIMEOUT }, async (ctx) => {
    const res = await runMultitool(await writeLog("gh.sarif", githubUnfriendlyLog()));
    if (!res.available) {
      console.warn(`skipping multitool check: ${res.reason}`);
      return ctx.skip();
    }
    expect(ids(res.errors)).toEqual(
      expect.arrayContaining(["GH1001", "GH1003", "GH1005", "GH1006", "GH1015", "GH2012"]),
    );
    expect(res.errors.some((e) => e.startsWith("GH1006") && e.includes("absolute 'file' URI"))).toBe(true);
    expect(res.errors.some((e) => e.startsWith("GH2012") && e.includes("'shortDescription'"))).toBe(true);
    expect(res.errors.some((e) => e.startsWith("GH2012") && e.includes("'help'"))).toBe(true);
  });

  it("flags message.id without message.text (GH1007)", { timeout: MULTITOOL_TIMEOUT }, async (ctx) => {
    const log = validLog();
    log.runs[0].results![0].message = { id: "default", arguments: ["x"] };
    log.runs[0].tool.driver.rules![0].messageStrings = { default: { text: "Found {0}." } };
    const res = await runMultitool(await writeLog("gh1007.sarif", log));
    if (!res.available) {
      console.warn(`skipping multitool check: ${res.reason}`);
      return ctx.skip();
    }
    expect(ids(res.errors)).toContain("GH1007");
  });
});
