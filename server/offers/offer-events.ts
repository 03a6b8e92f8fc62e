import "server-only";
import type { Executor } from "@/db/client";
import { insertApplicationEvents } from "@/db/queries/pipeline-applications";
import { insertWebhookEvents } from "@/db/queries/webhooks";
import type { WebhookEventType } from "@/lib/webhooks/events";
import type { AuditAction } from "@/lib/enums";
import type { AuditActor } from "@/server/audit/record-audit";
import { recordAudit } from "@/server/audit/record-audit";

/** Every change of an offer's state, as one value: what the history, the audit log (and later webhooks) receive. */
export type OfferEvent = {
  organizationId: string;
  offerId: string;
  applicationId: string;
  /** The application history's event type; none for a change that is not a step (a draft edited). */
  type?: "offer_created" | "offer_submitted" | "offer_decided" | "offer_sent" | "offer_accepted" | "offer_declined";
  action: AuditAction;
  /** A member, or the candidate (no user id) through their status link. */
  actor: AuditActor;
  details?: Record<string, string | number | boolean | null>;
  /** The request's address, when the use case read it itself (the candidate's answer). */
  origin?: { ip: string | null; userAgent: string | null };
};

/** The webhook each audited offer change sends (an edit of a draft sends none). Ids only: a comment or a signature never leaves. */
const webhookOf: Partial<Record<AuditAction, WebhookEventType>> = {
  "offer.created": "offer.created",
  "offer.submitted": "offer.submitted",
  "offer.approved": "offer.approved",
  "offer.rejected": "offer.rejected",
  "offer.sent": "offer.sent",
  "offer.accepted": "offer.accepted",
  "offer.declined": "offer.declined",
};

/**
 * Records an offer's state change in the application's history, the audit log and the organisation's
 * webhooks. Every offer use case calls it inside its one transaction, so an event exists exactly when its
 * change does.
 */
export async function emitOfferEvent(tx: Executor, event: OfferEvent): Promise<void> {
  if (event.type) {
    await insertApplicationEvents(tx, {
      organizationId: event.organizationId,
      actorUserId: event.actor.userId ?? null,
      events: [{ applicationId: event.applicationId, type: event.type, data: { offerId: event.offerId, ...event.details } }],
    });
  }
  const webhook = webhookOf[event.action];
  if (webhook) await insertWebhookEvents(tx, event.organizationId, [{ type: webhook, data: { offer_id: event.offerId, application_id: event.applicationId } }]);
  await recordAudit(tx, {
    organizationIds: [event.organizationId],
    actor: event.actor,
    action: event.action,
    target: { type: "offer", id: event.offerId, label: "Offer" },
    details: { applicationId: event.applicationId, ...event.details },
    origin: event.origin,
  });
}
