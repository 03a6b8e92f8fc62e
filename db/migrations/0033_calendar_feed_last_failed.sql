ALTER TABLE "users" ADD COLUMN "calendar_feed_last_failed_at" timestamp with time zone;--> statement-breakpoint
-- A feed failing now was last recorded failing no later than it began to: a success must postdate that.
UPDATE "users" SET "calendar_feed_last_failed_at" = "calendar_feed_failed_at" WHERE "calendar_feed_failed_at" IS NOT NULL;
