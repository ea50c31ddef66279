import type { Bilingual } from "../model.ts";

// The static JSON API (docs/standards.md): one file per record, paginated lists per collection,
// an index, all described by an OpenAPI 3.1 document. Every response is `{data, meta, links}`.
// Paths are relative to the API's root (`/api/v1/`); the caller turns them into URLs.

/** The API's version, the first segment of its paths. */
export const apiVersion = "v1";

/** Records per list page. */
export const apiPageSize = 100;

/** One collection of the API: a dataset, or a derived one such as countries. */
export interface ApiCollection {
  name: string;
  title: Bilingual;
  description: Partial<Bilingual>;
  /** The records, each with its id (the key of its URL). */
  records: readonly { id: string; record: unknown }[];
}

/** Returns the API path of a record, e.g. `activities/ksst-0001.json`. */
export function apiRecordPath(collection: string, id: string): string {
  return `${collection}/${encodeURIComponent(id)}.json`;
}

/** Returns the API path of a list page, e.g. `activities/page/1.json`. */
export function apiPagePath(collection: string, page: number): string {
  return `${collection}/page/${page}.json`;
}

/** How many list pages a collection has (at least one, empty when it has no record). */
export function apiPageCount(collection: ApiCollection, pageSize = apiPageSize): number {
  return Math.max(1, Math.ceil(collection.records.length / pageSize));
}

/** What every response says about the data it comes from. */
export interface ApiMeta {
  /** The data version (docs/releases.md). */
  version: string;
  /** The licence of the data (URL). */
  license: string;
}

/** Writes one record's response: the record, its collection, and links to itself and its list. */
export function apiRecord(
  collection: ApiCollection,
  entry: { id: string; record: unknown },
  meta: ApiMeta,
  url: (path: string) => string,
  html?: Partial<Record<"id" | "en", string>>,
): Record<string, unknown> {
  return {
    data: entry.record,
    meta: { ...meta, collection: collection.name, id: entry.id },
    links: {
      self: url(apiRecordPath(collection.name, entry.id)),
      collection: url(apiPagePath(collection.name, 1)),
      ...(html && Object.keys(html).length > 0 ? { html } : {}),
    },
  };
}

/** Writes one page of a collection's list, with paging links. */
export function apiPage(
  collection: ApiCollection,
  page: number,
  meta: ApiMeta,
  url: (path: string) => string,
  pageSize = apiPageSize,
): Record<string, unknown> {
  const totalPages = apiPageCount(collection, pageSize);
  const slice = collection.records.slice((page - 1) * pageSize, page * pageSize);
  return {
    data: slice.map((entry) => ({
      id: entry.id,
      href: url(apiRecordPath(collection.name, entry.id)),
      record: entry.record,
    })),
    meta: {
      ...meta,
      collection: collection.name,
      page,
      pageSize,
      totalItems: collection.records.length,
      totalPages,
    },
    links: {
      self: url(apiPagePath(collection.name, page)),
      first: url(apiPagePath(collection.name, 1)),
      last: url(apiPagePath(collection.name, totalPages)),
      ...(page > 1 ? { prev: url(apiPagePath(collection.name, page - 1)) } : {}),
      ...(page < totalPages ? { next: url(apiPagePath(collection.name, page + 1)) } : {}),
    },
  };
}

/** Writes the API's index: every collection with its size and first page, and the OpenAPI document. */
export function apiIndex(
  collections: readonly ApiCollection[],
  meta: ApiMeta,
  url: (path: string) => string,
): Record<string, unknown> {
  return {
    data: collections.map((c) => ({
      name: c.name,
      title: c.title,
      totalItems: c.records.length,
      href: url(apiPagePath(c.name, 1)),
    })),
    meta,
    links: { self: url("index.json"), openapi: url("openapi.json") },
  };
}
