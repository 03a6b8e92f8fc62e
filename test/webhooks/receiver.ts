import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { once } from "node:events";
import type { AddressInfo } from "node:net";
import { Webhook } from "standardwebhooks";

export type ReceivedWebhook = {
  id: string;
  receivedAt: number;
  verified: boolean;
  payload: { type: string; timestamp: string; data: Record<string, unknown> } | null;
  /** The request as sent, for verifying it with another secret too. */
  raw: { body: string; headers: Record<string, string> };
};

/**
 * A webhook receiver as a customer would write one: a real HTTP server on 127.0.0.1 that verifies each
 * request's signature with the `standardwebhooks` library and processes each webhook-id once (a retry of
 * one it already processed is acknowledged and ignored). `answer` decides each request's fate: a status,
 * or "hang" to never answer (a request its sender will be killed in the middle of).
 *
 * It listens on a port the system picks (a fixed one in the ephemeral range was once taken by a client
 * socket): start it, give Candor its `url`, then `useSecret` the secret Candor shows. Until then every
 * request fails verification.
 */
export async function startWebhookReceiver() {
  let secret: string | undefined;
  const requests: ReceivedWebhook[] = [];
  const processed = new Map<string, ReceivedWebhook>();
  let answer: (request: ReceivedWebhook, index: number) => number | "hang" = () => 204;
  const hanging: ServerResponse[] = [];
  const listeners: ((request: ReceivedWebhook) => void)[] = [];

  const server = createServer(async (incoming: IncomingMessage, response) => {
    const chunks: Buffer[] = [];
    for await (const chunk of incoming) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks).toString("utf8");
    const headers = Object.fromEntries(Object.entries(incoming.headers).map(([name, value]) => [name, String(value)]));
    let received: ReceivedWebhook;
    try {
      if (!secret) throw new Error("no secret yet");
      const payload = new Webhook(secret).verify(body, headers) as ReceivedWebhook["payload"];
      received = { id: headers["webhook-id"]!, receivedAt: Date.now(), verified: true, payload, raw: { body, headers } };
    } catch {
      received = { id: headers["webhook-id"] ?? "", receivedAt: Date.now(), verified: false, payload: null, raw: { body, headers } };
    }
    requests.push(received);
    listeners.forEach((listener) => listener(received));
    if (!received.verified) return response.writeHead(401).end("bad signature");
    const fate = answer(received, requests.length - 1);
    if (fate === "hang") {
      hanging.push(response);
      return;
    }
    if (fate >= 200 && fate < 300 && !processed.has(received.id)) processed.set(received.id, received);
    response.writeHead(fate, { "content-type": "text/plain" }).end(fate >= 300 ? `receiver says ${fate} ${"x".repeat(2000)}` : "ok");
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`;

  return {
    url,
    requests,
    /** Webhooks processed, one per webhook-id, however often each was sent. */
    processed,
    /** The secret Candor showed for the endpoint, as the customer pastes it into their receiver. */
    useSecret(shown: string) {
      secret = shown;
    },
    answerWith(decide: typeof answer) {
      answer = decide;
    },
    /** Resolves at the next request matching `match`. */
    nextRequest(match: (request: ReceivedWebhook) => boolean = () => true): Promise<ReceivedWebhook> {
      return new Promise((resolve) => {
        const listener = (request: ReceivedWebhook) => {
          if (!match(request)) return;
          listeners.splice(listeners.indexOf(listener), 1);
          resolve(request);
        };
        listeners.push(listener);
      });
    },
    async close() {
      hanging.forEach((response) => response.destroy());
      server.closeAllConnections();
      server.close();
      await once(server, "close");
    },
  };
}

export type WebhookReceiver = Awaited<ReturnType<typeof startWebhookReceiver>>;

/** Polls `read` until `accept` holds or `seconds` pass, and returns the last value. */
export async function eventually<T>(read: () => Promise<T>, accept: (value: T) => boolean, seconds = 30): Promise<T> {
  const deadline = Date.now() + seconds * 1000;
  for (;;) {
    const value = await read();
    if (accept(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
