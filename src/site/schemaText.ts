import type { Bilingual, Lang } from "../lib/model.ts";
import type { JsonSchema } from "../lib/schema/jsonSchema.ts";

/** Returns a property's human label (`x-label`) in a language, falling back to its name. */
export function fieldLabel(node: JsonSchema | undefined, name: string, lang: Lang): string {
  const label = node?.["x-label"] as Partial<Bilingual> | undefined;
  return label?.[lang] ?? label?.en ?? name;
}

/** Returns a property's definition in a language: `x-description-id` in Indonesian, `description` in English. */
export function fieldDescription(node: JsonSchema | undefined, lang: Lang): string | undefined {
  if (!node) return undefined;
  const indonesian = node["x-description-id"];
  if (lang === "id" && typeof indonesian === "string") return indonesian;
  return node.description;
}

/** Returns how KSST Terbuka derives a property's value (`x-derived`) in a language, when it does. */
export function fieldDerived(node: JsonSchema | undefined, lang: Lang): string | undefined {
  const derived = node?.["x-derived"] as Partial<Bilingual> | undefined;
  return derived?.[lang] ?? derived?.en;
}

/** Returns the label of an enum value (`x-enumLabels`) in a language, or the value itself. */
export function enumLabel(node: JsonSchema | undefined, value: unknown, lang: Lang): string {
  const labels = node?.["x-enumLabels"] as Record<string, Partial<Bilingual>> | undefined;
  const key = String(value);
  return labels?.[key]?.[lang] ?? labels?.[key]?.en ?? key;
}
