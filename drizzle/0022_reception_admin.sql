-- Reception administration: a service type can be deactivated (no longer offered, no new slots), has a
-- capacity per desk or room and the desks and rooms it is served at, and opening hours per weekday, from which
-- its slots are planned. The one opening and closing time of a service type gives way to the weekly hours.
ALTER TABLE "reception_service_types" ADD COLUMN "active" boolean DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE "reception_service_types" ADD COLUMN "capacity" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "reception_service_types" ADD COLUMN "places" text[] DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE "reception_service_types" ADD CONSTRAINT "reception_service_types_capacity" CHECK ("capacity" >= 1 AND "capacity" <= 50);--> statement-breakpoint
CREATE TABLE "reception_opening_hours" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kommune_id" text NOT NULL,
	"service_type_id" uuid NOT NULL REFERENCES "reception_service_types"("id") ON DELETE CASCADE,
	"weekday" integer NOT NULL,
	"opens_minute" integer NOT NULL,
	"closes_minute" integer NOT NULL,
	CONSTRAINT "reception_opening_hours_weekday" CHECK ("weekday" >= 1 AND "weekday" <= 7),
	CONSTRAINT "reception_opening_hours_range" CHECK ("opens_minute" >= 0 AND "closes_minute" <= 1440 AND "opens_minute" < "closes_minute")
);
--> statement-breakpoint
CREATE UNIQUE INDEX "reception_opening_hours_day" ON "reception_opening_hours" USING btree ("service_type_id","weekday");--> statement-breakpoint
-- Existing service types keep what they had: open Monday to Friday at their hours, at the desks and rooms
-- their slots use, with the largest capacity they were given.
INSERT INTO "reception_opening_hours" ("kommune_id", "service_type_id", "weekday", "opens_minute", "closes_minute")
SELECT t."kommune_id", t."id", d.weekday, t."opens_minute", t."closes_minute"
  FROM "reception_service_types" t CROSS JOIN generate_series(1, 5) AS d(weekday);--> statement-breakpoint
UPDATE "reception_service_types" t
   SET "places" = COALESCE((SELECT array_agg(DISTINCT s."place" ORDER BY s."place") FROM "reception_slots" s WHERE s."service_type_id" = t."id"), '{}'),
       "capacity" = LEAST(50, COALESCE((SELECT max(s."capacity") FROM "reception_slots" s WHERE s."service_type_id" = t."id"), 1));--> statement-breakpoint
ALTER TABLE "reception_service_types" DROP CONSTRAINT "reception_service_types_hours";--> statement-breakpoint
ALTER TABLE "reception_service_types" DROP COLUMN "opens_minute";--> statement-breakpoint
ALTER TABLE "reception_service_types" DROP COLUMN "closes_minute";
