import { conflictsNamedBack } from "./conflictsNamedBack.ts";
import { dateOrder } from "./dateOrder.ts";
import { datePlausible } from "./datePlausible.ts";
import { duplicateRow } from "./duplicateRow.ts";
import { femaleWithinTotal } from "./femaleWithinTotal.ts";
import { foreignKey } from "./foreignKey.ts";
import { formulaInjection } from "./formulaInjection.ts";
import { invisibleInCode } from "./invisibleInCode.ts";
import { invisibleInText } from "./invisibleInText.ts";
import { milestoneWithinPlan } from "./milestoneWithinPlan.ts";
import { modalityPartner } from "./modalityPartner.ts";
import { mojibake } from "./mojibake.ts";
import { participantsPartsSum } from "./participantsPartsSum.ts";
import { personalData } from "./personalData.ts";
import { primaryKey } from "./primaryKey.ts";
import { regencyInProvince } from "./regencyInProvince.ts";
import type { Rule } from "./rule.ts";
import { uniqueValues } from "./uniqueValues.ts";

/** The data rules run beside schema validation, in this order. Add a rule by adding its file here. */
export const rules: readonly Rule[] = [
  primaryKey,
  uniqueValues,
  foreignKey,
  dateOrder,
  femaleWithinTotal,
  participantsPartsSum,
  modalityPartner,
  conflictsNamedBack,
  datePlausible,
  milestoneWithinPlan,
  regencyInProvince,
  duplicateRow,
  personalData,
  formulaInjection,
  invisibleInCode,
  invisibleInText,
  mojibake,
];
