import "server-only";
import { request as httpRequest, type IncomingMessage } from "node:http";
import { request as httpsRequest } from "node:https";
import { Readable } from "node:stream";
import { ipLiteral } from "@/lib/outbound-address";
import { publicAddressLookup, resolvePublicAddresses, type Resolver } from "./outbound-address";

export type OutboundFetchOptions = {
  /** Allow private and local addresses too (a provider on the operator's own network, the test run). */
  allowPrivateAddresses?: boolean;
  /** For tests: how host names are resolved (the system resolver otherwise). */
  resolve?: Resolver;
  /** The whole exchange, connection to last byte of the headers. */
  timeoutMs?: number;
  /** A larger answer is cut off with an error: no document the server fetches this way is big. */
  maxResponseBytes?: number;
};

const NULL_BODY_STATUSES = new Set([101, 204, 205, 304]);

/**
 * A `fetch` for requests the server makes to an address someone else chose (an organisation's identity
 * provider, later webhooks): it refuses hosts that are or resolve to private, loopback, link-local,
 * unique-local or unspecified addresses, checked when the connection is made (lib/outbound-address.ts
 * says which), follows no redirect (a public host could send it to a private one; the 3xx is returned
 * as it is), asks for no compression and stops reading past `maxResponseBytes`.
 */
export function outboundFetch({ allowPrivateAddresses = false, resolve, timeoutMs = 15_000, maxResponseBytes = 1024 * 1024 }: OutboundFetchOptions = {}): typeof fetch {
  const lookup = allowPrivateAddresses ? undefined : publicAddressLookup(resolve);
  return async (input, init) => {
    const request = new Request(input, init);
    const url = new URL(request.url);
    if (url.protocol !== "https:" && url.protocol !== "http:") throw new TypeError(`outbound requests are http(s) only, not ${url.protocol}`);
    // An IP address as the host never goes through `lookup`: it is checked here.
    const literal = ipLiteral(url.hostname);
    if (literal && !allowPrivateAddresses) await resolvePublicAddresses(literal);
    const body = request.body ? Buffer.from(await request.arrayBuffer()) : undefined;
    const headers: Record<string, string> = Object.fromEntries(request.headers);
    headers["accept-encoding"] = "identity";
    if (body) headers["content-length"] = String(body.length);

    return new Promise<Response>((settle, fail) => {
      const send = url.protocol === "https:" ? httpsRequest : httpRequest;
      const outgoing = send(url, { method: request.method, headers, lookup, signal: request.signal, timeout: timeoutMs }, (incoming) => {
        settle(toResponse(incoming, request.method, maxResponseBytes));
      });
      outgoing.on("timeout", () => outgoing.destroy(new Error(`${url.host} did not answer within ${timeoutMs} ms`)));
      outgoing.on("error", fail);
      outgoing.end(body);
    });
  };
}

function toResponse(incoming: IncomingMessage, method: string, maxResponseBytes: number): Response {
  const status = incoming.statusCode ?? 502;
  const headers = new Headers();
  for (const [name, value] of Object.entries(incoming.headers)) {
    for (const item of Array.isArray(value) ? value : value === undefined ? [] : [value]) headers.append(name, item);
  }
  if (NULL_BODY_STATUSES.has(status) || method === "HEAD") {
    incoming.resume();
    return new Response(null, { status, statusText: incoming.statusMessage, headers });
  }
  let received = 0;
  const limited = (Readable.toWeb(incoming) as ReadableStream<Uint8Array>).pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        received += chunk.byteLength;
        if (received <= maxResponseBytes) return controller.enqueue(chunk);
        controller.error(new Error(`the answer is larger than ${maxResponseBytes} bytes`));
        incoming.destroy();
      },
    }),
  );
  return new Response(limited, { status, statusText: incoming.statusMessage, headers });
}
