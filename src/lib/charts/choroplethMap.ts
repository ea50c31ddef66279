import * as Plot from "@observablehq/plot";
import type { Feature, FeatureCollection, Geometry } from "geojson";
import type { ChartContext } from "./chartTypes.ts";
import { binOf, type CountBin, noRecordColour } from "./countBins.ts";
import { tagMarks } from "./markData.ts";
import { roundPath } from "./roundPath.ts";
import { toSvgString } from "./toSvgString.ts";

/** A country outline keyed by its ISO 3166-1 alpha-2 code. */
export type CountryFeature = Feature<Geometry, { code: string; name: string }>;

/** Input of a world choropleth: outlines, a count per country, colour bins, and a highlighted home country. */
export interface ChoroplethInput extends ChartContext {
  features: readonly CountryFeature[];
  /** The count drawn for each country code, with its tooltip; countries not listed have nothing on record. */
  values: ReadonlyMap<string, { value: number; tip: string }>;
  bins: readonly CountBin[];
  /** The country drawn apart (Indonesia), with its colour and tooltip. */
  home?: { code: string; colour: string; tip: string };
  /** Codes of the countries the map must show in full; the projection is fitted to them. */
  focus: readonly string[];
  /** The column key of the counts in the chart's table. */
  valueKey: string;
  /** Countries too small for the outlines (e.g. Tonga, Mauritius), drawn as dots at these coordinates. */
  points: readonly { code: string; lon: number; lat: number }[];
  /** Longitude at the map's centre, so that no focus country is cut by the antimeridian. */
  centre: number;
}

/**
 * Draws a choropleth of counts per country with Observable Plot (Equal Earth projection fitted to the
 * focus countries), coordinates rounded to whole pixels, and each counted country tagged with its
 * table cell. Countries entirely outside the frame are left out of the markup.
 */
export function choroplethMap(input: ChoroplethInput): string {
  const { features, values, bins, home, width, document } = input;
  const focus: FeatureCollection = {
    type: "FeatureCollection",
    features: [
      ...features.filter((f) => input.focus.includes(f.properties.code)),
      // Small states drawn as dots must be inside the frame too.
      ...input.points
        .filter((p) => input.focus.includes(p.code))
        .map((p) => ({
          type: "Feature" as const,
          geometry: { type: "Point" as const, coordinates: [p.lon, p.lat] },
          properties: { code: p.code, name: p.code },
        })),
    ],
  };
  const fill = (f: CountryFeature) => {
    if (home && f.properties.code === home.code) return home.colour;
    const counted = values.get(f.properties.code);
    return counted ? (binOf(counted.value, bins)?.colour ?? noRecordColour) : noRecordColour;
  };
  const counted = features.filter((f) => values.has(f.properties.code));
  const others = features.filter((f) => !values.has(f.properties.code));
  // Small states with records, drawn as dots.
  const shownPoints = input.points.filter((p) => values.has(p.code));
  const svg = Plot.plot({
    document,
    width,
    height: Math.round(width * 0.5),
    margin: 0,
    style: { fontFamily: "inherit" },
    projection: { type: "equal-earth", rotate: [-input.centre, 0], domain: focus, inset: 8 },
    marks: [
      Plot.geo(others, {
        fill,
        stroke: "#ffffff",
        strokeWidth: 0.6,
        render: tagMarks(others, (f) =>
          home && f.properties.code === home.code
            ? { row: f.properties.code, col: "home", value: undefined, tip: home.tip }
            : undefined,
        ),
      }),
      Plot.geo(counted, {
        fill,
        stroke: "#1b1f24",
        strokeWidth: 0.6,
        render: tagMarks(counted, (f) => {
          const v = values.get(f.properties.code);
          return v ? { row: f.properties.code, col: input.valueKey, value: v.value, tip: v.tip } : undefined;
        }),
      }),
      Plot.dot(shownPoints, {
        x: "lon",
        y: "lat",
        r: 4,
        fill: (p: { code: string }) => binOf(values.get(p.code)?.value ?? 0, bins)?.colour ?? noRecordColour,
        stroke: "#1b1f24",
        strokeWidth: 0.8,
        render: tagMarks(shownPoints, (p) => {
          const v = values.get(p.code);
          return v ? { row: p.code, col: input.valueKey, value: v.value, tip: v.tip } : undefined;
        }),
      }),
    ],
  });
  for (const path of Array.from(svg.querySelectorAll("path"))) {
    const d = roundPath(path.getAttribute("d") ?? "");
    if (d === "") path.remove();
    else path.setAttribute("d", d);
  }
  return toSvgString(svg, input.ariaLabel, input.hrefOf);
}
