-- Learning: a course (forløb) groups the training register's sessions (kick-off, training days, evaluation days,
-- introductions). A course belongs to one department, or to the whole kommune (department_id null); its
-- sessions belong to the course's department. The sessions already registered are moved into one course per
-- department (and one kommune-wide course for the kommune-wide sessions).
CREATE TABLE "training_courses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kommune_id" text NOT NULL,
	"department_id" uuid REFERENCES "departments"("id"),
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"created_by" uuid REFERENCES "users"("id"),
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "training_courses_kommune" ON "training_courses" USING btree ("kommune_id","department_id");
--> statement-breakpoint
ALTER TABLE "training_sessions" ADD COLUMN "course_id" uuid REFERENCES "training_courses"("id") ON DELETE CASCADE;
--> statement-breakpoint
INSERT INTO "training_courses" ("kommune_id", "department_id", "title", "created_at")
SELECT s.kommune_id, s.department_id,
       CASE WHEN d.name IS NULL THEN 'Forløb i metoden – hele kommunen' ELSE 'Forløb i metoden – ' || d.name END,
       min(s.created_at)
  FROM "training_sessions" s LEFT JOIN "departments" d ON d.id = s.department_id
 GROUP BY s.kommune_id, s.department_id, d.name;
--> statement-breakpoint
UPDATE "training_sessions" s SET "course_id" = c.id
  FROM "training_courses" c
 WHERE c.kommune_id = s.kommune_id AND c.department_id IS NOT DISTINCT FROM s.department_id;
--> statement-breakpoint
ALTER TABLE "training_sessions" ALTER COLUMN "course_id" SET NOT NULL;
--> statement-breakpoint
CREATE INDEX "training_sessions_course" ON "training_sessions" USING btree ("course_id","held_on");
