/**
 * Encodes an ascending list of row numbers as the gaps between them (the first as itself), which
 * is how posting lists are stored in the explorer's files: small numbers that compress well.
 */
export function encodePostings(rows: readonly number[]): number[] {
  const gaps: number[] = [];
  let previous = -1;
  for (const row of rows) {
    if (!Number.isInteger(row) || row <= previous)
      throw new Error(
        `Posting lists hold ascending row numbers without repeats; ${row} follows ${previous}.`,
      );
    gaps.push(row - previous - 1);
    previous = row;
  }
  return gaps;
}

/** Decodes a posting list written by `encodePostings` back into ascending row numbers. */
export function decodePostings(gaps: readonly number[]): number[] {
  const rows: number[] = new Array(gaps.length);
  let previous = -1;
  for (let i = 0; i < gaps.length; i += 1) {
    previous += (gaps[i] as number) + 1;
    rows[i] = previous;
  }
  return rows;
}
