import { releaseText } from "../../i18n/releaseText.ts";
import type { Lang } from "../../lib/model.ts";
import type { FieldChange, FieldChangeKind } from "../../lib/releases/diffValues.ts";
import { pathLabel, type SchemaRoot } from "../../lib/releases/pathLabel.ts";
import { displayValue, type ValueView } from "./displayValue.ts";

/** One field change as a page shows it: the field's name, what happened, and both values. */
export interface ChangeView {
  /** The change path as published in the JSON changelog. */
  path: string;
  /** The field's name from the schema, in the page's language. */
  field: string;
  kind: FieldChangeKind;
  kindLabel: string;
  old: ValueView;
  new: ValueView;
}

/** Prepares field changes for a page, naming each field from the schema it belongs to. */
export function changeViews(changes: readonly FieldChange[], root: SchemaRoot, lang: Lang): ChangeView[] {
  return changes.map((change) => {
    const withType = change.kind === "retyped";
    return {
      path: change.path,
      field: change.path === "" ? "—" : pathLabel(change.path, root, lang),
      kind: change.kind,
      kindLabel: releaseText(lang, `release.kind.${change.kind}`),
      old: displayValue(change.old, lang, withType),
      new: displayValue(change.new, lang, withType),
    };
  });
}
