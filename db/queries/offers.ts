import "server-only";
import { and, asc, desc, eq, inArray, isNull, or, sql } from "drizzle-orm";
import type { JobTeamRole, MemberRole, OfferApproverRole, OfferStatus } from "@/lib/enums";
import type { OfferTerms } from "@/lib/validation/offers";
import type { Executor } from "../client";
import {
  jobMembers,
  jobStages,
  memberships,
  notifications,
  offerApprovals,
  offers,
  users,
} from "../schema";

// Offers and their approvals. Every function takes the organisation (or a scope holding it) and puts
// it in its WHERE; who may do what is decided by the use cases in server/offers.

/** One offer of the organisation, with its application's id (the use case then checks the application). */
export async function findOffer(executor: Executor, organizationId: string, offerId: string) {
  const [row] = await executor
    .select()
    .from(offers)
    .where(and(eq(offers.id, offerId), eq(offers.organizationId, organizationId)))
    .limit(1);
  return row ?? null;
}

/** The application's offers, newest first, each with its approvals in step order and who decided. */
export async function listApplicationOffers(executor: Executor, organizationId: string, applicationId: string) {
  const rows = await executor
    .select()
    .from(offers)
    .where(and(eq(offers.organizationId, organizationId), eq(offers.applicationId, applicationId)))
    .orderBy(desc(offers.createdAt), desc(offers.id))
    .limit(20);
  if (rows.length === 0) return [];
  const approvals = await executor
    .select({
      offerId: offerApprovals.offerId,
      step: offerApprovals.step,
      role: offerApprovals.role,
      decision: offerApprovals.decision,
      comment: offerApprovals.comment,
      approverName: users.name,
      createdAt: offerApprovals.createdAt,
    })
    .from(offerApprovals)
    .leftJoin(users, eq(users.id, offerApprovals.approverUserId))
    .where(and(eq(offerApprovals.organizationId, organizationId), inArray(offerApprovals.offerId, rows.map((row) => row.id))))
    .orderBy(asc(offerApprovals.step));
  return rows.map((offer) => ({ ...offer, approvals: approvals.filter((approval) => approval.offerId === offer.id) }));
}

/** Marks the application's live offers superseded (a new one replaces them); returns their ids. */
export async function supersedeLiveOffers(executor: Executor, organizationId: string, applicationId: string): Promise<string[]> {
  const rows = await executor
    .update(offers)
    .set({ status: "superseded", version: sql`${offers.version} + 1` })
    .where(
      and(
        eq(offers.organizationId, organizationId),
        eq(offers.applicationId, applicationId),
        inArray(offers.status, ["draft", "pending_approval", "approved"]),
      ),
    )
    .returning({ id: offers.id });
  return rows.map((row) => row.id);
}

export async function insertOffer(
  executor: Executor,
  values: OfferTerms & { organizationId: string; applicationId: string; createdByUserId: string },
): Promise<{ id: string; version: number }> {
  const [row] = await executor
    .insert(offers)
    .values({ ...values, salaryAmount: values.salaryAmount.toFixed(2) })
    .returning({ id: offers.id, version: offers.version });
  if (!row) throw new Error("offer not inserted");
  return row;
}

export type OfferChange = Partial<OfferTerms> & {
  status?: OfferStatus;
  approvers?: OfferApproverRole[];
  approvalStep?: number;
  letterFileId?: string;
  sentAt?: Date;
  respondedAt?: Date;
  signatureName?: string;
  responseIp?: string | null;
};

/**
 * Changes the offer only if it is still at `version` and in `status`: the compare-and-set that keeps two
 * approvers (or an edit and a submit) from both acting on the same state. Null when someone else won.
 */
export async function updateOfferAt(
  executor: Executor,
  where: { organizationId: string; offerId: string; version: number; status: OfferStatus },
  change: OfferChange,
): Promise<{ id: string; version: number } | null> {
  const { salaryAmount, ...rest } = change;
  const [row] = await executor
    .update(offers)
    .set({ ...rest, ...(salaryAmount === undefined ? {} : { salaryAmount: salaryAmount.toFixed(2) }), version: sql`${offers.version} + 1` })
    .where(
      and(
        eq(offers.id, where.offerId),
        eq(offers.organizationId, where.organizationId),
        eq(offers.version, where.version),
        eq(offers.status, where.status),
      ),
    )
    .returning({ id: offers.id, version: offers.version });
  return row ?? null;
}

export async function insertOfferApproval(
  executor: Executor,
  values: { organizationId: string; offerId: string; step: number; role: OfferApproverRole; decision: "approved" | "rejected"; comment: string; approverUserId: string },
) {
  await executor.insert(offerApprovals).values(values);
}

/**
 * The organisation's active members who decide a step: those whose organisation role and place on the
 * job's hiring team (none: null) are one of `deciders` (lib/offers/approval-step.ts's `stepDeciders`).
 */
export async function listStepApprovers(executor: Executor, organizationId: string, jobId: string, deciders: { role: MemberRole; teamRole: JobTeamRole | null }[]) {
  if (deciders.length === 0) return [];
  const decides = or(
    ...deciders.map((decider) =>
      and(eq(memberships.role, decider.role), decider.teamRole === null ? isNull(jobMembers.role) : eq(jobMembers.role, decider.teamRole)),
    ),
  );
  return executor
    .select({ userId: users.id, name: users.name, email: users.email })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .leftJoin(jobMembers, and(eq(jobMembers.organizationId, organizationId), eq(jobMembers.jobId, jobId), eq(jobMembers.userId, memberships.userId)))
    .where(and(eq(memberships.organizationId, organizationId), isNull(memberships.deactivatedAt), decides))
    .limit(50);
}

export type OfferNotification = {
  organizationId: string;
  userId: string;
  type: "offer_approval_due" | "offer_decided" | "offer_accepted";
  actorUserId: string | null;
  candidateId: string;
  data: { applicationId: string; offerId: string; excerpt: string };
};

export async function insertOfferNotifications(executor: Executor, rows: OfferNotification[]) {
  if (rows.length > 0) await executor.insert(notifications).values(rows);
}

/** The job's Hired stage (not archived), where an accepted offer's candidate is moved. */
export async function findHiredStage(executor: Executor, organizationId: string, jobId: string) {
  const [row] = await executor
    .select({ id: jobStages.id, name: jobStages.name })
    .from(jobStages)
    .where(and(eq(jobStages.organizationId, organizationId), eq(jobStages.jobId, jobId), eq(jobStages.kind, "hired"), isNull(jobStages.archivedAt)))
    .orderBy(asc(jobStages.position))
    .limit(1);
  return row ?? null;
}
