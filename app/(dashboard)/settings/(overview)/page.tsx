import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { ArrowRight, Building2, Cog, FileText, HandCoins, KeyRound, Mail, PlugZap, ScrollText, ShieldCheck, SlidersHorizontal, UserRound, Users, UserX, Webhook, type LucideIcon } from "lucide-react";
import { requireMember } from "@/server/auth/session";
import { can, type Capability } from "@/lib/permissions";

export const metadata: Metadata = { title: "Settings" };

type Section = {
  id: string;
  title: string;
  description: string;
  href: string;
  /** The link's words: tests and people look for them. */
  link: string;
  icon: LucideIcon;
  /** Who sees the card; none: everyone. */
  capability?: Capability;
};

const sections: Section[] = [
  { id: "members", title: "Members", description: "Invite colleagues, change their roles, deactivate and reactivate them.", href: "/settings/members", link: "Manage members", icon: Users, capability: "members.manage" },
  { id: "account", title: "Your account", description: "Your password, two-factor authentication and where you are signed in.", href: "/account", link: "Your account", icon: UserRound },
  { id: "two-factor", title: "Two-factor authentication", description: "Whether every member must sign in with a code from their phone as well as a password.", href: "/settings/two-factor", link: "Two-factor rule", icon: ShieldCheck, capability: "organization.manage" },
  { id: "reviews", title: "Reviews", description: "When hiring managers and interviewers may see each other’s scorecards.", href: "/settings/reviews", link: "Independent review", icon: SlidersHorizontal, capability: "settings.reviews.edit" },
  { id: "rejection", title: "Rejections", description: "The reasons recruiters choose from and the email candidates receive.", href: "/settings/rejection", link: "Rejection reasons and email", icon: UserX, capability: "settings.rejection.read" },
  { id: "offers", title: "Offers", description: "Who approves an offer, in which order, and the offer letter candidates receive.", href: "/settings/offers", link: "Offer approvals and letter", icon: HandCoins, capability: "settings.offers.edit" },
  { id: "email-templates", title: "Email templates", description: "Reusable emails to candidates, with merge fields such as their first name and the job title.", href: "/settings/email-templates", link: "Email templates", icon: FileText, capability: "mail.templates" },
  { id: "mail", title: "Email", description: "Every email Candor sends for this organisation, with its delivery status.", href: "/settings/mail", link: "Outgoing mail", icon: Mail, capability: "mail.read" },
  { id: "sso", title: "Single sign-on", description: "Sign in with your organisation's identity provider (OpenID Connect), and who may join through it.", href: "/settings/sso", link: "Single sign-on settings", icon: KeyRound, capability: "organization.manage" },
  { id: "jobs", title: "Background jobs", description: "Email delivery, resume reading and other work Candor does in the background, with anything that failed.", href: "/settings/jobs", link: "Background jobs", icon: Cog, capability: "settings.jobs.manage" },
  { id: "api-keys", title: "API keys", description: "Keys for the REST API, so other software can read and update jobs, candidates and applications.", href: "/settings/api-keys", link: "API keys", icon: PlugZap, capability: "apiKeys.manage" },
  { id: "webhooks", title: "Webhooks", description: "Send events (applications, moves, hires, jobs published) to your other systems, signed, with every delivery attempt.", href: "/settings/webhooks", link: "Webhooks", icon: Webhook, capability: "webhooks.manage" },
  { id: "audit", title: "Audit log", description: "Sign-ins, changes to members and settings, and access to candidate data, with who, when and from where.", href: "/settings/audit-log", link: "Audit log", icon: ScrollText, capability: "audit.read" },
];

const card = "flex flex-col rounded-lg border border-line bg-surface p-5 shadow-xs";

function SectionLink({ href, children }: { href: string; children: React.ReactNode }) {
  return (
    <Link href={href} className="mt-auto inline-flex items-center gap-1 self-start pt-3 text-sm font-medium text-accent hover:underline">
      {children}
      <ArrowRight aria-hidden="true" className="size-4" />
    </Link>
  );
}

function SectionHeading({ id, icon: Icon, children }: { id: string; icon: LucideIcon; children: React.ReactNode }) {
  return (
    <h2 id={id} className="flex items-center gap-2 text-lg font-semibold">
      <span className="flex size-8 items-center justify-center rounded-md bg-accent-subtle text-accent-strong">
        <Icon aria-hidden="true" className="size-4" />
      </span>
      {children}
    </h2>
  );
}

export default async function SettingsPage() {
  const member = await requireMember();
  const shown = sections.filter((section) => !section.capability || can(member.role, section.capability));
  return (
    <>
      <h1 className="text-2xl font-bold">Settings</h1>
      <div className="mt-6 grid gap-4 md:grid-cols-2">
        <section aria-labelledby="organization-heading" className={`${card} md:col-span-2`}>
          <SectionHeading id="organization-heading" icon={Building2}>
            Organisation
          </SectionHeading>
          <dl className="mt-3 grid grid-cols-[max-content_1fr] gap-x-6 gap-y-2 text-sm">
            <dt className="font-medium text-fg-muted">Name</dt>
            <dd>{member.organizationName}</dd>
            <dt className="font-medium text-fg-muted">Careers page</dt>
            <dd className="break-all">/careers/{member.organizationSlug}</dd>
          </dl>
          {can(member.role, "organization.manage") && (
            <>
              <p className="mt-3 text-sm text-fg-muted">Name, website, logo, brand colour, careers introduction and privacy notice.</p>
              <SectionLink href="/settings/organization">Organisation profile and branding</SectionLink>
            </>
          )}
        </section>
        {shown.map((section) => (
          <section key={section.id} aria-labelledby={`${section.id}-heading`} className={card}>
            <SectionHeading id={`${section.id}-heading`} icon={section.icon}>
              {section.title}
            </SectionHeading>
            <p className="mt-2 text-sm text-fg-muted">{section.description}</p>
            <SectionLink href={section.href}>{section.link}</SectionLink>
          </section>
        ))}
      </div>
    </>
  );
}
