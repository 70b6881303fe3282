-- The kommune's data protection officer (databeskyttelsesrådgiver), named in the information the citizen gets
-- on the form (GDPR art. 13(1)(b)). Null until the kommune sets it; the form then points to the kommune itself.
ALTER TABLE "kommuner" ADD COLUMN "dpo_email" text;
