import { eq } from "drizzle-orm";
import { DEFAULT_STAGES } from "@/lib/pipeline";
import type { Database } from "./client";
import type { IsolatedOrganization } from "./fixtures";
import * as s from "./schema";

/**
 * Known counts for the reports' tests, added to an isolated organisation (`createIsolatedOrganization`):
 *
 * The organisation's job: 37 applications from "Spring fair" (UTM fair / event / spring-2026), of which
 * 20 reached Screen, 10 Interview, 6 Offer and 5 were hired; 13 from "Careers page", 3 of them screened.
 * A second job, "Reports Other Job" (no hiring team): 8 from "LinkedIn", 2 screened.
 * Each step takes the same time: Screen after 2 days, Interview after 5, Offer after 9, Hired after 12;
 * the job was published 10 days before the first application, so time to hire is 12 days and to fill 22.
 * Offers, all on the first job (see `offersOf`): 10 drafted, 9 sent for approval, 1 declined by an
 * approver, 6 approved and sent, 5 accepted, 1 declined by the candidate, 1 waiting for approval. Scorecards: the interviewer's "yes" on a hire (2 hours after the
 * interview) and "strong yes" on a rejection (30 hours after, late).
 * Self-identification on the first job, Applied → Screen: men 12 of 20, women 8 of 20, non-binary 1 of 3,
 * declined to answer 2 of 7 (50 in all, 23 screened).
 */
export const REPORTS_FIXTURE = {
  base: new Date("2026-03-02T09:00:00Z"),
  springFair: { applied: 37, screen: 20, interview: 10, offer: 6, hired: 5 },
  careersPage: { applied: 13, screen: 3 },
  otherJob: { title: "Reports Other Job", applied: 8, screen: 2 },
} as const;

const DAY = 24 * 60 * 60 * 1000;
const HOUR = 60 * 60 * 1000;
/** Days after applying at which an application entered each stage after Applied. */
const enteredAfterDays = { screen: 2, interview: 5, offer: 9, hired: 12 } as const;
const kindsInOrder = ["applied", "screen", "interview", "offer", "hired"] as const;

const offerTerms = { salaryAmount: "65000.00", currency: "EUR", salaryPeriod: "year", startDate: "2026-04-15", expiresOn: "2026-03-31" } as const;
const chain: s.Offer["approvers"] = ["hiring_manager", "admin"];

/**
 * The offers of the job's applicants who reached Offer, oldest first, by their place among them (the
 * first five were hired): every hire accepted an offer sent after both approvals, the first after a
 * draft replaced unsent and the second after an offer replaced while waiting for approval; the sixth,
 * still at Offer, had one declined by an approver and one sent and declined, and now has one waiting
 * for the admin.
 */
function offersOf(index: number): { status: s.Offer["status"]; approvers: s.Offer["approvers"]; approvalStep: number; sent?: boolean }[] {
  const accepted = { status: "accepted", approvers: chain, approvalStep: 2, sent: true } as const;
  if (index === 0) return [{ status: "superseded", approvers: [], approvalStep: 0 }, accepted];
  if (index === 1) return [{ status: "superseded", approvers: chain, approvalStep: 0 }, accepted];
  if (index < 5) return [accepted];
  return [
    { status: "rejected_by_approver", approvers: chain, approvalStep: 0 },
    { status: "declined", approvers: chain, approvalStep: 2, sent: true },
    { status: "pending_approval", approvers: chain, approvalStep: 1 },
  ];
}

type Plan = { source: string; sourceDetails: s.Application["sourceDetails"]; furthest: (typeof kindsInOrder)[number]; gender?: string; ethnicity?: string };

function genders(screened: boolean[]): string[] {
  const pools = { screened: [...Array(12).fill("man"), ...Array(8).fill("woman"), "non_binary", "decline", "decline"], not: [...Array(8).fill("man"), ...Array(12).fill("woman"), "non_binary", "non_binary", ...Array(5).fill("decline")] };
  return screened.map((yes) => (yes ? pools.screened.shift()! : pools.not.shift()!));
}

export async function seedReportFixture(db: Database, org: IsolatedOrganization): Promise<{ otherJobId: string }> {
  const { base, springFair, careersPage, otherJob } = REPORTS_FIXTURE;
  const organizationId = org.organization.id;
  return db.transaction(async (tx) => {
    await tx.update(s.jobs).set({ publishedAt: new Date(base.getTime() - 10 * DAY), department: "Engineering" }).where(eq(s.jobs.id, org.job.id));
    const [other] = await tx
      .insert(s.jobs)
      .values({ organizationId, slug: `reports-other-${org.organization.slug}`, title: otherJob.title, status: "open", publishedAt: base, department: "Sales" })
      .returning({ id: s.jobs.id });
    const otherStages = await tx
      .insert(s.jobStages)
      .values(DEFAULT_STAGES.map((stage, position) => ({ ...stage, position, organizationId, jobId: other!.id })))
      .returning({ id: s.jobStages.id, kind: s.jobStages.kind });

    const fair = { source: "Spring fair", sourceDetails: { utm: { source: "fair", medium: "event", campaign: "spring-2026" } } };
    const mainPlans: Plan[] = [];
    for (let i = 0; i < springFair.applied; i++) {
      const furthest = i < springFair.hired ? "hired" : i < springFair.offer ? "offer" : i < springFair.interview ? "interview" : i < springFair.screen ? "screen" : "applied";
      mainPlans.push({ ...fair, furthest });
    }
    for (let i = 0; i < careersPage.applied; i++) mainPlans.push({ source: "Careers page", sourceDetails: {}, furthest: i < careersPage.screen ? "screen" : "applied" });
    const gender = genders(mainPlans.map((plan) => plan.furthest !== "applied"));
    const ethnicities = ["white", "asian", "black", "hispanic_latino"];
    mainPlans.forEach((plan, i) => Object.assign(plan, { gender: gender[i], ethnicity: ethnicities[i % ethnicities.length] }));
    const otherPlans: Plan[] = Array.from({ length: otherJob.applied }, (_, i) => ({
      source: "LinkedIn",
      sourceDetails: { referrer: "https://www.linkedin.com/jobs" },
      furthest: i < otherJob.screen ? "screen" : "applied",
    }));

    const created: { applicationId: string; furthest: Plan["furthest"]; appliedAt: Date }[] = [];
    let n = 0;
    for (const [jobId, stages, plans] of [
      [org.job.id, org.stages, mainPlans],
      [other!.id, otherStages, otherPlans],
    ] as const) {
      const stageOf = (kind: s.StageKind) => stages.find((stage) => stage.kind === kind)!.id;
      for (const [index, plan] of plans.entries()) {
        n++;
        const appliedAt = new Date(base.getTime() + n * HOUR);
        const furthestIndex = kindsInOrder.indexOf(plan.furthest);
        const enteredAt = (kind: Exclude<Plan["furthest"], "applied">) => new Date(appliedAt.getTime() + enteredAfterDays[kind] * DAY);
        const lastAt = plan.furthest === "applied" ? appliedAt : enteredAt(plan.furthest);
        // Who stopped short of Offer: every other one rejected, the rest still active (and long stale).
        const status = plan.furthest === "hired" ? "hired" : plan.furthest !== "offer" && index % 2 === 0 ? "rejected" : "active";
        const [candidate] = await tx
          .insert(s.candidates)
          .values({ organizationId, name: `Report Applicant ${n}`, email: `report-applicant-${n}-${org.organization.slug}@candor.test`, createdAt: appliedAt })
          .returning({ id: s.candidates.id });
        const [application] = await tx
          .insert(s.applications)
          .values({ organizationId, jobId, candidateId: candidate!.id, stageId: stageOf(plan.furthest), status, source: plan.source, sourceDetails: plan.sourceDetails, stageEnteredAt: lastAt, createdAt: appliedAt })
          .returning({ id: s.applications.id });
        const events: (typeof s.applicationEvents.$inferInsert)[] = [{ organizationId, applicationId: application!.id, type: "applied", toStageId: stageOf("applied"), createdAt: appliedAt }];
        for (const kind of kindsInOrder.slice(1, furthestIndex + 1) as Exclude<Plan["furthest"], "applied">[]) {
          events.push({ organizationId, applicationId: application!.id, type: "moved", fromStageId: stageOf(kindsInOrder[kindsInOrder.indexOf(kind) - 1]!), toStageId: stageOf(kind), createdAt: enteredAt(kind) });
        }
        if (plan.furthest === "hired") events.push({ organizationId, applicationId: application!.id, type: "hired", toStageId: stageOf("hired"), createdAt: enteredAt("hired") });
        if (status === "rejected") events.push({ organizationId, applicationId: application!.id, type: "rejected", createdAt: new Date(lastAt.getTime() + DAY) });
        await tx.insert(s.applicationEvents).values(events);
        if (furthestIndex >= 3 && jobId === org.job.id) {
          const offers = offersOf(index).map(({ sent, ...offer }, k) => ({
            ...offerTerms,
            ...offer,
            organizationId,
            applicationId: application!.id,
            createdAt: new Date(enteredAt("offer").getTime() + (k + 1) * HOUR),
            sentAt: sent ? new Date(enteredAt("offer").getTime() + (k + 1) * HOUR + 30 * 60 * 1000) : null,
            respondedAt: offer.status === "accepted" || offer.status === "declined" ? new Date(enteredAt("offer").getTime() + (k + 2) * HOUR) : null,
            signatureName: offer.status === "accepted" ? `Report Applicant ${n}` : null,
          }));
          await tx.insert(s.offers).values(offers);
        }
        if (plan.gender) {
          await tx.insert(s.selfIdentifications).values({ organizationId, applicationId: application!.id, gender: plan.gender, ethnicity: plan.ethnicity });
        }
        created.push({ applicationId: application!.id, furthest: plan.furthest, appliedAt });
      }
    }

    // Two scorecards by the interviewer: a hire they recommended, a rejection they recommended strongly.
    for (const [index, overall, hoursAfter] of [
      [0, "yes", 2],
      [6, "strong_yes", 30],
    ] as const) {
      const application = created[index]!;
      const endsAt = new Date(application.appliedAt.getTime() + 6 * DAY);
      const [interview] = await tx
        .insert(s.interviews)
        .values({ organizationId, applicationId: application.applicationId, title: "Report interview", startsAt: new Date(endsAt.getTime() - HOUR), endsAt, timeZone: "UTC" })
        .returning({ id: s.interviews.id });
      await tx.insert(s.interviewParticipants).values({ organizationId, interviewId: interview!.id, userId: org.users.interviewer.id });
      await tx.insert(s.scorecards).values({
        organizationId,
        interviewId: interview!.id,
        applicationId: application.applicationId,
        authorUserId: org.users.interviewer.id,
        status: "submitted",
        overall,
        submittedAt: new Date(endsAt.getTime() + hoursAfter * HOUR),
      });
    }
    return { otherJobId: other!.id };
  });
}

