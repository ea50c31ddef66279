import { referenceName } from "../names.ts";
import { listCountChart } from "./listCountChart.ts";

/** On what: activities by Sustainable Development Goal, goals in their official order. */
export const sdgsChart = listCountChart({
  id: "sdgs",
  section: "on-what",
  title: "sdgs.title",
  subtitle: "sdgs.subtitle",
  alt: "sdgs.alt",
  coverage: "coverage.sdgs",
  codeHeader: "chart.col.goal",
  labelHeader: "chart.col.sdg",
  notes: ["sdgs.note"],
  codes: (a) => a.sdgs?.map(String),
  page: (code) => ({ kind: "sdg", id: code }),
  label: (data, code, lang) => `${code}. ${referenceName(data.reference, "sdgs", code, lang)}`,
  order: "code",
});
