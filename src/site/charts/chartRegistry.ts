import { activitiesByTypeChart } from "./activitiesByType.ts";
import { activitiesPerYearChart } from "./activitiesPerYear.ts";
import { actorsChart } from "./actorsChart.ts";
import type { ChartDefinition } from "./chartDefinition.ts";
import { commitmentsAmbitionChart, commitmentsResultsChart } from "./commitmentAssessment.ts";
import { commitmentsCompletionChart } from "./commitmentsCompletion.ts";
import { moneyByRegionChart, moneyBySectorChart, moneyByYearChart } from "./moneyCharts.ts";
import { participantsChart } from "./participantsChart.ts";
import { partnerCountriesChart } from "./partnerCountries.ts";
import { partnerRegionsChart } from "./partnerRegions.ts";
import { provincesMapChart } from "./provincesMap.ts";
import { sdgsChart } from "./sdgsChart.ts";
import { sectorsChart } from "./sectorsChart.ts";
import { triangularPartnersChart } from "./triangularPartners.ts";

/**
 * Every chart of the site, in dashboard order. The dashboard, the chart pages, the embeddable pages
 * and the CSV, SVG and PNG downloads are all generated from this list.
 */
export const chartRegistry: readonly ChartDefinition[] = [
  activitiesPerYearChart,
  activitiesByTypeChart,
  partnerCountriesChart,
  partnerRegionsChart,
  triangularPartnersChart,
  provincesMapChart,
  sectorsChart,
  sdgsChart,
  actorsChart,
  participantsChart,
  moneyByYearChart,
  moneyByRegionChart,
  moneyBySectorChart,
  commitmentsCompletionChart,
  commitmentsAmbitionChart,
  commitmentsResultsChart,
];

/** Returns a chart definition by its id, or undefined. */
export function chartById(id: string): ChartDefinition | undefined {
  return chartRegistry.find((c) => c.id === id);
}
