-- Reception (borgerservice): service types a citizen can book, their slots with a capacity per desk or room,
-- bookings, and the visits of the front desk's queue (arrival → called → done) that waiting time is measured on.
CREATE TABLE "reception_service_types" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kommune_id" text NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"name_en" text NOT NULL,
	"bring" text DEFAULT '' NOT NULL,
	"bring_en" text DEFAULT '' NOT NULL,
	"ticket_prefix" text DEFAULT 'A' NOT NULL,
	"duration_minutes" integer DEFAULT 15 NOT NULL,
	"opens_minute" integer DEFAULT 540 NOT NULL,
	"closes_minute" integer DEFAULT 900 NOT NULL,
	"reminder_hours" integer DEFAULT 24 NOT NULL,
	"wait_goal_minutes" integer DEFAULT 15 NOT NULL,
	"bookable_online" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "reception_service_types_hours" CHECK ("opens_minute" >= 0 AND "closes_minute" <= 1440 AND "opens_minute" < "closes_minute"),
	CONSTRAINT "reception_service_types_reminder" CHECK ("reminder_hours" >= 0 AND "reminder_hours" <= 336)
);
--> statement-breakpoint
CREATE UNIQUE INDEX "reception_service_types_code" ON "reception_service_types" USING btree ("kommune_id","code");--> statement-breakpoint
CREATE TABLE "reception_slots" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kommune_id" text NOT NULL,
	"service_type_id" uuid NOT NULL REFERENCES "reception_service_types"("id"),
	"place" text NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"capacity" integer NOT NULL,
	"booked" integer DEFAULT 0 NOT NULL,
	-- The database refuses the booking beyond capacity, whatever the application does (no double booking).
	CONSTRAINT "reception_slots_capacity" CHECK ("booked" >= 0 AND "booked" <= "capacity")
);
--> statement-breakpoint
CREATE UNIQUE INDEX "reception_slots_place_time" ON "reception_slots" USING btree ("kommune_id","service_type_id","place","starts_at");--> statement-breakpoint
CREATE INDEX "reception_slots_time" ON "reception_slots" USING btree ("kommune_id","service_type_id","starts_at");--> statement-breakpoint
CREATE TABLE "reception_bookings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kommune_id" text NOT NULL,
	"slot_id" uuid NOT NULL REFERENCES "reception_slots"("id"),
	"code" text NOT NULL,
	"manage_token_hash" text NOT NULL,
	"status" text DEFAULT 'booked' NOT NULL,
	"name" text NOT NULL,
	"phone" text,
	"email" text,
	"locale" text DEFAULT 'da' NOT NULL,
	"case_id" uuid,
	"citizen_id" uuid,
	"support_needs" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"booked_by" uuid,
	"idempotency_key" text,
	"reminder_queued_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"cancelled_at" timestamp with time zone,
	CONSTRAINT "reception_bookings_status" CHECK ("status" IN ('booked', 'cancelled'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX "reception_bookings_code" ON "reception_bookings" USING btree ("kommune_id","code");--> statement-breakpoint
CREATE UNIQUE INDEX "reception_bookings_token" ON "reception_bookings" USING btree ("manage_token_hash");--> statement-breakpoint
CREATE UNIQUE INDEX "reception_bookings_idempotency" ON "reception_bookings" USING btree ("kommune_id","idempotency_key");--> statement-breakpoint
CREATE INDEX "reception_bookings_slot" ON "reception_bookings" USING btree ("slot_id");--> statement-breakpoint
CREATE INDEX "reception_bookings_reminder" ON "reception_bookings" USING btree ("kommune_id") WHERE "status" = 'booked' AND "reminder_queued_at" IS NULL;--> statement-breakpoint
CREATE TABLE "reception_visits" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kommune_id" text NOT NULL,
	"service_type_id" uuid NOT NULL REFERENCES "reception_service_types"("id"),
	"booking_id" uuid REFERENCES "reception_bookings"("id"),
	"day" date NOT NULL,
	"seq" integer NOT NULL,
	"ticket" text NOT NULL,
	"arrived_at" timestamp with time zone NOT NULL,
	"called_at" timestamp with time zone,
	"desk" text,
	"called_by" uuid,
	"done_at" timestamp with time zone,
	"handover_note" text,
	"handover_to" uuid,
	CONSTRAINT "reception_visits_order" CHECK (("called_at" IS NULL OR "called_at" >= "arrived_at") AND ("done_at" IS NULL OR ("called_at" IS NOT NULL AND "done_at" >= "called_at")))
);
--> statement-breakpoint
CREATE UNIQUE INDEX "reception_visits_ticket" ON "reception_visits" USING btree ("kommune_id","day","seq");--> statement-breakpoint
CREATE UNIQUE INDEX "reception_visits_booking" ON "reception_visits" USING btree ("booking_id");--> statement-breakpoint
CREATE INDEX "reception_visits_waiting" ON "reception_visits" USING btree ("kommune_id","day") WHERE "called_at" IS NULL;
