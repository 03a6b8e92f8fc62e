import "server-only";
import { subscribe } from "node:diagnostics_channel";
import type { IncomingMessage } from "node:http";
import type { Socket } from "node:net";
import { clientAddress } from "@/lib/client-address";
import { env } from "@/lib/env";

/**
 * Next gives route handlers, server actions and Auth.js no way to read the connection's address, and
 * it fills X-Forwarded-For from the socket only when the client sent none: a forged header is
 * indistinguishable from a real one. So Candor records the socket's address itself, in this header,
 * before Next sees the request (Node publishes every request on `http.server.request.start` before it
 * emits "request"). A value the client sent under this name is always replaced.
 */
export const PEER_ADDRESS_HEADER = "x-candor-peer-address";

// On globalThis: instrumentation and the route bundles are separate module instances in one process.
const INSTALLED = Symbol.for("candor.peer-address-installed");
type Installed = { [INSTALLED]?: boolean };

/** Called once at start-up (instrumentation-node.ts), in the process that accepts connections. */
export function recordPeerAddresses() {
  const state = globalThis as Installed;
  if (state[INSTALLED]) return;
  subscribe("http.server.request.start", (message) => {
    const { request, socket } = message as { request: IncomingMessage; socket: Socket };
    const headers = request.headers;
    delete headers[PEER_ADDRESS_HEADER];
    if (socket.remoteAddress) headers[PEER_ADDRESS_HEADER] = socket.remoteAddress;
  });
  state[INSTALLED] = true;
}

/** What clientIp says when the connection's address was not recorded. */
export const UNKNOWN_CLIENT = "unknown";
let warned = false;

/**
 * The client's address, for per-address limits (applications, sign-in attempts). When the connection's
 * address was not recorded (another server runs this code, or the hook above is missing) the header
 * cannot be told from a forgery, so every request counts as the same client: limits become stricter,
 * never looser.
 */
export function clientIp(headers: Headers): string {
  const address = recordedClientIp(headers);
  if (address) return address;
  if (!warned) {
    warned = true;
    console.warn("candor: the connection's address is unknown, so per-address limits count every client together");
  }
  return UNKNOWN_CLIENT;
}

/** The client's address when the connection's address was recorded, else null (and no warning). */
export function recordedClientIp(headers: Headers): string | null {
  const peer = (globalThis as Installed)[INSTALLED] ? headers.get(PEER_ADDRESS_HEADER) : null;
  return peer ? clientAddress(peer, headers.get("x-forwarded-for"), env().TRUSTED_PROXIES) : null;
}
