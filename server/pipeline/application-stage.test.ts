import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { createIsolatedOrganization, type IsolatedOrganization } from "@/db/fixtures";
import * as s from "@/db/schema";
import type { Viewer } from "@/lib/auth/viewer";
import { candidateAlias } from "@/lib/review/identity";
import { getApplicationDetail } from "@/server/candidates/get-candidate-profile";
import { setupTestDatabase } from "@/test/database";
import { getApplicationStage, getStageNeighbours } from "./application-stage";
import { getBoard, getBoardJob } from "./board";
import { moveApplications } from "./move-applications";
import { rejectApplications } from "./reject-applications";

// Next and previous candidate on the application page walk a stage in the board's order and under the
// board's filters; the stage actions are offered only to those the move use case would let through.

const db = setupTestDatabase();

const viewer = (org: IsolatedOrganization, role: s.MemberRole): Viewer => ({ organizationId: org.organization.id, userId: org.users[role].id, role });

async function neighboursOf(member: Viewer, applicationId: string, filters = {}) {
  const detail = (await getApplicationDetail(member, applicationId))!;
  const { previous, next } = await getStageNeighbours(member, detail.application, filters);
  return [previous?.applicationId ?? null, next?.applicationId ?? null];
}

describe("next and previous candidate", () => {
  it("walk one stage in the board's order, and stop at its ends", async () => {
    const org = await createIsolatedOrganization(db(), undefined, { applicants: 5 });
    const recruiter = viewer(org, "recruiter");
    const screen = org.stages.find((stage) => stage.name === "Screen")!;
    // Two move on to Screen: they are not part of the Applied walk, and the Screen walk is just them.
    const moved = org.applicants.slice(0, 2).map((a) => ({ applicationId: a.applicationId, version: 1 }));
    await moveApplications(recruiter, { jobId: org.job.id, toStageId: screen.id, applications: moved });

    const columns = await getBoard(recruiter, (await getBoardJob(recruiter, org.job.id))!, {});
    for (const column of columns.slice(0, 2)) {
      const order = column.cards.map((card) => card.applicationId);
      expect(order.length).toBeGreaterThan(1);
      for (const [i, id] of order.entries()) {
        expect(await neighboursOf(recruiter, id)).toEqual([order[i - 1] ?? null, order[i + 1] ?? null]);
      }
    }
  });

  it("keep to the board's filters, and name an anonymised neighbour by their alias", async () => {
    const org = await createIsolatedOrganization(db(), undefined, { applicants: 3, anonymizedReview: true, team: ["hiring_manager"] });
    const [first, second, third] = org.applicants as [IsolatedOrganization["applicants"][number], IsolatedOrganization["applicants"][number], IsolatedOrganization["applicants"][number]];
    await db().update(s.applications).set({ source: "LinkedIn" }).where(eq(s.applications.id, second.applicationId));
    const recruiter = viewer(org, "recruiter");

    expect(await neighboursOf(recruiter, second.applicationId, { source: "LinkedIn" })).toEqual([null, null]);
    const [previous, next] = await neighboursOf(recruiter, first.applicationId, { source: "careers page" });
    expect([previous, next].filter(Boolean)).toEqual([third.applicationId]);

    const manager = viewer(org, "hiring_manager");
    const detail = (await getApplicationDetail(manager, second.applicationId))!;
    const { previous: before, next: after } = await getStageNeighbours(manager, detail.application, {});
    for (const neighbour of [before, after].filter((n) => n !== null)) expect(neighbour.displayName).toBe(candidateAlias(neighbour.applicationId));
    // A text search never finds a hidden candidate by the name it hides.
    expect(await neighboursOf(manager, second.applicationId, { q: first.name })).toEqual([null, null]);
  });

  it("are none for an applicant no longer on the board", async () => {
    const org = await createIsolatedOrganization(db(), undefined, { applicants: 3 });
    const recruiter = viewer(org, "recruiter");
    const [a] = org.applicants;
    await rejectApplications(recruiter, { jobId: org.job.id, applications: [{ applicationId: a!.applicationId, version: 1 }], reason: "Position filled", note: "", sendEmail: false });
    expect(await neighboursOf(recruiter, a!.applicationId)).toEqual([null, null]);
  });
});

describe("the stage actions of one application", () => {
  it("are offered to recruiters, with the job's stages and reasons, and not to the hiring team", async () => {
    const org = await createIsolatedOrganization(db(), undefined, { applicants: 1, team: ["hiring_manager", "interviewer"] });
    const [a] = org.applicants;
    const stageFor = async (role: s.MemberRole) => {
      const member = { ...viewer(org, role), organizationName: org.organization.name };
      return getApplicationStage(member, (await getApplicationDetail(member, a!.applicationId))!.application);
    };
    const recruiter = (await stageFor("recruiter"))!;
    expect(recruiter).toMatchObject({ canMove: true, version: 1, status: "active", stageName: "Applied" });
    expect(recruiter.stages.map((stage) => stage.name)).toEqual(["Applied", "Screen", "Interview", "Offer", "Hired"]);
    expect(recruiter.rejectionReasons.length).toBeGreaterThan(0);
    expect(recruiter.rejectionEmailSubject).toContain(org.job.title);
    for (const role of ["hiring_manager", "interviewer"] as const) {
      expect(await stageFor(role)).toMatchObject({ canMove: false, rejectionReasons: [], rejectionEmailSubject: "" });
    }
  });
});
