import { decodePostings } from "./postings.ts";
import { RowSet } from "./rowSet.ts";
import { textShard, textShardLength, textTokens } from "./textTokens.ts";

/** A text shard: each word with its rows as a posting list. */
export type TextShard = Readonly<Record<string, readonly number[]>>;

/**
 * Returns the rows whose text has every word of a query, each query word matching any indexed word
 * it begins (`timo` finds `timor`; words shorter than the shard prefix match whole words only);
 * `shard` returns the text shard of a prefix (empty when there is none). Returns undefined for a
 * query without a word.
 */
export async function matchText(
  query: string,
  total: number,
  shard: (prefix: string) => Promise<TextShard>,
): Promise<RowSet | undefined> {
  const tokens = textTokens(query);
  if (tokens.length === 0) return undefined;
  let result: RowSet | undefined;
  for (const token of tokens) {
    const words = await shard(textShard(token));
    const found = RowSet.none(total);
    for (const [word, gaps] of Object.entries(words)) {
      const hit = token.length < textShardLength ? word === token : word.startsWith(token);
      if (hit) for (const row of decodePostings(gaps)) found.add(row);
    }
    result = result ? result.and(found) : found;
  }
  return result;
}
