DROP INDEX IF EXISTS "cases_open_queue";--> statement-breakpoint
DROP INDEX IF EXISTS "cases_open_department";--> statement-breakpoint
CREATE INDEX "cases_work_queue" ON "cases" USING btree ("kommune_id","first_contact_due","received_at","number") WHERE state IN ('received', 'contacting', 'in_dialogue', 'agreement', 'maintained', 'reassessment', 'forwarded', 'reopened');--> statement-breakpoint
CREATE INDEX "cases_work_department" ON "cases" USING btree ("kommune_id","department_id","area_id","team_id","assignee_id","state") WHERE state IN ('received', 'contacting', 'in_dialogue', 'agreement', 'maintained', 'reassessment', 'forwarded', 'reopened');--> statement-breakpoint
CREATE INDEX "citizens_name_search" ON "citizens" USING gin (to_tsvector('simple', "name"));--> statement-breakpoint
CREATE INDEX "citizens_email_lower" ON "citizens" USING btree ("kommune_id",lower("email"));--> statement-breakpoint
ALTER TABLE "audit_log" ADD COLUMN "criterion" text;
