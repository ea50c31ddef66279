import { releaseText } from "../../i18n/releaseText.ts";
import { formatNumber } from "../../lib/format/formatNumber.ts";
import { formatPartialDate } from "../../lib/format/formatPartialDate.ts";
import type { Lang } from "../../lib/model.ts";
import type { SchemaRoot } from "../../lib/releases/pathLabel.ts";
import type { RecordEvent } from "../../lib/releases/recordHistory.ts";
import { pathOf } from "../routes.ts";
import { type ChangeView, changeViews } from "./changeView.ts";

/** One release in a record's history, ready to render. */
export interface RecordEventView {
  version: string;
  release: string;
  href: string;
  date: string;
  isoDate: string;
  kind: RecordEvent["kind"];
  what: string;
  note?: string;
  changes: ChangeView[];
}

/**
 * Prepares a record's history for a page, oldest first: the release (linked), its date, what
 * happened, and each changed field's old and new value named from the schema.
 */
export function recordHistoryView(
  events: readonly RecordEvent[],
  lang: Lang,
  schemaOf: (version: string) => SchemaRoot,
): RecordEventView[] {
  return events.map((event, index) => {
    const what =
      event.kind === "added"
        ? releaseText(lang, index === 0 ? "history.addedFirst" : "history.added")
        : releaseText(lang, event.kind === "removed" ? "history.removed" : "history.changed");
    const rename = event.possibleRename;
    const note = rename
      ? releaseText(lang, rename.direction === "from" ? "release.renameOf" : "release.renameTo", {
          key: rename.key,
          similarity: formatNumber(rename.similarity, lang, { style: "percent", maximumFractionDigits: 0 }),
        })
      : undefined;
    return {
      version: event.version,
      release: releaseText(lang, "history.release", { version: event.version }),
      href: pathOf({ kind: "release", version: event.version }, lang),
      date: formatPartialDate(event.date, lang),
      isoDate: event.date,
      kind: event.kind,
      what,
      ...(note ? { note } : {}),
      changes: changeViews(event.changes, schemaOf(event.version), lang),
    };
  });
}
