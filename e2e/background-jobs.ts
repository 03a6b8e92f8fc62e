import { randomBytes } from "node:crypto";
import { expect, type APIRequestContext } from "@playwright/test";

/** A failed background job with an error no other test uses, so this test finds its own row. */
export async function createFailedJob(request: APIRequestContext) {
  const error = `SMTP refused the connection (test ${randomBytes(4).toString("hex")})`;
  const response = await request.post("/api/e2e/failed-job", { data: { error } });
  expect(response.ok(), "the e2e fixture route must be enabled").toBe(true);
  const { id } = (await response.json()) as { id: string };
  return { id, error };
}
