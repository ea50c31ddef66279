import AxeBuilder from "@axe-core/playwright";
import Papa from "papaparse";
import type { Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openSitePage, type SiteSession } from "./browser.ts";

let site: SiteSession;
let page: Page;

beforeAll(async () => {
  ({ site, page } = await openSitePage());
});
afterAll(() => site?.close());

const dashboards = [
  { lang: "id", path: "/id/", charts: "/id/grafik/" },
  { lang: "en", path: "/en/", charts: "/en/charts/" },
] as const;

/** Reads a number written in the page's language ("1.234,5" / "1,234.5"), ignoring words around it. */
function parseLocaleNumber(text: string, lang: "id" | "en"): number | undefined {
  const token = /-?\d[\d.,]*/.exec(text)?.[0];
  if (!token) return undefined;
  const plain = lang === "id" ? token.replaceAll(".", "").replace(",", ".") : token.replaceAll(",", "");
  return Number(plain);
}

/** The values a chart's SVG draws, by `row|col`, from the marks' data attributes (all drawings of the figure). */
async function markValues(figure: Locator): Promise<Map<string, number>> {
  const marks = await figure
    .locator(".chart__svg [data-value]")
    .evaluateAll((els) =>
      els.map(
        (el) =>
          [
            `${el.getAttribute("data-row")}|${el.getAttribute("data-col")}`,
            Number(el.getAttribute("data-value")),
          ] as const,
      ),
    );
  const values = new Map<string, number>();
  for (const [key, value] of marks) {
    if (values.has(key)) expect(values.get(key), `${key} drawn twice with different values`).toBe(value);
    values.set(key, value);
  }
  return values;
}

/** The table's numeric cells by `row|col`: their data value and their visible text. */
async function tableCells(figure: Locator) {
  return figure.locator("tbody tr[data-row] td[data-value]").evaluateAll((tds) =>
    tds.map((td) => ({
      key: `${td.closest("tr")?.getAttribute("data-row")}|${td.getAttribute("data-col")}`,
      value: Number(td.getAttribute("data-value")),
      text: td.textContent ?? "",
    })),
  );
}

/** The ids of the dashboard's charts: its headline figures and the linked charts of each question. */
async function dashboardChartIds(p: Page): Promise<{ drawn: string[]; linked: string[] }> {
  const drawn = await p
    .locator("figure.chart")
    .evaluateAll((fs) => fs.map((f) => f.getAttribute("data-chart") ?? ""));
  const linked = await p.locator(".chart-more li[id]").evaluateAll((lis) => lis.map((li) => li.id));
  return { drawn, linked };
}

/** Checks that a chart (a figure with its table inside `container`) draws its table's numbers and its CSV holds them. */
async function expectChartMatchesItsData(container: Locator, id: string, lang: "id" | "en") {
  const marks = await markValues(container);
  expect(marks.size, `${id} draws values`).toBeGreaterThan(0);
  const cells = await tableCells(container);
  const byKey = new Map(cells.map((c) => [c.key, c]));
  for (const cell of cells)
    expect(parseLocaleNumber(cell.text, lang), `${id} ${cell.key} text`).toBe(cell.value);
  for (const [key, value] of marks) expect(byKey.get(key)?.value, `${id} ${key} in the table`).toBe(value);

  // The CSV: same rows in the same order, the table's columns under the same headers, raw numbers.
  const href = await container.locator("a[href$='.csv']").first().getAttribute("href");
  const response = await page.request.get(new URL(href ?? "", site.url).toString());
  expect(response.status()).toBe(200);
  const csv = Papa.parse<Record<string, string>>(await response.text(), {
    header: true,
    skipEmptyLines: true,
  });
  expect(csv.errors).toEqual([]);
  const rowKeys = await container
    .locator("tbody tr[data-row]")
    .evaluateAll((trs) => trs.map((tr) => tr.getAttribute("data-row")));
  expect(csv.data).toHaveLength(rowKeys.length);
  const headers = await container
    .locator("thead th[data-col]")
    .evaluateAll((ths) =>
      ths.map((th) => [th.getAttribute("data-col") ?? "", th.textContent ?? ""] as const),
    );
  const label = new Map(headers);
  for (const cell of cells) {
    const [row, col] = cell.key.split("|");
    const csvRow = csv.data[rowKeys.indexOf(row ?? "")];
    expect(Number(csvRow?.[label.get(col ?? "") ?? ""]), `${id} ${cell.key} in the CSV`).toBe(cell.value);
  }
}

describe.each(dashboards)("charts on the $lang dashboard", ({ lang, path, charts }) => {
  it("draw the same numbers as their tables and CSV downloads, there and on each chart's page", async () => {
    await page.goto(`${site.url}${path}`);
    const { drawn, linked } = await dashboardChartIds(page);
    // One headline chart per question; the others are links to their pages.
    expect(drawn.length).toBeGreaterThanOrEqual(6);
    expect(drawn.length + linked.length).toBeGreaterThanOrEqual(14);
    for (const id of drawn)
      await expectChartMatchesItsData(page.locator(`figure[data-chart="${id}"]`), id, lang);
    for (const id of [...drawn, ...linked]) {
      await page.goto(`${site.url}${charts}${id}/`);
      await expectChartMatchesItsData(page.locator(".chart-page"), id, lang);
    }
  });

  it("have no accessibility violations of any impact (axe)", async () => {
    await page.goto(`${site.url}${path}`);
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(
      violations.map((v) => `${v.impact} ${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`),
    ).toEqual([]);
  });
});

describe.each(dashboards)("chart pages in $lang", ({ lang, path, charts }) => {
  it("every dashboard chart has a page, an embed page without the site's chrome, and SVG and PNG downloads", async () => {
    await page.goto(`${site.url}${path}`);
    const { drawn, linked } = await dashboardChartIds(page);
    const ids = [...drawn, ...linked];
    for (const id of ids) {
      const chartPage = await page.request.get(`${site.url}${charts}${id}/`);
      expect(chartPage.status(), `${id} page`).toBe(200);
      for (const type of ["svg", "png"] as const) {
        const file = await page.request.get(`${site.url}${charts}${id}/${id}.${type}`);
        expect(file.status(), `${id}.${type}`).toBe(200);
        const body = await file.body();
        if (type === "png")
          expect([...body.subarray(1, 4)].map((b) => String.fromCharCode(b)).join("")).toBe("PNG");
        else expect(body.toString("utf8")).toContain("<svg");
      }
    }
    const embed = await (await site.context({ width: 600 })).newPage();
    await embed.goto(`${site.url}${charts}${ids[0]}/embed/`);
    expect(await embed.getAttribute("html", "lang")).toBe(lang);
    expect(await embed.locator("header, nav, footer").count()).toBe(0);
    expect(await embed.locator("figure.chart svg[role='img']").count()).toBeGreaterThan(0);
    expect(await embed.locator(`a[href='${charts}${ids[0]}/'][target='_top']`).count()).toBeGreaterThan(0);
    const { violations } = await new AxeBuilder({ page: embed }).analyze();
    expect(violations.map((v) => v.id)).toEqual([]);
    await embed.close();
  });
});

/** Checks that a figure's drawing is visible and fits a phone's width. */
async function expectFitsThePhone(figure: Locator, id: string) {
  const widths = await figure
    .locator(".chart__svg svg[role='img']")
    .evaluateAll((svgs) => svgs.map((svg) => svg.getBoundingClientRect().width));
  expect(Math.max(...widths), `${id} visible`).toBeGreaterThan(300);
  expect(Math.max(...widths), `${id} fits the phone`).toBeLessThanOrEqual(390);
}

describe("without JavaScript", () => {
  it("every chart is drawn and has its table, on the dashboard and on its page, on a phone", async () => {
    const context = await site.context({ javaScript: false, width: 390 });
    const noJs = await context.newPage();
    for (const { path, charts } of dashboards) {
      await noJs.goto(`${site.url}${path}`);
      const { drawn, linked } = await dashboardChartIds(noJs);
      const links = await noJs
        .locator(".chart-more li[id] > a")
        .evaluateAll((as) => as.map((a) => a.getAttribute("href")));
      expect(links).toEqual(linked.map((id) => `${charts}${id}/`));
      for (const id of drawn) {
        const figure = noJs.locator(`figure[data-chart="${id}"]`);
        await expectFitsThePhone(figure, id);
        expect(await figure.locator("table").count()).toBe(1);
      }
      // The other charts of each question: one tap from the dashboard to their pages.
      for (const id of [...drawn, ...linked]) {
        await noJs.goto(`${site.url}${charts}${id}/`);
        await expectFitsThePhone(noJs.locator("figure.chart"), id);
        expect(await noJs.locator(".chart-page table tbody tr").count(), `${id} table`).toBeGreaterThan(0);
      }
    }
    await context.close();
  });
});
