import { BlockList, isIP } from "node:net";

/**
 * Which proxies in front of Candor may say who the client is (TRUSTED_PROXIES): none (the connection's
 * own address is the client), the number of proxies every request passes through, or their addresses.
 */
export type TrustedProxies = { kind: "none" } | { kind: "hops"; hops: number } | { kind: "list"; entries: string[] };

const CIDR = /^(.+)\/(\d{1,3})$/;

/** "1", or "10.0.0.0/8, 192.168.1.5, fd00::/8"; the error names the first entry that is neither. */
export function parseTrustedProxies(value: string | undefined): TrustedProxies | { error: string } {
  const text = value?.trim() ?? "";
  if (text === "") return { kind: "none" };
  if (/^\d+$/.test(text)) {
    const hops = Number(text);
    return hops >= 1 && hops <= 10 ? { kind: "hops", hops } : { error: `must be a hop count from 1 to 10 (got ${text})` };
  }
  const entries = text.split(",").map((entry) => entry.trim()).filter(Boolean);
  for (const entry of entries) {
    const cidr = CIDR.exec(entry);
    const address = cidr ? cidr[1]! : entry;
    const version = isIP(address);
    const bitsOk = !cidr || Number(cidr[2]) <= (version === 6 ? 128 : 32);
    if (version === 0 || !bitsOk) {
      return { error: `must be a hop count like 1, or addresses and CIDR ranges separated by commas like 10.0.0.0/8,192.168.1.5 ("${entry}" is neither)` };
    }
  }
  return { kind: "list", entries };
}

/** "::ffff:10.0.0.1" (an IPv4 client on a dual-stack socket) is 10.0.0.1. */
export function normalizeAddress(address: string): string {
  const trimmed = address.trim().replace(/^\[(.*)\]$/, "$1");
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(trimmed);
  // Bounded: it becomes part of a rate-limit key, and an address is at most 45 characters.
  return (mapped ? mapped[1]! : trimmed).toLowerCase().slice(0, 64);
}

const blockLists = new WeakMap<string[], BlockList>();

function isTrusted(address: string, entries: string[]): boolean {
  let list = blockLists.get(entries);
  if (!list) {
    list = new BlockList();
    for (const entry of entries) {
      const cidr = CIDR.exec(entry);
      const base = normalizeAddress(cidr ? cidr[1]! : entry);
      const type = isIP(base) === 6 ? "ipv6" : "ipv4";
      if (cidr) list.addSubnet(base, Number(cidr[2]), type);
      else list.addAddress(base, type);
    }
    blockLists.set(entries, list);
  }
  const version = isIP(address);
  return version !== 0 && list.check(address, version === 6 ? "ipv6" : "ipv4");
}

/**
 * The client's address for per-address limits. `peer` is the address of the connection (the socket),
 * `forwardedFor` the X-Forwarded-For header. The header is read only when the peer is a trusted proxy,
 * and then from the right: each proxy appends the address it was connected from, so the right-most
 * address that is not one of ours is the one a trusted proxy saw; everything left of it may be forged.
 */
export function clientAddress(peer: string, forwardedFor: string | null, trusted: TrustedProxies): string {
  const chain = [
    ...(forwardedFor ?? "").split(",").map(normalizeAddress).filter(Boolean),
    normalizeAddress(peer),
  ];
  if (trusted.kind === "none") return chain.at(-1)!;
  if (trusted.kind === "hops") return chain[Math.max(0, chain.length - 1 - trusted.hops)]!;
  for (let i = chain.length - 1; i > 0; i--) {
    if (!isTrusted(chain[i]!, trusted.entries)) return chain[i]!;
  }
  return chain[0]!;
}

/**
 * The client a per-address limit counts, for every limit (sign-in, applications, password resets,
 * set-up): an IPv4 address as it is, an IPv4 client on a dual-stack socket (`::ffff:a.b.c.d`, in either
 * spelling) as IPv4, and an IPv6 address by its /64, the smallest block a home or office is given, within
 * which anyone picks a new address at will. Anything else (`unknown`) is its own key.
 */
export function rateLimitAddress(address: string): string {
  const normalized = normalizeAddress(address).replace(/%.*$/, "");
  if (isIP(normalized) !== 6) return normalized;
  const groups = ipv6Groups(normalized);
  const mapped = groups.slice(0, 5).every((group) => group === 0) && groups[5] === 0xffff;
  if (mapped) return [groups[6]! >> 8, groups[6]! & 0xff, groups[7]! >> 8, groups[7]! & 0xff].join(".");
  return `${groups.slice(0, 4).map((group) => group.toString(16)).join(":")}::/64`;
}

/** The eight 16-bit groups of a valid IPv6 address, "::" expanded and a dotted IPv4 tail as two groups. */
function ipv6Groups(address: string): number[] {
  const dotted = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(address);
  const text = dotted
    ? `${address.slice(0, dotted.index)}${((Number(dotted[1]) << 8) | Number(dotted[2])).toString(16)}:${((Number(dotted[3]) << 8) | Number(dotted[4])).toString(16)}`
    : address;
  const [head, tail] = text.split("::") as [string, string?];
  const parse = (part: string | undefined) => (part ? part.split(":").map((group) => parseInt(group, 16)) : []);
  const [left, right] = [parse(head), parse(tail)];
  return [...left, ...Array<number>(8 - left.length - right.length).fill(0), ...right];
}
