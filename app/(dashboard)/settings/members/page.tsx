import type { Metadata } from "next";
import { Time } from "@/components/dates/time";
import { ActionButton } from "@/components/jobs/action-button";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { listOpenInvitations } from "@/db/queries/invitations";
import { listMembersWithStatus } from "@/db/queries/members";
import { requireMember } from "@/server/auth/session";
import { formatDate, roleLabels } from "@/lib/format";
import { ChangeMemberRoleForm, InviteMemberForm } from "./_components/member-forms";
import { deactivateMemberAction, reactivateMemberAction, resendInvitationAction, revokeInvitationAction } from "./actions";

export const metadata: Metadata = { title: "Members" };

const card = "mt-6 rounded-lg border border-slate-200 bg-white p-6";

export default async function MembersPage() {
  const member = await requireMember("members.manage");
  const [members, invitations] = await Promise.all([listMembersWithStatus(member.organizationId), listOpenInvitations(member.organizationId)]);
  return (
    <>
      <Breadcrumbs items={[{ href: "/settings", label: "Settings" }]} />
      <h1 className="mt-2 text-2xl font-bold">Members</h1>
      <p className="mt-1 max-w-2xl text-sm text-slate-700">
        Who works in {member.organizationName} and with which role. A role change or a deactivation signs the person out at once;
        a deactivated member&apos;s scorecards and notes stay as they wrote them.
      </p>

      <section aria-labelledby="invite-heading" className={card}>
        <h2 id="invite-heading" className="text-lg font-semibold">
          Invite someone
        </h2>
        <p className="mt-1 mb-4 text-sm text-slate-700">They get an email with a link to set their password, valid for 7 days and usable once.</p>
        <InviteMemberForm />
      </section>

      <section aria-labelledby="invitations-heading" className={card}>
        <h2 id="invitations-heading" className="text-lg font-semibold">
          Pending invitations
        </h2>
        {invitations.length === 0 ? (
          <p className="mt-2 text-sm text-slate-700">No pending invitations.</p>
        ) : (
          <table className="mt-3 w-full text-left text-sm">
            <thead className="text-slate-700">
              <tr>
                <th scope="col" className="py-2 pr-4 font-medium">Email</th>
                <th scope="col" className="py-2 pr-4 font-medium">Role</th>
                <th scope="col" className="py-2 pr-4 font-medium">Invited by</th>
                <th scope="col" className="py-2 pr-4 font-medium">Expires</th>
                <th scope="col" className="py-2 font-medium"><span className="sr-only">Actions</span></th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-200">
              {invitations.map((invitation) => (
                <tr key={invitation.id}>
                  <td className="py-2 pr-4 font-medium">{invitation.email}</td>
                  <td className="py-2 pr-4">{roleLabels[invitation.role]}</td>
                  <td className="py-2 pr-4">{invitation.invitedByName ?? "The command line"}</td>
                  <td className="py-2 pr-4">{invitation.expired ? <span className="font-medium text-red-800">Expired</span> : <Time value={invitation.expiresAt} date />}</td>
                  <td className="py-2">
                    <div className="flex flex-wrap justify-end gap-2">
                      <ActionButton action={resendInvitationAction} input={{ invitationId: invitation.id }} label={`Resend the invitation to ${invitation.email}`}>
                        Resend
                      </ActionButton>
                      <ActionButton action={revokeInvitationAction} input={{ invitationId: invitation.id }} label={`Revoke the invitation to ${invitation.email}`}>
                        Revoke
                      </ActionButton>
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section aria-labelledby="members-heading" className={card}>
        <h2 id="members-heading" className="text-lg font-semibold">
          Members
        </h2>
        <ul aria-labelledby="members-heading" className="mt-3 divide-y divide-slate-200">
          {members.map((person) => (
            <li key={person.userId} aria-label={person.name} className="flex flex-wrap items-end justify-between gap-4 py-4">
              <div className="min-w-56">
                <p className="font-semibold text-slate-900">
                  {person.name}
                  {person.userId === member.userId && <span className="ml-2 text-sm font-normal text-slate-700">(you)</span>}
                </p>
                <p className="text-sm text-slate-700">{person.email}</p>
                <p className="text-sm text-slate-700">
                  {person.deactivatedAt ? (
                    <span className="font-medium text-red-800">Deactivated <Time value={person.deactivatedAt} date /></span>
                  ) : (
                    `${roleLabels[person.role]} · joined ${formatDate(person.joinedAt, member.timeZone)}`
                  )}
                </p>
              </div>
              <ChangeMemberRoleForm person={person} />
              <div className="flex gap-2">
                {person.deactivatedAt ? (
                  <ActionButton action={reactivateMemberAction} input={{ userId: person.userId }} label={`Reactivate ${person.name}`}>
                    Reactivate
                  </ActionButton>
                ) : (
                  person.userId !== member.userId && (
                    <ActionButton action={deactivateMemberAction} input={{ userId: person.userId }} label={`Deactivate ${person.name}`}>
                      Deactivate
                    </ActionButton>
                  )
                )}
              </div>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
