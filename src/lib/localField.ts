import type { Lang } from "./model.ts";

/** The stems of a record's bilingual fields: `title` when it has `title_id` and `title_en`. */
export type BilingualStem<R> = {
  [K in keyof R]: K extends `${infer S}_id` ? (`${S}_en` extends keyof R ? S : never) : never;
}[keyof R];

/**
 * Returns a bilingual field of a flat (CSV) record in a language: `localField(activity, "title", "id")`
 * is `activity.title_id`. Nested (JSON) records hold `{ id, en }` objects instead.
 */
export function localField<R extends object, S extends BilingualStem<R> & string>(
  record: R,
  stem: S,
  lang: Lang,
): R[`${S}_id` & keyof R] | R[`${S}_en` & keyof R] {
  return record[`${stem}_${lang}` as `${S}_id` & keyof R];
}
