import { detached } from "../csv/detached.ts";
import { type DatasetInfo, fieldIssue, fieldValue, type Rule } from "./rule.ts";

/** Tells whether a dataset's `conflicts_with` points at its own records. */
function pointsAtItself(info: DatasetInfo): boolean {
  const target = info.fields.get("conflicts_with")?.foreignKey;
  return target !== undefined && target.split(".")[0] === info.name;
}

/**
 * Conflicting claims name each other: when record A lists B in `conflicts_with`, B lists A, so
 * each side of a conflict shows the other wherever it is read.
 */
export const conflictsNamedBack: Rule = {
  code: "conflict-not-named-back",
  severity: "warning",
  description: {
    id: "Klaim yang bertentangan saling menyebut: bila A mencantumkan B di conflicts_with, B juga mencantumkan A.",
    en: "Conflicting claims name each other: when A lists B in conflicts_with, B lists A too.",
  },
  appliesTo: pointsAtItself,
  ranges: {
    inRange: false,
    replay: (info) => (pointsAtItself(info) ? [info.primaryKey ?? "id", "id", "conflicts_with"] : []),
  },
  start: (environment) => ({
    dataset(info) {
      if (!pointsAtItself(info)) return undefined;
      // The primary key's index (value → first row), kept by the duplicate-key rule, gives the row of
      // a record that names no conflict at all.
      const rows = environment.keyIndex(info.name, info.primaryKey ?? "id");
      const readId = fieldValue(info, "id");
      const readConflicts = fieldValue(info, "conflicts_with");
      // Only records that name a conflict are kept: few, even in a large dataset.
      const named = new Map<string, { row: number; ids: string[] }>();
      return {
        row(context) {
          const conflicts = readConflicts(context);
          if (!Array.isArray(conflicts) || conflicts.length === 0) return;
          named.set(detached(String(readId(context))), {
            row: context.row,
            ids: conflicts.map((c) => detached(String(c))),
          });
        },
        end(emit) {
          for (const [id, { row: from, ids }] of named) {
            for (const other of ids) {
              const back = named.get(other);
              if (back?.ids.includes(id)) continue;
              const row = back?.row ?? rows.get(other);
              // An unknown id is a foreign-key error, reported by that rule.
              if (row === undefined) continue;
              emit(
                fieldIssue(
                  { dataset: info, row },
                  {
                    code: "conflict-not-named-back",
                    severity: "warning",
                    column: "conflicts_with",
                    ...(back ? { value: back.ids.join(";") } : {}),
                    rule: "A in conflicts_with(B) ⇔ B in conflicts_with(A)",
                    params: { id, other, row: from },
                  },
                ),
              );
            }
          }
        },
      };
    },
  }),
};
