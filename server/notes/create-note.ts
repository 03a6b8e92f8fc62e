import "server-only";
import { db } from "@/db/client";
import { insertNote, listMentionTargets } from "@/db/queries/notes";
import { insertNotifications } from "@/db/queries/notifications";
import { enqueueEmail } from "@/db/queries/outbox";
import { actingApiKeyId, actingUserId, type Viewer } from "@/lib/auth/viewer";
import { getApplicationDetail, getCandidateProfile } from "@/server/candidates/get-candidate-profile";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { assertCan } from "@/lib/permissions";
import { candidateAlias } from "@/lib/review/identity";
import type { NoteData } from "@/lib/validation/notes";
import type { MentionTarget } from "@/lib/notes/audience";
import { mentionEmail } from "@/lib/notes/emails";
import { noteExcerpt, parseMentions } from "@/lib/notes/mentions";
import { redactCandidate } from "@/lib/notes/redact";

const NO_ACCESS = "This candidate no longer exists, or you no longer have access to them.";

/** What a note is about, as the author may see it: the candidate, and the application for a note on one. */
async function noteSubject(author: Viewer, data: NoteData) {
  if (data.applicationId) {
    const detail = await getApplicationDetail(author, data.applicationId);
    if (!detail || detail.candidate.id !== data.candidateId) throw new AppError("NOT_FOUND", NO_ACCESS);
    return { candidate: detail.candidate, jobTitle: detail.application.jobTitle };
  }
  const profile = await getCandidateProfile(author, data.candidateId);
  if (!profile) throw new AppError("NOT_FOUND", NO_ACCESS);
  return { candidate: profile.candidate, jobTitle: null };
}

/**
 * Adds a note to a candidate or one of their applications, and tells each mentioned member who can
 * read it: a notification and an email in the same transaction as the note. Mentions come from the
 * picker and from "@Name" in the text; members who could not open the note are not told. Someone
 * for whom anonymised review hides the candidate gets the alias and a redacted excerpt, never the name.
 */
export async function createNote(author: Viewer & { name: string }, data: NoteData) {
  // Held on every job, or on the team's jobs: noteSubject then finds only what the author works on.
  assertCan(author, "notes.write");
  const { candidate, jobTitle } = await noteSubject(author, data);
  if (candidate.mergedIntoId) throw new AppError("CONFLICT", "This candidate was merged into another record. Add the note there.");

  const targets = await listMentionTargets(db(), author, candidate.id, data.applicationId);
  const requested = new Set([...data.mentions, ...parseMentions(data.body, targets)]);
  const mentioned = targets.filter((target) => requested.has(target.userId));

  return db().transaction(async (tx) => {
    const noteId = await insertNote(tx, {
      organizationId: author.organizationId,
      candidateId: candidate.id,
      applicationId: data.applicationId,
      authorUserId: actingUserId(author),
      authorApiKeyId: actingApiKeyId(author),
      body: data.body,
    });
    const messages = mentioned.map((target) => ({ target, ...describeFor(target, candidate, data.body) }));
    await insertNotifications(
      tx,
      messages.map(({ target, excerpt }) => ({
        organizationId: author.organizationId,
        userId: target.userId,
        type: "mention" as const,
        actorUserId: actingUserId(author),
        candidateId: candidate.id,
        data: { noteId, ...(target.applicationId ? { applicationId: target.applicationId } : {}), excerpt },
      })),
    );
    for (const { target, excerpt, subject, path } of messages) {
      await enqueueEmail(tx, {
        organizationId: author.organizationId,
        to: target.email,
        dedupeKey: `mention:${noteId}:${target.userId}`,
        ...mentionEmail({ authorName: author.name, subject, jobTitle, excerpt, url: `${env().APP_URL}${path}` }),
      });
    }
    return { noteId, notified: mentioned.map((target) => target.name) };
  });
}

function describeFor(target: MentionTarget, candidate: { id: string; name: string; email: string; phone: string | null }, body: string) {
  if (target.link === "application") {
    return {
      subject: target.identityHidden ? candidateAlias(target.applicationId) : candidate.name,
      excerpt: noteExcerpt(target.identityHidden ? redactCandidate(body, candidate) : body),
      path: `/applications/${target.applicationId}`,
    };
  }
  return { subject: candidate.name, excerpt: noteExcerpt(body), path: `/candidates/${candidate.id}` };
}
