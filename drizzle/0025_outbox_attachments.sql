-- Messaging: a mail may carry files (a letter's PDF sent by e-mail). The outbox keeps them as they were when the
-- row was written; the dev mailbox keeps what it caught, with each file's size and sha-256. Both are emptied when
-- the case is anonymised, like the rest of the row.
ALTER TABLE "outbox" ADD COLUMN "attachments" jsonb;
--> statement-breakpoint
ALTER TABLE "dev_mailbox" ADD COLUMN "attachments" jsonb;
