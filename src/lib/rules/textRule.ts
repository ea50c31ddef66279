import { eachText, type TextVisit } from "./eachValue.ts";
import { rowRule } from "./rowRule.ts";
import type { Rule } from "./rule.ts";

/**
 * A rule that checks every free-text value of every dataset (see `eachText`): `check` receives each
 * value with its place and emits what it finds. Formula-like text, invisible characters in text and
 * personal data are such rules. `screen` names the `screenBits` a row must hold to be checked.
 */
export function textRule(
  definition: Pick<Rule, "code" | "severity" | "description"> & { screen: number; check: TextVisit },
): Rule {
  const { screen, check, ...head } = definition;
  return rowRule(head, screen, (info, registry, context, emit) =>
    eachText(info, registry, context, emit, check),
  );
}
