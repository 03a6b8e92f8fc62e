CREATE TABLE "application_stage_stays" (
	"event_id" uuid PRIMARY KEY NOT NULL,
	"organization_id" uuid NOT NULL,
	"application_id" uuid NOT NULL,
	"stage_id" uuid NOT NULL,
	"entered_at" timestamp with time zone NOT NULL,
	"left_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "application_stage_stays" ADD CONSTRAINT "application_stage_stays_event_id_application_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."application_events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "application_stage_stays" ADD CONSTRAINT "application_stage_stays_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "application_stage_stays" ADD CONSTRAINT "application_stage_stays_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "application_stage_stays" ADD CONSTRAINT "application_stage_stays_stage_id_job_stages_id_fk" FOREIGN KEY ("stage_id") REFERENCES "public"."job_stages"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "application_stage_stays_application_idx" ON "application_stage_stays" USING btree ("application_id","entered_at","event_id");--> statement-breakpoint
CREATE INDEX "application_stage_stays_ended_idx" ON "application_stage_stays" USING btree ("organization_id","application_id","stage_id","entered_at","left_at") WHERE "application_stage_stays"."left_at" is not null;--> statement-breakpoint
-- application_stage_stays (the time-in-stage report's rollup) follows application_events: every event that
-- enters a stage (but the hire's own `hired` event, which repeats the move to Hired) starts a stay and ends
-- the one before it, in the same transaction. Stays are ordered as the events are (created_at, then id),
-- so an event dated between two others, as an import may write, splits the stay it falls in.
CREATE FUNCTION application_stage_stays_record() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  next_entered_at timestamptz;
BEGIN
  SELECT stay.entered_at INTO next_entered_at FROM application_stage_stays stay
  WHERE stay.application_id = NEW.application_id AND (stay.entered_at, stay.event_id) > (NEW.created_at, NEW.id)
  ORDER BY stay.entered_at, stay.event_id LIMIT 1;
  UPDATE application_stage_stays SET left_at = NEW.created_at
  WHERE event_id = (SELECT stay.event_id FROM application_stage_stays stay
    WHERE stay.application_id = NEW.application_id AND (stay.entered_at, stay.event_id) < (NEW.created_at, NEW.id)
    ORDER BY stay.entered_at DESC, stay.event_id DESC LIMIT 1);
  INSERT INTO application_stage_stays (event_id, organization_id, application_id, stage_id, entered_at, left_at)
  VALUES (NEW.id, NEW.organization_id, NEW.application_id, NEW.to_stage_id, NEW.created_at, next_entered_at);
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER application_events_record_stage_stay
AFTER INSERT ON application_events
FOR EACH ROW WHEN (NEW.to_stage_id IS NOT NULL AND NEW.type <> 'hired') EXECUTE FUNCTION application_stage_stays_record();
--> statement-breakpoint
-- The history so far: each stage entry, ended by the application's next one.
INSERT INTO application_stage_stays (event_id, organization_id, application_id, stage_id, entered_at, left_at)
SELECT events.id, events.organization_id, events.application_id, events.to_stage_id, events.created_at,
  lead(events.created_at) OVER (PARTITION BY events.application_id ORDER BY events.created_at, events.id)
FROM application_events events
WHERE events.to_stage_id IS NOT NULL AND events.type <> 'hired';
