import type { FindTextKey } from "../../i18n/findText.ts";
import type { DisplayColumn } from "../../lib/explorer/displayCell.ts";
import type { ExplorerColumn, FacetSpec, SortOrder, SortSpec } from "../../lib/explorer/explorerSpec.ts";
import type { Lang } from "../../lib/model.ts";
import type { SiteData } from "../siteData.ts";

/** A column computed from a record (a region from countries, a year from a date), added after the dataset's own. */
export interface DerivedColumn<R> {
  column: ExplorerColumn;
  value(record: R, data: SiteData): string;
}

/** A facet with its label key in the UI strings. */
export interface FacetDefinition extends FacetSpec {
  label(lang: Lang): string;
}

/**
 * One explorer of the site (activities, claims, finances): the dataset it reads, the columns it
 * derives, its facets, sorts and free-text columns, the order rows are stored in, and the table it
 * shows in each language.
 */
export interface ExplorerDefinition<R = Record<string, unknown>> {
  id: "activities" | "claims" | "finances";
  dataset: string;
  derived: readonly DerivedColumn<R>[];
  facets: readonly FacetDefinition[];
  sorts: readonly SortSpec[];
  defaultSort: SortOrder;
  text: readonly string[];
  /** The records in the stored (default) order. */
  records(data: SiteData): readonly R[];
  /** The table's columns in a language. */
  display(data: SiteData, lang: Lang): DisplayColumn[];
  /** What one row and `{count}` rows are called: "1 activity", "{count} activities". */
  count: { one: FindTextKey; other: FindTextKey };
}

/**
 * Registers an explorer under its record type; the result is typed for any record, which is safe
 * because its records only ever meet its own derived columns.
 */
export function defineExplorer<R>(definition: ExplorerDefinition<R>): ExplorerDefinition<unknown> {
  return definition as unknown as ExplorerDefinition<unknown>;
}
