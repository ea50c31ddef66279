/** One province's tile: its Kemendagri code, a short label, and its cell in each layout. */
export interface ProvinceTile {
  code: string;
  /** The usual Indonesian abbreviation, short enough for a tile on a phone. */
  short: string;
  /** Column and row in the wide layout (14 × 5, west to east like the map). */
  wide: readonly [number, number];
  /** Column and row in the narrow layout (8 × 9: the east folded under the west, for phones). */
  narrow: readonly [number, number];
}

/**
 * The 38 provinces (Kemendagri codes as in idn-area-data) placed on a grid that keeps their rough
 * geography: Sumatra to the west, Java and Nusa Tenggara along the bottom, then Kalimantan, Sulawesi,
 * Maluku and Papua eastwards. On phones the eastern islands (Sulawesi, Maluku, Papua) move below.
 */
export const provinceTiles: readonly ProvinceTile[] = [
  { code: "11", short: "ACEH", wide: [0, 0], narrow: [0, 0] },
  { code: "12", short: "SUMUT", wide: [1, 1], narrow: [1, 1] },
  { code: "14", short: "RIAU", wide: [2, 1], narrow: [2, 1] },
  { code: "21", short: "KEPRI", wide: [3, 1], narrow: [3, 1] },
  { code: "13", short: "SUMBAR", wide: [1, 2], narrow: [1, 2] },
  { code: "15", short: "JAMBI", wide: [2, 2], narrow: [2, 2] },
  { code: "19", short: "BABEL", wide: [3, 2], narrow: [3, 2] },
  { code: "17", short: "BKL", wide: [1, 3], narrow: [1, 3] },
  { code: "16", short: "SUMSEL", wide: [2, 3], narrow: [2, 3] },
  { code: "18", short: "LAMPUNG", wide: [3, 3], narrow: [3, 3] },
  { code: "31", short: "DKI", wide: [4, 3], narrow: [4, 3] },
  { code: "36", short: "BANTEN", wide: [3, 4], narrow: [2, 4] },
  { code: "32", short: "JABAR", wide: [4, 4], narrow: [3, 4] },
  { code: "33", short: "JATENG", wide: [5, 4], narrow: [4, 4] },
  { code: "34", short: "DIY", wide: [6, 4], narrow: [5, 4] },
  { code: "35", short: "JATIM", wide: [7, 4], narrow: [6, 4] },
  { code: "51", short: "BALI", wide: [8, 4], narrow: [5, 5] },
  { code: "52", short: "NTB", wide: [9, 4], narrow: [6, 5] },
  { code: "53", short: "NTT", wide: [10, 4], narrow: [7, 5] },
  { code: "65", short: "KALTARA", wide: [6, 0], narrow: [6, 0] },
  { code: "61", short: "KALBAR", wide: [5, 1], narrow: [5, 1] },
  { code: "64", short: "KALTIM", wide: [6, 1], narrow: [6, 1] },
  { code: "62", short: "KALTENG", wide: [5, 2], narrow: [5, 2] },
  { code: "63", short: "KALSEL", wide: [6, 2], narrow: [6, 2] },
  { code: "75", short: "GTLO", wide: [8, 1], narrow: [1, 6] },
  { code: "71", short: "SULUT", wide: [9, 1], narrow: [2, 6] },
  { code: "76", short: "SULBAR", wide: [7, 2], narrow: [0, 7] },
  { code: "72", short: "SULTENG", wide: [8, 2], narrow: [1, 7] },
  { code: "73", short: "SULSEL", wide: [7, 3], narrow: [0, 8] },
  { code: "74", short: "SULTRA", wide: [8, 3], narrow: [1, 8] },
  { code: "82", short: "MALUT", wide: [10, 1], narrow: [3, 6] },
  { code: "81", short: "MALUKU", wide: [10, 2], narrow: [3, 7] },
  { code: "96", short: "PBD", wide: [11, 1], narrow: [4, 6] },
  { code: "92", short: "PABAR", wide: [12, 1], narrow: [5, 6] },
  { code: "91", short: "PAPUA", wide: [13, 1], narrow: [6, 6] },
  { code: "94", short: "PAPTENG", wide: [12, 2], narrow: [5, 7] },
  { code: "95", short: "PAPEG", wide: [13, 2], narrow: [6, 7] },
  { code: "93", short: "PAPSEL", wide: [13, 3], narrow: [6, 8] },
];
