import { strToU8, zipSync } from "fflate";
import writeXlsxFile, { type Row } from "write-excel-file/node";
import { escapeXml } from "../text/escapeXml.ts";
import type { CsvColumn } from "./csvColumn.ts";

// ZIP entries carry a modification time; a fixed one makes the same data give the same bytes and checksum.
const fixedTime = new Date("2000-01-01T00:00:00Z");

/** What a workbook says about itself in its document properties (File › Info in Excel). */
export interface XlsxProperties {
  title: string;
  description?: string;
  creator?: string;
  keywords?: readonly string[];
  /** The licence, e.g. `CC-BY-4.0 https://creativecommons.org/licenses/by/4.0/` (a custom property). */
  licence?: string;
  /** The data version (a custom property). */
  version?: string;
}

/** Writes one value as a spreadsheet cell: numbers stay numbers, lists are joined with `;`, unknown is empty. */
function cell(value: unknown, json: boolean): Row[number] {
  if (value === undefined || value === null) return null;
  if (typeof value === "number") return { value };
  if (typeof value === "boolean") return { value };
  if (json || (typeof value === "object" && !Array.isArray(value))) return { value: JSON.stringify(value) };
  if (Array.isArray(value)) return { value: value.map(String).join(";") };
  return { value: String(value) };
}

/** Returns the column letters of a 1-based column number (1 → A, 27 → AA). */
function columnLetters(n: number): string {
  let letters = "";
  for (let rest = n; rest > 0; rest = Math.floor((rest - 1) / 26))
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  return letters;
}

/** The core (Dublin Core) properties part: title, description, creator, keywords. */
function coreXml(p: XlsxProperties): string {
  const element = (name: string, text: string | undefined) =>
    text ? `<${name}>${escapeXml(text)}</${name}>` : "";
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ' +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    element("dc:title", p.title) +
    element("dc:description", p.description) +
    element("dc:creator", p.creator) +
    element("cp:keywords", p.keywords?.join(", ")) +
    "</cp:coreProperties>"
  );
}

/** The custom properties part: licence and version, which the core properties have no place for. */
function customXml(p: XlsxProperties): string {
  const entries = [
    ["Licence", p.licence],
    ["Version", p.version],
  ].filter((e): e is [string, string] => typeof e[1] === "string" && e[1] !== "");
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" ' +
    'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' +
    entries
      .map(
        ([name, value], i) =>
          `<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="${i + 2}" name="${name}">` +
          `<vt:lpwstr>${escapeXml(value)}</vt:lpwstr></property>`,
      )
      .join("") +
    "</Properties>"
  );
}

/** The parts write-excel-file writes for a workbook of one sheet without images, in no particular order. */
const workbookParts = [
  "[Content_Types].xml",
  "_rels/.rels",
  "xl/_rels/workbook.xml.rels",
  "xl/workbook.xml",
  "xl/worksheets/sheet1.xml",
  "xl/worksheets/_rels/sheet1.xml.rels",
  "xl/drawings/drawing1.xml",
  "xl/drawings/_rels/drawing1.xml.rels",
  "xl/styles.xml",
  "xl/sharedStrings.xml",
];

/**
 * Runs write-excel-file for its parts (the XML files inside the workbook) without letting it zip them:
 * its `files.write` feature hands over the reader of the parts it generates, which is read once
 * `writeXlsxFile` has returned (it generates every part when called; it zips only when asked for a
 * buffer or a stream, which is never done here). The workbook is deflated once, by `xlsxBytes`.
 */
/** A write-excel-file feature, as its options take it. */
type WorkbookFeature = NonNullable<NonNullable<Parameters<typeof writeXlsxFile>[1]>["features"]>[number];

function workbookXml(write: (capture: WorkbookFeature) => unknown): Record<string, string> {
  let read: ((path: string) => unknown) | undefined;
  write({
    files: {
      write: {
        files: (_sheets, parts) => {
          read = parts.read;
          return undefined;
        },
      },
    },
  });
  const parts: Record<string, string> = {};
  for (const path of workbookParts) {
    const content = read?.(path);
    if (typeof content === "string") parts[path] = content;
    else if (content !== undefined)
      throw new Error(`write-excel-file wrote ${path} as something other than text.`);
  }
  if (!parts["xl/worksheets/sheet1.xml"] || !parts["xl/sharedStrings.xml"])
    throw new Error("write-excel-file did not hand over the workbook's sheet and shared strings.");
  return parts;
}

/**
 * Adds what write-excel-file leaves out: the sheet's `<dimension>` (readers in streaming mode,
 * such as openpyxl's read-only mode used by frictionless, size every row by it) and the document
 * properties, with their relationships and content types.
 */
function completeWorkbook(
  parts: Record<string, string>,
  range: string,
  properties: XlsxProperties | undefined,
): Record<string, string> {
  const edit = (name: string, change: (xml: string) => string) => {
    const xml = parts[name];
    if (xml === undefined) throw new Error(`The workbook has no ${name}.`);
    parts[name] = change(xml);
  };
  // `dimension` is the first child of a worksheet when there is no `sheetPr`.
  edit("xl/worksheets/sheet1.xml", (xml) =>
    xml.replace(
      /(<worksheet\b[^>]*>)(<sheetPr\b[^>]*\/>|<sheetPr\b[\s\S]*?<\/sheetPr>)?/,
      `$1$2<dimension ref="${range}"/>`,
    ),
  );
  if (!properties) return parts;
  parts["docProps/core.xml"] = coreXml(properties);
  parts["docProps/custom.xml"] = customXml(properties);
  edit("[Content_Types].xml", (xml) =>
    xml.replace(
      "</Types>",
      '<Override ContentType="application/vnd.openxmlformats-package.core-properties+xml" PartName="/docProps/core.xml"/>' +
        '<Override ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml" PartName="/docProps/custom.xml"/></Types>',
    ),
  );
  edit("_rels/.rels", (xml) =>
    xml.replace(
      "</Relationships>",
      '<Relationship Id="rId-core" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>' +
        '<Relationship Id="rId-custom" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties" Target="docProps/custom.xml"/></Relationships>',
    ),
  );
  return parts;
}

/**
 * Serialises records as an Excel workbook with one sheet: a bold, frozen header row and the same
 * columns and cell texts as the CSV download, numbers kept as numbers, codes kept as text; with the
 * sheet's dimension and the document properties (title, licence…). Same records, same bytes.
 */
export async function xlsxBytes(
  records: readonly Readonly<Record<string, unknown>>[],
  columns: readonly CsvColumn[],
  sheet: string,
  properties?: XlsxProperties,
): Promise<Uint8Array> {
  const header: Row = columns.map((c) => ({ value: c.name, fontWeight: "bold" }));
  const rows: Row[] = records.map((record) => columns.map((c) => cell(c.read(record), c.json === true)));
  const parts = workbookXml((capture) =>
    writeXlsxFile(
      [header, ...rows],
      {
        // Excel limits sheet names to 31 characters.
        sheet: sheet.slice(0, 31),
        stickyRowsCount: 1,
        columns: columns.map((c) => ({ width: Math.min(60, Math.max(10, c.name.length + 2)) })),
      },
      { features: [capture] },
    ),
  );
  rows.length = 0;
  const range = `A1:${columnLetters(Math.max(1, columns.length))}${records.length + 1}`;
  const entries = completeWorkbook(parts, range, properties);
  return zipSync(
    Object.fromEntries(
      Object.entries(entries)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([name, xml]) => [name, [strToU8(xml), { mtime: fixedTime }]]),
    ),
    { level: 6 },
  );
}
