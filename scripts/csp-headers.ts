// Writes public/_headers (the Content-Security-Policy and other headers for static hosts that read
// it) from src/site/contentSecurityPolicy.ts. Usage: npm run csp:headers
import { writeFileSync } from "node:fs";
import { headersFile } from "../src/site/contentSecurityPolicy.ts";

writeFileSync("public/_headers", headersFile());
process.stdout.write("Wrote public/_headers\n");
