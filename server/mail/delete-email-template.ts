import "server-only";
import { db } from "@/db/client";
import { deleteEmailTemplate as deleteTemplateRow } from "@/db/queries/candidate-mail";
import type { Viewer } from "@/lib/auth/viewer";
import { AppError } from "@/lib/errors";
import { assertCan } from "@/lib/permissions";

/** Deleting a template leaves the mail already sent from it as it is. */
export async function deleteEmailTemplate(actor: Viewer, id: string) {
  assertCan(actor, "mail.templates");
  const deleted = await db().transaction((tx) => deleteTemplateRow(tx, actor.organizationId, id));
  if (!deleted) throw new AppError("NOT_FOUND", "This template no longer exists.");
}
