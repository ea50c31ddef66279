import { stringTable } from "../lib/text/stringTable.ts";
import en from "./commitments.en.json";
import id from "./commitments.id.json";

/** The commitments tracker's UI strings (`src/i18n/commitments.<lang>.json`); `commitmentStrings.translator(lang)` binds them to one language. */
export const commitmentStrings = stringTable(en, id);

/** A key of the commitments tracker's UI strings. */
export type CommitmentTextKey = keyof typeof en;

/** Returns a commitments-tracker UI string in a language, with `{name}` placeholders filled from `vars`. */
export const commitmentText = commitmentStrings.text;

/** Returns a commitments-tracker UI string split into parts, so placeholders can be filled with links. */
export const commitmentTextParts = commitmentStrings.parts;
