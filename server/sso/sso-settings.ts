import "server-only";
import { db } from "@/db/client";
import { findDomainClaimedElsewhere, getSsoConfiguration, saveSsoConfiguration } from "@/db/queries/sso";
import { ssoRedirectUri } from "@/lib/auth/sso";
import type { Viewer } from "@/lib/auth/viewer";
import { postgresErrorCode } from "@/lib/db-errors";
import { env } from "@/lib/env";
import { AppError, VALIDATION_MESSAGE } from "@/lib/errors";
import { assertCan } from "@/lib/permissions";
import { issuerProblem, type SsoSettings } from "@/lib/validation/sso";
import { recordAudit } from "@/server/audit/record-audit";
import { allowsHttpLoopbackIssuer, openClientSecret, sealClientSecret } from "./client-secret";
import { issuerAddressProblem } from "./issuer-address";

export type SsoSettingsView = {
  enabled: boolean;
  issuer: string;
  clientId: string;
  allowedDomain: string | null;
  /** Never the secret itself: whether one is stored, and whether this server can still read it. */
  clientSecret: "set" | "unreadable" | "missing";
  /** What the admin registers at the identity provider. */
  redirectUri: string;
};

/** The organisation's single sign-on settings as Settings → Single sign-on shows them. */
export async function getSsoSettings(actor: Viewer): Promise<SsoSettingsView> {
  assertCan(actor, "organization.manage");
  const current = await getSsoConfiguration(db(), actor.organizationId);
  return {
    enabled: current?.enabled ?? false,
    issuer: current?.issuer ?? "",
    clientId: current?.clientId ?? "",
    allowedDomain: current?.allowedDomain ?? null,
    clientSecret: !current ? "missing" : openClientSecret(current.clientSecretSealed) === null ? "unreadable" : "set",
    redirectUri: ssoRedirectUri(env().APP_URL, actor.organizationId),
  };
}

const fieldError = (field: keyof SsoSettings, message: string) => new AppError("VALIDATION", VALIDATION_MESSAGE, { [field]: [message] });
const domainTaken = () => fieldError("allowedDomain", "Another organisation on this Candor already signs in with single sign-on for this domain.");

/**
 * Saves the organisation's identity provider and who may join through it. The issuer must resolve to
 * public addresses only (server/sso/issuer-address.ts). The client secret is sealed
 * before it is stored; an empty one keeps the stored secret. The change is in the audit log, the secret
 * never is.
 */
export async function updateSsoSettings(actor: Viewer & { email: string }, input: SsoSettings): Promise<void> {
  assertCan(actor, "organization.manage");
  const issuerRefusal = issuerProblem(input.issuer, { allowHttpLoopback: allowsHttpLoopbackIssuer() });
  if (issuerRefusal) throw fieldError("issuer", issuerRefusal);
  const addressRefusal = await issuerAddressProblem(input.issuer);
  if (addressRefusal) throw fieldError("issuer", addressRefusal);
  try {
    await db().transaction(async (tx) => {
      const current = await getSsoConfiguration(tx, actor.organizationId);
      let clientSecretSealed = current?.clientSecretSealed;
      if (input.clientSecret) clientSecretSealed = sealClientSecret(input.clientSecret);
      else if (!clientSecretSealed) throw fieldError("clientSecret", "Enter the client secret your identity provider gave Candor.");
      else if (openClientSecret(clientSecretSealed) === null) {
        throw fieldError("clientSecret", "The stored client secret can no longer be read (the server's AUTH_SECRET changed). Enter it again.");
      }
      if (input.allowedDomain && (await findDomainClaimedElsewhere(tx, actor.organizationId, input.allowedDomain))) throw domainTaken();

      await saveSsoConfiguration(tx, {
        organizationId: actor.organizationId,
        enabled: input.enabled,
        issuer: input.issuer,
        clientId: input.clientId,
        clientSecretSealed,
        allowedDomain: input.allowedDomain,
        updatedByUserId: actor.userId,
      });
      await recordAudit(tx, {
        organizationIds: [actor.organizationId],
        actor: { userId: actor.userId, label: actor.email },
        action: "organization.settings_changed",
        target: { type: "organization", id: actor.organizationId, label: "Single sign-on" },
        details: {
          setting: "single_sign_on",
          enabled: input.enabled,
          issuer: input.issuer,
          allowedDomain: input.allowedDomain,
          clientIdChanged: current?.clientId !== input.clientId,
          clientSecretChanged: Boolean(input.clientSecret),
        },
      });
    });
  } catch (error) {
    // Two organisations claiming the same domain at once: the unique index decides.
    if (postgresErrorCode(error) === "23505") throw domainTaken();
    throw error;
  }
}
