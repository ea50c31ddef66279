import type { Lang } from "../model.ts";

/** A list of codes with a label in each site language (countries, provinces, sectors…). */
export interface ReferenceList {
  /** Tells whether the code exists. */
  has(code: string): boolean;
  /** Returns the code's name in a language, or undefined when the code is unknown. */
  label(code: string, lang: Lang): string | undefined;
  /** Lists every code. */
  codes(): string[];
}

/** Reference lists by the name used in `"x-foreignKey": "ref:<name>"`. */
export type Reference = Readonly<Record<string, ReferenceList>>;

/** A codelist file in `schemas/codelists/`: codes with English and Indonesian labels. */
export interface CodelistFile {
  codes: Record<string, { en: string; id?: string }>;
  [key: string]: unknown;
}

/** Builds a reference list from a map of code to labels. */
export function referenceList(entries: ReadonlyMap<string, { id?: string; en: string }>): ReferenceList {
  return {
    has: (code) => entries.has(code),
    label: (code, lang) => {
      const entry = entries.get(code);
      return entry ? (entry[lang] ?? entry.en) : undefined;
    },
    codes: () => [...entries.keys()],
  };
}
