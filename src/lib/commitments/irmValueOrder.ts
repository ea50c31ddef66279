import type { FacetOrders } from "./facetIndex.ts";

/**
 * The order in which the tracker lists IRM values, strongest first; values not listed follow by
 * count. The values are as the IRM writes them (they are quoted, never translated).
 */
export const irmValueOrder: FacetOrders = {
  ambition: ["Transformative", "High", "Moderate", "Substantial", "Minor", "Low", "None"],
  impact: ["Transformative", "Moderate", "Minor", "None"],
  completion: ["Complete", "Substantial", "Limited", "Not started", "Pending IRM Review", "No IRM Data"],
  results: [
    "Outstanding",
    "Major",
    "Significant",
    "Moderate",
    "Marginal",
    "No early results",
    "Did not change",
    "Worsened",
    "No early results to report yet",
    "Pending",
    "Pending IRM Review",
    "No IRM Data",
  ],
};
