import type { Page } from "@playwright/test";
import { callServerAction } from "./actions";
import { expect } from "./fixtures";

const file = "app/(dashboard)/applications/[applicationId]/actions.ts";
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

/**
 * Drafts an offer for the application and sends it for approval through the Offer section's actions, as
 * the member signed in on `page` (a recruiter or an admin): quicker than the form, which
 * offers.spec.ts covers. With the default chain it then waits for the job's hiring manager.
 */
export async function sendOfferForApproval(page: Page, applicationId: string) {
  const from = `/applications/${applicationId}`;
  const terms = { salaryAmount: 65000, currency: "EUR", salaryPeriod: "year", startDate: day(40), expiresOn: day(10), bonus: "", equity: "" };
  const created = await callServerAction<{ ok: boolean; data: { offerId: string; version: number } }>(page, { file, action: "createOfferAction", args: [{ applicationId, ...terms }], from });
  expect(created.result).toMatchObject({ ok: true });
  const submitted = await callServerAction(page, { file, action: "submitOfferAction", args: [created.result!.data], from });
  expect(submitted.result).toMatchObject({ ok: true });
}
