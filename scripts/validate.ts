// CLI: npm run validate -- [--data DIR] [--lang id|en]
// Exit codes: 0 valid (warnings allowed), 1 invalid data, 2 usage or I/O error.
import { parseArgs } from "node:util";
import type { Lang } from "../src/lib/model.ts";
import { formatText } from "../src/lib/report/formatText.ts";
import { validateDataDir } from "../src/node/validateDataDir.ts";

async function main(): Promise<number> {
  let values: { data?: string; lang?: string };
  try {
    ({ values } = parseArgs({
      options: { data: { type: "string" }, lang: { type: "string", default: "id" } },
    }));
  } catch (error) {
    process.stderr.write(
      `${error instanceof Error ? error.message : String(error)}\nUsage: npm run validate -- [--data DIR] [--lang id|en]\n`,
    );
    return 2;
  }
  const lang = values.lang === "en" ? "en" : values.lang === "id" ? "id" : undefined;
  if (!lang) {
    process.stderr.write(`Unknown --lang "${values.lang}": use id or en.\n`);
    return 2;
  }
  const result = await validateDataDir(values.data);
  const text = formatText(result.issues, result.stats, {
    lang: lang as Lang,
    color: process.stdout.isTTY === true,
  });
  process.stdout.write(`${text}\n`);
  return result.valid ? 0 : 1;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);
