import type { APIRoute } from "astro";
import { getSiteData } from "../../site/data.ts";

/** The data quality report of every dataset, as published with this build (see docs/validation.md). */
export const GET: APIRoute = async () => {
  const { quality, version, builtOn } = await getSiteData();
  return new Response(`${JSON.stringify({ version, builtOn, ...quality }, null, 2)}\n`, {
    headers: { "content-type": "application/json; charset=utf-8" },
  });
};
