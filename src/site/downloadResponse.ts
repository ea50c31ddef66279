import type { DownloadFile, StoredDownload } from "../lib/downloads/datasetDownloads.ts";

/** Wraps a download's exact bytes in a response with its media type (UTF-8). */
export function downloadResponse(file: Pick<DownloadFile, "bytes" | "mediatype">): Response {
  return new Response(file.bytes as Uint8Array<ArrayBuffer>, {
    headers: { "Content-Type": `${file.mediatype}; charset=utf-8` },
  });
}

/** Serves a dataset's download from the build's download store, read back for this one response. */
export async function storedResponse(file: StoredDownload): Promise<Response> {
  return downloadResponse({ mediatype: file.mediatype, bytes: await file.read() });
}
