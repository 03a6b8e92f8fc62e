import type { APIRequestContext } from "@playwright/test";
import type { IsolatedOrganization, IsolatedOrganizationOptions } from "@/db/fixtures";
import { expect } from "./fixtures";

export type ReportsOrganization = IsolatedOrganization & { reports: { otherJobId: string } };

/** An isolated organisation with the reports' known counts (db/fixtures-reports.ts) added. */
export async function createReportsOrganization(request: APIRequestContext, options: IsolatedOrganizationOptions = {}): Promise<ReportsOrganization> {
  const response = await request.post("/api/e2e/fixtures", { data: { ...options, reports: true } });
  expect(response.ok(), "the e2e fixture route must be enabled").toBe(true);
  return (await response.json()) as ReportsOrganization;
}
