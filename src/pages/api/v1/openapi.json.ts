import type { APIRoute } from "astro";
import { apiOpenApi } from "../../../site/apiFiles.ts";
import { getSiteData } from "../../../site/getSiteData.ts";
import { jsonResponse } from "../../../site/jsonResponse.ts";

/** The OpenAPI 3.1 description of the static JSON API. */
export const GET: APIRoute = async ({ site }) => jsonResponse(apiOpenApi(await getSiteData(), site));
