-- Every case bundle (sagsakter) sent to the appeals body is kept, each as sent: a case sent back (hjemvist) and
-- forwarded again gets a new bundle beside the first, never over it. The bundles made so far (one per case,
-- kept on the formal track) move here as version 1 of their case.
CREATE TABLE "formal_bundles" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kommune_id" text NOT NULL,
	"case_id" uuid NOT NULL REFERENCES "cases"("id"),
	"version" integer NOT NULL,
	"round" integer NOT NULL,
	"appeals_body" text NOT NULL,
	"forwarded_on" date NOT NULL,
	"pdf" bytea,
	"created_by" uuid REFERENCES "users"("id"),
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "formal_bundles_case_version" ON "formal_bundles" USING btree ("case_id","version");
--> statement-breakpoint
INSERT INTO "formal_bundles" ("kommune_id", "case_id", "version", "round", "appeals_body", "forwarded_on", "pdf", "created_at")
	SELECT "kommune_id", "case_id", 1, "round", coalesce("appeals_body", 'Ankestyrelsen'), "forwarded_on", "bundle_pdf", "updated_at"
	FROM "formal_tracks" WHERE "bundle_pdf" IS NOT NULL AND "forwarded_on" IS NOT NULL;
--> statement-breakpoint
ALTER TABLE "formal_tracks" DROP COLUMN "bundle_pdf";
