import type { Metadata } from "next";
import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import { getCurrentAccount } from "@/server/auth/session";
import { readInvitationLink, type InvitationLink } from "@/server/members/accept-invitation";
import { roleLabels } from "@/lib/format";
import { NewAccountForm, PasswordJoinForm, SignedInJoinForm } from "./_components/accept-forms";
import { acceptAsNewUserAction, acceptWithPasswordAction, joinSignedInAction } from "./actions";

// The token is a credential: out of search engines and out of Referer headers ("strict-origin" sends the
// origin only; "no-referrer" would make form posts fail Next's same-origin check, see the status page).
export const metadata: Metadata = { title: "Invitation", robots: { index: false, follow: false }, referrer: "strict-origin" };

const problems: Record<Exclude<InvitationLink["state"], "open">, { title: string; text: string }> = {
  expired: { title: "This invitation has expired", text: "Invitation links work for 7 days. Ask an admin of the organisation to send it again." },
  used: { title: "This invitation was already accepted", text: "Each invitation link works once. If it was you, sign in." },
  revoked: { title: "This invitation was withdrawn", text: "An admin of the organisation revoked it. Ask them if you think that was a mistake." },
  unknown: {
    title: "This invitation link doesn't work",
    text: "It may be incomplete, or a newer invitation replaced it. Copy the whole link from the latest email, or ask an admin to send it again.",
  },
};

function Panel({ children }: { children: React.ReactNode }) {
  return (
    <main className="flex min-h-screen items-center justify-center p-6">
      <div className="w-full max-w-md rounded-xl border border-slate-200 bg-white p-8 shadow-sm">
        <p className="text-lg font-bold text-indigo-700">Candor</p>
        {children}
      </div>
    </main>
  );
}

export default async function InvitationPage({ params }: PageProps<"/invitations/[token]">) {
  const { token } = await params;
  const link = await readInvitationLink(token);
  if (link.state !== "open") {
    const problem = problems[link.state];
    return (
      <Panel>
        <h1 className="mt-4 text-2xl font-bold">{problem.title}</h1>
        <p className="mt-2 text-sm text-slate-700">
          {problem.text}
          {"invitation" in link && link.invitation.invitedByName && ` You were invited by ${link.invitation.invitedByName}.`}
        </p>
        <Link href="/sign-in" className={buttonClasses("secondary", "mt-6")}>
          Go to sign-in
        </Link>
      </Panel>
    );
  }

  const { invitation } = link;
  // The account, not the member: someone whose organisation waits for their two-factor still joins with a click.
  const member = link.existingAccount ? await getCurrentAccount() : null;
  const signedInAsInvitee = member?.email.toLowerCase() === invitation.email.toLowerCase();
  const role = roleLabels[invitation.role].toLowerCase();
  return (
    <Panel>
      <h1 className="mt-4 text-2xl font-bold">Join {invitation.organizationName}</h1>
      <p className="mt-1 mb-6 text-sm text-slate-700">
        {invitation.invitedByName ? `${invitation.invitedByName} invited you` : "You are invited"} to {invitation.organizationName} on Candor as{" "}
        {/^[aeiou]/.test(role) ? "an" : "a"} {role}, with the address <strong className="font-medium text-slate-900">{invitation.email}</strong>.
        {link.existingAccount && !signedInAsInvitee && " This address already has a Candor account: enter its password to join."}
      </p>
      {signedInAsInvitee ? (
        <SignedInJoinForm action={joinSignedInAction.bind(null, token)} organizationName={invitation.organizationName} />
      ) : link.existingAccount ? (
        <PasswordJoinForm action={acceptWithPasswordAction.bind(null, token)} organizationName={invitation.organizationName} />
      ) : (
        <NewAccountForm action={acceptAsNewUserAction.bind(null, token)} organizationName={invitation.organizationName} />
      )}
    </Panel>
  );
}
