import { commitmentTitle } from "../lib/commitments/commitmentTitle.ts";
import { formatPartialDate } from "../lib/format/formatPartialDate.ts";
import { localField } from "../lib/localField.ts";
import type { Lang } from "../lib/model.ts";
import type { Reference } from "../lib/reference/referenceList.ts";
import { isolateBidi } from "../lib/text/isolateBidi.ts";
import type { RecordIndex } from "./recordIndex.ts";
import { pathOf } from "./routes.ts";

/** A name to show for a code or record, with a link when the site has a page for it. */
export interface NamedRef {
  text: string;
  href?: string;
  /** The language of `text` when it differs from the page's (for `lang` attributes). */
  lang?: Lang;
  /** The code itself, shown beside the name when it helps (e.g. `32.02`). */
  code?: string;
  /** A label in the page's language shown beside a text quoted verbatim (e.g. "Besar" beside "Major"). */
  gloss?: string;
}

/** Returns the name of a code in a packaged or project reference list (`countries`, `provinces`…). */
export function referenceName(reference: Reference, list: string, code: string, lang: Lang): string {
  return reference[list]?.label(code, lang) ?? code;
}

/** Returns an organisation's name in a language, with its acronym, linking to its page. */
export function organisationRef(index: RecordIndex, id: string, lang: Lang): NamedRef {
  const org = index.organisations.get(id);
  if (!org) return { text: id };
  const name = localField(org, "name", lang);
  // Each part is isolated when it holds right-to-left text, so the acronym's cannot reorder the brackets.
  const acronym = org.acronym && !name.includes(org.acronym) ? ` (${isolateBidi(org.acronym)})` : "";
  return { text: `${isolateBidi(name)}${acronym}`, href: pathOf({ kind: "organisation", id }, lang) };
}

/** Returns an activity's title in a language, linking to its page. */
export function activityRef(index: RecordIndex, id: string, lang: Lang): NamedRef {
  const activity = index.activities.get(id);
  if (!activity) return { text: id };
  return {
    text: localField(activity, "title", lang),
    href: pathOf({ kind: "activity", id }, lang),
  };
}

/**
 * Returns a commitment's title in a language as its page shows it (`commitmentTitle`), linking to
 * the page: a title quoted in English is marked so, with KSST Terbuka's translation as its gloss.
 */
export function commitmentRef(index: RecordIndex, id: string, lang: Lang): NamedRef {
  const commitment = index.commitments.get(id);
  if (!commitment) return { text: id };
  const title = commitmentTitle(commitment, lang);
  return {
    text: title.text,
    href: pathOf({ kind: "commitment", id }, lang),
    ...(title.lang ? { lang: title.lang } : {}),
    ...(title.translation ? { gloss: title.translation } : {}),
  };
}

/** Returns an action plan's title in a language, linking to its group on the commitments page. */
export function actionPlanRef(index: RecordIndex, id: string, lang: Lang): NamedRef {
  const plan = index.actionPlans.get(id);
  return { text: plan ? plan.title[lang] : id, href: `${pathOf({ kind: "commitments" }, lang)}#plan-${id}` };
}

/** Returns a source's title, linking to its entry in the page's source list. */
export function sourceRef(index: RecordIndex, id: string): NamedRef {
  const source = index.sources.get(id);
  return { text: source ? source.title : id, href: `#source-${id}` };
}

/** Returns an official claim by date and speaker, linking to its page. */
export function statementRef(index: RecordIndex, id: string, lang: Lang): NamedRef {
  const statement = index.statements.get(id);
  const href = pathOf({ kind: "claim", id }, lang);
  if (!statement) return { text: id, href };
  const date = statement.date ? `${formatPartialDate(statement.date, lang)}, ` : "";
  return { text: `${date}${statement.speaker ?? id}`, href };
}

/** How to name a record of each dataset that other records point to. */
const recordRefs: Readonly<Record<string, (index: RecordIndex, id: string, lang: Lang) => NamedRef>> = {
  organisations: organisationRef,
  activities: activityRef,
  commitments: commitmentRef,
  "action-plans": actionPlanRef,
  sources: (index, id) => sourceRef(index, id),
  statements: statementRef,
};

/** Returns the name of a record a foreign key points to (`organisations.id` …), with a link. */
export function recordRef(index: RecordIndex, dataset: string, id: string, lang: Lang): NamedRef {
  return recordRefs[dataset]?.(index, id, lang) ?? { text: id };
}
