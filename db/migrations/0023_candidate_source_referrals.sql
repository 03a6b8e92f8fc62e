ALTER TABLE "applications" ADD COLUMN "referrer_user_id" uuid;--> statement-breakpoint
ALTER TABLE "candidates" ADD COLUMN "source" text;--> statement-breakpoint
ALTER TABLE "applications" ADD CONSTRAINT "applications_referrer_user_id_users_id_fk" FOREIGN KEY ("referrer_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "applications_referrer_idx" ON "applications" USING btree ("organization_id","referrer_user_id") WHERE "applications"."referrer_user_id" is not null;