import { roleLabels } from "@/lib/format";
import type { MemberRole } from "@/lib/enums";

/** The email an invited person gets: who invited them, to what, as what, and the link (valid for `validDays`). */
export function invitationEmail(details: { inviterName: string; organizationName: string; role: MemberRole; url: string; validDays: number }) {
  const role = roleLabels[details.role].toLowerCase();
  return {
    subject: `${details.inviterName} invited you to ${details.organizationName} on Candor`,
    text: [
      `${details.inviterName} invited you to join ${details.organizationName} on Candor as ${/^[aeiou]/.test(role) ? "an" : "a"} ${role}.`,
      "",
      `Accept the invitation: ${details.url}`,
      "",
      `The link works once and for ${details.validDays} days. If you weren't expecting this, you can ignore this email.`,
    ].join("\n"),
  };
}
