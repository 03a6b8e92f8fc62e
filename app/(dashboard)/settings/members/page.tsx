import type { Metadata } from "next";
import { RowActions } from "@/components/forms/row-actions";
import { Avatar } from "@/components/ui/avatar";
import { Time } from "@/components/dates/time";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { StatusBadge } from "@/components/ui/status-badge";
import { listOpenInvitations } from "@/db/queries/invitations";
import { listMembersWithStatus } from "@/db/queries/members";
import { requireMember } from "@/server/auth/session";
import { roleLabels } from "@/lib/format";
import { ChangeMemberRoleForm, InviteMemberForm } from "./_components/member-forms";
import { deactivateMemberAction, reactivateMemberAction, resendInvitationAction, revokeInvitationAction } from "./actions";

export const metadata: Metadata = { title: "Members" };

const card = "mt-6 rounded-lg border border-line bg-surface p-4 shadow-xs sm:p-6";

export default async function MembersPage() {
  const member = await requireMember("members.manage");
  const [members, invitations] = await Promise.all([listMembersWithStatus(member.organizationId), listOpenInvitations(member.organizationId)]);
  return (
    <>
      <Breadcrumbs items={[{ href: "/settings", label: "Settings" }]} />
      <h1 className="mt-2 text-2xl font-bold">Members</h1>
      <p className="mt-1 max-w-2xl text-sm text-fg-muted">
        Who works in {member.organizationName} and with which role. A role change or a deactivation signs the person out at once;
        a deactivated member&apos;s scorecards and notes stay as they wrote them.
      </p>

      <section aria-labelledby="invite-heading" className={card}>
        <h2 id="invite-heading" className="text-lg font-semibold">
          Invite someone
        </h2>
        <p className="mt-1 mb-4 text-sm text-fg-muted">They get an email with a link to set their password, valid for 7 days and usable once.</p>
        <InviteMemberForm />
      </section>

      <section aria-labelledby="invitations-heading" className={card}>
        <h2 id="invitations-heading" tabIndex={-1} className="text-lg font-semibold">
          Pending invitations
        </h2>
        {invitations.length === 0 ? (
          <p className="mt-2 text-sm text-fg-muted">No pending invitations.</p>
        ) : (
          // On a phone the role and expiry fold under the address, so the table never scrolls sideways.
          <table className="mt-3 w-full table-fixed text-left text-sm">
            <caption className="sr-only">Pending invitations</caption>
            <thead className="text-fg-muted">
              <tr>
                <th scope="col" className="py-2 pr-4 font-medium">Email</th>
                <th scope="col" className="hidden w-36 py-2 pr-4 font-medium sm:table-cell">Role</th>
                <th scope="col" className="hidden w-44 py-2 pr-4 font-medium md:table-cell">Invited by</th>
                <th scope="col" className="hidden w-32 py-2 pr-4 font-medium sm:table-cell">Expires</th>
                <th scope="col" className="w-12 py-2 font-medium"><span className="sr-only">Actions</span></th>
              </tr>
            </thead>
            <tbody className="divide-y divide-line">
              {invitations.map((invitation) => {
                const expiry = invitation.expired ? <StatusBadge tone="danger">Expired</StatusBadge> : <Time value={invitation.expiresAt} date />;
                return (
                  <tr key={invitation.id} className="align-top">
                    <td className="py-2 pr-4">
                      <span className="font-medium break-all">{invitation.email}</span>
                      <span className="block text-fg-muted sm:hidden">
                        {roleLabels[invitation.role]} · expires {expiry}
                      </span>
                    </td>
                    <td className="hidden py-2 pr-4 sm:table-cell">{roleLabels[invitation.role]}</td>
                    <td className="hidden py-2 pr-4 md:table-cell">{invitation.invitedByName ?? "The command line"}</td>
                    <td className="hidden py-2 pr-4 sm:table-cell">{expiry}</td>
                    <td className="py-1">
                      <RowActions
                        label={`Actions for the invitation to ${invitation.email}`}
                        fallbackFocusId="invitations-heading"
                        actions={[
                          { label: "Resend invitation", action: resendInvitationAction, input: { invitationId: invitation.id }, done: `Invitation sent again to ${invitation.email}.` },
                          {
                            label: "Revoke invitation",
                            action: revokeInvitationAction,
                            input: { invitationId: invitation.id },
                            done: `Invitation to ${invitation.email} revoked.`,
                            tone: "danger",
                            confirm: {
                              title: `Revoke the invitation to ${invitation.email}?`,
                              description: "The link in their email stops working. You can invite them again later.",
                              action: "Revoke invitation",
                            },
                          },
                        ]}
                      />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
      </section>

      <section aria-labelledby="members-heading" className={card}>
        <h2 id="members-heading" className="text-lg font-semibold">
          Members
        </h2>
        <ul aria-labelledby="members-heading" className="mt-3 divide-y divide-line">
          {members.map((person) => (
            <li key={person.userId} aria-label={person.name} className="flex flex-wrap items-end justify-between gap-4 py-4">
              <div className="flex min-w-0 items-start gap-3 sm:min-w-56">
                <Avatar name={person.name} className="mt-0.5" />
                <div className="min-w-0">
                  <p className="font-semibold text-fg">
                    {person.name}
                    {person.userId === member.userId && <span className="ml-2 text-sm font-normal text-fg-muted">(you)</span>}
                  </p>
                  <p className="text-sm break-all text-fg-muted">{person.email}</p>
                  <p className="mt-0.5 text-sm text-fg-muted">
                    {person.deactivatedAt ? (
                      <StatusBadge tone="danger">Deactivated <Time value={person.deactivatedAt} date /></StatusBadge>
                    ) : (
                      <>
                        {roleLabels[person.role]} · joined <Time value={person.joinedAt} date />
                      </>
                    )}
                  </p>
                </div>
              </div>
              <div className="flex flex-wrap items-end gap-2">
                <ChangeMemberRoleForm person={person} />
                {(person.deactivatedAt || person.userId !== member.userId) && (
                  <RowActions
                    label={`Actions for ${person.name}`}
                    actions={[
                      person.deactivatedAt
                        ? { label: "Reactivate", action: reactivateMemberAction, input: { userId: person.userId }, done: `${person.name} can sign in again.` }
                        : {
                            label: "Deactivate",
                            action: deactivateMemberAction,
                            input: { userId: person.userId },
                            done: `${person.name} was deactivated.`,
                            tone: "danger" as const,
                            confirm: {
                              title: `Deactivate ${person.name}?`,
                              description: `They are signed out of ${member.organizationName} at once and can't sign in to it until an admin reactivates them. Their scorecards and notes stay as they wrote them.`,
                              action: "Deactivate",
                            },
                          },
                    ]}
                  />
                )}
              </div>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
