import { type Emit, fieldIssue, fieldValue, type RowContext, type Rule, rowLocal } from "./rule.ts";

/** What a pair rule says about a row: `fieldIssue`'s fields less the rule's own code and severity. */
type PairFinding = Omit<Parameters<typeof fieldIssue>[1], "code" | "severity">;

/**
 * A rule that compares two fields of each row, in the datasets that have both: `check` receives the
 * two values as read (typed, or raw CSV text where the cell did not parse) and calls `report` for
 * each problem, which emits it under the rule's code and severity. Rows are checked on their own
 * (`rowLocal`). `femaleWithinTotal`, `modalityPartner`, `participantsPartsSum` and
 * `regencyInProvince` are built on it.
 */
export function fieldPairRule(
  head: Pick<Rule, "code" | "severity" | "description">,
  fields: readonly [first: string, second: string],
  check: (first: unknown, second: unknown, report: (finding: PairFinding) => void) => void,
): Rule {
  const [firstField, secondField] = fields;
  const appliesTo: Rule["appliesTo"] = (info) => info.fields.has(firstField) && info.fields.has(secondField);
  return {
    ...head,
    appliesTo,
    // Each row is checked on its own, so a range of a large file is checked like the whole.
    ranges: rowLocal,
    start: () => ({
      dataset(info) {
        if (!appliesTo(info)) return undefined;
        const readFirst = fieldValue(info, firstField);
        const readSecond = fieldValue(info, secondField);
        // The row being checked and where its findings go: `check` reports while it runs, so one
        // function serves every row instead of a new one per row.
        let current: RowContext | undefined;
        let currentEmit: Emit | undefined;
        const report = (finding: PairFinding) =>
          currentEmit?.(
            fieldIssue(current as RowContext, { code: head.code, severity: head.severity, ...finding }),
          );
        return {
          row(context: RowContext, emit: Emit) {
            current = context;
            currentEmit = emit;
            check(readFirst(context), readSecond(context), report);
            current = undefined;
            currentEmit = undefined;
          },
        };
      },
    }),
  };
}
