import type { Budget } from "./pageWeight.ts";

/** A page kind's limits: compressed bytes (see `Budget`) and elements in its DOM. */
export interface PageBudget extends Budget {
  elements: number;
}

/**
 * The budget of each kind of page, checked on every page of that kind of the built site (`npm run
 * budget`): at most 50 KB of JavaScript on any page, and bytes and DOM elements that keep a page
 * light on a phone. Entity pages list at most 50 rows per dataset, so their budget holds at any scale.
 */
export const pageBudgets = {
  dashboard: { js: 50_000, total: 80_000, elements: 4_000 },
  explorer: { js: 50_000, total: 60_000, elements: 1_400 },
  search: { js: 50_000, total: 30_000, elements: 300 },
  entityList: { js: 50_000, total: 60_000, elements: 2_500 },
  country: { js: 50_000, total: 80_000, elements: 2_200 },
  region: { js: 50_000, total: 80_000, elements: 2_200 },
  province: { js: 50_000, total: 80_000, elements: 2_200 },
  regency: { js: 50_000, total: 80_000, elements: 2_200 },
  sector: { js: 50_000, total: 80_000, elements: 2_200 },
  sdg: { js: 50_000, total: 80_000, elements: 2_200 },
  organisation: { js: 50_000, total: 100_000, elements: 3_000 },
  activity: { js: 50_000, total: 40_000, elements: 1_000 },
  commitment: { js: 50_000, total: 40_000, elements: 1_000 },
  claim: { js: 50_000, total: 40_000, elements: 800 },
  dataset: { js: 50_000, total: 60_000, elements: 1_500 },
} as const satisfies Record<string, PageBudget>;

/** A kind of page with a budget. */
export type BudgetedKind = keyof typeof pageBudgets;

/** Lists how a page's element count exceeds its budget, as sentences; empty when within it. */
export function overElements(elements: number, budget: PageBudget): string[] {
  return elements > budget.elements ? [`${elements} DOM elements exceed ${budget.elements}`] : [];
}
