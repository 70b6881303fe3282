-- The formal track of a complaint about a decision (klage over en afgørelse): the klagefrist facts and the
-- decision on a late complaint, the re-assessment (genvurdering), the forwarding to the appeals body with the
-- case bundle kept as sent, and the appeals body's result. One row per case; the appeal results are kept as
-- a history (a case sent back may be decided twice), which the reversal rate is computed from.
CREATE TABLE "formal_tracks" (
	"case_id" uuid PRIMARY KEY NOT NULL REFERENCES "cases"("id"),
	"kommune_id" text NOT NULL,
	"decision_delivery" text DEFAULT 'unknown' NOT NULL,
	"proper_guidance" boolean DEFAULT true NOT NULL,
	"late_decision" text,
	"late_reason" text,
	"late_decided_by" uuid REFERENCES "users"("id"),
	"late_decided_at" timestamp with time zone,
	"round" integer DEFAULT 1 NOT NULL,
	"reassessment_result" text,
	"reassessment_reasoning" text,
	"reassessed_on" date,
	"reassessed_by" uuid REFERENCES "users"("id"),
	"appeals_body" text,
	"forwarded_on" date,
	"bundle_pdf" bytea,
	"appeal_result" text,
	"appeal_decided_on" date,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "formal_tracks_delivery" CHECK ("decision_delivery" IN ('digital', 'physical', 'unknown')),
	CONSTRAINT "formal_tracks_late" CHECK ("late_decision" IS NULL OR "late_decision" IN ('accepted', 'rejected'))
);
--> statement-breakpoint
CREATE TABLE "formal_appeal_results" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kommune_id" text NOT NULL,
	"case_id" uuid NOT NULL REFERENCES "cases"("id"),
	"area_id" uuid NOT NULL REFERENCES "areas"("id"),
	"department_id" uuid NOT NULL REFERENCES "departments"("id"),
	"round" integer NOT NULL,
	"result" text NOT NULL,
	"decided_on" date NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "formal_appeal_results_period" ON "formal_appeal_results" ("kommune_id", "decided_on");
--> statement-breakpoint
CREATE INDEX "formal_tracks_kommune" ON "formal_tracks" ("kommune_id", "forwarded_on");
--> statement-breakpoint
-- The appeals body (klageinstans) per area; an area without a row goes to Ankestyrelsen.
CREATE TABLE "appeals_bodies" (
	"kommune_id" text NOT NULL,
	"area_id" uuid NOT NULL REFERENCES "areas"("id"),
	"name" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "appeals_bodies_pk" PRIMARY KEY ("kommune_id", "area_id")
);
--> statement-breakpoint
-- Requests for access to the files (aktindsigt) registered on a case: 7 working days, or a delay letter.
CREATE TABLE "access_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kommune_id" text NOT NULL,
	"case_id" uuid NOT NULL REFERENCES "cases"("id"),
	"received_on" date NOT NULL,
	"due_on" date NOT NULL,
	"answered_on" date,
	"note" text,
	"created_by" uuid REFERENCES "users"("id"),
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "access_requests_case" ON "access_requests" ("case_id", "received_on");
--> statement-breakpoint
-- Conversation notes the caseworker marks for the case bundle sent to the appeals body.
ALTER TABLE "conversations" ADD COLUMN "in_bundle" boolean DEFAULT false NOT NULL;
