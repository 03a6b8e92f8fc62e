import { describe, expect, it } from "vitest";
import { rateLimitAddress } from "./client-address";

describe("rateLimitAddress: the client a per-address limit counts", () => {
  it("keeps an IPv4 address as it is", () => {
    expect(rateLimitAddress("203.0.113.9")).toBe("203.0.113.9");
    expect(rateLimitAddress("203.0.113.10")).toBe("203.0.113.10");
  });

  it("counts an IPv4 client on a dual-stack socket as that IPv4 address, however it is written", () => {
    expect(rateLimitAddress("::ffff:203.0.113.9")).toBe("203.0.113.9");
    expect(rateLimitAddress("::FFFF:CB00:7109")).toBe("203.0.113.9");
    expect(rateLimitAddress("0:0:0:0:0:ffff:cb00:7109")).toBe("203.0.113.9");
    expect(rateLimitAddress("[::ffff:203.0.113.9]")).toBe("203.0.113.9");
  });

  it("counts every IPv6 address of one /64 as one client, however it is written", () => {
    const key = rateLimitAddress("2001:db8:1:2::1");
    expect(key).toBe("2001:db8:1:2::/64");
    for (const address of [
      "2001:db8:1:2:ffff:ffff:ffff:ffff",
      "2001:0DB8:0001:0002:0000:0000:0000:0009",
      "[2001:db8:1:2:a:b:c:d]",
      "2001:db8:1:2::1.2.3.4",
      "2001:db8:1:2::1%eth0",
    ]) {
      expect(rateLimitAddress(address), address).toBe(key);
    }
  });

  it("keeps different /64s apart, and the zero groups of a prefix in place", () => {
    expect(rateLimitAddress("2001:db8:1:3::1")).toBe("2001:db8:1:3::/64");
    expect(rateLimitAddress("2001:db8::1")).toBe("2001:db8:0:0::/64");
    expect(rateLimitAddress("2001:db8:0:0:1::1")).toBe("2001:db8:0:0::/64");
    expect(rateLimitAddress("2001::db8:1")).toBe("2001:0:0:0::/64");
    expect(rateLimitAddress("::1")).toBe("0:0:0:0::/64");
    expect(rateLimitAddress("fe80::1%eth0")).toBe("fe80:0:0:0::/64");
  });

  it("leaves what is not an address (an unknown client) as its own key", () => {
    expect(rateLimitAddress("unknown")).toBe("unknown");
  });
});
