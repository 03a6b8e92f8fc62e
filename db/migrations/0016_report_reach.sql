CREATE TABLE "application_reach" (
	"application_id" uuid PRIMARY KEY NOT NULL,
	"organization_id" uuid NOT NULL,
	"furthest_rank" smallint NOT NULL
);
--> statement-breakpoint
ALTER TABLE "application_reach" ADD CONSTRAINT "application_reach_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "application_reach" ADD CONSTRAINT "application_reach_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "application_reach_org_idx" ON "application_reach" USING btree ("organization_id");