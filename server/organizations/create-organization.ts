import "server-only";
import { db, type Executor } from "@/db/client";
import { insertInvitation } from "@/db/queries/invitations";
import { insertMembership } from "@/db/queries/members";
import { insertOrganization } from "@/db/queries/organizations";
import { findUserByEmail, insertUser } from "@/db/queries/users";
import { commonPasswordProblem } from "@/lib/auth/common-passwords";
import { newLinkToken } from "@/lib/auth/link-token";
import { hashPassword } from "@/lib/auth/password";
import { postgresErrorCode, rootCause } from "@/lib/db-errors";
import { AppError, VALIDATION_MESSAGE } from "@/lib/errors";
import { DEFAULT_REJECTION_REASONS } from "@/lib/pipeline";
import type { OrganizationFields } from "@/lib/validation/organization";
import { recordAudit, type AuditActor, type AuditOrigin } from "@/server/audit/record-audit";
import { INVITATION_VALID_DAYS } from "@/server/members/invitation-link";

export type NewOrganization = OrganizationFields & {
  /** The first admin. Without a password a new person gets an invitation link instead. */
  admin: { email: string; name?: string; password?: string };
};

export type CreatedOrganization = {
  organization: { id: string; slug: string; name: string };
  admin: { email: string; userId: string | null; existingAccount: boolean };
  /** The invitation link's token, when the admin must still set their password. */
  invitationToken: string | null;
};

const SLUG_TAKEN = { slug: ["That address is taken. Choose another."] };

/**
 * Refuses a password that is too common before anything is written, and hashes it (slow on purpose,
 * so outside any transaction).
 */
export async function preparePassword(password: string, person: { email: string; name?: string }, field = "password"): Promise<string> {
  const problem = commonPasswordProblem(password, person);
  if (problem) throw new AppError("VALIDATION", VALIDATION_MESSAGE, { [field]: [problem] });
  return hashPassword(password);
}

/**
 * Creates an organisation and makes its first admin a member, inside the caller's transaction: a new
 * account with the given password hash, an existing account (which keeps its own password), or an
 * invitation for a new person. Records organization.created. `actor: "admin"` means the new admin did it
 * themselves (the set-up page).
 */
export async function insertOrganizationWithAdmin(
  tx: Executor,
  input: OrganizationFields & { admin: { email: string; name?: string; passwordHash?: string } },
  actor: AuditActor | "admin",
  origin?: AuditOrigin,
): Promise<CreatedOrganization> {
  let organization: CreatedOrganization["organization"];
  try {
    organization = await insertOrganization(tx, {
      name: input.name,
      slug: input.slug,
      website: input.website ?? null,
      settings: { scorecardVisibility: "after_own_submitted", rejectionReasons: [...DEFAULT_REJECTION_REASONS], timeZone: input.timeZone },
    });
  } catch (error) {
    if (postgresErrorCode(error) === "23505") throw new AppError("CONFLICT", "That address is taken. Choose another.", SLUG_TAKEN);
    throw error;
  }

  const { email, name, passwordHash } = input.admin;
  const existing = await findUserByEmail(email, tx);
  if (existing && passwordHash) {
    throw new AppError("CONFLICT", `${existing.email} already has an account, which keeps its own password.`, {
      adminEmail: ["This address already has an account. Sign in with it, or use another address."],
    });
  }
  let userId: string | null = existing?.id ?? null;
  let invitationToken: string | null = null;
  let invitationId: string | null = null;
  if (!existing && passwordHash) {
    userId = (await insertUserOnce(tx, { email, name: name ?? email.split("@")[0]!, passwordHash })).id;
  }
  if (userId) {
    await insertMembership(tx, { organizationId: organization.id, userId, role: "admin" });
  } else {
    const { token, hash } = newLinkToken();
    invitationToken = token;
    invitationId = (
      await insertInvitation(tx, { organizationId: organization.id, email, role: "admin", tokenHash: hash, invitedByUserId: null, validDays: INVITATION_VALID_DAYS })
    ).id;
  }

  const by: AuditActor = actor === "admin" ? { userId: userId!, label: email } : actor;
  await recordAudit(tx, {
    organizationIds: [organization.id],
    actor: by,
    action: "organization.created",
    target: { type: "organization", id: organization.id, label: organization.name },
    details: { slug: organization.slug, admin: email },
    origin,
  });
  if (invitationId) {
    await recordAudit(tx, {
      organizationIds: [organization.id],
      actor: by,
      action: "invitation.sent",
      target: { type: "invitation", id: invitationId, label: email },
      details: { role: "admin", delivery: "link" },
      origin,
    });
  }
  return { organization, admin: { email: existing?.email ?? email, userId, existingAccount: Boolean(existing) }, invitationToken };
}

/** A new account; an address taken at this very moment (another transaction) reads as the field's error. */
export async function insertUserOnce(tx: Executor, user: { email: string; name: string; passwordHash: string | null }, field = "adminEmail") {
  try {
    return await insertUser(tx, user);
  } catch (error) {
    if (postgresErrorCode(error) === "23505" && rootCause(error).message.includes("users_email")) {
      throw new AppError("CONFLICT", "This address already has an account.", { [field]: ["This address already has an account."] });
    }
    throw error;
  }
}

/**
 * `candor org create`: an organisation with its first admin, for an operator at the server's console
 * (who needs no permission beyond access to the database).
 */
export async function createOrganization(input: NewOrganization, origin: AuditOrigin = { ip: null, userAgent: null }): Promise<CreatedOrganization> {
  const { password, ...admin } = input.admin;
  const passwordHash = password ? await preparePassword(password, admin, "adminPassword") : undefined;
  return db().transaction((tx) => insertOrganizationWithAdmin(tx, { ...input, admin: { ...admin, passwordHash } }, { label: "cli" }, origin));
}
