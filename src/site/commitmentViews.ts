import { t } from "../i18n/t.ts";
import { formatDateRange } from "../lib/format/formatDateRange.ts";
import { formatNumber } from "../lib/format/formatNumber.ts";
import { formatPartialDate } from "../lib/format/formatPartialDate.ts";
import type { Bilingual, Commitment, Lang } from "../lib/model.ts";
import { type JsonSchema, resolveSchema } from "../lib/schema/jsonSchema.ts";
import { planShortLabel, plansInOrder } from "./dashboardCharts.ts";
import { datasetSchema, propertyOf, valueContext } from "./datasetContext.ts";
import { type Inline, valueInlines } from "./fieldValues.ts";
import { activityRef, organisationRef, sourceRef } from "./names.ts";
import { pathOf } from "./routes.ts";
import { fieldLabel } from "./schemaText.ts";
import type { SiteData } from "./siteData.ts";
import { type SourceView, sourceViews } from "./sourceViews.ts";

/** A text shown in the page's language when it exists, else in English and marked as such. */
export interface LocalText {
  text: string;
  /** Set when the text is not in the page's language. */
  lang?: Lang;
}

/** Returns a partially bilingual text in the page's language, falling back to English (marked). */
export function localText(text: Partial<Bilingual> | undefined, lang: Lang): LocalText | undefined {
  if (!text) return undefined;
  const own = text[lang];
  if (own) return { text: own };
  const fallback = text.en ?? text.id;
  if (!fallback) return undefined;
  return { text: fallback, lang: text.en ? "en" : "id" };
}

/** Marks text quoted verbatim in English (IRM values, policy areas) on Indonesian pages. */
function verbatim(value: string | undefined, lang: Lang): Inline {
  if (value === undefined) return { text: t(lang, "common.notFound"), absent: true };
  return lang === "en" ? { text: value } : { text: value, lang: "en" };
}

/** One row of a commitments table. */
export interface CommitmentRow {
  id: string;
  href: string;
  title: LocalText;
  lead: Inline[];
  ambition: Inline;
  results: Inline;
}

/** One action plan with its commitments. */
export interface PlanGroup {
  id: string;
  label: string;
  title: string;
  period?: string;
  count: string;
  figures: { label: string; value: string; source: Inline }[];
  rows: CommitmentRow[];
}

/** Builds the commitments page: commitments grouped by action plan, in plan order. */
export function planGroups(data: SiteData, lang: Lang): PlanGroup[] {
  return plansInOrder(data).map((plan) => {
    const commitments = data.datasets.commitments
      .filter((c) => c.action_plan === plan.id)
      .sort((a, b) => (a.number ?? 0) - (b.number ?? 0) || a.id.localeCompare(b.id));
    const period = formatDateRange(plan.period_start, plan.period_end, lang);
    return {
      id: plan.id,
      label: planShortLabel(data, plan.id),
      title: plan.title[lang],
      ...(period ? { period } : {}),
      count: t(lang, "commitments.planCount", { count: formatNumber(commitments.length, lang) }),
      figures: plan.figures.map((f) => ({
        label: f.label[lang],
        value: formatNumber(f.value, lang),
        source: sourceLink(data, f.source_id),
      })),
      rows: commitments.map((c) => commitmentRow(data, lang, c)),
    };
  });
}

/** Returns a link to a source's own URL (or its title, when it has none), for use outside a source list. */
function sourceLink(data: SiteData, id: string): Inline {
  const source = data.index.sources.get(id);
  const text = sourceRef(data.index, id).text;
  return source?.url ? { text, href: source.url, external: true } : { text };
}

function commitmentRow(data: SiteData, lang: Lang, c: Commitment): CommitmentRow {
  return {
    id: c.id,
    href: pathOf({ kind: "commitment", id: c.id }, lang),
    title: localText(c.title, lang) ?? { text: c.id },
    lead: c.lead_orgs.map((id) => organisationRef(data.index, id, lang)),
    ambition: verbatim(c.irm?.ambition, lang),
    results: verbatim(c.irm?.early_results, lang),
  };
}

/** One labelled value of a commitment page. */
export interface LabelledValues {
  name: string;
  label: string;
  values: Inline[];
}

/** One milestone row. */
export interface MilestoneRow {
  id: string;
  title: LocalText;
  due: Inline;
  status: Inline;
  evidence: Inline[];
}

/** One status change reported by the government, the IRM or civil society. */
export interface HistoryRow {
  date: string;
  by: string;
  field: string;
  value: Inline;
  sources: Inline[];
}

/** Everything a commitment page shows. */
export interface CommitmentView {
  id: string;
  title: LocalText;
  /** Set on Indonesian pages when only the English official title exists. */
  titleOnlyEnglish: boolean;
  translatedTitle?: LocalText;
  irmTitle?: LocalText;
  plan: Inline;
  number?: string;
  numberInferred: boolean;
  dates?: string;
  description?: LocalText;
  notes?: LocalText;
  institutions: LabelledValues[];
  areas: LabelledValues[];
  milestones: MilestoneRow[];
  /** Set when some milestone titles exist only in English (shown on Indonesian pages). */
  milestonesInEnglish: boolean;
  irm: LabelledValues[];
  irmFound: boolean;
  irmNotes?: LocalText;
  irmSources: Inline[];
  selfAssessment?: LabelledValues[];
  history: HistoryRow[];
  activities: Inline[];
  sources: SourceView[];
}

/** The nested schema node of a commitment property, resolved. */
function nested(data: SiteData, name: string): JsonSchema {
  return resolveSchema(
    propertyOf(data, "commitments", name),
    data.registry,
    datasetSchema(data, "commitments").base,
  );
}

/** Builds the page of one commitment, with every IRM field shown verbatim or as "not found". */
export function commitmentView(data: SiteData, lang: Lang, id: string): CommitmentView {
  const c = data.index.commitments.get(id);
  if (!c) throw new Error(`Commitment ${id} does not exist.`);
  const ctx = valueContext(data, lang, "commitments");
  const label = (name: string) => fieldLabel(nested(data, name), name, lang);
  const orgs = (ids: readonly string[] | undefined) =>
    ids?.length
      ? ids.map((o) => organisationRef(data.index, o, lang))
      : [{ text: t(lang, "common.notFound"), absent: true }];
  const list = (values: readonly string[] | undefined) =>
    values?.length ? values.map((v) => verbatim(v, lang)) : [verbatim(undefined, lang)];

  const irmNode = nested(data, "irm");
  const irmFields = Object.entries(irmNode.properties ?? {}).filter(
    ([name]) => name !== "source_ids" && name !== "notes",
  );
  const irmRecord = (c.irm ?? {}) as unknown as Record<string, unknown>;
  const irm = irmFields.map(([name, node]) => {
    const value = irmRecord[name];
    const values = Array.isArray(value)
      ? list(value as string[])
      : verbatim(value as string | undefined, lang);
    return {
      name,
      label: fieldLabel(resolveSchema(node, data.registry, ctx.base), name, lang),
      values: Array.isArray(values) ? values : [values],
    };
  });

  const milestones = (c.milestones ?? []).map((m) => ({
    id: m.id,
    title: localText(m.title, lang) ?? { text: m.id },
    due: m.due_date
      ? { text: formatPartialDate(m.due_date, lang) }
      : { text: t(lang, "common.notFound"), absent: true },
    status: verbatim(m.status, lang),
    evidence: (m.evidence_source_ids ?? []).map((s) => sourceRef(data.index, s)),
  }));

  const historyNode = resolveSchema(nested(data, "status_history").items ?? {}, data.registry, ctx.base);
  const history = (c.status_history ?? []).map((h) => ({
    date: formatPartialDate(h.date, lang),
    by: valueInlines(h.by, historyNode.properties?.by ?? {}, ctx)[0]?.text ?? h.by,
    field: h.field,
    value: verbatim(h.value, lang),
    sources: h.source_ids.map((s) => sourceRef(data.index, s)),
  }));

  const selfNode = nested(data, "self_assessment");
  const selfAssessment = c.self_assessment
    ? [
        {
          name: "status",
          label: fieldLabel(selfNode.properties?.status, "status", lang),
          values: [verbatim(c.self_assessment.status, lang)],
        },
        {
          name: "date",
          label: fieldLabel(selfNode.properties?.date, "date", lang),
          values: c.self_assessment.date
            ? [{ text: formatPartialDate(c.self_assessment.date, lang) }]
            : [{ text: t(lang, "common.unknown"), absent: true }],
        },
        {
          name: "source_ids",
          label: fieldLabel(selfNode.properties?.source_ids, "source_ids", lang),
          values: c.self_assessment.source_ids.map((s) => sourceRef(data.index, s)),
        },
      ]
    : undefined;

  const allSources = [
    ...c.source_ids,
    ...(c.irm?.source_ids ?? []),
    ...(c.self_assessment?.source_ids ?? []),
    ...(c.milestones ?? []).flatMap((m) => m.evidence_source_ids ?? []),
    ...(c.status_history ?? []).flatMap((h) => h.source_ids),
  ];
  const extra = c as Commitment & { title_translated?: Partial<Bilingual>; notes?: Partial<Bilingual> };
  const dates = formatDateRange(c.start_date, c.end_date, lang);
  const translated = extra.title_translated?.[lang];
  const description = localText(c.description, lang);
  const irmNotes = localText(c.irm?.notes, lang);
  const notes = localText(extra.notes, lang);
  const irmTitle = localText(c.title_irm, lang);
  return {
    id: c.id,
    title: localText(c.title, lang) ?? { text: c.id },
    titleOnlyEnglish: lang === "id" && !c.title.id,
    ...(translated && !c.title[lang] ? { translatedTitle: { text: translated } } : {}),
    ...(irmTitle ? { irmTitle } : {}),
    plan: {
      text: planShortLabel(data, c.action_plan),
      href: `${pathOf({ kind: "commitments" }, lang)}#plan-${c.action_plan}`,
    },
    ...(c.number !== undefined ? { number: formatNumber(c.number, lang) } : {}),
    numberInferred: c.number_inferred === true,
    ...(dates ? { dates } : {}),
    ...(description ? { description } : {}),
    ...(notes ? { notes } : {}),
    institutions: [
      { name: "lead_orgs", label: label("lead_orgs"), values: orgs(c.lead_orgs) },
      { name: "supporting_orgs", label: label("supporting_orgs"), values: orgs(c.supporting_orgs) },
    ],
    areas: [
      { name: "policy_areas", label: label("policy_areas"), values: list(c.policy_areas) },
      { name: "ogp_values", label: label("ogp_values"), values: list(c.ogp_values) },
    ],
    milestones,
    milestonesInEnglish: milestones.some((m) => m.title.lang !== undefined && m.title.lang !== lang),
    irm,
    irmFound: c.irm !== undefined,
    ...(irmNotes ? { irmNotes } : {}),
    irmSources: (c.irm?.source_ids ?? []).map((s) => sourceRef(data.index, s)),
    ...(selfAssessment ? { selfAssessment } : {}),
    history,
    activities: (c.related_activities ?? []).map((a) => activityRef(data.index, a, lang)),
    sources: sourceViews(data, allSources, lang),
  };
}
