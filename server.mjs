#!/usr/bin/env node
// Candor's production server (`npm start`): Next's request handler behind a plain Node HTTP server, which
// answers the public careers pages itself (server/careers/public-pages.mjs): without Next's client
// runtime, and, once Next has rendered and stored one, from memory before Next's request pipeline runs.
// Everything else goes to Next unchanged. Plain JavaScript, no build step.
//
//   node server.mjs [-p 3000] [-H 127.0.0.1]      (PORT works too; without -H, every interface, as `next start`)
import http from "node:http";
import { parseArgs } from "node:util";

const { values: options } = parseArgs({
  options: {
    port: { type: "string", short: "p" },
    hostname: { type: "string", short: "H" },
    "keep-alive-timeout": { type: "string" },
  },
});
const port = Number(options.port ?? process.env.PORT ?? 3000);
const hostname = options.hostname;
// What `next start` does: a production server whatever the shell says.
process.env.NODE_ENV = "production";
process.env.NEXT_TELEMETRY_DISABLED ??= "1";

const { default: next } = await import("next");
const { publicPages } = await import("./server/careers/public-pages.mjs");

const app = next({ dev: false, hostname: hostname ?? "localhost", port, dir: import.meta.dirname });
const handle = app.getRequestHandler();
await app.prepare();
const pages = publicPages(handle);

const server = http.createServer((req, res) => {
  pages.serve(req, res).catch((error) => {
    console.error("candor: a careers page could not be served", error);
    if (res.headersSent) return res.destroy();
    res.writeHead(500, { "content-type": "text/plain; charset=utf-8" });
    res.end("Something went wrong. Please try again.");
  });
});
if (options["keep-alive-timeout"]) server.keepAliveTimeout = Number(options["keep-alive-timeout"]);
server.on("upgrade", (req, socket) => socket.destroy());
server.listen(port, hostname, () => console.log(`candor: listening on http://${hostname ?? "localhost"}:${port}`));

for (const signal of ["SIGINT", "SIGTERM"]) {
  process.once(signal, () => {
    server.close();
    server.closeAllConnections();
    app.close().finally(() => process.exit(signal === "SIGINT" ? 130 : 143));
    setTimeout(() => process.exit(1), 5_000).unref();
  });
}
