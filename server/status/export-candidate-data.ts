import "server-only";
import { db } from "@/db/client";
import { getCandidateDataRows, insertCandidateEvents, type StatusCandidate } from "@/db/queries/candidate-status";
import { CANDIDATE_ACTOR, candidateTarget } from "@/server/audit/actor";
import { recordAudit } from "@/server/audit/record-audit";
import { readFileBytes } from "@/server/storage";

/**
 * "Download my data": everything the candidate gave us (details, applications, answers,
 * self-identification, files with their bytes, and the emails they sent us) and what we recorded about
 * each application: where they came from (source, referrer, campaign tags), the stages it went through,
 * when, and whether they or the hiring team put it there (members are not named), and every email we sent
 * them. Recorded as exported on each application.
 * Only the link's own candidate is read, so one link can never reach another candidate's data. The
 * export is also in the organisation's audit log, by the candidate's id only.
 */
export async function exportCandidateData(candidate: StatusCandidate) {
  const rows = await getCandidateDataRows(db(), candidate);
  const contents = await Promise.all(rows.documents.map((document) => readFileBytes(document)));
  await db().transaction(async (tx) => {
    await insertCandidateEvents(
      tx,
      candidate,
      rows.applications.map((a) => a.id),
      "data_exported",
    );
    await recordAudit(tx, { organizationIds: [candidate.organizationId], actor: CANDIDATE_ACTOR, action: "candidate.exported", target: candidateTarget(candidate.candidateId) });
  });
  return {
    organization: candidate.organizationName,
    exportedAt: new Date().toISOString(),
    candidate: rows.details,
    applications: rows.applications.map(({ sourceDetails, ...a }) => ({
      ...a,
      referrer: sourceDetails.referrer ?? null,
      utm: sourceDetails.utm ?? {},
      stageHistory: rows.stageEntries
        .filter((entry) => entry.applicationId === a.id)
        .map((entry) => ({ stage: entry.stage, enteredAt: entry.enteredAt, by: entry.type === "applied" ? "you" : entry.byMember ? "the hiring team" : "Candor" })),
      answers: rows.answers.filter((x) => x.applicationId === a.id).map(({ question, answer }) => ({ question, answer })),
      selfIdentification: rows.selfIdentificationAnswers.find((x) => x.applicationId === a.id) ?? null,
    })),
    emailsSentToYou: rows.emails,
    yourReplies: rows.replies,
    files: rows.documents.map((file, i) => ({
      name: file.name,
      mediaType: file.mediaType,
      sizeBytes: file.sizeBytes,
      sha256: file.sha256,
      applicationId: file.applicationId,
      contentBase64: contents[i]!.toString("base64"),
    })),
  };
}
