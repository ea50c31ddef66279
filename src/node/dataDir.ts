/** The data folder: `KSST_DATA_DIR` when set, else `data/` (relative to the working directory). */
export function dataDir(): string {
  return process.env.KSST_DATA_DIR ?? "data";
}
