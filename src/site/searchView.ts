import { findText } from "../i18n/findText.ts";
import { t } from "../i18n/t.ts";
import type { Lang } from "../lib/model.ts";
import { entityKinds } from "./entityKind.ts";
import { pathOf } from "./routes.ts";

/** Everything the search page shows: its form, the labels the script needs, and the lists to browse. */
export interface SearchView {
  action: string;
  /** Result-type labels by entity kind, for the script that shows each result's type. */
  kindLabels: Record<string, string>;
  /** Status texts with `{count}` and `{query}` placeholders, for the script. */
  messages: Record<"searching" | "results" | "oneResult" | "none" | "failed", string>;
  /** The lists that lead to every record, for readers without JavaScript (and everyone else). */
  lists: { text: string; href: string }[];
}

/** Builds the search page: Pagefind runs in the browser; the lists are the no-JavaScript way in. */
export function searchView(lang: Lang): SearchView {
  return {
    action: pathOf({ kind: "search" }, lang),
    kindLabels: Object.fromEntries(entityKinds.map((k) => [k, findText(lang, `kind.${k}`)])),
    messages: {
      searching: findText(lang, "search.searching"),
      results: findText(lang, "search.results"),
      oneResult: findText(lang, "search.oneResult"),
      none: findText(lang, "search.none"),
      failed: findText(lang, "search.failed"),
    },
    lists: [
      { text: t(lang, "activities.title"), href: pathOf({ kind: "activities" }, lang) },
      { text: t(lang, "countries.title"), href: pathOf({ kind: "countries" }, lang) },
      { text: t(lang, "provinces.title"), href: pathOf({ kind: "provinces" }, lang) },
      { text: t(lang, "organisations.title"), href: pathOf({ kind: "organisations" }, lang) },
      { text: t(lang, "commitments.title"), href: pathOf({ kind: "commitments" }, lang) },
      { text: t(lang, "claims.title"), href: pathOf({ kind: "claims" }, lang) },
      { text: t(lang, "catalog.title"), href: pathOf({ kind: "catalog" }, lang) },
    ],
  };
}
