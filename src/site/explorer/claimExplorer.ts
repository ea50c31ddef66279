import { findText } from "../../i18n/findText.ts";
import type { Statement } from "../../lib/model.ts";
import { yearOf } from "../../lib/partialDate.ts";
import { pathOf } from "../routes.ts";
import { defineExplorer } from "./explorerDefinition.ts";
import { hrefPattern } from "./hrefPattern.ts";

/** Official claims, newest first (undated last), by id within a date. */
export function claimsInOrder(statements: readonly Statement[]): Statement[] {
  return [...statements].sort(
    (a, b) =>
      (b.date ?? "").localeCompare(a.date ?? "") || (a.date ? 0 : b.date ? 1 : 0) || a.id.localeCompare(b.id),
  );
}

/** The claims explorer: filter official claims by organisation, topic, what they count and year. */
export const claimExplorer = defineExplorer<Statement>({
  id: "claims",
  dataset: "statements",
  derived: [{ column: { name: "year" }, value: (s) => String(yearOf(s.date) ?? "") }],
  facets: [
    { name: "org", column: "organisation_id", label: (l) => findText(l, "facet.org") },
    { name: "topic", column: "topic", label: (l) => findText(l, "facet.topic") },
    { name: "metric", column: "metric", label: (l) => findText(l, "facet.metric") },
    { name: "year", column: "year", range: true, label: (l) => findText(l, "facet.year") },
  ],
  sorts: [
    { name: "date", column: "date", type: "date" },
    { name: "value", column: "value", type: "number" },
  ],
  defaultSort: { name: "date", desc: true },
  text: ["id", "claim_id", "claim_en", "speaker", "speaker_role", "organisation_id"],
  records: (data) => claimsInOrder(data.datasets.statements),
  display: (_data, lang) => [
    { header: findText(lang, "col.date"), column: "date", kind: "date", sort: "date" },
    {
      header: findText(lang, "col.claim"),
      column: `claim_${lang}`,
      kind: "link",
      idColumn: "id",
      href: hrefPattern(pathOf({ kind: "claim", id: "{id}" }, lang)),
    },
    { header: findText(lang, "col.speaker"), column: "speaker", kind: "text" },
    { header: findText(lang, "col.organisation"), column: "organisation_id", kind: "names" },
    { header: findText(lang, "col.topic"), column: "topic", kind: "names" },
  ],
  count: { one: "count.claims.one", other: "count.claims" },
});
