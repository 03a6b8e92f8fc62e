import { generate } from "otplib";
import { describe, expect, it } from "vitest";
import { matchTotp, newTotpSecret, totpUri } from "./totp";
import { hashRecoveryCode, looksLikeRecoveryCode, newRecoveryCodes } from "./recovery-codes";

// RFC 6238's SHA-1 test key ("12345678901234567890") in Base32, and one of its test times.
const RFC_SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";
const T = 1111111109;

describe("TOTP", () => {
  it("matches RFC 6238's test vector at its step, and the steps either side", async () => {
    expect(await generate({ secret: RFC_SECRET, epoch: T, digits: 8 })).toBe("07081804");
    const code = await generate({ secret: RFC_SECRET, epoch: T });
    const step = Math.floor(T / 30);
    expect(await matchTotp(RFC_SECRET, code, null, T)).toBe(step);
    expect(await matchTotp(RFC_SECRET, code, null, T + 30)).toBe(step);
    expect(await matchTotp(RFC_SECRET, code, null, T - 30)).toBe(step);
    expect(await matchTotp(RFC_SECRET, code, null, T + 90)).toBeNull();
  });

  it("refuses a code of a step already used, and anything but six digits", async () => {
    const code = await generate({ secret: RFC_SECRET, epoch: T });
    const step = Math.floor(T / 30);
    expect(await matchTotp(RFC_SECRET, code, step, T)).toBeNull();
    expect(await matchTotp(RFC_SECRET, code, step + 5, T)).toBeNull();
    expect(await matchTotp(RFC_SECRET, `${code.slice(0, 3)} ${code.slice(3)}`, step - 1, T)).toBe(step);
    for (const input of ["", "12345", "1234567", "abcdef"]) expect(await matchTotp(RFC_SECRET, input, null, T)).toBeNull();
  });

  it("makes 160-bit secrets and a URI authenticator apps read", () => {
    const secret = newTotpSecret();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(totpUri(secret, "ana@example.com")).toBe(`otpauth://totp/Candor:ana%40example.com?secret=${secret}&issuer=Candor`);
  });
});

describe("recovery codes", () => {
  it("are ten distinct 80-bit codes, compared without case or dashes", () => {
    const codes = newRecoveryCodes();
    expect(new Set(codes).size).toBe(10);
    expect(looksLikeRecoveryCode(codes[0]!.toUpperCase())).toBe(true);
    expect(hashRecoveryCode(codes[0]!)).toBe(hashRecoveryCode(codes[0]!.toUpperCase().replace(/-/g, " ")));
    expect(looksLikeRecoveryCode("123456")).toBe(false);
  });
});
