import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { createIsolatedOrganization, type IsolatedOrganization } from "@/db/fixtures";
import * as s from "@/db/schema";
import { hashStatusToken } from "@/lib/applications/tokens";
import type { Viewer } from "@/lib/auth/viewer";
import { createOfferSchema, decideOfferSchema, todayUtc } from "@/lib/validation/offers";
import { setupTestDatabase } from "@/test/database";
import { refused, viewer } from "@/test/interviews";
import { findDownloadableFile } from "@/server/files/get-downloadable-file";
import { listApplicationDocuments } from "@/server/candidates/list-application-documents";
import { moveApplications } from "@/server/pipeline/move-applications";
import { anonymizeCandidate } from "@/server/status/anonymize-candidate";
import { candidateFromStatusToken } from "@/server/status/status-candidate";
import { createOffer } from "./create-offer";
import { decideOffer } from "./decide-offer";
import { getApplicationOffers } from "./get-application-offers";
import { respondToOffer } from "./respond-to-offer";
import { submitOffer } from "./submit-offer";
import { updateOffer } from "./update-offer";
import { updateOfferSettings } from "./update-offer-settings";

const db = setupTestDatabase();

const day = (offset: number) => todayUtc(new Date(Date.now() + offset * 86_400_000));
const terms = { salaryAmount: 65000, currency: "EUR", salaryPeriod: "year" as const, startDate: day(30), expiresOn: day(7), bonus: "10% yearly", equity: "" };
const member = (org: IsolatedOrganization, role: s.MemberRole) => ({ ...viewer(org, role), email: org.users[role].email });

async function atOffer() {
  const org = await createIsolatedOrganization(db(), undefined, { applicants: 1, stage: "offer", team: ["hiring_manager", "interviewer"] });
  return { org, applicationId: org.applicants[0]!.applicationId };
}

async function submitted() {
  const { org, applicationId } = await atOffer();
  const { offerId, version } = await createOffer(member(org, "recruiter"), { applicationId, ...terms });
  const after = await submitOffer(member(org, "recruiter"), { offerId, version });
  return { org, applicationId, offerId, version: after.version };
}

/** A status link for the candidate, as the offer email carries one. */
async function statusCandidate(org: IsolatedOrganization) {
  const token = `test-token-${org.organization.id}`;
  await db().insert(s.candidateAccessTokens).values({ organizationId: org.organization.id, candidateId: org.applicants[0]!.candidateId, tokenHash: hashStatusToken(token) });
  return (await candidateFromStatusToken(token))!;
}

describe("offers", () => {
  it("goes round the chain in order, then sends the PDF letter to the candidate", async () => {
    const { org, applicationId, offerId, version } = await submitted();
    // The admin's step comes second: they cannot approve before the hiring manager.
    const early = await refused(decideOffer(member(org, "admin"), { offerId, version, decision: "approve", comment: "" }));
    expect(early.code).toBe("FORBIDDEN");
    const afterManager = await decideOffer(member(org, "hiring_manager"), { offerId, version, decision: "approve", comment: "Good hire" });
    let mail = await db().select().from(s.emailOutbox).where(eq(s.emailOutbox.applicationId, applicationId));
    expect(mail).toHaveLength(0);
    await decideOffer(member(org, "admin"), { offerId, version: afterManager.version, decision: "approve", comment: "" });

    const [offer] = await db().select().from(s.offers).where(eq(s.offers.id, offerId));
    expect(offer?.status).toBe("approved");
    mail = await db().select().from(s.emailOutbox).where(eq(s.emailOutbox.applicationId, applicationId));
    expect(mail.map((m) => m.to)).toEqual([org.applicants[0]!.email]);
    const pdf = Buffer.from(mail[0]!.attachments[0]!.content, "base64");
    expect(pdf.subarray(0, 4).toString()).toBe("%PDF");
    expect(mail[0]!.text).toMatch(/\/status\/[\w-]+/);
    const approvals = await db().select().from(s.offerApprovals).where(eq(s.offerApprovals.offerId, offerId));
    expect(approvals.map((a) => [a.step, a.role, a.decision]).sort()).toEqual([[0, "hiring_manager", "approved"], [1, "admin", "approved"]]);
    const notes = await db().select().from(s.notifications).where(eq(s.notifications.type, "offer_approval_due"));
    expect(notes.filter((n) => n.data.offerId === offerId).map((n) => n.userId).sort()).toEqual([org.users.admin.id, org.users.hiring_manager.id].sort());
    const audit = await db().select().from(s.auditEvents).where(eq(s.auditEvents.targetId, offerId));
    expect(audit.map((a) => a.action).sort()).toEqual(["offer.approved", "offer.approved", "offer.created", "offer.sent", "offer.submitted"]);
  });

  it("parses terms as the form and server share them: ISO currency, start after today, expiry not past, a reason to decline", () => {
    const offerId = "00000000-0000-4000-8000-000000000000";
    expect(createOfferSchema.safeParse({ applicationId: offerId, ...terms, currency: "eur" }).data?.currency).toBe("EUR");
    const bad = createOfferSchema.safeParse({ applicationId: offerId, ...terms, currency: "EUX", startDate: day(0), expiresOn: day(-1) });
    expect(Object.keys(bad.error?.flatten().fieldErrors ?? {}).sort()).toEqual(["currency", "expiresOn", "startDate"]);
    expect(decideOfferSchema.safeParse({ offerId, version: 1, decision: "reject", comment: " " }).success).toBe(false);
  });

  it("a declined approval stops the offer and tells whoever drafted it", async () => {
    const { org, offerId, version } = await submitted();
    const declined = await decideOffer(member(org, "hiring_manager"), { offerId, version, decision: "reject", comment: "Budget is frozen" });
    const [offer] = await db().select().from(s.offers).where(eq(s.offers.id, offerId));
    expect(offer?.status).toBe("rejected_by_approver");
    const [approval] = await db().select().from(s.offerApprovals).where(eq(s.offerApprovals.offerId, offerId));
    expect(approval?.comment).toBe("Budget is frozen");
    const after = await refused(decideOffer(member(org, "admin"), { offerId, version: declined.version, decision: "approve", comment: "" }));
    expect(after.code).toBe("STALE_VERSION");
    const [note] = await db().select().from(s.notifications).where(and(eq(s.notifications.type, "offer_decided"), eq(s.notifications.userId, org.users.recruiter.id)));
    expect(note?.data).toMatchObject({ offerId, excerpt: "rejected" });
  });

  it("lets only one of two simultaneous approvals advance the offer", async () => {
    const { org, offerId, version } = await submitted();
    await updateOfferSettings(member(org, "admin"), { step1: "recruiter", step2: "admin", step3: "", template: "# Offer\n\nDear {{candidate_name}}" });
    // The chain was fixed when the offer was sent for approval: still the hiring manager first.
    const results = await Promise.allSettled([
      decideOffer(member(org, "hiring_manager"), { offerId, version, decision: "approve", comment: "" }),
      decideOffer(member(org, "hiring_manager"), { offerId, version, decision: "approve", comment: "" }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const approvals = await db().select().from(s.offerApprovals).where(eq(s.offerApprovals.offerId, offerId));
    expect(approvals).toHaveLength(1);
    const [offer] = await db().select().from(s.offers).where(eq(s.offers.id, offerId));
    expect(offer?.approvalStep).toBe(1);
  });

  it("validates the terms, edits only drafts, and supersedes a live offer with a new one", async () => {
    const { org, applicationId } = await atOffer();
    const recruiter = member(org, "recruiter");
    const first = await createOffer(recruiter, { applicationId, ...terms });
    const edited = await updateOffer(recruiter, { offerId: first.offerId, version: first.version, ...terms, salaryAmount: 70000 });
    const stale = await refused(updateOffer(recruiter, { offerId: first.offerId, version: first.version, ...terms }));
    expect(stale.code).toBe("STALE_VERSION");
    await submitOffer(recruiter, { offerId: first.offerId, version: edited.version });
    const second = await createOffer(recruiter, { applicationId, ...terms });
    const rows = await db().select().from(s.offers).where(eq(s.offers.applicationId, applicationId));
    expect(rows.find((r) => r.id === first.offerId)?.status).toBe("superseded");
    expect(rows.find((r) => r.id === second.offerId)?.status).toBe("draft");
    expect(rows.find((r) => r.id === first.offerId)?.salaryAmount).toBe("70000.00");
  });

  it("refuses an offer before the Offer stage, and hides offers from interviewers and other teams' hiring managers", async () => {
    const org = await createIsolatedOrganization(db(), undefined, { applicants: 1, team: ["interviewer"] });
    const applicationId = org.applicants[0]!.applicationId;
    const early = await refused(createOffer(member(org, "recruiter"), { applicationId, ...terms }));
    expect(early.code).toBe("CONFLICT");
    expect(await getApplicationOffers(viewer(org, "interviewer"), applicationId)).toBeNull();
    expect(await getApplicationOffers(viewer(org, "hiring_manager"), applicationId)).toBeNull();
    const forbidden = await refused(createOffer(member(org, "hiring_manager"), { applicationId, ...terms }));
    expect(forbidden.code).toBe("NOT_FOUND");
  });

  it("gives the hiring manager's step to the job's hiring manager whatever their organisation role; an interviewer on the team neither sees nor approves", async () => {
    const org = await createIsolatedOrganization(db(), undefined, { applicants: 1, stage: "offer", team: ["interviewer"] });
    const applicationId = org.applicants[0]!.applicationId;
    const [ivy] = await db().insert(s.users).values({ email: `ivy-${org.organization.id}@candor.test`, name: "Ivy Interviewer" }).returning();
    await db().insert(s.memberships).values({ organizationId: org.organization.id, userId: ivy!.id, role: "interviewer" });
    await db().insert(s.jobMembers).values({ organizationId: org.organization.id, jobId: org.job.id, userId: ivy!.id, role: "hiring_manager" });
    const manager = { organizationId: org.organization.id, userId: ivy!.id, role: "interviewer" as const, email: ivy!.email };
    const { offerId, version } = await createOffer(member(org, "recruiter"), { applicationId, ...terms });
    const sent = await submitOffer(member(org, "recruiter"), { offerId, version });

    // Asked, shown the approval form, and the only one: the organisation's hiring manager is not on this team.
    const asked = await db().select().from(s.notifications).where(eq(s.notifications.type, "offer_approval_due"));
    expect(asked.filter((n) => n.data.offerId === offerId).map((n) => n.userId)).toEqual([ivy!.id]);
    expect((await getApplicationOffers(manager, applicationId))?.offers.map((o) => [o.id, o.waitingFor, o.viewerDecides])).toEqual([[offerId, "hiring_manager", true]]);
    // The team's interviewer: no Offer section, and the server refuses their decision.
    expect(await getApplicationOffers(viewer(org, "interviewer"), applicationId)).toBeNull();
    for (const decision of ["approve", "reject"] as const) {
      expect((await refused(decideOffer(member(org, "interviewer"), { offerId, version: sent.version, decision, comment: "No" }))).code).toBe("FORBIDDEN");
    }

    const approved = await decideOffer(manager, { offerId, version: sent.version, decision: "approve", comment: "Yes" });
    expect((await getApplicationOffers(manager, applicationId))?.offers[0]).toMatchObject({ waitingFor: "admin", viewerDecides: false });
    await decideOffer(member(org, "admin"), { offerId, version: approved.version, decision: "approve", comment: "" });
    // The letter opens for the job's hiring manager, not for the team's interviewer.
    const [offer] = await db().select().from(s.offers).where(eq(s.offers.id, offerId));
    expect(offer).toMatchObject({ status: "approved" });
    expect(await findDownloadableFile(manager, offer!.letterFileId!)).not.toBeNull();
    expect(await findDownloadableFile(member(org, "interviewer"), offer!.letterFileId!)).toBeNull();
    // Nor is it listed among the application's files for the interviewer, whose resume list it would join.
    const letters = async (who: Viewer) => (await listApplicationDocuments(who, [applicationId])).filter((file) => file.kind === "offer_letter").map((file) => file.id);
    expect(await letters(manager)).toEqual([offer!.letterFileId]);
    expect(await letters(viewer(org, "admin"))).toEqual([offer!.letterFileId]);
    expect(await letters(viewer(org, "interviewer"))).toEqual([]);
  });

  it("the candidate accepts with their name as signature, recorded with time and address; the recruiter moves them to Hired", async () => {
    const { org, applicationId, offerId, version } = await submitted();
    const v2 = await decideOffer(member(org, "hiring_manager"), { offerId, version, decision: "approve", comment: "" });
    await decideOffer(member(org, "admin"), { offerId, version: v2.version, decision: "approve", comment: "" });
    const candidate = await statusCandidate(org);
    const unsigned = await refused(respondToOffer(candidate, { offerId, decision: "accept", signature: "Someone Else" }, { ip: "203.0.113.9", userAgent: null }));
    expect(unsigned.fieldErrors?.signature).toBeDefined();
    const typed = `  ${org.applicants[0]!.name.toUpperCase().replace(/ /g, "  ")} `;
    expect(await respondToOffer(candidate, { offerId, decision: "accept", signature: typed }, { ip: "203.0.113.9", userAgent: "test" })).toBe("accepted");
    const [offer] = await db().select().from(s.offers).where(eq(s.offers.id, offerId));
    expect(offer).toMatchObject({ status: "accepted", responseIp: "203.0.113.9" });
    expect(offer?.respondedAt).toBeInstanceOf(Date);
    const again = await refused(respondToOffer(candidate, { offerId, decision: "decline", signature: "" }, { ip: null, userAgent: null }));
    expect(again.code).toBe("CONFLICT");

    const offers = await getApplicationOffers(viewer(org, "recruiter"), applicationId);
    expect(offers?.hiredStage).not.toBeNull();
    const [note] = await db().select().from(s.notifications).where(and(eq(s.notifications.type, "offer_accepted"), eq(s.notifications.userId, org.users.recruiter.id)));
    expect(note?.data).toMatchObject({ applicationId, offerId });
    await moveApplications(viewer(org, "recruiter"), { jobId: org.job.id, toStageId: offers!.hiredStage!.id, applications: [{ applicationId, version: offers!.application.version }] });
    const [application] = await db().select().from(s.applications).where(eq(s.applications.id, applicationId));
    expect(application?.status).toBe("hired");
    const history = await db().select().from(s.applicationEvents).where(eq(s.applicationEvents.applicationId, applicationId));
    expect(history.map((e) => e.type)).toEqual(expect.arrayContaining(["offer_created", "offer_submitted", "offer_decided", "offer_sent", "offer_accepted", "hired"]));

    // "Delete my data" leaves the offer's terms for the counts, not the signature or the address.
    await anonymizeCandidate(candidate);
    const [erased] = await db().select().from(s.offers).where(eq(s.offers.id, offerId));
    expect(erased).toMatchObject({ status: "accepted", signatureName: null, responseIp: null, letterFileId: null });
  });

  it("the candidate may decline without signing; whoever drafted the offer is told", async () => {
    const { org, offerId, version } = await submitted();
    const v2 = await decideOffer(member(org, "hiring_manager"), { offerId, version, decision: "approve", comment: "" });
    await decideOffer(member(org, "admin"), { offerId, version: v2.version, decision: "approve", comment: "" });
    expect(await respondToOffer(await statusCandidate(org), { offerId, decision: "decline", signature: "" }, { ip: "198.51.100.7", userAgent: null })).toBe("declined");
    const [offer] = await db().select().from(s.offers).where(eq(s.offers.id, offerId));
    expect(offer).toMatchObject({ status: "declined", signatureName: null, responseIp: "198.51.100.7" });
    const notes = await db().select().from(s.notifications).where(and(eq(s.notifications.type, "offer_decided"), eq(s.notifications.userId, org.users.recruiter.id)));
    expect(notes.map((n) => n.data.excerpt)).toContain("declined");
  });

  it("after the expiry day the candidate's answer stores nothing", async () => {
    const { org, offerId, version } = await submitted();
    const v2 = await decideOffer(member(org, "hiring_manager"), { offerId, version, decision: "approve", comment: "" });
    await decideOffer(member(org, "admin"), { offerId, version: v2.version, decision: "approve", comment: "" });
    const candidate = await statusCandidate(org);
    const later = new Date(Date.now() + 9 * 86_400_000);
    const expired = await refused(respondToOffer(candidate, { offerId, decision: "accept", signature: org.applicants[0]!.name }, { ip: null, userAgent: null }, later));
    expect(expired.message).toMatch(/expired/);
    const [offer] = await db().select().from(s.offers).where(eq(s.offers.id, offerId));
    expect(offer).toMatchObject({ status: "approved", respondedAt: null, signatureName: null });
  });
});
