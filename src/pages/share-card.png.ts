// The share card that social media show for pages without an image of their own (Open Graph, Twitter).
import type { APIRoute } from "astro";
import { t } from "../i18n/t.ts";
import { svgToPng } from "../node/svgToPng.ts";
import { shareCardSvg } from "../site/shareCardSvg.ts";

export const GET: APIRoute = async () =>
  new Response(
    (await svgToPng(
      shareCardSvg(t("id", "site.name"), [t("id", "site.tagline"), t("en", "site.tagline")]),
    )) as Uint8Array<ArrayBuffer>,
    { headers: { "Content-Type": "image/png" } },
  );
