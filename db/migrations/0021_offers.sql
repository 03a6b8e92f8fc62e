CREATE TYPE "public"."offer_status" AS ENUM('draft', 'pending_approval', 'approved', 'accepted', 'declined', 'rejected_by_approver', 'superseded');--> statement-breakpoint
ALTER TYPE "public"."application_event_type" ADD VALUE 'offer_created';--> statement-breakpoint
ALTER TYPE "public"."application_event_type" ADD VALUE 'offer_submitted';--> statement-breakpoint
ALTER TYPE "public"."application_event_type" ADD VALUE 'offer_decided';--> statement-breakpoint
ALTER TYPE "public"."application_event_type" ADD VALUE 'offer_sent';--> statement-breakpoint
ALTER TYPE "public"."application_event_type" ADD VALUE 'offer_accepted';--> statement-breakpoint
ALTER TYPE "public"."application_event_type" ADD VALUE 'offer_declined';--> statement-breakpoint
ALTER TYPE "public"."file_kind" ADD VALUE 'offer_letter';--> statement-breakpoint
ALTER TYPE "public"."notification_type" ADD VALUE 'offer_approval_due';--> statement-breakpoint
ALTER TYPE "public"."notification_type" ADD VALUE 'offer_decided';--> statement-breakpoint
ALTER TYPE "public"."notification_type" ADD VALUE 'offer_accepted';--> statement-breakpoint
CREATE TABLE "offer_approvals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"offer_id" uuid NOT NULL,
	"step" integer NOT NULL,
	"role" "member_role" NOT NULL,
	"decision" text NOT NULL,
	"comment" text DEFAULT '' NOT NULL,
	"approver_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "offers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"application_id" uuid NOT NULL,
	"status" "offer_status" DEFAULT 'draft' NOT NULL,
	"salary_amount" numeric(14, 2) NOT NULL,
	"currency" text NOT NULL,
	"salary_period" "pay_period" NOT NULL,
	"start_date" date NOT NULL,
	"expires_on" date NOT NULL,
	"bonus" text DEFAULT '' NOT NULL,
	"equity" text DEFAULT '' NOT NULL,
	"approvers" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"approval_step" integer DEFAULT 0 NOT NULL,
	"letter_file_id" uuid,
	"created_by_user_id" uuid,
	"sent_at" timestamp with time zone,
	"responded_at" timestamp with time zone,
	"signature_name" text,
	"response_ip" "inet",
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "offer_approvals" ADD CONSTRAINT "offer_approvals_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offer_approvals" ADD CONSTRAINT "offer_approvals_offer_id_offers_id_fk" FOREIGN KEY ("offer_id") REFERENCES "public"."offers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offer_approvals" ADD CONSTRAINT "offer_approvals_approver_user_id_users_id_fk" FOREIGN KEY ("approver_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offers" ADD CONSTRAINT "offers_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offers" ADD CONSTRAINT "offers_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offers" ADD CONSTRAINT "offers_letter_file_id_files_id_fk" FOREIGN KEY ("letter_file_id") REFERENCES "public"."files"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offers" ADD CONSTRAINT "offers_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "offer_approvals_offer_step_idx" ON "offer_approvals" USING btree ("offer_id","step");--> statement-breakpoint
CREATE INDEX "offers_application_idx" ON "offers" USING btree ("application_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "offers_one_live_per_application_idx" ON "offers" USING btree ("application_id") WHERE "offers"."status" in ('draft', 'pending_approval', 'approved', 'accepted');