CREATE TABLE "learning_cases" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kommune_id" text NOT NULL,
	"case_id" uuid REFERENCES "cases"("id"),
	"department_id" uuid NOT NULL REFERENCES "departments"("id"),
	"area_id" uuid REFERENCES "areas"("id"),
	"author_id" uuid NOT NULL REFERENCES "users"("id"),
	"status" text DEFAULT 'draft' NOT NULL,
	"title" text DEFAULT '' NOT NULL,
	"happened" text DEFAULT '' NOT NULL,
	"worked" text DEFAULT '' NOT NULL,
	"differently" text DEFAULT '' NOT NULL,
	"techniques" text[] DEFAULT '{}' NOT NULL,
	"root_cause" text,
	"outcome" text,
	"names" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"kept" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"added" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"search" tsvector,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"published_at" timestamp with time zone
);--> statement-breakpoint
CREATE INDEX "learning_cases_search" ON "learning_cases" USING gin ("search") WHERE status = 'published';--> statement-breakpoint
CREATE INDEX "learning_cases_published" ON "learning_cases" USING btree ("kommune_id","published_at") WHERE status = 'published';--> statement-breakpoint
CREATE INDEX "learning_cases_author" ON "learning_cases" USING btree ("kommune_id","author_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "learning_cases_one_per_case" ON "learning_cases" USING btree ("case_id");--> statement-breakpoint
CREATE TABLE "feedback_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kommune_id" text NOT NULL,
	"case_id" uuid NOT NULL REFERENCES "cases"("id"),
	"requester_id" uuid NOT NULL REFERENCES "users"("id"),
	"reviewer_id" uuid NOT NULL REFERENCES "users"("id"),
	"question" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"what_worked" text,
	"try_next" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"answered_at" timestamp with time zone,
	"reminded_at" timestamp with time zone
);--> statement-breakpoint
CREATE INDEX "feedback_requests_requester" ON "feedback_requests" USING btree ("kommune_id","requester_id","created_at");--> statement-breakpoint
CREATE INDEX "feedback_requests_reviewer" ON "feedback_requests" USING btree ("kommune_id","reviewer_id","status");--> statement-breakpoint
CREATE INDEX "feedback_requests_open" ON "feedback_requests" USING btree ("created_at") WHERE status = 'open' AND reminded_at IS NULL;
--> statement-breakpoint
CREATE TABLE "training_settings" (
	"kommune_id" text PRIMARY KEY NOT NULL,
	"introduction_weeks" smallint DEFAULT 6 NOT NULL
);--> statement-breakpoint
CREATE TABLE "training_sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kommune_id" text NOT NULL,
	"department_id" uuid REFERENCES "departments"("id"),
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"held_on" date NOT NULL,
	"created_by" uuid REFERENCES "users"("id"),
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);--> statement-breakpoint
CREATE INDEX "training_sessions_kommune" ON "training_sessions" USING btree ("kommune_id","held_on");--> statement-breakpoint
CREATE TABLE "training_participants" (
	"session_id" uuid NOT NULL REFERENCES "training_sessions"("id") ON DELETE CASCADE,
	"user_id" uuid NOT NULL REFERENCES "users"("id"),
	"kommune_id" text NOT NULL,
	"attended" boolean,
	CONSTRAINT "training_participants_pk" PRIMARY KEY("session_id","user_id")
);--> statement-breakpoint
CREATE INDEX "training_participants_user" ON "training_participants" USING btree ("kommune_id","user_id");--> statement-breakpoint
CREATE TABLE "buddy_pairs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kommune_id" text NOT NULL,
	"user_a" uuid NOT NULL REFERENCES "users"("id"),
	"user_b" uuid NOT NULL REFERENCES "users"("id"),
	"session_id" uuid REFERENCES "training_sessions"("id") ON DELETE SET NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);--> statement-breakpoint
CREATE INDEX "buddy_pairs_kommune" ON "buddy_pairs" USING btree ("kommune_id");--> statement-breakpoint
CREATE TABLE "action_plans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kommune_id" text NOT NULL,
	"user_id" uuid NOT NULL REFERENCES "users"("id"),
	"session_id" uuid REFERENCES "training_sessions"("id") ON DELETE SET NULL,
	"goal" text NOT NULL,
	"follow_up_on" date NOT NULL,
	"followed_up_at" timestamp with time zone,
	"reminded_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);--> statement-breakpoint
CREATE INDEX "action_plans_due" ON "action_plans" USING btree ("follow_up_on") WHERE followed_up_at IS NULL AND reminded_at IS NULL;--> statement-breakpoint
CREATE TABLE "introduction_flags" (
	"user_id" uuid PRIMARY KEY NOT NULL REFERENCES "users"("id"),
	"kommune_id" text NOT NULL,
	"lead_id" uuid REFERENCES "users"("id"),
	"flagged_at" timestamp with time zone NOT NULL
);
