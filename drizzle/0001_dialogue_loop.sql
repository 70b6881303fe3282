CREATE TABLE "agreements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kommune_id" text NOT NULL,
	"case_id" uuid NOT NULL,
	"what" text NOT NULL,
	"owner_type" text NOT NULL,
	"owner_user_id" uuid,
	"due_on" date NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"reminded_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"completed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "contact_attempts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kommune_id" text NOT NULL,
	"case_id" uuid NOT NULL,
	"actor_id" uuid,
	"at" timestamp with time zone NOT NULL,
	"channel" text NOT NULL,
	"result" text NOT NULL,
	"note" text,
	"letter_reason" text
);
--> statement-breakpoint
CREATE TABLE "conversations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kommune_id" text NOT NULL,
	"case_id" uuid NOT NULL,
	"actor_id" uuid,
	"started_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"ended_at" timestamp with time zone,
	"duration_seconds" integer DEFAULT 0 NOT NULL,
	"current_phase" text NOT NULL,
	"notes" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"root_cause" text,
	"secondary_causes" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
DROP INDEX "case_events_case";--> statement-breakpoint
ALTER TABLE "case_events" ADD COLUMN "seq" bigserial NOT NULL;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "reassessment_due" date;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "root_cause" text;--> statement-breakpoint
ALTER TABLE "citizens" ADD COLUMN "contact_verified" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "agreements" ADD CONSTRAINT "agreements_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreements" ADD CONSTRAINT "agreements_owner_user_id_users_id_fk" FOREIGN KEY ("owner_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreements" ADD CONSTRAINT "agreements_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contact_attempts" ADD CONSTRAINT "contact_attempts_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contact_attempts" ADD CONSTRAINT "contact_attempts_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conversations" ADD CONSTRAINT "conversations_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conversations" ADD CONSTRAINT "conversations_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "agreements_due" ON "agreements" USING btree ("status","due_on");--> statement-breakpoint
CREATE INDEX "contact_attempts_case" ON "contact_attempts" USING btree ("case_id","at");--> statement-breakpoint
CREATE UNIQUE INDEX "conversations_case" ON "conversations" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "citizens_phone" ON "citizens" USING btree ("kommune_id","phone");--> statement-breakpoint
CREATE INDEX "citizens_email" ON "citizens" USING btree ("kommune_id","email");--> statement-breakpoint
CREATE INDEX "case_events_case" ON "case_events" USING btree ("case_id","at","seq");