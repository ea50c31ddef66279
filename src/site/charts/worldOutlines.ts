import countries from "i18n-iso-countries";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import atlas from "world-atlas/countries-110m.json" with { type: "json" };
import worldCountries from "world-countries";
import type { CountryFeature } from "../../lib/charts/choroplethMap.ts";

let outlines: CountryFeature[] | undefined;

/**
 * Returns the world's country outlines at 1:110m (Natural Earth, via world-atlas), each keyed by its
 * ISO 3166-1 alpha-2 code (from its numeric code); parsed once per build.
 */
export function worldOutlines(): readonly CountryFeature[] {
  if (outlines) return outlines;
  const topology = atlas as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const collection = feature(topology, topology.objects.countries);
  outlines = collection.features.map((f) => ({
    ...f,
    properties: {
      code: (f.id !== undefined && countries.numericToAlpha2(String(f.id))) || "",
      name: f.properties?.name ?? "",
    },
  }));
  return outlines;
}

/** Returns a country's representative point (latitude, longitude) from world-countries, for small states. */
export function countryPoint(code: string): { lon: number; lat: number } | undefined {
  const country = worldCountries.find((c) => c.cca2 === code);
  if (!country) return undefined;
  const [lat, lon] = country.latlng;
  return lat === undefined || lon === undefined ? undefined : { lon, lat };
}

/** Returns a country's UN M49 region and subregion (from world-countries), or undefined. */
export function countryPlace(code: string): { region: string; subregion: string } | undefined {
  const country = worldCountries.find((c) => c.cca2 === code);
  return country ? { region: country.region, subregion: country.subregion } : undefined;
}
