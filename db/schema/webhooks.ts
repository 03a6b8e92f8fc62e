import { boolean, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { createdAt, id, organizationId } from "./columns";

/** An organisation's webhook endpoint: where its events are POSTed, signed with its secret (Standard Webhooks). */
export const webhookEndpoints = pgTable(
  "webhook_endpoints",
  {
    id: id(),
    organizationId: organizationId(),
    url: text("url").notNull(),
    events: text("events").array().notNull(),
    /** `whsec_` + base64 of the signing key: shown once when created, kept to sign every request. */
    secret: text("secret").notNull(),
    /**
     * The secret before the last roll, which still signs every request beside the new one until
     * `previous_secret_expires_at` (24 hours), so receivers can switch without missing an event.
     */
    previousSecret: text("previous_secret"),
    previousSecretExpiresAt: timestamp("previous_secret_expires_at", { withTimezone: true }),
    /** Raised by each roll: a roll names the version it saw, so two admins rolling at once cannot drop a secret unnoticed. */
    secretVersion: integer("secret_version").notNull().default(1),
    enabled: boolean("enabled").notNull().default(true),
    /** Why Candor disabled it (a delivery failed for 24 hours); null when it is enabled or an admin disabled it. */
    disabledReason: text("disabled_reason"),
    createdAt: createdAt(),
  },
  (t) => [index("webhook_endpoints_organization_idx").on(t.organizationId)],
);

/** One event, stored in the transaction of the change it reports. Its id is the `webhook-id` every delivery sends. */
export const webhookEvents = pgTable(
  "webhook_events",
  {
    id: id(),
    organizationId: organizationId(),
    type: text("type").notNull(),
    /** The body sent: `{ type, timestamp, data }`. */
    payload: jsonb("payload").$type<{ type: string; timestamp: string; data: Record<string, unknown> }>().notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("webhook_events_organization_idx").on(t.organizationId, t.createdAt), index("webhook_events_created_idx").on(t.createdAt)],
);

/**
 * One event for one endpoint: the durable record the delivery pass drains (like the email outbox),
 * claimed with `locked_until` so a delivery whose server died is taken up again once the claim lapses.
 */
export const webhookDeliveries = pgTable(
  "webhook_deliveries",
  {
    id: id(),
    organizationId: organizationId(),
    endpointId: uuid("endpoint_id")
      .notNull()
      .references(() => webhookEndpoints.id, { onDelete: "cascade" }),
    eventId: uuid("event_id")
      .notNull()
      .references(() => webhookEvents.id, { onDelete: "cascade" }),
    /** pending, succeeded or failed (gave up after the retry window). */
    status: text("status").$type<"pending" | "succeeded" | "failed">().notNull().default("pending"),
    /** Failed attempts since `retry_from`: the back-off grows with them. */
    failures: integer("failures").notNull().default(0),
    nextAttemptAt: timestamp("next_attempt_at", { withTimezone: true }).notNull().defaultNow(),
    /** The retry window starts here: the event, or the last redelivery by hand. */
    retryFrom: timestamp("retry_from", { withTimezone: true }).notNull().defaultNow(),
    lockedUntil: timestamp("locked_until", { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("webhook_deliveries_endpoint_event_idx").on(t.endpointId, t.eventId),
    index("webhook_deliveries_due_idx").on(t.status, t.nextAttemptAt),
    // The retention pass asks each old event whether a delivery still waits (and deleting one cascades here).
    index("webhook_deliveries_event_idx").on(t.eventId),
  ],
);

/** Each request made for a delivery; one without `finished_at` was cut short (its server stopped mid-request). */
export const webhookAttempts = pgTable(
  "webhook_attempts",
  {
    id: id(),
    organizationId: organizationId(),
    deliveryId: uuid("delivery_id")
      .notNull()
      .references(() => webhookDeliveries.id, { onDelete: "cascade" }),
    startedAt: timestamp("started_at", { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp("finished_at", { withTimezone: true }),
    durationMs: integer("duration_ms"),
    responseStatus: integer("response_status"),
    /** The first 1 KB of the answer. */
    responseBody: text("response_body"),
    /** Why no answer came (refused address, timeout, connection error), in words for the admin. */
    error: text("error"),
  },
  (t) => [index("webhook_attempts_delivery_idx").on(t.deliveryId, t.startedAt)],
);

export type WebhookEndpoint = typeof webhookEndpoints.$inferSelect;
export type WebhookDelivery = typeof webhookDeliveries.$inferSelect;
export type WebhookAttempt = typeof webhookAttempts.$inferSelect;
