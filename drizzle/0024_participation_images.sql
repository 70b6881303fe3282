-- Participation: an optional image attached to a citizen's contribution (JPEG or PNG, at most 5 MB), stored with
-- its metadata (EXIF, text chunks) stripped. Shown publicly only once the contribution is approved.
CREATE TABLE "participation_images" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kommune_id" text NOT NULL,
	"contribution_id" uuid NOT NULL REFERENCES "participation_contributions"("id"),
	"content_type" text NOT NULL,
	"bytes" bytea NOT NULL,
	"size" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "participation_images_contribution" ON "participation_images" USING btree ("contribution_id");
