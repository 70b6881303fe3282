-- The effect dashboard's and the public service-goal page's rollups (insight module). Rebuilt per kommune by the
-- insight refresh job from the case records, so the pages read a few hundred rows rather than scan the cases.
-- By month of receipt, per department and area. A working-day ordinal per kommune and day turns "working days
-- between receipt and X" into one subtraction (the core's calendar decides which days count).
CREATE TABLE "insight_working_days" (
	"kommune_id" text NOT NULL,
	"day" date NOT NULL,
	"seq" integer NOT NULL,
	CONSTRAINT "insight_working_days_kommune_id_day_pk" PRIMARY KEY("kommune_id","day")
);
--> statement-breakpoint
CREATE TABLE "insight_monthly" (
	"kommune_id" text NOT NULL,
	"month" date NOT NULL,
	"department_id" uuid NOT NULL,
	"area_id" uuid NOT NULL,
	"received" integer DEFAULT 0 NOT NULL,
	"complaints" integer DEFAULT 0 NOT NULL,
	"maintained" integer DEFAULT 0 NOT NULL,
	"forwarded" integer DEFAULT 0 NOT NULL,
	"first_contact_settled" integer DEFAULT 0 NOT NULL,
	"first_contact_on_time" integer DEFAULT 0 NOT NULL,
	"resolution_settled" integer DEFAULT 0 NOT NULL,
	"resolution_on_time" integer DEFAULT 0 NOT NULL,
	"reassessment_settled" integer DEFAULT 0 NOT NULL,
	"reassessment_on_time" integer DEFAULT 0 NOT NULL,
	"with_root_cause" integer DEFAULT 0 NOT NULL,
	"cause_decision" integer DEFAULT 0 NOT NULL,
	"cause_process" integer DEFAULT 0 NOT NULL,
	"cause_communication" integer DEFAULT 0 NOT NULL,
	"cause_waiting_time" integer DEFAULT 0 NOT NULL,
	"cause_conduct" integer DEFAULT 0 NOT NULL,
	"cause_physical_setting" integer DEFAULT 0 NOT NULL,
	"cause_other" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "insight_monthly_kommune_id_month_department_id_area_id_pk" PRIMARY KEY("kommune_id","month","department_id","area_id")
);
--> statement-breakpoint
CREATE TABLE "insight_durations" (
	"kommune_id" text NOT NULL,
	"month" date NOT NULL,
	"department_id" uuid NOT NULL,
	"area_id" uuid NOT NULL,
	"goal" text NOT NULL,
	"days" integer NOT NULL,
	"cases" integer NOT NULL,
	CONSTRAINT "insight_durations_kommune_id_month_department_id_area_id_goal_days_pk" PRIMARY KEY("kommune_id","month","department_id","area_id","goal","days")
);
--> statement-breakpoint
CREATE TABLE "insight_refreshes" (
	"kommune_id" text PRIMARY KEY NOT NULL,
	"as_of" date NOT NULL,
	"refreshed_at" timestamp with time zone NOT NULL
);
