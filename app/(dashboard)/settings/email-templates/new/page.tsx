import type { Metadata } from "next";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { requireMember } from "@/server/auth/session";
import { TemplateForm } from "../_components/template-form";

export const metadata: Metadata = { title: "New email template" };

export default async function NewEmailTemplatePage() {
  await requireMember("mail.templates");
  return (
    <>
      <Breadcrumbs items={[{ href: "/settings", label: "Settings" }, { href: "/settings/email-templates", label: "Email templates" }]} />
      <h1 className="mt-2 text-2xl font-bold">New email template</h1>
      <TemplateForm />
    </>
  );
}
