import type { Region } from "../model.ts";

/** A country's place in the UN M49 classification, as region and subregion names. */
export interface M49Place {
  region: string;
  subregion: string;
}

/** Countries of the Americas outside Latin America and the Caribbean (M49 "Northern America"). */
const northernAmerica = new Set(["US", "CA", "GL", "BM", "PM"]);

/**
 * Maps a country's UN M49 region to the regions the data model uses for KSST (`Region`):
 * Western Asia is the Middle East, Oceania the Pacific, the Americas south of the United States
 * Latin America and the Caribbean. Returns undefined for places outside these (Northern America,
 * Antarctica).
 */
export function regionOfPlace(code: string, place: M49Place | undefined): Region | undefined {
  if (!place) return undefined;
  switch (place.region) {
    case "Africa":
      return "africa";
    case "Asia":
      return place.subregion === "Western Asia" ? "middle-east" : "asia";
    case "Oceania":
      return "pacific";
    case "Europe":
      return "europe";
    case "Americas":
      return northernAmerica.has(code) ? undefined : "latin-america-caribbean";
    default:
      return undefined;
  }
}
