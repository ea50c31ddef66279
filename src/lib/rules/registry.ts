import { dateOrder } from "./dateOrder.ts";
import { femaleWithinTotal } from "./femaleWithinTotal.ts";
import { foreignKey } from "./foreignKey.ts";
import { primaryKey } from "./primaryKey.ts";
import type { Rule } from "./rule.ts";

/** The data rules run after schema validation, in order. Add a rule by adding its file here. */
export const rules: readonly Rule[] = [primaryKey, foreignKey, dateOrder, femaleWithinTotal];
