ALTER TABLE "files" ADD COLUMN "text_pending" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "files" ADD COLUMN "text_attempts" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "files" ADD COLUMN "text_attempted_at" timestamp with time zone;--> statement-breakpoint
CREATE INDEX "files_text_pending_idx" ON "files" USING btree ("created_at") WHERE "files"."text_pending";