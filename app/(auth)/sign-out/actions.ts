"use server";

import { signOut } from "@/server/auth";
import { getCurrentAccount } from "@/server/auth/session";
import { endCurrentSession } from "@/server/auth/user-sessions";

export async function signOutAction() {
  const member = await getCurrentAccount();
  if (member) await endCurrentSession(member);
  await signOut({ redirectTo: "/sign-in" });
}
