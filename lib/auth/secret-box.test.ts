import { describe, expect, it } from "vitest";
import { seal, sign, unseal, verifySigned } from "./secret-box";

describe("secrets sealed with AUTH_SECRET", () => {
  it("round-trips, differs each time, and opens only for its own purpose", () => {
    const a = seal("JBSWY3DPEHPK3PXP", "totp-secret");
    const b = seal("JBSWY3DPEHPK3PXP", "totp-secret");
    expect(a).not.toBe(b);
    expect(a).not.toContain("JBSWY3DPEHPK3PXP");
    expect(unseal(a, "totp-secret")).toBe("JBSWY3DPEHPK3PXP");
    expect(unseal(a, "sign-in-challenge")).toBeNull();
  });

  it("refuses a tampered or malformed value instead of throwing", () => {
    const sealed = seal("secret", "totp-secret");
    const bytes = Buffer.from(sealed.slice(3), "base64url");
    bytes[bytes.length - 1]! ^= 1;
    expect(unseal(`v1.${bytes.toString("base64url")}`, "totp-secret")).toBeNull();
    for (const value of ["", "v1.", "v2.abc", "v1.short", "garbage"]) expect(unseal(value, "totp-secret")).toBeNull();
  });

  it("signs values that cannot be altered", () => {
    const signed = sign('{"u":"someone"}', "sign-in-challenge");
    expect(verifySigned(signed, "sign-in-challenge")).toBe('{"u":"someone"}');
    expect(verifySigned(signed, "totp-secret")).toBeNull();
    const [, mac] = signed.split(".");
    expect(verifySigned(`${Buffer.from('{"u":"admin"}').toString("base64url")}.${mac}`, "sign-in-challenge")).toBeNull();
    expect(verifySigned("no-dot", "sign-in-challenge")).toBeNull();
  });
});
