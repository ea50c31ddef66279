import type { Issue } from "../issue.ts";
import type { Lang } from "../model.ts";
import { cellCodes } from "./cellCodes.ts";
import type { CodeDefinition } from "./codeDefinition.ts";
import { fileCodes } from "./fileCodes.ts";
import { jsonCodes } from "./jsonCodes.ts";
import { ruleCodes } from "./ruleCodes.ts";
import { structureCodes } from "./structureCodes.ts";

/** Every issue code the validator reports, with its severity, check, Frictionless type and messages. */
export const codes: Readonly<Record<string, CodeDefinition>> = {
  ...fileCodes,
  ...jsonCodes,
  ...structureCodes,
  ...cellCodes,
  ...ruleCodes,
};

/** Lists every issue code that has a message, for documentation and tests. */
export function messageCodes(): string[] {
  return Object.keys(codes);
}

/** Returns the definition of an issue code (the generic schema one for an unknown code). */
export function codeDefinition(code: string): CodeDefinition {
  return codes[code] ?? (codes.schema as CodeDefinition);
}

/** Formats an issue's message and fix in a language. */
export function formatIssue(found: Issue, lang: Lang): { message: string; fix: string } {
  const definition = codeDefinition(found.code);
  return {
    message: definition.message[lang](found, found.params),
    fix: definition.fix[lang](found, found.params),
  };
}
