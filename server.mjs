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
const { answerFailure, publicPages } = await import("./server/careers/public-pages.mjs");

// Listening first, so Next learns the port it got (-p 0 asks the system for a free one); until Next is
// ready every request is answered 503.
let ready = false;
let pages;
const server = http.createServer((req, res) => {
  if (!ready) {
    res.writeHead(503, { "content-type": "text/plain; charset=utf-8", "retry-after": "1" });
    return res.end("Starting. Please try again in a moment.");
  }
  // (serve answers its own failures; this is for any that escape it.)
  pages.serve(req, res).catch((error) => answerFailure(res, error));
});
// How long an idle kept-alive connection stays open (Node's default is 5 s). Behind a proxy, make it longer
// than the proxy's own idle timeout: a request the client sends on a connection just as the server closes
// it fails with a reset, which a client does not retry for a POST. (Node wants the header timeout above it.)
if (options["keep-alive-timeout"]) {
  server.keepAliveTimeout = Number(options["keep-alive-timeout"]);
  server.headersTimeout = Math.max(server.headersTimeout, server.keepAliveTimeout + 1000);
}
server.on("upgrade", (req, socket) => socket.destroy());
await new Promise((resolve, reject) => server.once("error", reject).listen(port, hostname, resolve));
const address = `http://${hostname ?? "localhost"}:${server.address().port}`;

const app = next({ dev: false, hostname: hostname ?? "localhost", port: server.address().port, dir: import.meta.dirname });
const handle = app.getRequestHandler();
await app.prepare();
pages = publicPages(handle);
ready = true;
console.log(`candor: listening on ${address}`);

// Stopping (a deploy, a scale-down): no new connections; requests under way, such as an application
// being uploaded, are answered first (up to 10 s), and each connection is closed once it is idle (a
// kept-alive one would otherwise stay open for its keep-alive timeout).
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.once(signal, () => {
    const code = signal === "SIGINT" ? 130 : 143;
    const idle = setInterval(() => server.closeIdleConnections(), 50);
    server.close(() => {
      clearInterval(idle);
      app.close().finally(() => process.exit(code));
    });
    server.closeIdleConnections();
    setTimeout(() => process.exit(1), 10_000).unref();
  });
}
