import ipaddr from "ipaddr.js";

/**
 * Where an IP address points, for a request the server makes on someone's behalf (an identity
 * provider's discovery document, a webhook): `public` is the internet; everything else is this machine,
 * the operator's own network or an address no server should be reached at.
 */
export type AddressKind = "public" | "private" | "loopback" | "link-local" | "unique-local" | "unspecified" | "reserved" | "invalid";

// ipaddr.js's range names (RFC 6890's special-purpose registries) to ours. Every range it knows other than
// plain unicast is refused: multicast, broadcast, documentation, benchmarking, NAT64 and 6to4 or Teredo
// tunnels (which embed an IPv4 address that could be a private one) all count as `reserved`.
const KINDS: Record<string, AddressKind> = {
  unicast: "public",
  private: "private",
  // 100.64.0.0/10, shared between a carrier's customers: not the internet, and often a cloud's own network.
  carrierGradeNat: "private",
  loopback: "loopback",
  linkLocal: "link-local",
  uniqueLocal: "unique-local",
  unspecified: "unspecified",
};

/** The IP address inside a URL's hostname ("[::1]" is ::1), or null for a name. */
export function ipLiteral(hostname: string): string | null {
  const bare = hostname.replace(/^\[(.*)\]$/, "$1");
  return ipaddr.isValid(bare) ? bare : null;
}

/**
 * What kind of address `address` is. An IPv4 address written as IPv6 (::ffff:10.0.0.1) is judged as the
 * IPv4 address it is, since that is where a connection to it goes.
 */
export function addressKind(address: string): AddressKind {
  const bare = address.replace(/^\[(.*)\]$/, "$1");
  if (!ipaddr.isValid(bare)) return "invalid";
  // process() turns an IPv4-mapped IPv6 address into its IPv4 address.
  const parsed = ipaddr.process(bare);
  return KINDS[parsed.range()] ?? "reserved";
}

export const isPublicAddress = (address: string): boolean => addressKind(address) === "public";
