import { eq } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { createIsolatedOrganization, type IsolatedOrganization } from "@/db/fixtures";
import { organizationSso } from "@/db/schema";
import { ssoSettingsSchema } from "@/lib/validation/sso";
import { setupTestDatabase } from "@/test/database";
import { issuerAddressProblem } from "./issuer-address";
import { updateSsoSettings } from "./sso-settings";

// SSO_ALLOW_PRIVATE_ISSUERS is not set here, as on a production server.
vi.stubEnv("AUTH_SECRET", "vitest-auth-secret-0123456789abcdefghijkl");

const db = setupTestDatabase();

const admin = (org: IsolatedOrganization) => ({ ...org.users.admin, userId: org.users.admin.id, organizationId: org.organization.id, role: "admin" as const });
const save = (org: IsolatedOrganization, issuer: string) =>
  updateSsoSettings(admin(org), ssoSettingsSchema.parse({ enabled: true, issuer, clientId: "c", clientSecret: "s", allowedDomain: "" }));

describe("Settings → Single sign-on refuses an issuer on a private or local network", () => {
  it.each([
    ["https://10.0.0.5", "10.0.0.5"],
    ["https://169.254.169.254/latest", "169.254.169.254"],
    ["https://localhost:8443", "localhost"],
    ["https://[::1]", "::1"],
    ["https://[fd00::1]", "fd00::1"],
    ["https://[::ffff:127.0.0.1]", "::ffff:7f00:1"],
    ["https://0.0.0.0", "0.0.0.0"],
  ])("%s, with a message on the issuer field, and stores nothing", async (issuer, host) => {
    const org = await createIsolatedOrganization(db());
    await expect(save(org, issuer)).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { issuer: [`${host} is on a private or local network, which Candor does not connect to. Enter your identity provider's public address.`] },
    });
    expect(await db().select().from(organizationSso).where(eq(organizationSso.organizationId, org.organization.id))).toEqual([]);
  });

  it("says when the issuer's host does not resolve", async () => {
    const org = await createIsolatedOrganization(db());
    await expect(save(org, "https://login.nowhere.invalid")).rejects.toMatchObject({
      fieldErrors: { issuer: ["Candor could not find login.nowhere.invalid. Check the issuer URL."] },
    });
  });

  it("judges a name by every address it resolves to", async () => {
    const resolve = async (hostname: string) =>
      ({
        "idp.corp.example": [{ address: "10.20.30.40", family: 4 }],
        "dual.example": [
          { address: "93.184.216.34", family: 4 },
          { address: "fc00::7", family: 6 },
        ],
        "login.example": [{ address: "93.184.216.34", family: 4 }],
      })[hostname] ?? [];
    expect(await issuerAddressProblem("https://idp.corp.example/realms/acme", resolve)).toMatch(/^idp\.corp\.example is on a private or local network/);
    expect(await issuerAddressProblem("https://dual.example", resolve)).toMatch(/^dual\.example is on a private or local network/);
    expect(await issuerAddressProblem("https://login.example", resolve)).toBeNull();
  });
});
