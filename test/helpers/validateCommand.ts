import { nodeOptionsOf } from "./npmScript.ts";

/**
 * The Node options `npm run validate` runs `scripts/validate.ts` with (read from package.json: Node's
 * own type stripping, no loader), so that the tests run the CLI exactly as users do.
 */
export const validateNodeOptions = nodeOptionsOf("validate", "scripts/validate.ts");
