import { mayHold } from "../csv/rowScreen.ts";
import { eachText, type TextVisit } from "./eachValue.ts";
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
  return {
    ...head,
    appliesTo: () => true,
    start: (environment) => ({
      dataset(info) {
        return {
          row(context, emit) {
            // Rows whose cells the reader screened and found free of what the rule looks for are skipped.
            if (!mayHold(context.screen, screen)) return;
            eachText(info, environment.registry, context, emit, check);
          },
        };
      },
    }),
  };
}
