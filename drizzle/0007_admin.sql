ALTER TABLE "kommuner" ADD COLUMN "retention_months" smallint DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE TABLE "contact_points" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kommune_id" text NOT NULL,
	"department_id" uuid,
	"area_id" uuid,
	"phone" text,
	"opening_hours" text,
	"address" text,
	"email" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "contact_points_one_target" CHECK (("department_id" IS NULL) <> ("area_id" IS NULL))
);
--> statement-breakpoint
ALTER TABLE "contact_points" ADD CONSTRAINT "contact_points_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contact_points" ADD CONSTRAINT "contact_points_area_id_areas_id_fk" FOREIGN KEY ("area_id") REFERENCES "public"."areas"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "contact_points_department" ON "contact_points" USING btree ("department_id") WHERE department_id IS NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "contact_points_area" ON "contact_points" USING btree ("area_id") WHERE area_id IS NOT NULL;--> statement-breakpoint
CREATE INDEX "contact_points_kommune" ON "contact_points" USING btree ("kommune_id");
