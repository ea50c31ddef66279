import { jsonBytes } from "../lib/downloads/jsonBytes.ts";

/** Wraps a value as an indented JSON response (UTF-8). */
export function jsonResponse(value: unknown): Response {
  return new Response(jsonBytes(value) as Uint8Array<ArrayBuffer>, {
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
}
