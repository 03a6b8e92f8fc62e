import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { FORM_LIMITS } from "@/lib/request";
import { publicAction } from "./action";

// Auth.js loads only inside Next's runtime; public actions never read the session, so it is left out here.
vi.mock("./auth/session", () => ({ getCurrentMember: async () => null, getCurrentAccount: async () => null }));

describe("the action wrapper", () => {
  it("answers a form with too many fields with a form error, before parsing or running anything", async () => {
    let ran = false;
    const action = publicAction(z.object({ name: z.string() }), async () => {
      ran = true;
    });
    const form = new FormData();
    form.set("name", "Sam");
    for (let i = 0; i <= FORM_LIMITS.fields; i++) form.append(`extra${i}`, "x");

    const result = await action(form);
    expect(result).toMatchObject({ ok: false, code: "TOO_LARGE" });
    expect(result.ok === false && result.formError).toMatch(/\S/);
    expect(ran).toBe(false);
  });

  it("still runs a form of ordinary size", async () => {
    const action = publicAction(z.object({ name: z.string() }), async ({ name }) => `hello ${name}`);
    const form = new FormData();
    form.set("name", "Sam");
    expect(await action(form)).toEqual({ ok: true, data: "hello Sam" });
  });
});
