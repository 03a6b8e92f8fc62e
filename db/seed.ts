import { eq } from "drizzle-orm";
import { hashPassword } from "@/lib/auth/password";
import { insertDefaultInterviewPlan } from "@/db/queries/default-interview-plan";
import { DEFAULT_REJECTION_REASONS, DEFAULT_STAGES } from "@/lib/pipeline";
import type { Database } from "./client";
import * as s from "./schema";
import { DEMO_PASSWORD, demoJobs, demoOrganization, demoUsers, firstNames, lastNames, sources } from "./seed-data";

const DAY = 86_400_000;

/** Small deterministic PRNG (mulberry32) so the demo data is the same on every machine. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/**
 * Creates the demo organisation, its users, jobs and about 60 candidates.
 * Runs in one transaction and does nothing when the demo organisation exists, so running it twice changes nothing.
 * Returns whether it created anything.
 */
export async function seedDemo(db: Database, now = new Date()): Promise<boolean> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  return db.transaction(async (tx) => {
    const existing = await tx
      .select({ id: s.organizations.id })
      .from(s.organizations)
      .where(eq(s.organizations.slug, demoOrganization.slug));
    if (existing.length > 0) return false;

    const [org] = await tx
      .insert(s.organizations)
      .values({
        ...demoOrganization,
        settings: { scorecardVisibility: "after_own_submitted", rejectionReasons: [...DEFAULT_REJECTION_REASONS] },
      })
      .returning();
    if (!org) throw new Error("demo organisation was not created");
    const organizationId = org.id;

    // Demo users may already exist (e.g. members of another organisation); reuse them.
    const userIds = new Map<string, string>();
    for (const user of demoUsers) {
      const [row] = await tx
        .insert(s.users)
        .values({ email: user.email, name: user.name, passwordHash })
        .onConflictDoNothing()
        .returning({ id: s.users.id });
      const id = row?.id ?? (await tx.select({ id: s.users.id }).from(s.users).where(eq(s.users.email, user.email)))[0]?.id;
      if (!id) throw new Error(`demo user ${user.email} could not be created`);
      userIds.set(user.role, id);
      await tx.insert(s.memberships).values({ organizationId, userId: id, role: user.role });
    }
    const recruiterId = userIds.get("recruiter");

    const jobRows: { id: string; stageIds: string[]; publishedAt: Date; status: s.JobStatus; fullTeam: boolean }[] = [];
    for (const job of demoJobs) {
      const publishedAt = job.publishedDaysAgo === undefined ? null : new Date(now.getTime() - job.publishedDaysAgo * DAY);
      const [row] = await tx
        .insert(s.jobs)
        .values({
          organizationId,
          slug: job.slug,
          title: job.title,
          department: job.department,
          location: job.location,
          workplaceType: job.workplaceType,
          employmentType: job.employmentType,
          descriptionMd: job.descriptionMd,
          payMin: job.pay.min,
          payMax: job.pay.max,
          payCurrency: job.pay.currency,
          payPeriod: job.pay.period,
          status: job.status,
          publishedAt,
          closesAt: job.closesInDays === undefined ? null : new Date(now.getTime() + job.closesInDays * DAY),
          createdAt: publishedAt ?? now,
        })
        .returning({ id: s.jobs.id });
      if (!row) throw new Error(`job ${job.slug} was not created`);
      const stages = await tx
        .insert(s.jobStages)
        .values(DEFAULT_STAGES.map((stage, position) => ({ ...stage, position, organizationId, jobId: row.id })))
        .returning({ id: s.jobStages.id, kind: s.jobStages.kind, position: s.jobStages.position });
      stages.sort((a, b) => a.position - b.position);
      await insertDefaultInterviewPlan(tx, { organizationId, jobId: row.id }, stages);
      if (job.questions.length > 0) {
        await tx.insert(s.jobQuestions).values(
          job.questions.map((q, position) => ({
            organizationId,
            jobId: row.id,
            position,
            label: q.label,
            type: q.type,
            required: q.required,
            options: q.options ?? [],
            helpText: q.helpText,
          })),
        );
      }
      const team: { userId: string; role: "hiring_manager" | "interviewer" }[] = [];
      if (job.team.manager) team.push({ userId: userIds.get("hiring_manager")!, role: "hiring_manager" });
      if (job.team.interviewer) team.push({ userId: userIds.get("interviewer")!, role: "interviewer" });
      if (team.length > 0) await tx.insert(s.jobMembers).values(team.map((m) => ({ ...m, organizationId, jobId: row.id })));
      jobRows.push({
        id: row.id,
        stageIds: stages.map((st) => st.id),
        publishedAt: publishedAt ?? now,
        status: job.status,
        fullTeam: Boolean(job.team.manager && job.team.interviewer),
      });
    }

    const interviewing: { applicationId: string; job: (typeof jobRows)[number]; order: number }[] = [];
    const rand = random(2026);
    const pick = <T>(items: readonly T[]) => items[Math.floor(rand() * items.length)]!;
    const acceptingJobs = jobRows.filter((job) => job.status !== "draft");
    const rejectionReasons = DEFAULT_REJECTION_REASONS.slice(0, 5);

    for (let i = 0; i < 60; i++) {
      const first = firstNames[i % firstNames.length]!;
      const last = lastNames[(i * 7 + Math.floor(i / firstNames.length)) % lastNames.length]!;
      const emailLocal = `${first}.${last}`.normalize("NFD").replace(/[^A-Za-z.]/g, "").toLowerCase();
      const [candidate] = await tx
        .insert(s.candidates)
        .values({
          organizationId,
          email: `${emailLocal}${i}@example.net`,
          name: `${first} ${last}`,
          phone: `+44 7700 9${String(i).padStart(5, "0")}`,
          location: pick(["Berlin", "Lyon", "London", "Austin", "Amsterdam", "Lisbon", "Remote"]),
          links: [{ label: "LinkedIn", url: `https://www.linkedin.com/in/${emailLocal.replace(".", "-")}` }],
        })
        .returning({ id: s.candidates.id });
      if (!candidate) throw new Error("candidate was not created");

      const jobsForCandidate = [acceptingJobs[i % acceptingJobs.length]!];
      if (i < 8) jobsForCandidate.push(acceptingJobs[(i + 2) % acceptingJobs.length]!);

      for (const job of jobsForCandidate) {
        // The first five cover every stage; the rest fall where a real funnel would put them.
        const roll = rand();
        const stageIndex = i < 5 ? i : roll < 0.35 ? 0 : roll < 0.6 ? 1 : roll < 0.8 ? 2 : roll < 0.9 ? 3 : 4;
        const outcome = rand();
        const status: s.ApplicationStatus =
          stageIndex === 4 ? "hired" : i >= 5 && outcome < 0.15 ? "rejected" : i >= 5 && outcome < 0.2 ? "withdrawn" : "active";
        const ageDays = Math.max(1, Math.floor(rand() * Math.min(40, (now.getTime() - job.publishedAt.getTime()) / DAY)));
        const appliedAt = new Date(now.getTime() - ageDays * DAY);
        const stepMs = (ageDays * DAY) / (stageIndex + 2);
        const stageEnteredAt = new Date(appliedAt.getTime() + stepMs * stageIndex);
        const rejectionReason = status === "rejected" ? pick(rejectionReasons) : null;

        const [application] = await tx
          .insert(s.applications)
          .values({
            organizationId,
            jobId: job.id,
            candidateId: candidate.id,
            stageId: job.stageIds[stageIndex]!,
            status,
            rejectionReason,
            source: pick(sources),
            stageEnteredAt,
            createdAt: appliedAt,
            updatedAt: stageEnteredAt,
          })
          .returning({ id: s.applications.id });
        if (!application) throw new Error("application was not created");

        const events: (typeof s.applicationEvents.$inferInsert)[] = [
          { organizationId, applicationId: application.id, type: "applied", toStageId: job.stageIds[0], createdAt: appliedAt },
        ];
        for (let step = 1; step <= stageIndex; step++) {
          events.push({
            organizationId,
            applicationId: application.id,
            type: "moved",
            fromStageId: job.stageIds[step - 1],
            toStageId: job.stageIds[step],
            actorUserId: recruiterId,
            createdAt: new Date(appliedAt.getTime() + stepMs * step),
          });
        }
        if (status !== "active") {
          events.push({
            organizationId,
            applicationId: application.id,
            type: status,
            actorUserId: status === "withdrawn" ? null : recruiterId,
            data: rejectionReason ? { reason: rejectionReason } : {},
            createdAt: new Date(stageEnteredAt.getTime() + 3_600_000),
          });
        }
        await tx.insert(s.applicationEvents).values(events);
        // Interview, Offer, then Screen: who has had, or is about to have, a technical interview.
        const interviewOrder = [2, 3, 1].indexOf(stageIndex);
        if (interviewOrder >= 0 && status === "active" && job.fullTeam) interviewing.push({ applicationId: application.id, job, order: interviewOrder });
      }
    }

    interviewing.sort((a, b) => a.order - b.order);
    await seedInterviews(tx, { organizationId, now, recruiterId, managerId: userIds.get("hiring_manager")!, interviewerId: userIds.get("interviewer")! }, interviewing);
    return true;
  });
}

type SeedPeople = { organizationId: string; now: Date; recruiterId: string | undefined; managerId: string; interviewerId: string };

/**
 * Interviews for the first applicants at the Interview stage of a job whose whole team is seeded, so
 * the demo's hiring manager and interviewer have feedback to give and to read: one ended yesterday
 * with the interviewer's scorecard still missing, one where the two reviewers disagree, one upcoming.
 */
async function seedInterviews(tx: Parameters<Parameters<Database["transaction"]>[0]>[0], people: SeedPeople, interviewing: { applicationId: string; job: { id: string; stageIds: string[] } }[]) {
  const { organizationId, now, recruiterId, managerId, interviewerId } = people;
  const plans: { startsInHours: number; scorecards: { userId: string; overall: (typeof s.recommendation.enumValues)[number] }[] }[] = [
    { startsInHours: -26, scorecards: [{ userId: managerId, overall: "yes" }] },
    { startsInHours: -50, scorecards: [{ userId: managerId, overall: "strong_yes" }, { userId: interviewerId, overall: "no" }] },
    { startsInHours: 48, scorecards: [] },
  ];
  for (const [i, plan] of plans.entries()) {
    const target = interviewing[i];
    if (!target) return;
    const [planned] = await tx
      .select()
      .from(s.plannedInterviews)
      .where(eq(s.plannedInterviews.stageId, target.job.stageIds[2]!))
      .orderBy(s.plannedInterviews.position)
      .limit(1);
    const startsAt = new Date(now.getTime() + plan.startsInHours * 3_600_000);
    const [interview] = await tx
      .insert(s.interviews)
      .values({
        organizationId,
        applicationId: target.applicationId,
        plannedInterviewId: planned?.id,
        title: planned?.name ?? "Technical interview",
        startsAt,
        endsAt: new Date(startsAt.getTime() + 3_600_000),
        timeZone: "Europe/Berlin",
        location: "https://meet.example.com/lumen-interview",
        createdByUserId: recruiterId,
      })
      .returning({ id: s.interviews.id });
    if (!interview) throw new Error("interview was not created");
    await tx.insert(s.interviewParticipants).values([managerId, interviewerId].map((userId) => ({ organizationId, interviewId: interview.id, userId })));
    await tx.insert(s.applicationEvents).values({
      organizationId,
      applicationId: target.applicationId,
      type: "interview_scheduled",
      actorUserId: recruiterId,
      data: { interviewId: interview.id, title: planned?.name ?? "Technical interview", startsAt: startsAt.toISOString(), interviewerIds: [managerId, interviewerId] },
      createdAt: new Date(startsAt.getTime() - 3 * 86_400_000),
    });
    const attributes = (planned?.template.focusAreas ?? []).flatMap((area) => area.attributes.map((attribute) => attribute.name));
    for (const scorecard of plan.scorecards) {
      const positive = scorecard.overall === "yes" || scorecard.overall === "strong_yes";
      const submittedAt = new Date(startsAt.getTime() + 2 * 3_600_000);
      const [saved] = await tx.insert(s.scorecards).values({
        organizationId,
        interviewId: interview.id,
        applicationId: target.applicationId,
        authorUserId: scorecard.userId,
        status: "submitted",
        ratings: Object.fromEntries(attributes.map((name, n) => [name, n % 3 === 2 ? "not_assessed" : positive ? "yes" : "no"])),
        overall: scorecard.overall,
        keyTakeaways: positive ? "Clear reasoning and good questions about the system's limits." : "Struggled to explain trade-offs in the design.",
        submittedAt,
      }).returning({ id: s.scorecards.id });
      await tx.insert(s.applicationEvents).values({
        organizationId,
        applicationId: target.applicationId,
        type: "scorecard_submitted",
        actorUserId: scorecard.userId,
        data: { interviewId: interview.id, scorecardId: saved?.id, resubmitted: false },
        createdAt: submittedAt,
      });
    }
  }
}
