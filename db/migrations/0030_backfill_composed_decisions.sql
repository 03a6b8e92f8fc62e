-- Custom SQL migration file, put your code below! --
-- email_outbox.decision (0028) started false on every row. Before it, a composed message to a candidate who had
-- already asked for decisions only was refused unless marked as a decision, so a waiting one of those was one:
-- mark it, or the delivery pass would cancel it when due. (A preference chosen after the message was queued
-- still cancels it, as intended.)
UPDATE "email_outbox" AS o SET "decision" = true
FROM "candidate_mail_preferences" AS p
WHERE p."candidate_id" = o."candidate_id"
  AND p."decisions_only"
  AND p."updated_at" <= o."created_at"
  AND o."sent_by_user_id" IS NOT NULL
  AND o."status" = 'pending';
