import { parseHTML } from "linkedom";

/** Returns a server-side DOM document (linkedom) for Observable Plot to render charts into. */
export function serverDocument(): Document {
  return parseHTML("<!doctype html><html><body></body></html>").document as unknown as Document;
}
