-- Participation: a published answer to a theme can be corrected while the process is open. The theme keeps when
-- it was last corrected (shown publicly), and every earlier wording is kept as a revision with who replaced it.
ALTER TABLE "participation_groups" ADD COLUMN "answer_changed_at" timestamp with time zone;
--> statement-breakpoint
CREATE TABLE "participation_answer_revisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kommune_id" text NOT NULL,
	"group_id" uuid NOT NULL REFERENCES "participation_groups"("id"),
	"outcome" text NOT NULL,
	"answer" text NOT NULL,
	"ask_whom" text,
	"published_at" timestamp with time zone NOT NULL,
	"replaced_at" timestamp with time zone NOT NULL,
	"replaced_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "participation_answer_revisions_group" ON "participation_answer_revisions" USING btree ("group_id","replaced_at");
