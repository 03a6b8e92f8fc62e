import { describe, expect, it } from "vitest";
import { addressKind, ipLiteral, isPublicAddress } from "./outbound-address";

describe("addressKind", () => {
  it.each([
    ["127.0.0.1", "loopback"],
    ["127.8.9.10", "loopback"],
    ["10.1.2.3", "private"],
    ["172.16.0.1", "private"],
    ["172.31.255.254", "private"],
    ["192.168.1.1", "private"],
    ["100.64.0.1", "private"],
    ["169.254.169.254", "link-local"],
    ["0.0.0.0", "unspecified"],
    ["::1", "loopback"],
    ["::", "unspecified"],
    ["fe80::1", "link-local"],
    ["fe80::1%eth0", "link-local"],
    ["fc00::1", "unique-local"],
    ["fd12:3456:789a::1", "unique-local"],
    // IPv4 written as IPv6: where a connection actually goes.
    ["::ffff:127.0.0.1", "loopback"],
    ["::ffff:a00:1", "private"],
    ["::ffff:169.254.169.254", "link-local"],
    ["[::1]", "loopback"],
    // Special-purpose ranges that are no place for a provider either.
    ["224.0.0.1", "reserved"],
    ["255.255.255.255", "reserved"],
    ["64:ff9b::a00:1", "reserved"],
    ["2002:a00:1::", "reserved"],
    ["2001:db8::1", "reserved"],
  ])("%s is %s", (address, kind) => {
    expect(addressKind(address)).toBe(kind);
    expect(isPublicAddress(address)).toBe(false);
  });

  it.each(["8.8.8.8", "93.184.216.34", "172.32.0.1", "2606:4700:4700::1111", "::ffff:8.8.8.8"])("%s is public", (address) => {
    expect(addressKind(address)).toBe("public");
    expect(isPublicAddress(address)).toBe(true);
  });

  it("is invalid for anything that is not an address", () => {
    expect(addressKind("idp.example.com")).toBe("invalid");
    expect(addressKind("")).toBe("invalid");
    expect(isPublicAddress("localhost")).toBe(false);
  });
});

describe("ipLiteral", () => {
  it("finds the address in a URL's hostname, and nothing in a name", () => {
    expect(ipLiteral(new URL("https://[::ffff:127.0.0.1]/").hostname)).toBe("::ffff:7f00:1");
    expect(ipLiteral(new URL("https://2130706433/").hostname)).toBe("127.0.0.1");
    expect(ipLiteral("10.0.0.1")).toBe("10.0.0.1");
    expect(ipLiteral("login.example.com")).toBeNull();
  });
});
