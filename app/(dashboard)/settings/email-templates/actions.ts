"use server";

import { revalidatePath } from "next/cache";
import { memberAction } from "@/server/action";
import { createEmailTemplate } from "@/server/mail/create-email-template";
import { deleteEmailTemplate } from "@/server/mail/delete-email-template";
import { updateEmailTemplate } from "@/server/mail/update-email-template";
import { deleteEmailTemplateSchema, emailTemplateSchema, updateEmailTemplateSchema } from "@/lib/validation/mail";

export const createEmailTemplateAction = memberAction("mail.templates", emailTemplateSchema, async (input, member) => {
  const template = await createEmailTemplate(member, input);
  revalidatePath("/settings/email-templates");
  return { id: template.id };
});

export const updateEmailTemplateAction = memberAction("mail.templates", updateEmailTemplateSchema, async (input, member) => {
  const template = await updateEmailTemplate(member, input);
  revalidatePath("/settings/email-templates");
  return { id: template.id, version: template.version };
});

export const deleteEmailTemplateAction = memberAction("mail.templates", deleteEmailTemplateSchema, async ({ id }, member) => {
  await deleteEmailTemplate(member, id);
  revalidatePath("/settings/email-templates");
});
