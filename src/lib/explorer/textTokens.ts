/** The length of the prefix that names a text shard: a query word loads one shard. */
export const textShardLength = 3;

/**
 * Splits text into the words free-text search matches: accents removed, lower case, letters and
 * digits of the Latin alphabet only (`Timor-Leste` → `timor`, `leste`), each word once.
 */
export function textTokens(text: string): string[] {
  const plain = text.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();
  return [...new Set(plain.split(/[^a-z0-9]+/).filter((w) => w !== ""))];
}

/** Returns the name of the shard that holds a word (and every word it begins): its first letters. */
export function textShard(token: string): string {
  return token.slice(0, textShardLength);
}
