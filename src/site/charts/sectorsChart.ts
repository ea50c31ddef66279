import { referenceName } from "../names.ts";
import { listCountChart } from "./listCountChart.ts";

/** On what: activities by OECD DAC sector (the publisher's classification of each activity's subject). */
export const sectorsChart = listCountChart({
  id: "sectors",
  section: "on-what",
  title: "sectors.title",
  subtitle: "sectors.subtitle",
  alt: "sectors.alt",
  coverage: "coverage.sectors",
  codeHeader: "chart.col.dac",
  labelHeader: "chart.col.sector",
  credits: ["credit.dac"],
  codes: (a) => a.sectors,
  page: (code) => ({ kind: "sector", id: code }),
  label: (data, code, lang) => referenceName(data.reference, "dac-sectors", code, lang),
  order: "count",
});
