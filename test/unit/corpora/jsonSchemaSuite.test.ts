import { readdirSync, readFileSync, statSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { createAjv } from "../../../src/lib/schema/createAjv.ts";
import { loadSchemaCode, schemaCode } from "../../../src/lib/schema/schemaCode.ts";
import { corporaRoot, corpusJson, hasCorpus } from "./corpora.ts";

// ajv's own baseline on this suite (json-schema-test-suite/ajv-observed.json); recorded in docs/validation.md.
const baseline = 2041;
const total = 2225;

interface Group {
  description: string;
  schema: unknown;
  tests: Array<{ description: string; data: unknown; valid: boolean }>;
}

function filesUnder(dir: string, prefix = ""): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = `${dir}/${name}`;
    return statSync(path).isDirectory() ? filesUnder(path, `${prefix}${name}/`) : [`${prefix}${name}`];
  });
}

/**
 * Runs every test of the suite through the project's ajv factory and returns the failures; with
 * `standalone`, through the validator's standalone code (`schemaCode`, then `loadSchemaCode`), as a
 * run that finds its schemas compiled on disk uses them.
 */
function runSuite(standalone = false): { passed: number; failures: string[] } {
  const suite = `${corporaRoot}json-schema-test-suite/`;
  const remotes = filesUnder(`${suite}remotes`).map(
    (path) =>
      [`http://localhost:1234/${path}`, JSON.parse(readFileSync(`${suite}remotes/${path}`, "utf8"))] as const,
  );
  let passed = 0;
  const failures: string[] = [];
  for (const file of filesUnder(`${suite}tests/draft2020-12`).filter((f) => f.endsWith(".json"))) {
    // The core suite treats format as an annotation; optional/format* asserts it.
    const validateFormats = file.startsWith("optional/format");
    for (const group of corpusJson<Group[]>(`json-schema-test-suite/tests/draft2020-12/${file}`)) {
      // strict: false because the suite uses unknown keywords on purpose.
      const ajv = createAjv({ strict: false, validateFormats, source: standalone });
      const needsRemotes = JSON.stringify(group.schema).includes("localhost:1234");
      for (const [uri, schema] of needsRemotes ? remotes : []) {
        try {
          ajv.addSchema(schema as object, uri, undefined, false);
        } catch {
          // Remotes for other drafts cannot be added to a 2020-12 instance; no 2020-12 test needs them.
        }
      }
      let validate: ((data: unknown) => boolean) | undefined;
      try {
        validate = ajv.compile(group.schema as object);
        if (standalone) {
          ajv.addSchema(group.schema as object, "suite:test");
          validate = loadSchemaCode(schemaCode(ajv, ["suite:test"])).get("suite:test");
        }
      } catch {
        validate = undefined;
      }
      for (const test of group.tests) {
        let valid: boolean | undefined;
        try {
          valid = validate?.(test.data);
        } catch {
          valid = undefined;
        }
        if (valid === test.valid) passed += 1;
        else failures.push(`${file} › ${group.description} › ${test.description}`);
      }
    }
  }
  return { passed, failures };
}

describe.skipIf(!hasCorpus("json-schema-test-suite"))(
  "JSON Schema Test Suite, draft 2020-12, through createAjv",
  () => {
    it(`passes at least ajv's own baseline (${baseline} of ${total})`, () => {
      const { passed, failures } = runSuite();
      expect(passed + failures.length).toBe(total);
      expect(passed, failures.slice(0, 30).join("\n")).toBeGreaterThanOrEqual(baseline);
    }, 120_000);

    it("gives the same verdicts through standalone code (compiled schemas kept on disk)", () => {
      const compiled = runSuite();
      const standalone = runSuite(true);
      expect(standalone.failures).toEqual(compiled.failures);
      expect(standalone.passed).toBe(compiled.passed);
    }, 240_000);
  },
);
