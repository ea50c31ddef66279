import { fieldPairRule } from "./fieldPairRule.ts";

/**
 * An activity's `modality` follows the project's rule, not the sources: `triangular` exactly when
 * `partner_orgs` names a development partner, so a triangular activity names one and a south-south
 * one names none (multi-stakeholder may do either).
 */
export const modalityPartner = fieldPairRule(
  {
    code: "modality-partner",
    severity: "error",
    description: {
      id: "modality mengikuti aturan proyek: triangular bila dan hanya bila partner_orgs menyebut mitra pembangunan; south-south tanpa partner_orgs.",
      en: "modality follows the project's rule: triangular exactly when partner_orgs names a development partner; south-south without partner_orgs.",
    },
  },
  ["modality", "partner_orgs"],
  (modality, partners, report) => {
    const named = Array.isArray(partners) && partners.length > 0;
    if (modality === "triangular" ? named : modality !== "south-south" || !named) return;
    report({
      column: "modality",
      value: String(modality),
      rule: "modality = triangular ⇔ partner_orgs is filled",
      params: { partners: named ? (partners as unknown[]).join(";") : "" },
    });
  },
);
