import { nodeOptionsOf } from "./npmScript.ts";

/**
 * The Node options `npm run build` runs `scripts/build.ts` with (read from package.json: one process,
 * tsx as a loader, `--expose-gc`), so that the tests run the build script as users do.
 */
export const buildNodeOptions = nodeOptionsOf("build", "scripts/build.ts");
