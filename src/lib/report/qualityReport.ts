import { entryTitle } from "../catalog.ts";
import type { Issue, Severity } from "../issue.ts";
import { codeDefinition, formatIssue } from "../messages/messages.ts";
import type { Bilingual } from "../model.ts";
import { closeBidi } from "../text/closeBidi.ts";
import { isolateBidi } from "../text/isolateBidi.ts";
import type { ValidationResult } from "../validate/validateFolder.ts";

/** One check a dataset went through, with what it verifies and how many problems it found. */
export interface QualityCheck {
  code: string;
  severity: Severity;
  description: Bilingual;
  errors: number;
  warnings: number;
}

/** One problem found in a dataset, located and explained in both languages. */
export interface QualityIssue {
  code: string;
  severity: Severity;
  row?: number;
  column?: string;
  columnNumber?: number;
  pointer?: string;
  /** The value as written (personal data is masked). */
  value?: string;
  rule: string;
  message: Bilingual;
  fix: Bilingual;
}

/** The quality report of one dataset, as its page publishes it. */
export interface DatasetQuality {
  name: string;
  file: string;
  title: Bilingual;
  rows: number;
  /** No errors (warnings are allowed: they are published here). */
  valid: boolean;
  errors: number;
  warnings: number;
  /** Problems counted in `errors` and `warnings` but not listed in `issues` (beyond the limit per code). */
  omitted: number;
  checks: QualityCheck[];
  issues: QualityIssue[];
}

/** The quality report of every dataset, in catalog order. */
export interface QualityReport {
  valid: boolean;
  datasets: DatasetQuality[];
}

/**
 * Builds the published quality report from a validation: for each dataset, what was checked (in
 * Bahasa Indonesia and English), how many rows, and each error and warning with its code, place,
 * message and fix in both languages. Pure: the same result always gives the same report.
 */
export function qualityReport(result: ValidationResult): QualityReport {
  const datasets = result.stats.map((stat): DatasetQuality => {
    const entry = result.catalog.datasets.find((d) => d.name === stat.name);
    const own = result.issues.filter((found) => found.dataset === stat.name);
    const checks = (result.checks[stat.name] ?? []).map((code): QualityCheck => {
      const definition = codeDefinition(code);
      const found = own.filter((i) => i.code === code);
      return {
        code,
        severity: definition.severity,
        description: definition.check,
        errors: found.filter((i) => i.severity === "error").length,
        warnings: found.filter((i) => i.severity === "warning").length,
      };
    });
    return {
      name: stat.name,
      file: stat.file,
      title: entry ? entryTitle(entry) : { id: stat.name, en: stat.name },
      rows: stat.rows,
      valid: stat.errors === 0,
      errors: stat.errors,
      warnings: stat.warnings,
      omitted: stat.omitted,
      checks,
      issues: own.map(qualityIssue),
    };
  });
  return { valid: result.valid, datasets };
}

function qualityIssue(found: Issue): QualityIssue {
  // The message quotes the value: a direction override it leaves open is closed at the quote's end and
  // right-to-left text is isolated (U+2068 … U+2069), so it cannot reverse or reorder the rest of the
  // message on the dataset's page. `value` keeps it as written.
  const quoted = found.value === undefined ? found : { ...found, value: isolateBidi(closeBidi(found.value)) };
  const id = formatIssue(quoted, "id");
  const en = formatIssue(quoted, "en");
  return {
    code: found.code,
    severity: found.severity,
    ...(found.row === undefined ? {} : { row: found.row }),
    ...(found.column === undefined ? {} : { column: found.column }),
    ...(found.columnNumber === undefined ? {} : { columnNumber: found.columnNumber }),
    ...(found.pointer === undefined ? {} : { pointer: found.pointer }),
    ...(found.value === undefined ? {} : { value: found.value }),
    rule: found.rule,
    message: { id: id.message, en: en.message },
    fix: { id: id.fix, en: en.fix },
  };
}
