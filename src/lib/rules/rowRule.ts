import { mayHold } from "../csv/rowScreen.ts";
import type { SchemaRegistry } from "../schema/jsonSchema.ts";
import { type DatasetInfo, type Emit, type RowContext, type Rule, rowLocal } from "./rule.ts";

/**
 * A rule that applies to every dataset and checks each row on its own (no state across rows):
 * `row` receives the dataset, the schemas, the row and where to emit, for each row whose reader's
 * screen may hold the `screenBits` in `screen` (every row when the reader did not screen it).
 * `textRule` and `valueRule` are built on it.
 */
export function rowRule(
  head: Pick<Rule, "code" | "severity" | "description">,
  screen: number,
  row: (info: DatasetInfo, registry: SchemaRegistry, context: RowContext, emit: Emit) => void,
): Rule {
  return {
    ...head,
    appliesTo: () => true,
    ranges: rowLocal,
    start: (environment) => ({
      dataset(info) {
        return {
          row(context, emit) {
            // Rows whose cells the reader screened and found free of what the rule looks for are skipped.
            if (!mayHold(context.screen, screen)) return;
            row(info, environment.registry, context, emit);
          },
        };
      },
    }),
  };
}
