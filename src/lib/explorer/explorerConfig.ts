import type { Lang } from "../model.ts";
import type { DisplayColumn } from "./displayCell.ts";
import type { ExplorerShape } from "./explorerSpec.ts";

/**
 * What the browser's explorer script reads from the page (`data-config`): written by the site's
 * explorer view (src/site/explorer/explorerView.ts), read by src/client/explorer.ts.
 */
export interface ExplorerConfig {
  base: string;
  lang: Lang;
  /** The list page's path, where the explorer's state goes as a query, and its path in the other language. */
  path: string;
  otherPath: string;
  /** The facets and sorts, to read and write the state in the URL before the index is loaded. */
  shape: ExplorerShape;
  page: number;
  pageSize: number;
  display: DisplayColumn[];
  facets: { name: string; label: string; range: boolean }[];
  /** UI strings with `{…}` placeholders, by key. */
  text: Record<string, string>;
  fileName: string;
}
