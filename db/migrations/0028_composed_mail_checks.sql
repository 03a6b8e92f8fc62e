ALTER TABLE "email_outbox" ADD COLUMN "decision" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "inbound_emails" ADD COLUMN "from_other_address" boolean DEFAULT false NOT NULL;