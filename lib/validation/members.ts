import { z } from "zod";
import { memberRoles } from "@/lib/enums";
import { newPasswordField } from "./password";

/** An email address as a person types it: trimmed; compared without regard to case everywhere. */
export const emailField = z
  .string("Enter an email address.")
  .trim()
  .min(1, "Enter an email address.")
  .max(320, "That email address is too long.")
  .pipe(z.email("Enter a valid email address, like name@example.com."));

export const personNameField = z
  .string("Enter a name.")
  .trim()
  .min(1, "Enter a name.")
  .max(200, "Use at most 200 characters.");

export const memberRoleField = z.enum(memberRoles, "Choose a role.");

export const inviteMemberSchema = z.object({ email: emailField, role: memberRoleField });
export type InviteMemberInput = z.output<typeof inviteMemberSchema>;

export const invitationIdSchema = z.object({ invitationId: z.uuid("Unknown invitation.") });

export const changeMemberRoleSchema = z.object({ userId: z.uuid("Unknown member."), role: memberRoleField });

export const memberIdSchema = z.object({ userId: z.uuid("Unknown member.") });

/** Accepting an invitation as someone new: their name and a password (the server also refuses common ones). */
export const acceptAsNewUserSchema = z.object({ name: personNameField, password: newPasswordField });

/** Accepting an invitation with an existing account: its password proves it is theirs. */
export const acceptAsExistingUserSchema = z.object({
  password: z.string().min(1, "Enter your password.").max(1024, "That password is too long."),
});

export const switchOrganizationSchema = z.object({ organization: z.string().min(1).max(100) });
