-- Surveys: the citizen's satisfaction survey after closure, the employees' anonymous monthly pulse, and the
-- decision volumes (afgørelser per area and month) that complaints are counted against.

-- One survey per closed case: the link's token is derived from the id with the server secret (HMAC), so only its
-- hash is stored and the reminder can still carry the same link.
CREATE TABLE "survey_requests" (
  "id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  "kommune_id" text NOT NULL,
  "case_id" uuid NOT NULL REFERENCES "cases"("id"),
  "token_hash" text NOT NULL,
  "channel" text NOT NULL,
  "locale" text NOT NULL DEFAULT 'da',
  "requested_at" timestamp with time zone NOT NULL,
  "expires_at" timestamp with time zone NOT NULL,
  "reminded_at" timestamp with time zone,
  "answered_at" timestamp with time zone,
  "opted_out_at" timestamp with time zone
);--> statement-breakpoint
CREATE UNIQUE INDEX "survey_requests_case" ON "survey_requests" ("case_id");--> statement-breakpoint
CREATE UNIQUE INDEX "survey_requests_token" ON "survey_requests" ("token_hash");--> statement-breakpoint
CREATE INDEX "survey_requests_reminder" ON "survey_requests" ("requested_at")
  WHERE "answered_at" IS NULL AND "opted_out_at" IS NULL AND "reminded_at" IS NULL;--> statement-breakpoint

-- The answer, with the case's department and area copied for the figures. Unhappy answers are flagged to the
-- team lead until they reopen the case or decide not to.
CREATE TABLE "survey_answers" (
  "id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  "kommune_id" text NOT NULL,
  "request_id" uuid NOT NULL REFERENCES "survey_requests"("id"),
  "case_id" uuid NOT NULL REFERENCES "cases"("id"),
  "department_id" uuid NOT NULL REFERENCES "departments"("id"),
  "area_id" uuid NOT NULL REFERENCES "areas"("id"),
  "answered_at" timestamp with time zone NOT NULL,
  "heard" smallint NOT NULL,
  "understood" smallint NOT NULL,
  "fair" smallint NOT NULL,
  "overall" smallint NOT NULL,
  "still_disagree" boolean NOT NULL,
  "comment" text,
  "flagged" boolean NOT NULL,
  "flag_resolution" text,
  "flag_resolved_at" timestamp with time zone,
  "flag_resolved_by" uuid REFERENCES "users"("id")
);--> statement-breakpoint
CREATE UNIQUE INDEX "survey_answers_request" ON "survey_answers" ("request_id");--> statement-breakpoint
CREATE INDEX "survey_answers_figures" ON "survey_answers" ("kommune_id", "answered_at", "department_id");--> statement-breakpoint
CREATE INDEX "survey_answers_flagged" ON "survey_answers" ("kommune_id", "department_id", "answered_at")
  WHERE "flagged" AND "flag_resolved_at" IS NULL;--> statement-breakpoint

-- A citizen who said no to surveys gets none again.
CREATE TABLE "survey_opt_outs" (
  "kommune_id" text NOT NULL,
  "citizen_id" uuid NOT NULL, -- no foreign key: the opt-out outlives an erased citizen record
  "at" timestamp with time zone NOT NULL,
  PRIMARY KEY ("citizen_id")
);--> statement-breakpoint

-- The pulse answers carry no user, no instant: only department, team and month. Whether someone has answered
-- this month is kept apart (pulse_participation), with nothing that links it to an answer.
CREATE TABLE "pulse_answers" (
  "id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  "kommune_id" text NOT NULL,
  "department_id" uuid NOT NULL REFERENCES "departments"("id"),
  "team_id" uuid REFERENCES "teams"("id"),
  "month" text NOT NULL,
  "wellbeing" smallint NOT NULL,
  "equipped" smallint NOT NULL,
  "workload" smallint NOT NULL
);--> statement-breakpoint
CREATE INDEX "pulse_answers_month" ON "pulse_answers" ("kommune_id", "month", "department_id", "team_id");--> statement-breakpoint

CREATE TABLE "pulse_participation" (
  "kommune_id" text NOT NULL,
  "user_id" uuid NOT NULL REFERENCES "users"("id"),
  "month" text NOT NULL,
  PRIMARY KEY ("user_id", "month")
);--> statement-breakpoint

-- Decisions made (afgørelser) per area and month, imported from the kommune's case systems.
CREATE TABLE "decision_volumes" (
  "kommune_id" text NOT NULL,
  "area_id" uuid NOT NULL REFERENCES "areas"("id"),
  "month" text NOT NULL,
  "decisions" integer NOT NULL,
  "imported_at" timestamp with time zone NOT NULL,
  PRIMARY KEY ("kommune_id", "area_id", "month")
);
