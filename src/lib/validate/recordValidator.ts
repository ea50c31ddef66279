import type { ErrorObject, ValidateFunction } from "ajv";

/**
 * Validates records in two passes: a fast validator that stops at the first error, and, only for
 * the records that fail it, a validator that collects every error. Valid rows, the vast majority,
 * pay for the fast pass alone. `full` may be given as a function, called once when a record first
 * fails the fast pass: a dataset whose records are all valid never compiles it.
 */
export function recordValidator(
  fast: ValidateFunction,
  full: ValidateFunction | (() => ValidateFunction),
): (record: unknown) => readonly ErrorObject[] | undefined {
  let exact: ValidateFunction | undefined = isCompiled(full) ? full : undefined;
  return (record) => {
    if (fast(record)) return undefined;
    exact ??= (full as () => ValidateFunction)();
    // The exact pass decides: the fast one may count lengths more strictly (UTF-16 units).
    return exact(record) ? undefined : (exact.errors ?? []);
  };
}

// A compiled ajv validator carries its schema; a plain function that returns one does not.
function isCompiled(full: ValidateFunction | (() => ValidateFunction)): full is ValidateFunction {
  return "schema" in full;
}
