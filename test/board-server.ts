import { readFileSync } from "node:fs";
import { createServer, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";

// A real HTTP server in the test process standing in for Greenhouse's and Lever's public APIs: answers
// recorded from their documented shapes (test/boards/), or whatever a test needs to say instead.

export type Reply =
  | { status?: number; json: unknown }
  | { status?: number; body: string; contentType?: string }
  /** Sends `bytes` of JSON-looking filler in chunks, without a Content-Length, unless the client stops reading. */
  | { stream: number }
  /** Answers nothing, ever: for time limits. */
  | { hang: true }
  | { redirect: string };

export type Route = (url: URL) => Reply | undefined;

export type BoardServer = {
  url: string;
  /** Every path asked for, with its query, in order. */
  requests: string[];
  /** Requests whose client went away before the answer was complete. */
  aborted: () => number;
  close: () => Promise<void>;
};

async function send(response: ServerResponse, reply: Reply | undefined, onAbort: () => void): Promise<void> {
  if (!reply) {
    response.writeHead(404, { "content-type": "application/json" }).end(JSON.stringify({ status: 404, error: "Not found" }));
    return;
  }
  if ("hang" in reply) return;
  if ("redirect" in reply) {
    response.writeHead(302, { location: reply.redirect }).end();
    return;
  }
  if ("stream" in reply) {
    response.writeHead(200, { "content-type": "application/json" });
    response.on("close", () => {
      if (!response.writableFinished) onAbort();
    });
    const chunk = Buffer.alloc(64 * 1024, " ");
    response.write("[");
    for (let sent = 0; sent < reply.stream && !response.destroyed; sent += chunk.length) {
      if (response.write(chunk)) continue;
      await new Promise<void>((resolve) => {
        const done = () => {
          response.off("drain", done).off("close", done);
          resolve();
        };
        response.on("drain", done).on("close", done);
      });
    }
    if (!response.destroyed) response.end("]");
    return;
  }
  const body = "json" in reply ? JSON.stringify(reply.json) : reply.body;
  const contentType = "json" in reply ? "application/json; charset=utf-8" : (reply.contentType ?? "text/html");
  response.writeHead(reply.status ?? 200, { "content-type": contentType }).end(body);
}

export async function startBoardServer(route: Route): Promise<BoardServer> {
  const requests: string[] = [];
  const sockets = new Set<import("node:net").Socket>();
  let aborted = 0;
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://127.0.0.1");
    requests.push(`${url.pathname}${url.search}`);
    void send(response, route(url), () => (aborted += 1));
  });
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    aborted: () => aborted,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

const fixtures = path.join(__dirname, "boards");
export const fixture = (name: string): unknown => JSON.parse(readFileSync(path.join(fixtures, name), "utf8"));

export const GREENHOUSE_BOARD = "fernweh";
export const LEVER_SITE = "northwind";

/**
 * The recorded boards, at the paths of the real APIs under /greenhouse and /lever: Greenhouse's board
 * "fernweh" (three jobs) and Lever's site "northwind" (three postings). Any other board is unknown (404).
 */
export function recordedBoards(url: URL): Reply | undefined {
  const greenhouse = /^\/greenhouse\/([^/]+)\/jobs(?:\/(\d+))?$/.exec(url.pathname);
  if (greenhouse) {
    const [, token, id] = greenhouse;
    if (token !== GREENHOUSE_BOARD) return { status: 404, json: { status: 404, error: "Job board not found" } };
    if (!id) return { json: fixture("greenhouse/jobs.json") };
    try {
      return { json: fixture(`greenhouse/job-${id}.json`) };
    } catch {
      return { status: 404, json: { status: 404, error: "Job not found" } };
    }
  }
  const lever = /^\/lever\/([^/]+)$/.exec(url.pathname);
  if (lever) {
    if (lever[1] !== LEVER_SITE) return { status: 404, json: { ok: false, error: "Document not found" } };
    return { json: fixture("lever/postings.json") };
  }
  return undefined;
}

/** The APIs' base URLs on this server, as GREENHOUSE_BOARDS_API_URL and LEVER_POSTINGS_API_URL would say them. */
export const apisOn = (server: BoardServer) => ({ greenhouse: `${server.url}/greenhouse`, lever: `${server.url}/lever` });
