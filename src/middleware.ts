import { defineMiddleware } from "astro:middleware";
import { printableBytes } from "./lib/text/printableBytes.ts";

/**
 * Every HTML page is written with printable characters only: a control character that a text from
 * the data holds (a warning in the validator) is shown as its control picture (BEL → ␇), never sent
 * raw, which an HTML parser reports as an error. Markup never holds one, so the whole page is safe
 * to rewrite. Downloads (CSV, JSON, XLSX) are not pages and keep the data as it is. The page's bytes
 * are checked as they are and decoded only when one needs replacing (`printableBytes`), so a clean
 * page is neither decoded nor encoded again (docs/build.md, "Speed and memory").
 */
export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (!response.headers.get("content-type")?.startsWith("text/html")) return response;
  const bytes = printableBytes(new Uint8Array(await response.arrayBuffer()));
  return new Response(bytes, {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
});
