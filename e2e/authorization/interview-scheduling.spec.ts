import type { Browser, Page } from "@playwright/test";
import { randomUUID } from "node:crypto";
import type { IsolatedOrganization } from "@/db/fixtures";
import { callServerAction } from "../actions";
import { createOrganization, expect, SignInPage, test } from "../fixtures";

type Role = keyof IsolatedOrganization["users"];
type Result = { ok: boolean; code?: string; data?: { interviewId: string } };

const ACTIONS = "server/interviews/actions.ts";
const SCHEDULE = { file: ACTIONS, action: "scheduleInterviewAction" };
const RESCHEDULE = { file: ACTIONS, action: "rescheduleInterviewAction" };
const CANCEL = { file: ACTIONS, action: "cancelInterviewAction" };
const SEND_LINK = { file: ACTIONS, action: "sendSchedulingLinkAction" };
const AVAILABILITY = { file: "app/(dashboard)/account/actions.ts", action: "changeAvailabilityAction" };

async function as(browser: Browser, org: IsolatedOrganization | null, role: Role = "admin"): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  if (org) await new SignInPage(page).signInAs(org.users[role].email, org.password);
  return page;
}

async function call(page: Page, target: { file: string; action: string }, input: unknown, from: string): Promise<Result> {
  const { result, threw, status } = await callServerAction<Result>(page, { ...target, args: [input], from });
  if (threw) {
    // Only a visitor without a session is turned away before the action runs: sent to sign-in.
    expect(status, `${target.action} must answer, not crash`).toBeGreaterThanOrEqual(300);
    expect(status).toBeLessThan(400);
    return { ok: false, code: "REDIRECTED" };
  }
  return result!;
}

test("only admins and recruiters reschedule, cancel and send scheduling links, and only in their own organisation", async ({ browser, request }) => {
  test.setTimeout(180_000);
  const main = await createOrganization(request, { applicants: 1, team: ["hiring_manager", "interviewer"] });
  const other = await createOrganization(request, { applicants: 1 });
  const applicationId = main.applicants[0]!.applicationId;
  const from = `/applications/${applicationId}`;
  const recruiter = await as(browser, main, "recruiter");
  const scheduled = await call(
    recruiter,
    SCHEDULE,
    { applicationId, plannedInterviewId: "", title: "Panel", interviewerIds: [main.users.interviewer.id], date: "2030-01-10", startTime: "10:00", timeZone: "UTC", durationMinutes: 60, location: "" },
    from,
  );
  expect(scheduled.ok).toBe(true);
  const interviewId = scheduled.data!.interviewId;
  const move = { interviewId, sequence: 0, date: "2030-01-11", startTime: "09:00", timeZone: "UTC", durationMinutes: 60, location: "Hacked" };
  const link = { applicationId, plannedInterviewId: randomUUID(), interviewerIds: [main.users.interviewer.id], durationMinutes: 60, location: "", expiresInDays: 7 };

  const refused: { who: string; page: Page; codes: string[] }[] = [
    { who: "anonymous", page: await as(browser, null), codes: ["REDIRECTED", "UNAUTHENTICATED"] },
    { who: "interviewer on the team", page: await as(browser, main, "interviewer"), codes: ["FORBIDDEN"] },
    { who: "hiring manager on the team", page: await as(browser, main, "hiring_manager"), codes: ["FORBIDDEN"] },
    { who: "another organisation's admin", page: await as(browser, other, "admin"), codes: ["NOT_FOUND"] },
    { who: "another organisation's recruiter", page: await as(browser, other, "recruiter"), codes: ["NOT_FOUND"] },
  ];
  for (const { who, page, codes } of refused) {
    for (const [target, input] of [
      [RESCHEDULE, move],
      [CANCEL, { interviewId, sequence: 0 }],
      [SEND_LINK, link],
    ] as const) {
      const result = await call(page, target, input, from);
      expect(result.ok, `${who}: ${target.action}`).toBe(false);
      expect(codes, `${who}: ${target.action}`).toContain(result.code);
    }
  }
  const anonymous = await call(refused[0]!.page, AVAILABILITY, { days: ["1"], start: "09:00", end: "17:00", calendarFeedUrl: "" }, "/account");
  expect(anonymous.ok).toBe(false);

  // Nothing the refused callers sent was stored: the interview is where it was, not cancelled.
  await recruiter.goto(from);
  const interviews = recruiter.getByRole("region", { name: "Interviews", exact: true });
  await expect(interviews.getByRole("heading", { name: "Panel" })).toBeVisible();
  await expect(interviews.getByText("Cancelled", { exact: true })).toHaveCount(0);
  await expect(interviews.getByText("Hacked")).toHaveCount(0);

  // The recruiter may; a second change from the same out-of-date version is refused.
  expect((await call(recruiter, RESCHEDULE, { ...move, location: "Room 1" }, from)).ok).toBe(true);
  expect((await call(recruiter, CANCEL, { interviewId, sequence: 0 }, from)).code).toBe("STALE_VERSION");
  expect((await call(recruiter, CANCEL, { interviewId, sequence: 1 }, from)).ok).toBe(true);
});

test("the scheduling page answers 404 to an unknown link", async ({ page }) => {
  expect((await page.goto(`/schedule/${"x".repeat(43)}`))?.status()).toBe(404);
});
