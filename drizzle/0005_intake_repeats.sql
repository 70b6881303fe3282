ALTER TABLE "cases" ADD COLUMN "idempotency_hash" text;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "resubmission_fingerprint" text;--> statement-breakpoint
CREATE INDEX "cases_resubmission" ON "cases" USING btree ("kommune_id","resubmission_fingerprint","received_at") WHERE resubmission_fingerprint IS NOT NULL;
