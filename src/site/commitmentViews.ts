import { commitmentText } from "../i18n/commitmentText.ts";
import { t } from "../i18n/t.ts";
import { commitmentTitle, milestoneTitle, type ShownTitle } from "../lib/commitments/commitmentTitle.ts";
import { milestoneOverdue, overdueMilestones } from "../lib/commitments/milestoneOverdue.ts";
import { ogpTermLabel } from "../lib/commitments/ogpTermLabel.ts";
import { planComputedCounts } from "../lib/commitments/planComputedCounts.ts";
import { formatDateRange } from "../lib/format/formatDateRange.ts";
import { formatNumber } from "../lib/format/formatNumber.ts";
import { formatPartialDate } from "../lib/format/formatPartialDate.ts";
import type { ActionPlan, Bilingual, Commitment, Lang } from "../lib/model.ts";
import { type JsonSchema, resolveSchema } from "../lib/schema/jsonSchema.ts";
import { fieldLabel } from "../lib/schema/vocabulary.ts";
import { planShortLabel, plansInOrder } from "./actionPlans.ts";
import {
  commitmentTokens,
  facetHref,
  facetLabel,
  facetOrders,
  facetValueKey,
  facetValueLabel,
  planCoverageText,
} from "./commitmentFacetViews.ts";
import { datasetSchema, propertyOf, valueContext } from "./datasetContext.ts";
import { type Inline, valueInlines } from "./fieldValues.ts";
import { activityRef, organisationRef, sourceRef } from "./names.ts";
import { pathOf } from "./routes.ts";
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

/**
 * Marks text quoted verbatim in English (IRM values, policy areas) on Indonesian pages, with the
 * Indonesian label of the OGP terms codelist beside it (`gloss`) when it has one.
 */
function verbatim(data: SiteData, value: string | undefined, lang: Lang): Inline {
  if (value === undefined) return { text: t(lang, "common.notFound"), absent: true };
  const gloss = ogpTermLabel(data.reference, value, lang);
  const text: Inline = lang === "en" ? { text: value } : { text: value, lang: "en" };
  return gloss ? { ...text, gloss } : text;
}

/** One row of a commitments table. */
export interface CommitmentRow {
  id: string;
  href: string;
  /** The title as the commitment's page shows it (`commitmentTitle`). */
  title: ShownTitle;
  lead: Inline[];
  ambition: Inline;
  results: Inline;
  /** Every facet value of the commitment (`plan:2020-2022 area:open-data …`), for the in-page filter. */
  tokens: string;
  /** Set when milestones are overdue on the build date, e.g. "2 milestones overdue on 1 May 2025". */
  overdue?: string;
}

/** Figures published for a whole plan by the IRM, grouped by the source that gives them. */
export interface PublishedFigures {
  source: Inline;
  figures: { label: string; value: string }[];
}

/** One tally computed from the records: a facet and how many records have each value. */
export interface ComputedTally {
  label: string;
  values: { label: Inline; count: string }[];
}

/** Figures KSST Terbuka computed from its own records of one plan, kept apart from the IRM's. */
export interface ComputedFigures {
  /** "Computed by KSST Terbuka from N records". */
  heading: string;
  records: number;
  tallies: ComputedTally[];
  milestones: string;
}

/** One action plan with its commitments. */
export interface PlanGroup {
  id: string;
  label: string;
  title: string;
  period?: string;
  count: string;
  /** On a filtered list: how many of the plan's commitments are shown. */
  shown?: string;
  /** The plan's page (its facet page), with the full summary. */
  href: string;
  published: PublishedFigures[];
  /** Facts about the plan that are not numbers, and the plan's sources. */
  notes?: LocalText;
  sources: SourceView[];
  computed: ComputedFigures;
  rows: CommitmentRow[];
}

/** Which plans and commitments a list shows. */
export interface PlanGroupOptions {
  /** Only this plan (kept even when it has no commitment records). */
  plan?: string;
  /** Only these commitments; plans left without any are dropped. */
  ids?: readonly string[];
}

/** Counts one plan's records: IRM values verbatim, milestones and overdue ones on the build date. */
function computedFigures(data: SiteData, lang: Lang, plan: string): ComputedFigures {
  const counts = planComputedCounts(data.datasets.commitments, plan, data.builtOn, facetOrders(data));
  const n = formatNumber(counts.records, lang);
  return {
    heading:
      counts.records === 1
        ? commitmentText(lang, "plan.computedOne")
        : commitmentText(lang, "plan.computed", { count: n }),
    records: counts.records,
    tallies: counts.facets.map((f) => ({
      label: facetLabel(f.name, lang),
      values: f.values.map((v) => ({
        label: facetValueLabel(data, f.name, v.value, lang),
        count: formatNumber(v.ids.length, lang),
      })),
    })),
    milestones: commitmentText(lang, "plan.milestonesValue", {
      total: formatNumber(counts.milestones.total, lang),
      due: formatNumber(counts.milestones.withDueDate, lang),
      overdue: formatNumber(counts.milestones.overdue, lang),
      date: formatPartialDate(data.builtOn, lang),
    }),
  };
}

/**
 * Builds commitment lists grouped by action plan, in plan order, each plan with the figures the IRM
 * published and, apart from them, the figures computed from the records.
 */
export function planGroups(data: SiteData, lang: Lang, options: PlanGroupOptions = {}): PlanGroup[] {
  const only = options.ids ? new Set(options.ids) : undefined;
  return plansInOrder(data)
    .filter((plan) => options.plan === undefined || plan.id === options.plan)
    .map((plan) => {
      const commitments = data.datasets.commitments
        .filter((c) => c.action_plan === plan.id && (!only || only.has(c.id)))
        .sort((a, b) => (a.number ?? 0) - (b.number ?? 0) || a.id.localeCompare(b.id));
      const period = formatDateRange(plan.period_start, plan.period_end, lang);
      const total = data.datasets.commitments.filter((c) => c.action_plan === plan.id).length;
      const notes = localText(plan.notes, lang);
      return {
        id: plan.id,
        label: planShortLabel(data, plan.id, lang),
        title: plan.title[lang],
        ...(period ? { period } : {}),
        count: planCoverageText(data, lang, plan.id),
        ...(only
          ? {
              shown: commitmentText(lang, "plan.shownOf", {
                shown: formatNumber(commitments.length, lang),
                total: formatNumber(total, lang),
              }),
            }
          : {}),
        href: facetHref("plan", plan.id, lang),
        published: publishedFigures(data, lang, plan),
        ...(notes ? { notes } : {}),
        sources: sourceViews(data, [...plan.source_ids, ...plan.figures.map((f) => f.source_id)], lang),
        computed: computedFigures(data, lang, plan.id),
        rows: commitments.map((c) => commitmentRow(data, lang, c)),
      };
    })
    .filter((group) => !only || group.rows.length > 0);
}

/** Groups a plan's published figures by their source, in the order the sources first appear. */
function publishedFigures(data: SiteData, lang: Lang, plan: ActionPlan): PublishedFigures[] {
  const groups = new Map<string, PublishedFigures>();
  for (const f of plan.figures) {
    const group = groups.get(f.source_id) ?? { source: sourceLink(data, f.source_id), figures: [] };
    group.figures.push({ label: f.label[lang], value: formatNumber(f.value, lang) });
    groups.set(f.source_id, group);
  }
  return [...groups.values()];
}

/** Returns a link to a source's own URL (or its title, when it has none), for use outside a source list. */
function sourceLink(data: SiteData, id: string): Inline {
  const source = data.index.sources.get(id);
  const text = sourceRef(data.index, id).text;
  return source?.url ? { text, href: source.url, external: true } : { text };
}

/** Says how many of a commitment's milestones are overdue on the build date, if any. */
function overdueText(data: SiteData, lang: Lang, c: Commitment): string | undefined {
  const count = overdueMilestones(c, data.builtOn).length;
  if (count === 0) return undefined;
  const date = formatPartialDate(data.builtOn, lang);
  return count === 1
    ? commitmentText(lang, "commitment.overdueOne", { date })
    : commitmentText(lang, "commitment.overdueCount", { count: formatNumber(count, lang), date });
}

function commitmentRow(data: SiteData, lang: Lang, c: Commitment): CommitmentRow {
  const overdue = overdueText(data, lang, c);
  return {
    id: c.id,
    href: pathOf({ kind: "commitment", id: c.id }, lang),
    title: commitmentTitle(c, lang),
    lead: c.lead_orgs?.length
      ? c.lead_orgs.map((id) => organisationRef(data.index, id, lang))
      : [{ text: t(lang, "common.notFound"), absent: true }],
    ambition: verbatim(data, c.irm?.ambition, lang),
    results: verbatim(data, c.irm?.early_results, lang),
    tokens: commitmentTokens(data, c),
    ...(overdue ? { overdue } : {}),
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
  title: ShownTitle;
  due: Inline;
  status: Inline;
  evidence: Inline[];
  /** Due date passed on the build date and the status does not say complete. */
  overdue: boolean;
}

/** One status change reported by the government, the IRM or civil society. */
export interface HistoryRow {
  date: string;
  /** The date as given (`2023`, `2023-05`), for `<time datetime>`. */
  isoDate: string;
  by: string;
  field: string;
  value: Inline;
  sources: Inline[];
}

/** Everything a commitment page shows. */
export interface CommitmentView {
  id: string;
  /** The title as every list shows it too (`commitmentTitle`), with KSST Terbuka's translation when quoted. */
  title: ShownTitle;
  /** Where the title shown comes from, when readers should know: its source, or that it is descriptive. */
  titleNote?: string;
  /** The source of the Indonesian title shown (an Indonesian action plan or government page). */
  titleIdSource?: Inline;
  /** The OGP identifier is only inferred (the commitment's own OGP page was not found). */
  idInferred: boolean;
  /** Where the dates come from, e.g. "initial action-plan proposal (not the final plan)". */
  datesBasis?: string;
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
  /** Datasets of the catalog that list this commitment in `ogp_commitments`. */
  datasets: Inline[];
  /** The commitments dataset's page, where this record is published. */
  publishedIn: Inline;
  /** How many milestones are overdue on the build date, when any are. */
  overdue?: string;
  /** How overdue milestones are flagged, with the build date. */
  overdueRule: string;
  sources: SourceView[];
}

/** Links each policy area to its page of commitments; "not found" when there are none. */
function areaLinks(data: SiteData, lang: Lang, areas: readonly string[] | undefined): Inline[] {
  if (!areas?.length) return [facetValueLabel(data, "area", null, lang)];
  return areas.map((a) => ({
    ...verbatim(data, a, lang),
    href: facetHref("area", facetValueKey(data, "area", a), lang),
  }));
}

/** Returns the datasets of the catalog that help fulfil a commitment, linked to their pages. */
function fulfillingDatasets(data: SiteData, lang: Lang, id: string): Inline[] {
  return [...data.siteDatasets.values()]
    .filter((d) => d.entry.ogp_commitments.includes(id))
    .map((d) => ({ text: d.entry.title[lang], href: pathOf({ kind: "dataset", id: d.entry.name }, lang) }));
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
  const label = (name: string) => fieldLabel(nested(data, name), name, lang);
  const orgs = (ids: readonly string[] | undefined) =>
    ids?.length
      ? ids.map((o) => organisationRef(data.index, o, lang))
      : [{ text: t(lang, "common.notFound"), absent: true }];
  const milestones = milestoneRows(data, c, lang);
  const selfAssessment = selfAssessmentFields(data, c, lang);
  const extra = c as Commitment & { notes?: Partial<Bilingual> };
  const dates = formatDateRange(c.start_date, c.end_date, lang);
  const description = localText(c.description, lang);
  const irmNotes = localText(c.irm?.notes, lang);
  const notes = localText(extra.notes, lang);
  const irmTitle = localText(c.title_irm, lang);
  const overdue = overdueText(data, lang, c);
  const titleNote = titleNoteOf(c, lang);
  const titleIdSource =
    lang === "id" && c.title.id && c.title.id_source_id ? sourceLink(data, c.title.id_source_id) : undefined;
  const datesBasis = c.dates_basis
    ? valueInlines(
        c.dates_basis,
        propertyOf(data, "commitments", "dates_basis"),
        valueContext(data, lang, "commitments"),
      )[0]?.text
    : undefined;
  return {
    id: c.id,
    title: commitmentTitle(c, lang),
    ...(titleNote ? { titleNote } : {}),
    ...(titleIdSource ? { titleIdSource } : {}),
    idInferred: c.id_inferred === true,
    ...(datesBasis && (c.start_date || c.end_date) ? { datesBasis } : {}),
    ...(irmTitle ? { irmTitle } : {}),
    plan: { text: planShortLabel(data, c.action_plan, lang), href: facetHref("plan", c.action_plan, lang) },
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
      { name: "policy_areas", label: label("policy_areas"), values: areaLinks(data, lang, c.policy_areas) },
      { name: "ogp_values", label: label("ogp_values"), values: verbatimList(data, c.ogp_values, lang) },
    ],
    milestones,
    milestonesInEnglish: milestones.some((m) => m.title.lang !== undefined && m.title.lang !== lang),
    irm: irmFields(data, c, lang),
    irmFound: c.irm !== undefined,
    ...(irmNotes ? { irmNotes } : {}),
    irmSources: (c.irm?.source_ids ?? []).map((s) => sourceRef(data.index, s)),
    ...(selfAssessment ? { selfAssessment } : {}),
    history: historyRows(data, c, lang),
    activities: (c.related_activities ?? []).map((a) => activityRef(data.index, a, lang)),
    datasets: fulfillingDatasets(data, lang, c.id),
    publishedIn: {
      text: data.siteDatasets.get("commitments")?.entry.title[lang] ?? "commitments",
      href: pathOf({ kind: "dataset", id: "commitments" }, lang),
    },
    ...(overdue ? { overdue } : {}),
    overdueRule: commitmentText(lang, "commitment.overdueRule", {
      date: formatPartialDate(data.builtOn, lang),
    }),
    sources: sourceViews(data, commitmentSourceIds(c), lang),
  };
}

/** Verbatim values (IRM scales, OGP values) with their labels, or one "not found" when there are none. */
function verbatimList(data: SiteData, values: readonly string[] | undefined, lang: Lang): Inline[] {
  return values?.length ? values.map((v) => verbatim(data, v, lang)) : [verbatim(data, undefined, lang)];
}

/** Where a commitment's title comes from, when the page must say it: descriptive, or English only on /id/. */
function titleNoteOf(c: Commitment, lang: Lang): string | undefined {
  if (c.title_source === "descriptive") return t(lang, "commitment.titleDescriptive");
  if (lang === "id" && !c.title.id)
    return t(lang, `commitment.titleEnglishFrom.${c.title_source ?? "ogp-page"}`);
  return undefined;
}

/** The IRM's assessment, field by field in schema order (its sources and notes are shown apart). */
function irmFields(data: SiteData, c: Commitment, lang: Lang): LabelledValues[] {
  const { base } = datasetSchema(data, "commitments");
  const irmRecord: Record<string, unknown> = c.irm ?? {};
  return Object.entries(nested(data, "irm").properties ?? {})
    .filter(([name]) => name !== "source_ids" && name !== "notes")
    .map(([name, node]) => {
      const value = irmRecord[name];
      return {
        name,
        label: fieldLabel(resolveSchema(node, data.registry, base), name, lang),
        values: Array.isArray(value)
          ? verbatimList(data, value as string[], lang)
          : [verbatim(data, value as string | undefined, lang)],
      };
    });
}

/** The commitment's milestones: title, due date, status, evidence and whether it is overdue. */
function milestoneRows(data: SiteData, c: Commitment, lang: Lang): MilestoneRow[] {
  return (c.milestones ?? []).map((m) => ({
    id: m.id,
    title: milestoneTitle(m, lang),
    due: m.due_date
      ? { text: formatPartialDate(m.due_date, lang) }
      : { text: t(lang, "common.notFound"), absent: true },
    status: verbatim(data, m.status, lang),
    evidence: (m.evidence_source_ids ?? []).map((s) => sourceRef(data.index, s)),
    overdue: milestoneOverdue(m, data.builtOn),
  }));
}

/** The commitment's status history: when, by whom, which field and value, on which sources. */
function historyRows(data: SiteData, c: Commitment, lang: Lang): HistoryRow[] {
  const ctx = valueContext(data, lang, "commitments");
  const historyNode = resolveSchema(nested(data, "status_history").items ?? {}, data.registry, ctx.base);
  const irmProperties = nested(data, "irm").properties ?? {};
  return (c.status_history ?? []).map((h) => ({
    date: formatPartialDate(h.date, lang),
    isoDate: h.date,
    by: valueInlines(h.by, historyNode.properties?.by ?? {}, ctx)[0]?.text ?? h.by,
    // The field is usually an IRM field (`early_results`): name it as the IRM section does.
    field: irmProperties[h.field]
      ? fieldLabel(resolveSchema(irmProperties[h.field] ?? {}, data.registry, ctx.base), h.field, lang)
      : h.field,
    value: verbatim(data, h.value, lang),
    sources: h.source_ids.map((s) => sourceRef(data.index, s)),
  }));
}

/** The government's self-assessment (status, date, sources), when the commitment has one. */
function selfAssessmentFields(data: SiteData, c: Commitment, lang: Lang): LabelledValues[] | undefined {
  const self = c.self_assessment;
  if (!self) return undefined;
  const node = nested(data, "self_assessment");
  return [
    {
      name: "status",
      label: fieldLabel(node.properties?.status, "status", lang),
      values: [verbatim(data, self.status, lang)],
    },
    {
      name: "date",
      label: fieldLabel(node.properties?.date, "date", lang),
      values: self.date
        ? [{ text: formatPartialDate(self.date, lang) }]
        : [{ text: t(lang, "common.unknown"), absent: true }],
    },
    {
      name: "source_ids",
      label: fieldLabel(node.properties?.source_ids, "source_ids", lang),
      values: self.source_ids.map((s) => sourceRef(data.index, s)),
    },
  ];
}

/** Every source the commitment's page cites: the record's, the IRM's, the self-assessment's, the milestones' and the history's. */
function commitmentSourceIds(c: Commitment): string[] {
  return [
    ...c.source_ids,
    ...(c.irm?.source_ids ?? []),
    ...(c.self_assessment?.source_ids ?? []),
    ...(c.milestones ?? []).flatMap((m) => m.evidence_source_ids ?? []),
    ...(c.status_history ?? []).flatMap((h) => h.source_ids),
  ];
}
