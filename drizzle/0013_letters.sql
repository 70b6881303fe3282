-- Letters (breve): templates per kommune, kind and area; the kommune's plain-language settings (LIX limit,
-- officialese list); the letters on a case, kept as sent; and the development Digital Post outbox.
CREATE TABLE "letter_templates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kommune_id" text NOT NULL,
	"kind" text NOT NULL,
	"area_id" uuid,
	"title" text NOT NULL,
	"sections" jsonb NOT NULL,
	"updated_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "letter_settings" (
	"kommune_id" text PRIMARY KEY NOT NULL,
	"lix_limit" smallint DEFAULT 40 NOT NULL,
	"officialese" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "letters" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kommune_id" text NOT NULL,
	"case_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"sections" jsonb NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_at" timestamp with time zone,
	"sent_by" uuid,
	"channel" text,
	"content_hash" text,
	"pdf" text,
	"lix" smallint
);
--> statement-breakpoint
CREATE TABLE "digital_post_dev_outbox" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kommune_id" text NOT NULL,
	"case_id" uuid NOT NULL,
	"letter_id" uuid NOT NULL,
	"recipient_name" text NOT NULL,
	"recipient_cpr_masked" text,
	"subject" text NOT NULL,
	"pdf" text NOT NULL,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "letter_templates" ADD CONSTRAINT "letter_templates_area_id_areas_id_fk" FOREIGN KEY ("area_id") REFERENCES "public"."areas"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "letter_templates" ADD CONSTRAINT "letter_templates_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "letters" ADD CONSTRAINT "letters_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "letters" ADD CONSTRAINT "letters_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "letters" ADD CONSTRAINT "letters_sent_by_users_id_fk" FOREIGN KEY ("sent_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "digital_post_dev_outbox" ADD CONSTRAINT "digital_post_dev_outbox_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "digital_post_dev_outbox" ADD CONSTRAINT "digital_post_dev_outbox_letter_id_letters_id_fk" FOREIGN KEY ("letter_id") REFERENCES "public"."letters"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "letter_templates_area" ON "letter_templates" USING btree ("kommune_id","kind","area_id") WHERE area_id IS NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "letter_templates_default" ON "letter_templates" USING btree ("kommune_id","kind") WHERE area_id IS NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "letters_case_number" ON "letters" USING btree ("case_id","number");--> statement-breakpoint
CREATE INDEX "letters_sent" ON "letters" USING btree ("kommune_id","sent_at");--> statement-breakpoint
CREATE INDEX "digital_post_dev_outbox_at" ON "digital_post_dev_outbox" USING btree ("kommune_id","at");
