-- Participation (borgerinddragelse): processes with their room for influence, citizens' contributions, the
-- themes they are grouped into and the kommune's answer to each theme.
CREATE TABLE "participation_processes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kommune_id" text NOT NULL,
	"department_id" uuid,
	"owner_id" uuid,
	"area" text,
	"title" text NOT NULL,
	"question" text NOT NULL,
	"influence" text NOT NULL,
	"decided" text NOT NULL,
	"channels" text DEFAULT 'online' NOT NULL,
	"phases" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"hearing_ends_on" date NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"opened_at" timestamp with time zone,
	"closed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE INDEX "participation_processes_kommune" ON "participation_processes" USING btree ("kommune_id","status");
--> statement-breakpoint
CREATE TABLE "participation_groups" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kommune_id" text NOT NULL,
	"process_id" uuid NOT NULL REFERENCES "participation_processes"("id"),
	"title" text NOT NULL,
	"outcome" text,
	"answer" text,
	"ask_whom" text,
	"answered_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "participation_groups_process" ON "participation_groups" USING btree ("process_id");
--> statement-breakpoint
CREATE TABLE "participation_contributions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kommune_id" text NOT NULL,
	"process_id" uuid NOT NULL REFERENCES "participation_processes"("id"),
	"group_id" uuid REFERENCES "participation_groups"("id"),
	"source" text DEFAULT 'online' NOT NULL,
	"text" text NOT NULL,
	"name" text,
	"email" text,
	"phone" text,
	"locale" text DEFAULT 'da' NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"moderation_reason" text,
	"registered_by" uuid,
	"notified_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "participation_contributions_process" ON "participation_contributions" USING btree ("process_id","status");
