import { describe, expect, it } from "vitest";
import { openSecret, sealSecret, SecretBoxError } from "./secret-box";

const secret = "a-test-auth-secret-0123456789abcdefghij";

describe("sealed secrets", () => {
  it("open to the same text with the same AUTH_SECRET and purpose, and never contain it", () => {
    const sealed = sealSecret("s3cr3t-from-the-idp", secret, "sso client secret");
    expect(sealed).not.toContain("s3cr3t");
    expect(sealed).toMatch(/^v1\.[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(openSecret(sealed, secret, "sso client secret")).toBe("s3cr3t-from-the-idp");
  });

  it("differ each time the same text is sealed", () => {
    expect(sealSecret("same", secret, "p")).not.toBe(sealSecret("same", secret, "p"));
  });

  it("refuse another AUTH_SECRET, another purpose, a changed byte and a value that is not sealed", () => {
    const sealed = sealSecret("s3cr3t", secret, "sso client secret");
    expect(() => openSecret(sealed, `${secret}-rotated`, "sso client secret")).toThrow(SecretBoxError);
    expect(() => openSecret(sealed, secret, "another purpose")).toThrow(SecretBoxError);
    const parts = sealed.split(".");
    const ciphertext = Buffer.from(parts[3]!, "base64url");
    ciphertext[0] = ciphertext[0]! ^ 1;
    expect(() => openSecret([...parts.slice(0, 3), ciphertext.toString("base64url")].join("."), secret, "sso client secret")).toThrow(SecretBoxError);
    expect(() => openSecret("s3cr3t", secret, "sso client secret")).toThrow(SecretBoxError);
  });
});
