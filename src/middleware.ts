import { defineMiddleware } from "astro:middleware";
import { printableText } from "./lib/text/printableText.ts";

/**
 * Every HTML page is written with printable characters only: a control character that a text from
 * the data holds (a warning in the validator) is shown as its control picture (BEL → ␇), never sent
 * raw, which an HTML parser reports as an error. Markup never holds one, so the whole page is safe
 * to rewrite. Downloads (CSV, JSON, XLSX) are not pages and keep the data as it is.
 */
export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (!response.headers.get("content-type")?.startsWith("text/html")) return response;
  const html = await response.text();
  return new Response(printableText(html), {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
});
