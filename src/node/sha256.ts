import { createHash } from "node:crypto";

/** Returns the SHA-256 digest of bytes as lowercase hex (Node's crypto; the core is handed this function). */
export function sha256Hex(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}
