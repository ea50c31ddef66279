import { formatAmount, qualify } from "../format/formatAmount.ts";
import { formatNumber } from "../format/formatNumber.ts";
import { formatPartialDate } from "../format/formatPartialDate.ts";
import type { Lang, Qualifier } from "../model.ts";
import { cellValues, type ExplorerColumn, type ExplorerLabels, type ExplorerRow } from "./explorerSpec.ts";

/** How a table column of an explorer shows its cells. */
export interface DisplayColumn {
  header: string;
  /** The column whose cells it shows (already the page language's, for texts in both languages). */
  column: string;
  /**
   * `link`: the text links to the record's page (`href` with `{id}` from `idColumn`); `date`: a
   * partial date at its precision; `names`: codes by name; `number`; `amount`: money with its
   * currency (`currencyColumn`) and qualifier (`qualifierColumn`); `text`: as written.
   */
  kind: "link" | "date" | "names" | "number" | "amount" | "text";
  /** The sort its header orders by, when it can. */
  sort?: string;
  idColumn?: string;
  href?: string;
  /** For links to another site: the column that holds the address (e.g. the source's URL). */
  urlColumn?: string;
  currencyColumn?: string;
  qualifierColumn?: string;
  /** Right-aligned numbers. */
  numeric?: boolean;
  /** Set when the column's values are derived by KSST Terbuka (`x-derived`): the sign beside its header. */
  marker?: string;
  /** What the marker means (how the values are derived), shown under the table. */
  note?: string;
}

/** A cell as shown: text, and a link and a code beside it when there are. */
export interface DisplayCell {
  text: string;
  href?: string;
  code?: string;
}

const dash = "—";

/**
 * Shows one cell of an explorer row in a table in the page's language: names for codes, dates at
 * their precision, numbers and money in the locale, a dash for unknown. Both the built pages and the
 * browser's explorer use it, so a row reads the same wherever it is shown.
 */
export function displayCell(
  display: DisplayColumn,
  row: ExplorerRow,
  columns: readonly ExplorerColumn[],
  labels: ExplorerLabels,
  lang: Lang,
): DisplayCell {
  const position = (name: string | undefined) => (name ? columns.findIndex((c) => c.name === name) : -1);
  const at = position(display.column);
  const column = columns[at];
  const cell = at >= 0 ? (row[at] ?? "") : "";
  switch (display.kind) {
    case "link": {
      if (display.urlColumn) {
        const url = row[position(display.urlColumn)] ?? "";
        return url ? { text: cell || dash, href: url } : { text: cell || dash };
      }
      const id = row[position(display.idColumn)] ?? "";
      return {
        text: cell || id,
        href: (display.href ?? "").replace("{id}", encodeURIComponent(id)),
        code: id,
      };
    }
    case "date":
      return { text: cell ? formatPartialDate(cell, lang, "short") : dash };
    case "names": {
      const list = column?.labels;
      const names = cellValues(cell, column ?? {}).map((code) =>
        list ? (labels[list]?.[code] ?? code) : code,
      );
      return { text: names.length > 0 ? names.join(", ") : dash };
    }
    case "number":
      return { text: cell === "" ? dash : formatNumber(Number(cell), lang) };
    case "amount": {
      if (cell === "") return { text: dash };
      const currency = row[position(display.currencyColumn)] ?? "";
      const qualifier = row[position(display.qualifierColumn)] ?? "";
      const text = formatAmount(Number(cell), currency, lang);
      return { text: qualifier ? qualify(text, qualifier as Qualifier, lang) : text };
    }
    default:
      return { text: cell || dash };
  }
}
