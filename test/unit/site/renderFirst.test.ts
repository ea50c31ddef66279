import { afterEach, describe, expect, it } from "vitest";
import { inRenderOrder, renderFirst } from "../../../src/node/renderFirst.ts";

// The activity pages' carriers are rendered before every other page of the site: the pages' modules
// name them, the page-order integration puts them first in Astro's list, the rest in their order.

const paths = [
  "/api/v1/index.json",
  "/downloads/activities.csv",
  "/id/kegiatan/a/",
  "/en/activities/a/",
  "/id/",
].map((pathname, i) => ({ pathname, route: i }));

afterEach(() => renderFirst([]));

describe("renderFirst", () => {
  it("puts the named pages first, in the list's order, and keeps the others' order", () => {
    renderFirst(["/en/activities/a/", "/id/kegiatan/a/"]);
    expect(inRenderOrder(paths).map((p) => p.pathname)).toEqual([
      "/id/kegiatan/a/",
      "/en/activities/a/",
      "/api/v1/index.json",
      "/downloads/activities.csv",
      "/id/",
    ]);
  });

  it("leaves the list as it is when no page was named, or none of those named is in it", () => {
    expect(inRenderOrder(paths)).toEqual(paths);
    renderFirst(["/nowhere/"]);
    expect(inRenderOrder(paths)).toEqual(paths);
  });
});
