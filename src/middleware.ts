import { defineMiddleware } from "astro:middleware";
import { printableBytes } from "./lib/text/printableBytes.ts";
import { writeActivityPagesFrom } from "./site/activityPages.ts";

/**
 * Every HTML page is written with printable characters only: a control character that a text from
 * the data holds (a warning in the validator) is shown as its control picture (BEL → ␇), never sent
 * raw, which an HTML parser reports as an error. Markup never holds one, so the whole page is safe
 * to rewrite. Downloads (CSV, JSON, XLSX) are not pages and keep the data as it is. The page's bytes
 * are checked as they are and decoded only when one needs replacing (`printableBytes`), so a clean
 * page is neither decoded nor encoded again (docs/build.md, "Speed and memory"). In a build by `npm
 * run build`, the first activity page of each language also writes the others (src/site/activityPages.ts).
 */
export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  if (!response.headers.get("content-type")?.startsWith("text/html")) return response;
  const page = new Uint8Array(await response.arrayBuffer());
  await writeActivityPagesFrom(context.url.pathname, page);
  return new Response(printableBytes(page), {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
});
