import { fieldPairRule } from "./fieldPairRule.ts";

/** Regencies lie in the provinces listed beside them (Kemendagri code `32.02` lies in province `32`). */
export const regencyInProvince = fieldPairRule(
  {
    code: "regency-outside-province",
    severity: "warning",
    description: {
      id: "Kabupaten/kota berada di provinsi yang dicantumkan (kode 32.02 berada di provinsi 32).",
      en: "Regencies lie in the provinces listed beside them (code 32.02 lies in province 32).",
    },
  },
  ["regencies", "provinces"],
  (regencies, provinces, report) => {
    if (!Array.isArray(regencies) || !Array.isArray(provinces) || provinces.length === 0) return;
    regencies.forEach((regency: unknown, index) => {
      const province = String(regency).split(".")[0];
      if (provinces.includes(province)) return;
      report({
        column: "regencies",
        pointer: `/regencies/${index}`,
        value: String(regency),
        rule: "regency code starts with a listed province code",
        params: { province: province ?? "", provinces: provinces.join(";") },
      });
    });
  },
);
