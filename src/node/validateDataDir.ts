import { resolve } from "node:path";
import { loadReference } from "../lib/reference/loadReference.ts";
import { type ValidationResult, validateFolder } from "../lib/validate/validateFolder.ts";
import { folderIO } from "./folderIO.ts";

/** The data folder: `KSST_DATA_DIR` when set, else `data/` (relative to the working directory). */
export function dataDir(): string {
  return process.env.KSST_DATA_DIR ?? "data";
}

/** Validates a data folder on disk against the repository's schemas and packaged reference lists. */
export async function validateDataDir(
  dir: string = dataDir(),
  schemaDir = "schemas",
): Promise<ValidationResult> {
  return validateFolder({
    dataIO: folderIO(resolve(dir)),
    schemaIO: folderIO(resolve(schemaDir)),
    reference: await loadReference(),
  });
}
