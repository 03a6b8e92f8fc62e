import "server-only";
import { db } from "@/db/client";
import { deleteEmailTemplate as deleteTemplateRow, insertEmailTemplate, updateEmailTemplate as updateTemplateRow } from "@/db/queries/candidate-mail";
import type { Viewer } from "@/lib/auth/viewer";
import { postgresErrorCode } from "@/lib/db-errors";
import { AppError } from "@/lib/errors";
import { assertCan } from "@/lib/permissions";
import type { UpdateEmailTemplateInput } from "@/lib/validation/mail";

type TemplateValues = { name: string; subject: string; body: string; decision: boolean };

/** A second template of one name would make the compose menu ambiguous: refused on the name field. */
async function uniqueName<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (postgresErrorCode(error) === "23505") throw new AppError("CONFLICT", "A template of that name exists already.", { name: ["Choose another name."] });
    throw error;
  }
}

/** Settings → Email templates: a new template for the organisation. */
export async function createEmailTemplate(actor: Viewer, values: TemplateValues) {
  assertCan(actor, "mail.templates");
  return uniqueName(() => db().transaction((tx) => insertEmailTemplate(tx, actor.organizationId, values)));
}

/** Saves a template at the version the editor read; someone else's save in between is refused, not overwritten. */
export async function updateEmailTemplate(actor: Viewer, { id, version, ...values }: UpdateEmailTemplateInput) {
  assertCan(actor, "mail.templates");
  return uniqueName(() =>
    db().transaction(async (tx) => {
      const row = await updateTemplateRow(tx, actor.organizationId, id, version, values);
      if (!row) throw new AppError("STALE_VERSION", "This template was changed or deleted by someone else. Reload the page to see it.");
      return row;
    }),
  );
}

/** Deleting a template leaves the mail already sent from it as it is. */
export async function deleteEmailTemplate(actor: Viewer, id: string) {
  assertCan(actor, "mail.templates");
  const deleted = await db().transaction((tx) => deleteTemplateRow(tx, actor.organizationId, id));
  if (!deleted) throw new AppError("NOT_FOUND", "This template no longer exists.");
}
