"use server";

import { revalidatePath } from "next/cache";
import { memberAction } from "@/server/action";
import { addCandidateToJob } from "@/server/candidates/add-candidate-to-job";
import { createNote } from "@/server/notes/create-note";
import { addToJobSchema, noteSchema } from "@/lib/validation/notes";

/** A note on the candidate (profile) or on one application (application page), with mentions. Any member who can open the page. */
export const addNoteAction = memberAction("notes.write", noteSchema, async (data, member) => {
  const result = await createNote(member, data);
  if (data.applicationId) revalidatePath(`/applications/${data.applicationId}`);
  revalidatePath(`/candidates/${data.candidateId}`);
  return result;
});

export const addToJobAction = memberAction("candidates.addToJob", addToJobSchema, async (data, member) => {
  const result = await addCandidateToJob(member, data);
  revalidatePath(`/candidates/${data.candidateId}`);
  return result;
});
