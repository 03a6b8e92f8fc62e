"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { accountAction, publicAction, type ActionResult } from "@/server/action";
import { signIn, TwoFactorRequired } from "@/server/auth";
import { holdChallenge } from "@/server/auth/code-step";
import { setActiveOrganization } from "@/server/auth/switch-organization";
import { clientIp } from "@/server/http/client-ip";
import { acceptInvitationAsExistingUser, acceptInvitationAsNewUser, acceptInvitationWithPassword } from "@/server/members/accept-invitation";
import { acceptAsExistingUserSchema, acceptAsNewUserSchema } from "@/lib/validation/members";

// The token in the link is the only credential of someone new: every action reads the invitation from it again.

export type AcceptState = (ActionResult<void> | { ok: null }) & { name?: string };

/** Someone new: creates their account and membership, then signs them in. */
export async function acceptAsNewUserAction(token: string, _previous: AcceptState, formData: FormData): Promise<AcceptState> {
  let credentials: { email: string; password: string } | undefined;
  const result = await publicAction(acceptAsNewUserSchema, async (input) => {
    const { email } = await acceptInvitationAsNewUser(token, input);
    credentials = { email, password: input.password };
  })(formData);
  if (result.ok && credentials) await signIn("credentials", { ...credentials, redirectTo: "/jobs" });
  return { ...result, name: String(formData.get("name") ?? "").slice(0, 200) };
}

/** Someone with an account: their password proves it; then they join, and are signed in to the new organisation. */
export async function acceptWithPasswordAction(token: string, _previous: AcceptState, formData: FormData): Promise<AcceptState> {
  let credentials: { email: string; password: string } | undefined;
  const result = await publicAction(acceptAsExistingUserSchema, async ({ password }) => {
    const { email, organizationSlug } = await acceptInvitationWithPassword(token, password, clientIp(await headers()));
    await setActiveOrganization(organizationSlug);
    credentials = { email, password };
  })(formData);
  if (result.ok && credentials) {
    try {
      await signIn("credentials", { ...credentials, redirectTo: "/jobs" });
    } catch (error) {
      // Their account has two-factor: they joined, and the password was right; the code step opens the session.
      if (error instanceof TwoFactorRequired) redirect(await holdChallenge(error.challenge));
      throw error;
    }
  }
  return result;
}

/**
 * Signed in already as the invited person: one click joins, and the dashboard opens on the new organisation.
 * An account action, not a member one: joining is the person's own business, allowed even while their
 * current organisation waits for them to set up two-factor.
 */
export async function joinSignedInAction(token: string): Promise<AcceptState> {
  return accountAction(z.object({}), async (_input, member) => {
    const { organizationSlug } = await acceptInvitationAsExistingUser(token, { id: member.userId, email: member.email });
    await setActiveOrganization(organizationSlug);
    redirect("/jobs");
  })({});
}
