import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { z } from "zod";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { listEmailTemplates } from "@/db/queries/candidate-mail";
import { requireMember } from "@/server/auth/session";
import { TemplateForm } from "../_components/template-form";

// Once per request: the metadata and the page both need it.
const loadTemplate = cache(async (organizationId: string, templateId: string) => {
  const id = z.uuid().safeParse(templateId);
  return id.success ? (await listEmailTemplates(organizationId)).find((t) => t.id === id.data) : undefined;
});

export async function generateMetadata({ params }: PageProps<"/settings/email-templates/[templateId]">): Promise<Metadata> {
  const member = await requireMember("mail.templates");
  // Here, not only in the page: metadata is resolved before streaming starts, so the response is a real 404.
  const template = await loadTemplate(member.organizationId, (await params).templateId);
  if (!template) notFound();
  return { title: `Edit ${template.name}` };
}

export default async function EditEmailTemplatePage({ params }: PageProps<"/settings/email-templates/[templateId]">) {
  const member = await requireMember("mail.templates");
  const template = await loadTemplate(member.organizationId, (await params).templateId);
  if (!template) notFound();
  return (
    <>
      <Breadcrumbs items={[{ href: "/settings", label: "Settings" }, { href: "/settings/email-templates", label: "Email templates" }]} />
      <h1 className="mt-2 text-2xl font-bold">Edit “{template.name}”</h1>
      <TemplateForm template={template} />
    </>
  );
}
