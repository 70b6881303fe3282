CREATE INDEX "cases_open_department" ON "cases" USING btree ("kommune_id","department_id","area_id","team_id","assignee_id","state") WHERE state <> 'closed';--> statement-breakpoint
CREATE INDEX "cases_citizen" ON "cases" USING btree ("citizen_id");--> statement-breakpoint
CREATE INDEX "citizens_primary_contact" ON "citizens" USING btree ("primary_contact_id") WHERE primary_contact_id IS NOT NULL;