import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { MarkdownBody } from "@/components/careers/markdown-body";
import { getPublicOrganization } from "@/db/queries/careers";

export async function generateMetadata({ params }: PageProps<"/careers/[org]/privacy">): Promise<Metadata> {
  const organization = await getPublicOrganization((await params).org);
  return { title: organization ? `Applicant privacy notice · ${organization.name}` : "Not found" };
}

/**
 * The organisation's applicant privacy notice as written under Settings → Organisation, or the default
 * one until it writes its own. Read per request, so a change shows at once.
 */
export default async function PrivacyNoticePage({ params }: PageProps<"/careers/[org]/privacy">) {
  const organization = await getPublicOrganization((await params).org);
  if (!organization) notFound();
  const own = organization.settings.privacyNoticeMd;
  if (own) {
    return (
      <main className="mx-auto max-w-2xl px-4 py-10 leading-relaxed">
        <h1 className="text-3xl font-bold">Applicant privacy notice</h1>
        <MarkdownBody markdown={own} className="mt-2" />
      </main>
    );
  }
  return (
    <main className="mx-auto max-w-2xl px-4 py-10 leading-relaxed">
      <h1 className="text-3xl font-bold">Applicant privacy notice</h1>
      <p className="mt-4">
        {organization.name} uses Candor to receive and review job applications. When you apply, we store what you send us: your
        name, contact details, links, resume and other files, your answers to our questions, and where you found the job.
      </p>
      <h2 className="mt-6 text-xl font-semibold">Who sees it</h2>
      <p className="mt-2">The recruiters, hiring managers and interviewers working on the job you applied for.</p>
      <h2 className="mt-6 text-xl font-semibold">Voluntary self-identification</h2>
      <p className="mt-2">
        If you answer these optional questions, the answers are stored separately from your application, used only in aggregate to
        check that hiring is fair, and never shown to the people reviewing your application.
      </p>
      <h2 className="mt-6 text-xl font-semibold">Your choices</h2>
      <p className="mt-2">
        After applying you receive a private link. Through it you can follow your application, withdraw it, download a copy of your
        data, or delete it at any time.
      </p>
    </main>
  );
}
