import type { Lang } from "../model.ts";
import type { Reference } from "../reference/referenceList.ts";

/** The name of the project's bilingual codelist of OGP and IRM terms (`schemas/codelists/ogp-terms.json`). */
export const ogpTermsList = "ogp-terms";

/**
 * Returns the label of a verbatim OGP/IRM term (an IRM rating, an OGP value, a policy area) in a
 * language, or undefined when the term is not in the codelist or the label is the term itself. The
 * value in the data stays verbatim; the label is shown beside it.
 */
export function ogpTermLabel(reference: Reference, term: string, lang: Lang): string | undefined {
  const list = reference[ogpTermsList];
  if (!list?.has(term)) return undefined;
  const label = list.label(term, lang);
  return label === undefined || label === term ? undefined : label;
}
