import "server-only";
import { lookup } from "node:dns/promises";
import type { LookupAddress } from "node:dns";
import type { LookupFunction } from "node:net";
import { addressKind, ipLiteral, type AddressKind } from "@/lib/outbound-address";

/** Turns a host name into its addresses (the system resolver by default, as a connection would). */
export type Resolver = (hostname: string) => Promise<LookupAddress[]>;

const systemResolver: Resolver = (hostname) => lookup(hostname, { all: true, verbatim: true });

/** A host that is, or resolves to, an address the server must not connect to for someone else. */
export class PrivateAddressRefused extends Error {
  override name = "PrivateAddressRefused";
  constructor(
    readonly hostname: string,
    readonly address: string,
    readonly kind: AddressKind,
  ) {
    // For the server log only: users are told in a sentence of the caller's choosing.
    super(`refused to connect to ${hostname}: it resolves to ${address} (${kind})`);
  }
}

/** A host name the resolver does not know. */
export class HostNotFound extends Error {
  override name = "HostNotFound";
  constructor(readonly hostname: string) {
    super(`${hostname} could not be resolved`);
  }
}

/**
 * The addresses `hostname` resolves to, once every one of them is public: when any is private, loopback,
 * link-local, unique-local, unspecified or otherwise special, none is used (a name with one public and one
 * private address would otherwise reach the private one on some connections). An IP address as the host is
 * judged without a lookup.
 */
export async function resolvePublicAddresses(hostname: string, resolve: Resolver = systemResolver): Promise<LookupAddress[]> {
  const literal = ipLiteral(hostname);
  let addresses: LookupAddress[];
  if (literal) addresses = [{ address: literal, family: literal.includes(":") ? 6 : 4 }];
  else {
    try {
      addresses = await resolve(hostname);
    } catch {
      throw new HostNotFound(hostname);
    }
  }
  if (addresses.length === 0) throw new HostNotFound(hostname);
  for (const { address } of addresses) {
    const kind = addressKind(address);
    if (kind !== "public") throw new PrivateAddressRefused(hostname, address, kind);
  }
  return addresses;
}

/**
 * A `lookup` for node:http, node:https and node:net that resolves and checks the host at connection time,
 * so the connection goes to an address that was checked: a name that answers one address when it is
 * checked and another when it is used (DNS rebinding) cannot slip past.
 */
export function publicAddressLookup(resolve: Resolver = systemResolver): LookupFunction {
  return (hostname, options, callback) => {
    resolvePublicAddresses(hostname, resolve).then(
      (addresses) => {
        const family = typeof options.family === "number" ? options.family : 0;
        const usable = family === 0 ? addresses : addresses.filter((entry) => entry.family === family);
        if (options.all) return callback(null, usable);
        const first = usable[0];
        if (!first) return callback(Object.assign(new Error(`${hostname} has no IPv${family} address`), { code: "ENOTFOUND" }), "", 0);
        callback(null, first.address, first.family);
      },
      (error: Error) => callback(Object.assign(error, { code: error instanceof HostNotFound ? "ENOTFOUND" : "EACCES" }), "", 0),
    );
  };
}
