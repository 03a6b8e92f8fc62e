import { afterEach, describe, expect, it } from "vitest";
import { organizations } from "@/db/schema";
import { setupTestDatabase } from "@/test/database";
import { auditTrail } from "@/test/members";
import { verifyCredentials } from "@/server/auth/credentials";
import { completeSetup, setupState } from "./complete-setup";
import { closeFirstRun, firstRunPending, newSetupCode, openFirstRun } from "./first-run";

// The first run needs a database with no organisation and no user: this file gets one of its own.
const db = setupTestDatabase({ ownDatabase: true });
const origin = { ip: "10.40.0.1", userAgent: "vitest" };
const form = {
  name: "Northwind Clinics",
  slug: "northwind",
  website: "https://northwind.example.com",
  timeZone: "Europe/Lisbon",
  adminName: "Ines Admin",
  adminEmail: "ines@northwind.example.com",
  password: "harbour quince 1917",
};

afterEach(() => closeFirstRun());

describe("first-run set-up", () => {
  it("is closed unless the server found an empty database at start", async () => {
    expect(firstRunPending()).toBe(false);
    expect(await setupState()).toBe("done");
    await expect(completeSetup({ ...form, setupCode: "anything" }, origin)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("refuses a wrong code, then with the code from the log creates the organisation and its admin, once", async () => {
    const code = newSetupCode();
    expect(code).toMatch(/^[2-9A-HJKMNP-Z]{5}(-[2-9A-HJKMNP-Z]{5}){3}$/);
    openFirstRun(code);
    expect(await setupState()).toBe("open");

    await expect(completeSetup({ ...form, setupCode: newSetupCode() }, origin)).rejects.toMatchObject({ fieldErrors: { setupCode: [expect.any(String)] } });
    await expect(completeSetup({ ...form, password: "password1234", setupCode: code }, origin)).rejects.toMatchObject({ fieldErrors: { password: [expect.any(String)] } });
    expect(await db().select().from(organizations)).toEqual([]);

    // Typed by hand: lowercase, without the dashes.
    expect(await completeSetup({ ...form, setupCode: code.toLowerCase().replaceAll("-", " ") }, origin)).toEqual({ organizationSlug: "northwind" });
    const [organization] = await db().select().from(organizations);
    expect(organization).toMatchObject({ name: "Northwind Clinics", slug: "northwind", website: "https://northwind.example.com", settings: { timeZone: "Europe/Lisbon" } });
    expect(await verifyCredentials(form.adminEmail, form.password, "10.40.0.2")).toMatchObject({ ok: true, user: { name: "Ines Admin" } });
    const [created] = await auditTrail(organization!.id);
    expect(created).toEqual(["organization.created", form.adminEmail, "Northwind Clinics"]);

    // Done: the page is gone, and the code opens nothing.
    expect(firstRunPending()).toBe(false);
    expect(await setupState()).toBe("done");
    await expect(completeSetup({ ...form, slug: "second", setupCode: code }, origin)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("closes on a server whose flag is stale: the database has an organisation now", async () => {
    openFirstRun("K7QX2-ABCDE-FGHJK-MNPQR");
    expect(await setupState()).toBe("set-up-elsewhere");
    expect(firstRunPending()).toBe(false);
    expect(await setupState()).toBe("done");
  });

  it("limits attempts from one address", async () => {
    openFirstRun(newSetupCode());
    const codes: string[] = [];
    for (let attempt = 0; attempt < 11; attempt++) {
      const refused = await completeSetup({ ...form, setupCode: "WRONG-WRONG" }, { ip: "10.40.9.9", userAgent: null }).then(
        () => "ACCEPTED",
        (error: { code: string }) => error.code,
      );
      codes.push(refused);
    }
    expect(codes).toEqual([...Array<string>(10).fill("VALIDATION"), "RATE_LIMITED"]);
  });
});
