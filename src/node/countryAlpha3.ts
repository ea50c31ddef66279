import countries from "i18n-iso-countries";

/** Returns the ISO 3166-1 alpha-3 code of an alpha-2 code (i18n-iso-countries), or undefined when unknown. */
export function countryAlpha3(alpha2: string): string | undefined {
  return countries.alpha2ToAlpha3(alpha2);
}
