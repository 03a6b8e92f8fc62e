ALTER TYPE "public"."application_event_type" ADD VALUE 'interview_rescheduled' BEFORE 'scorecard_submitted';--> statement-breakpoint
ALTER TYPE "public"."application_event_type" ADD VALUE 'interview_cancelled' BEFORE 'scorecard_submitted';--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "calendar_feed_failed_at" timestamp with time zone;