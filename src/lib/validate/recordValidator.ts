import type { ErrorObject, ValidateFunction } from "ajv";

/**
 * Validates records in two passes: a fast validator that stops at the first error, and, only for
 * the records that fail it, a validator that collects every error. Valid rows, the vast majority,
 * pay for the fast pass alone.
 */
export function recordValidator(
  fast: ValidateFunction,
  full: ValidateFunction,
): (record: unknown) => readonly ErrorObject[] | undefined {
  return (record) => {
    if (fast(record)) return undefined;
    // The exact pass decides: the fast one may count lengths more strictly (UTF-16 units).
    return full(record) ? undefined : (full.errors ?? []);
  };
}
