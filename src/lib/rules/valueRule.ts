import type { ValueFacts } from "../schema/walkValues.ts";
import { eachValue } from "./eachValue.ts";
import { rowRule } from "./rowRule.ts";
import type { Emit, RowContext, Rule } from "./rule.ts";

/** Checks one value of a row (see `eachValue`) and emits what it finds. */
export type ValueCheck = (
  context: RowContext,
  emit: Emit,
  value: unknown,
  pointer: string,
  facts: ValueFacts,
  column: string,
) => void;

/**
 * A rule that checks every value of every dataset, codes and dates included (see `eachValue`):
 * invisible characters in codes and signs of a wrong encoding are such rules. `screen` names the
 * `screenBits` a row must hold to be checked.
 */
export function valueRule(
  definition: Pick<Rule, "code" | "severity" | "description"> & { screen: number; check: ValueCheck },
): Rule {
  const { screen, check, ...head } = definition;
  return rowRule(head, screen, (info, registry, context, emit) =>
    eachValue(info, registry, context, (value, pointer, facts, column) =>
      check(context, emit, value, pointer, facts, column),
    ),
  );
}
