import "server-only";
import { db } from "@/db/client";
import { insertEmailTemplate } from "@/db/queries/candidate-mail";
import type { Viewer } from "@/lib/auth/viewer";
import { postgresErrorCode } from "@/lib/db-errors";
import { AppError } from "@/lib/errors";
import { assertCan } from "@/lib/permissions";

export type EmailTemplateValues = { name: string; subject: string; body: string; decision: boolean };

/** A second template of one name would make the compose menu ambiguous: refused on the name field. */
export async function refuseDuplicateName<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (postgresErrorCode(error) === "23505") throw new AppError("CONFLICT", "A template of that name exists already.", { name: ["Choose another name."] });
    throw error;
  }
}

/** Settings → Email templates: a new template for the organisation. */
export async function createEmailTemplate(actor: Viewer, values: EmailTemplateValues) {
  assertCan(actor, "mail.templates");
  return refuseDuplicateName(() => db().transaction((tx) => insertEmailTemplate(tx, actor.organizationId, values)));
}
