import "server-only";
import { db } from "@/db/client";
import { updateEmailTemplate as updateTemplateRow } from "@/db/queries/candidate-mail";
import type { Viewer } from "@/lib/auth/viewer";
import { AppError } from "@/lib/errors";
import { assertCan } from "@/lib/permissions";
import type { UpdateEmailTemplateInput } from "@/lib/validation/mail";
import { refuseDuplicateName } from "./create-email-template";

/** Saves a template at the version the editor read; someone else's save in between is refused, not overwritten. */
export async function updateEmailTemplate(actor: Viewer, { id, version, ...values }: UpdateEmailTemplateInput) {
  assertCan(actor, "mail.templates");
  return refuseDuplicateName(() =>
    db().transaction(async (tx) => {
      const row = await updateTemplateRow(tx, actor.organizationId, id, version, values);
      if (!row) throw new AppError("STALE_VERSION", "This template was changed or deleted by someone else. Reload the page to see it.");
      return row;
    }),
  );
}
