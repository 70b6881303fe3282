ALTER TABLE "insight_monthly" ADD COLUMN "answer_settled" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "insight_monthly" ADD COLUMN "answer_on_time" integer DEFAULT 0 NOT NULL;
