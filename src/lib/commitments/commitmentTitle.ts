import type { Bilingual, Commitment, Lang, Milestone } from "../model.ts";

/** A commitment's or milestone's title as every page and list shows it, in one language. */
export interface ShownTitle {
  /** The title: as a source gives it in the page's language, else quoted in the language it has. */
  text: string;
  /** The language of `text` when it is not the page's (for `lang` attributes). */
  lang?: Lang;
  /** KSST Terbuka's translation into the page's language, shown beside a title quoted in another. */
  translation?: string;
  /** The title is KSST Terbuka's own `[bracketed]` description: no source read gives the title. */
  descriptive: boolean;
}

/** Picks the title to show from a source's wording and the publisher's translations. */
function shownTitle(
  title: Partial<Bilingual>,
  translated: Partial<Bilingual> | undefined,
  lang: Lang,
  descriptive: boolean,
): ShownTitle | undefined {
  const own = title[lang];
  if (own) return { text: own, descriptive };
  const translation = translated?.[lang];
  // A descriptive title quotes nothing: it is ours in either language, so it reads in the page's.
  if (descriptive && translation) return { text: translation, descriptive };
  const other: Lang = lang === "id" ? "en" : "id";
  const quoted = title[other];
  if (!quoted) return translation ? { text: translation, descriptive } : undefined;
  return { text: quoted, lang: other, ...(translation ? { translation } : {}), descriptive };
}

/**
 * Returns a commitment's title in a language, the same on its page and in every list: the source's
 * title in that language; else the English title quoted verbatim, with KSST Terbuka's translation
 * beside it when there is one; a descriptive `[bracketed]` title in the page's language.
 */
export function commitmentTitle(
  commitment: Pick<Commitment, "id" | "title" | "title_source" | "title_translated">,
  lang: Lang,
): ShownTitle {
  const descriptive = commitment.title_source === "descriptive";
  return (
    shownTitle(commitment.title, commitment.title_translated, lang, descriptive) ?? {
      text: commitment.id,
      descriptive,
    }
  );
}

/** Returns a milestone's title in a language, by the same rule as a commitment's (`commitmentTitle`). */
export function milestoneTitle(
  milestone: Pick<Milestone, "id" | "title" | "title_translated">,
  lang: Lang,
): ShownTitle {
  return (
    shownTitle(milestone.title, milestone.title_translated, lang, false) ?? {
      text: milestone.id,
      descriptive: false,
    }
  );
}
