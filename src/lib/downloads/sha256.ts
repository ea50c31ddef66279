import { createHash } from "node:crypto";

/** Returns the SHA-256 digest of bytes as lowercase hex. */
export function sha256Hex(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}
