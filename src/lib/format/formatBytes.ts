import type { Lang } from "../model.ts";
import { formatNumber } from "./formatNumber.ts";

const units = ["B", "KB", "MB", "GB"] as const;

/** Formats a byte count for people, in 1024-byte steps: `812 B`, `12,3 KB` / `12.3 KB`. */
export function formatBytes(bytes: number, lang: Lang): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${formatNumber(value, lang, { maximumFractionDigits: unit === 0 ? 0 : 1 })} ${units[unit]}`;
}
