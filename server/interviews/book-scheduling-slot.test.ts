import { createServer, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { and, eq, inArray, sql } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createIsolatedOrganization } from "@/db/fixtures";
import { insertDefaultInterviewPlan } from "@/db/queries/default-interview-plan";
import * as s from "@/db/schema";
import { setupTestDatabase } from "@/test/database";
import { organizer, refused, viewer } from "@/test/interviews";
import { sendSchedulingLinkSchema } from "@/lib/validation/interviews";
import { listOpenSchedulingLinks } from "@/db/queries/interview-scheduling";
import { bookSchedulingSlot, getSchedulingPage, NO_TIMES_NOW_MESSAGE, SLOT_TAKEN_MESSAGE } from "./book-scheduling-slot";
import { FEED_FAILURE_RESTAMP_MS } from "./interviewer-availability";
import { readCalendarFeed } from "./read-calendar-feed";
import { sendSchedulingLink } from "./send-scheduling-link";

// Read once by env(): members' feeds on 127.0.0.1 are this file's own server.
vi.stubEnv("CALENDAR_FEED_ALLOW_PRIVATE", "1");

const db = setupTestDatabase();
// Monday 7 January 2030, midnight UTC: bookable from 12:00 today for 14 days.
const now = new Date("2030-01-07T00:00:00Z");
const tuesdayTen = new Date("2030-01-08T10:00:00Z");

// The feed server, on a port the system picks: /feed.ics answers `feed` with `status` (or `held` takes it); /hang never answers; /huge sends 3 MB.
let feed = "";
let status = 200;
let held: ((response: ServerResponse) => void) | null = null;
let server: Server;
let feedOrigin: string;
beforeAll(async () => {
  server = createServer((request, response) => {
    if (request.url === "/hang") return;
    if (request.url === "/feed.ics" && held) {
      const answer = held;
      held = null;
      return answer(response);
    }
    if (request.url === "/huge") return response.writeHead(200, { "content-type": "text/calendar" }).end(`BEGIN:VCALENDAR\r\n${"X".repeat(3 * 1024 * 1024)}`);
    response.writeHead(status, { "content-type": status === 200 ? "text/calendar" : "text/html" }).end(feed);
  });
  await new Promise<void>((listening) => server.listen(0, "127.0.0.1", listening));
  feedOrigin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.closeAllConnections();
  return new Promise<void>((closed) => server.close(() => closed()));
});
const feedUrl = (path = "/feed.ics") => `${feedOrigin}${path}`;
const calendar = (...events: string[]) => ["BEGIN:VCALENDAR", "VERSION:2.0", ...events, "END:VCALENDAR"].join("\r\n");
const busyEvent = (uid: string, start: string, end: string) => ["BEGIN:VEVENT", `UID:${uid}`, `DTSTART:${start}`, `DTEND:${end}`, "SUMMARY:Busy", "END:VEVENT"].join("\r\n");

/** A slow good read: the next request for /feed.ics waits for `release()`, then gets an empty calendar; `arrived` resolves when it comes in. */
function holdNextRead() {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  const arrived = new Promise<void>((resolve) => {
    held = (response) => {
      resolve();
      void released.then(() => response.writeHead(200, { "content-type": "text/calendar" }).end(calendar()));
    };
  });
  return { arrived, release };
}

/** An org with `applicants` applicants, the interviewer on the team, and a scheduling link for each applicant; returns their tokens. */
async function linksFor(applicants: number) {
  const org = await createIsolatedOrganization(db(), undefined, { applicants, team: ["interviewer"] });
  await insertDefaultInterviewPlan(db(), { organizationId: org.organization.id, jobId: org.job.id }, org.stages);
  const [planned] = await db().select().from(s.plannedInterviews).where(eq(s.plannedInterviews.jobId, org.job.id)).limit(1);
  const tokens: string[] = [];
  for (const applicant of org.applicants) {
    const input = sendSchedulingLinkSchema.parse({ applicationId: applicant.applicationId, plannedInterviewId: planned!.id, interviewerIds: [org.users.interviewer.id], durationMinutes: 60 });
    const { linkId } = await sendSchedulingLink(organizer(org), input, now);
    const [mail] = await db().select().from(s.emailOutbox).where(and(eq(s.emailOutbox.applicationId, applicant.applicationId), eq(s.emailOutbox.dedupeKey, `scheduling-link:${linkId}`)));
    tokens.push(/\/schedule\/([\w-]+)/.exec(mail!.text)![1]!);
  }
  return { org, tokens, planned: planned! };
}

const starts = (page: Awaited<ReturnType<typeof getSchedulingPage>>) => (page?.state === "open" ? page.slots.map((slot) => slot.start.toISOString()) : []);

describe("self-scheduling", () => {
  it("offers the interviewer's working hours and books one slot once, inviting everyone", async () => {
    const { org, tokens } = await linksFor(1);
    const page = await getSchedulingPage(tokens[0]!, now);
    expect(page?.state).toBe("open");
    expect(starts(page)[0]).toBe("2030-01-07T12:00:00.000Z");
    expect(starts(page)).toContain(tuesdayTen.toISOString());
    expect(starts(page)).not.toContain("2030-01-12T10:00:00.000Z"); // a Saturday

    const { interviewId } = await bookSchedulingSlot(tokens[0]!, tuesdayTen, now);
    const mail = await db().select().from(s.emailOutbox).where(eq(s.emailOutbox.applicationId, org.applicants[0]!.applicationId));
    const invitations = mail.filter((m) => m.dedupeKey?.startsWith(`interview-invitation:${interviewId}`));
    expect(invitations.map((m) => m.to).sort()).toEqual([org.applicants[0]!.email, org.users.interviewer.email].sort());
    expect((await getSchedulingPage(tokens[0]!, now))?.state).toBe("booked");
    expect((await refused(bookSchedulingSlot(tokens[0]!, new Date("2030-01-09T10:00:00Z"), now))).code).toBe("CONFLICT");
  });

  it("lets exactly one of 20 candidates racing for the same interviewer's slot book it", async () => {
    const { tokens } = await linksFor(20);
    const results = await Promise.allSettled(tokens.map((token) => bookSchedulingSlot(token, tuesdayTen, now)));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const result of results.filter((r) => r.status === "rejected")) expect(result.reason).toMatchObject({ code: "CONFLICT", message: SLOT_TAKEN_MESSAGE });
    // The losers' pages no longer offer the taken time, nor the overlapping half hours.
    const fresh = starts(await getSchedulingPage(tokens.find((_, i) => results[i]!.status === "rejected")!, now));
    expect(fresh).not.toContain(tuesdayTen.toISOString());
    expect(fresh).not.toContain("2030-01-08T10:30:00.000Z");
    expect(fresh).toContain("2030-01-08T11:00:00.000Z");
  });

  it("leaves out the busy times of the interviewer's calendar feed", async () => {
    const { org, tokens } = await linksFor(1);
    status = 200;
    feed = calendar(busyEvent("busy-1", "20300108T090000Z", "20300108T120000Z"));
    await db().update(s.users).set({ calendarFeedUrl: feedUrl() }).where(eq(s.users.id, org.users.interviewer.id));
    const page = starts(await getSchedulingPage(tokens[0]!, now));
    expect(page).not.toContain(tuesdayTen.toISOString());
    expect(page).toContain("2030-01-08T12:00:00.000Z");
    expect((await refused(bookSchedulingSlot(tokens[0]!, tuesdayTen, now))).message).toBe(SLOT_TAKEN_MESSAGE);
  });

  it("refuses expired links, unknown tokens, and members who may not send links", async () => {
    const { org, tokens, planned } = await linksFor(1);
    expect((await getSchedulingPage(tokens[0]!, new Date("2030-02-01T00:00:00Z")))?.state).toBe("closed");
    expect(await getSchedulingPage("not-a-token", now)).toBeNull();
    const input = sendSchedulingLinkSchema.parse({ applicationId: org.applicants[0]!.applicationId, plannedInterviewId: planned.id, interviewerIds: [org.users.interviewer.id], durationMinutes: 60 });
    const interviewer = { ...viewer(org, "interviewer"), name: "I", email: "i@example.com" };
    expect((await refused(sendSchedulingLink(interviewer, input, now))).code).toBe("FORBIDDEN");
    const other = await linksFor(1);
    expect((await refused(sendSchedulingLink(organizer(other.org), input, now))).code).toBe("NOT_FOUND");
    const links = await db().select().from(s.schedulingLinks).where(inArray(s.schedulingLinks.applicationId, [org.applicants[0]!.applicationId]));
    expect(links).toHaveLength(1);
  });
});

describe("a calendar feed that cannot be read", () => {
  const failedAt = async (userId: string) => (await db().select({ at: s.users.calendarFeedFailedAt }).from(s.users).where(eq(s.users.id, userId)))[0]!.at;
  /** As if the restamp interval had passed since the feed's failure was stamped. */
  const aMinutePasses = (userId: string) => {
    const earlier = (column: AnyPgColumn) => sql`${column} - make_interval(secs => ${(FEED_FAILURE_RESTAMP_MS + 1_000) / 1_000})`;
    return db()
      .update(s.users)
      .set({ calendarFeedFailedAt: earlier(s.users.calendarFeedFailedAt), calendarFeedLastFailedAt: earlier(s.users.calendarFeedLastFailedAt) })
      .where(eq(s.users.id, userId));
  };

  it("offers no time and books nothing while it fails, tells the recruiter, and recovers on a good read once the failure is a minute old", async () => {
    const { org, tokens } = await linksFor(1);
    const interviewerId = org.users.interviewer.id;
    const applicationId = org.applicants[0]!.applicationId;
    await db().update(s.users).set({ calendarFeedUrl: feedUrl() }).where(eq(s.users.id, interviewerId));

    status = 500;
    feed = "Internal Server Error";
    const before = new Date();
    expect((await getSchedulingPage(tokens[0]!, now))?.state).toBe("unavailable");
    expect((await refused(bookSchedulingSlot(tokens[0]!, tuesdayTen, now))).message).toBe(NO_TIMES_NOW_MESSAGE);
    expect(await db().select().from(s.interviews).where(eq(s.interviews.applicationId, applicationId))).toHaveLength(0);
    expect((await failedAt(interviewerId))!.getTime()).toBeGreaterThanOrEqual(before.getTime());
    const [waiting] = await listOpenSchedulingLinks(org.organization.id, applicationId, now);
    expect(waiting!.interviewers).toEqual([{ userId: interviewerId, name: org.users.interviewer.name, calendarFeedFailedAt: expect.any(Date) }]);

    // A 200 that is no calendar (a sign-in page, a cut-off download) is no more "free" than an error.
    status = 200;
    for (const garbage of ["<html><body>Please sign in</body></html>", calendar(busyEvent("busy-2", "20300108T090000Z", "20300108T120000Z")).slice(0, -15)]) {
      feed = garbage;
      expect((await getSchedulingPage(tokens[0]!, now))?.state).toBe("unavailable");
    }
    expect(await failedAt(interviewerId)).not.toBeNull();

    await aMinutePasses(interviewerId);
    feed = calendar(busyEvent("busy-3", "20300108T090000Z", "20300108T120000Z"));
    const page = starts(await getSchedulingPage(tokens[0]!, now));
    expect(page).not.toContain(tuesdayTen.toISOString());
    expect(page).toContain("2030-01-08T12:00:00.000Z");
    expect(await failedAt(interviewerId)).toBeNull();
    expect((await listOpenSchedulingLinks(org.organization.id, applicationId, now))[0]!.interviewers[0]!.calendarFeedFailedAt).toBeNull();
    await bookSchedulingSlot(tokens[0]!, new Date("2030-01-08T13:00:00Z"), now);
    expect(await listOpenSchedulingLinks(org.organization.id, applicationId, now)).toHaveLength(0);
  });

  it("writes the person's row only when a read finds another state than stored, and the recruiter sees each change", async () => {
    const { org, tokens } = await linksFor(1);
    const interviewerId = org.users.interviewer.id;
    const applicationId = org.applicants[0]!.applicationId;
    await db().update(s.users).set({ calendarFeedUrl: feedUrl() }).where(eq(s.users.id, interviewerId));
    // The row's version: any UPDATE that touches the row, even to the same values, gives it a new one.
    const version = async () => (await db().execute<{ xmin: string }>(sql`select xmin::text as xmin from ${s.users} where ${s.users.id} = ${interviewerId}`)).rows[0]!.xmin;
    const recruiterSees = async () => (await listOpenSchedulingLinks(org.organization.id, applicationId, now))[0]!.interviewers[0]!.calendarFeedFailedAt;
    const view = async () => (await getSchedulingPage(tokens[0]!, now))?.state;

    status = 200;
    feed = calendar();
    const working = await version();
    expect(await view()).toBe("open");
    expect(await view()).toBe("open");
    expect(await version()).toBe(working);

    status = 500;
    feed = "Internal Server Error";
    expect(await view()).toBe("unavailable");
    const firstFailure = await failedAt(interviewerId);
    expect(firstFailure).toBeInstanceOf(Date);
    expect(await recruiterSees()).toEqual(firstFailure);
    const failing = await version();
    expect(failing).not.toBe(working);
    // Still failing: the candidate reloads and tries to book, and the row keeps the time it began to fail.
    expect(await view()).toBe("unavailable");
    expect((await refused(bookSchedulingSlot(tokens[0]!, tuesdayTen, now))).message).toBe(NO_TIMES_NOW_MESSAGE);
    expect(await view()).toBe("unavailable");
    expect(await version()).toBe(failing);
    expect(await recruiterSees()).toEqual(firstFailure);

    // A minute on, a failure stamps the row again (its last failure, not when it began to fail).
    await aMinutePasses(interviewerId);
    const since = await failedAt(interviewerId);
    const aged = await version();
    expect(await view()).toBe("unavailable");
    expect(await version()).not.toBe(aged);
    expect(await recruiterSees()).toEqual(since);

    await aMinutePasses(interviewerId);
    const stale = await version();
    status = 200;
    feed = calendar();
    expect(await view()).toBe("open");
    expect(await recruiterSees()).toBeNull();
    const recovered = await version();
    expect(recovered).not.toBe(stale);
    expect(await view()).toBe("open");
    expect(await version()).toBe(recovered);
  });

  /** An interviewer whose feed has just been found failing by a candidate's view of their link. */
  async function failingFeed() {
    const { org, tokens } = await linksFor(1);
    const interviewerId = org.users.interviewer.id;
    await db().update(s.users).set({ calendarFeedUrl: feedUrl() }).where(eq(s.users.id, interviewerId));
    const view = async () => (await getSchedulingPage(tokens[0]!, now))?.state;
    status = 500;
    feed = "Internal Server Error";
    expect(await view()).toBe("unavailable");
    return { interviewerId, token: tokens[0]!, view };
  }

  it("lets no good read that began before a failure clear it, whether or not that failure was stamped", async () => {
    const { interviewerId, token, view } = await failingFeed();

    // First within a minute of the stamp (the failure is not stamped again), then a minute after it (it is).
    for (const later of [false, true]) {
      if (later) await aMinutePasses(interviewerId);
      const since = await failedAt(interviewerId);
      const slow = holdNextRead();
      const slowView = getSchedulingPage(token, now);
      await slow.arrived;
      expect(await view()).toBe("unavailable");
      slow.release();
      // The slow view's own candidate is offered times: its read did succeed, but it is older news.
      expect((await slowView)?.state).toBe("open");
      expect(await failedAt(interviewerId)).toEqual(since);
    }
  });

  it("clears a failure with a good read, however slow, that began a minute after the failure was last stamped", async () => {
    const { interviewerId, token, view } = await failingFeed();
    status = 200;
    feed = calendar();
    // Within the minute a failure may have gone unstamped, so a good read then leaves the failure to a later one.
    expect(await view()).toBe("open");
    expect(await failedAt(interviewerId)).not.toBeNull();

    await aMinutePasses(interviewerId);
    const slow = holdNextRead();
    const slowView = getSchedulingPage(token, now);
    await slow.arrived;
    slow.release();
    expect((await slowView)?.state).toBe("open");
    expect(await failedAt(interviewerId)).toBeNull();
  });

  it("counts a feed that hangs past the time limit or is too large as failed, within the limit", async () => {
    const from = now;
    const to = new Date("2030-01-21T00:00:00Z");
    const started = Date.now();
    expect(await readCalendarFeed(feedUrl("/hang"), from, to, { timeoutMs: 300, maxResponseBytes: 1024 })).toEqual({ ok: false });
    expect(Date.now() - started).toBeLessThan(3_000);
    expect(await readCalendarFeed(feedUrl("/huge"), from, to, { timeoutMs: 2_000, maxResponseBytes: 1024 * 1024 })).toEqual({ ok: false });
    status = 200;
    feed = calendar(busyEvent("busy-4", "20300108T090000Z", "20300108T120000Z"));
    expect(await readCalendarFeed(feedUrl(), from, to)).toEqual({ ok: true, busy: [{ start: new Date("2030-01-08T09:00:00Z"), end: new Date("2030-01-08T12:00:00Z") }] });
  });
});
