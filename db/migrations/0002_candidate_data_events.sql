ALTER TYPE "public"."application_event_type" ADD VALUE 'data_exported';--> statement-breakpoint
ALTER TYPE "public"."application_event_type" ADD VALUE 'data_deleted';