import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { z } from "zod";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { listEmailTemplates } from "@/db/queries/candidate-mail";
import { requireMember } from "@/server/auth/session";
import { TemplateForm } from "../_components/template-form";

export const metadata: Metadata = { title: "Edit email template" };

export default async function EditEmailTemplatePage({ params }: PageProps<"/settings/email-templates/[templateId]">) {
  const member = await requireMember("mail.templates");
  const id = z.uuid().safeParse((await params).templateId);
  const template = id.success ? (await listEmailTemplates(member.organizationId)).find((t) => t.id === id.data) : undefined;
  if (!template) notFound();
  return (
    <>
      <Breadcrumbs items={[{ href: "/settings", label: "Settings" }, { href: "/settings/email-templates", label: "Email templates" }]} />
      <h1 className="mt-2 text-2xl font-bold">Edit “{template.name}”</h1>
      <TemplateForm template={template} />
    </>
  );
}
