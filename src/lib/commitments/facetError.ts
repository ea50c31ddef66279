/** Stable codes of the problems found while keying facet values for page paths. */
export type FacetErrorCode = "empty-key" | "key-collision";

/** A facet value that cannot get its own page path, with a message that says how to fix the data. */
export class FacetError extends Error {
  readonly code: FacetErrorCode;

  constructor(code: FacetErrorCode, message: string) {
    super(message);
    this.name = "FacetError";
    this.code = code;
  }
}
