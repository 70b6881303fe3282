CREATE TABLE "incidents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kommune_id" text NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL,
	"occurred_on" date NOT NULL,
	"place" text NOT NULL,
	"type" text NOT NULL,
	"severity" text NOT NULL,
	"description" text NOT NULL,
	"exposed_staff" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"citizen_id" uuid,
	"de_escalation" text,
	"escalation" text,
	"injury" text,
	"absence_from" date,
	"absence_days" smallint,
	"reported_by" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"debriefed_at" timestamp with time zone,
	"psychological_help_offered_at" timestamp with time zone,
	"police_report" text,
	"police_decided_at" timestamp with time zone,
	"risk_assessment_updated_on" date,
	"authority_reported_on" date
);
--> statement-breakpoint
ALTER TABLE "incidents" ADD CONSTRAINT "incidents_citizen_id_citizens_id_fk" FOREIGN KEY ("citizen_id") REFERENCES "public"."citizens"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incidents" ADD CONSTRAINT "incidents_reported_by_users_id_fk" FOREIGN KEY ("reported_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "incidents_kommune_occurred" ON "incidents" USING btree ("kommune_id","occurred_at");--> statement-breakpoint
CREATE INDEX "incidents_reported_by" ON "incidents" USING btree ("reported_by");--> statement-breakpoint
CREATE TABLE "incident_report_thresholds" (
	"kommune_id" text NOT NULL,
	"effective_from" date NOT NULL,
	"min_absence_days" smallint NOT NULL,
	CONSTRAINT "incident_report_thresholds_kommune_id_effective_from_pk" PRIMARY KEY("kommune_id","effective_from")
);
--> statement-breakpoint
CREATE TABLE "safety_plans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kommune_id" text NOT NULL,
	"case_id" uuid,
	"booking_id" uuid,
	"citizen_id" uuid NOT NULL,
	"department_id" uuid,
	"measures" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"second_staff_id" uuid,
	"known_staff_id" uuid,
	"reason" text NOT NULL,
	"review_on" date NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"renewed_by" uuid,
	"renewed_at" timestamp with time zone,
	"ended_on" date
);
--> statement-breakpoint
ALTER TABLE "safety_plans" ADD CONSTRAINT "safety_plans_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "safety_plans" ADD CONSTRAINT "safety_plans_citizen_id_citizens_id_fk" FOREIGN KEY ("citizen_id") REFERENCES "public"."citizens"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "safety_plans" ADD CONSTRAINT "safety_plans_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "safety_plans_case" ON "safety_plans" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "safety_plans_kommune_review" ON "safety_plans" USING btree ("kommune_id","review_on");
