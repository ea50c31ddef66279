import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize, resolve } from "node:path";
import { createGzip } from "node:zlib";

const types: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".csv": "text/csv; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".xml": "application/xml; charset=utf-8",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
  ".wasm": "application/wasm",
};

/** Whether a host would compress a file of this type (text formats; images, zips and Pagefind's pre-compressed chunks are not). */
const compressible = (type: string) => /^text\/|json|xml|svg/.test(type);

/**
 * A static file server over a built site on 127.0.0.1, like any static host (directory → index.html);
 * with `gzip`, text files go gzip-compressed to a client that accepts it, as hosts and CDNs serve them.
 */
export async function serveStatic(
  root: string,
  { gzip = false }: { gzip?: boolean } = {},
): Promise<{ url: string; close(): Promise<void> }> {
  const base = resolve(root);
  const server: Server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? "/", "http://x").pathname);
    let file = normalize(join(base, path));
    if (!file.startsWith(base)) {
      response.writeHead(403).end();
      return;
    }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, "index.html");
      await stat(file);
    } catch {
      response.writeHead(404, { "content-type": "text/plain" }).end("Not found");
      return;
    }
    const type = types[extname(file)] ?? "application/octet-stream";
    if (gzip && compressible(type) && /\bgzip\b/.test(String(request.headers["accept-encoding"] ?? ""))) {
      response.writeHead(200, { "content-type": type, "content-encoding": "gzip", vary: "Accept-Encoding" });
      createReadStream(file).pipe(createGzip()).pipe(response);
      return;
    }
    response.writeHead(200, { "content-type": type });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}
