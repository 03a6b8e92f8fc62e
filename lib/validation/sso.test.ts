import { describe, expect, it } from "vitest";
import { emailDomain, isEmailInDomain, issuerProblem, ssoSettingsSchema } from "./sso";

const valid = { enabled: "on", issuer: "https://acme.okta.com", clientId: "candor", clientSecret: "", allowedDomain: "" };

describe("the identity provider's issuer URL", () => {
  it("must be https in production", () => {
    const production = { allowHttpLoopback: false };
    expect(issuerProblem("https://login.microsoftonline.com/tenant/v2.0", production)).toBeNull();
    expect(issuerProblem("http://127.0.0.1:3259", production)).toBe("The issuer URL must start with https://.");
    expect(issuerProblem("http://idp.example.com", production)).toBe("The issuer URL must start with https://.");
  });

  it("may be plain http on this machine in development and tests, and only there", () => {
    const development = { allowHttpLoopback: true };
    expect(issuerProblem("http://127.0.0.1:3259", development)).toBeNull();
    expect(issuerProblem("http://localhost:8080/realms/candor", development)).toBeNull();
    expect(issuerProblem("http://idp.example.com", development)).toBe("The issuer URL must start with https://.");
  });

  it("is a plain URL: no credentials, query or fragment, no other scheme", () => {
    const options = { allowHttpLoopback: true };
    expect(issuerProblem("acme.okta.com", options)).toMatch(/full URL/);
    expect(issuerProblem("https://user:pw@acme.okta.com", options)).toMatch(/without a user name/);
    expect(issuerProblem("https://acme.okta.com?x=1", options)).toMatch(/without a user name, query/);
    expect(issuerProblem("javascript:alert(1)", options)).toBe("The issuer URL must start with https://.");
  });
});

describe("the allowed email domain", () => {
  it("is stored lower-case, without a leading @, and empty means none", () => {
    expect(ssoSettingsSchema.parse({ ...valid, allowedDomain: " @Acme.EXAMPLE " })).toMatchObject({ allowedDomain: "acme.example", enabled: true });
    expect(ssoSettingsSchema.parse(valid)).toMatchObject({ allowedDomain: null, clientSecret: undefined });
  });

  it("refuses an address or something that is not a domain", () => {
    for (const allowedDomain of ["ann@acme.example", "acme", "acme..example", "-acme.example", "acme.example/path"]) {
      expect(ssoSettingsSchema.safeParse({ ...valid, allowedDomain }).success, allowedDomain).toBe(false);
    }
  });

  it("matches email addresses whatever their case, but not a subdomain or a look-alike", () => {
    expect(emailDomain("Ann.Lee@ACME.Example")).toBe("acme.example");
    expect(isEmailInDomain("Ann.Lee@ACME.Example", "acme.example")).toBe(true);
    expect(isEmailInDomain("ann@ACME.EXAMPLE", "Acme.Example")).toBe(true);
    expect(isEmailInDomain("ann@eu.acme.example", "acme.example")).toBe(false);
    expect(isEmailInDomain("ann@evilacme.example", "acme.example")).toBe(false);
    expect(isEmailInDomain("acme.example@evil.example", "acme.example")).toBe(false);
    expect(isEmailInDomain("ann@acme.example", null)).toBe(false);
  });
});

describe("the settings form", () => {
  it("needs an issuer and a client ID, and says which is missing", () => {
    const result = ssoSettingsSchema.safeParse({ ...valid, issuer: "", clientId: " " });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([
      ["issuer", "Enter the issuer URL of your identity provider."],
      ["clientId", "Enter the client ID your identity provider gave Candor."],
    ]);
  });
});
