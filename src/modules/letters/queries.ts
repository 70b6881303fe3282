// The letters module's SQL: templates, settings, letters on a case and the development Digital Post outbox.
// Every statement runs on PGlite and PostgreSQL alike.
import { and, asc, desc, eq, isNull, sql } from 'drizzle-orm';
import type { Database, SqlRunner } from '../../adapters/db/client.js';
import { areas, kommuner, users } from '../../adapters/db/schema.js';
import type { LetterSection } from '../../core/letters.js';
import type { OfficialesePhrase } from '../../core/plain-language.js';
import { cases } from '../cases/tables.js';
import { citizens } from '../citizens/tables.js';
import { digitalPostDevOutbox, letterSettings, letters, letterTemplates } from './tables.js';

/** What a template's placeholders are filled from, and what sending needs to know about the case. */
export interface CaseFacts {
  kommuneName: string;
  citizenName: string;
  cprEncrypted: string | null;
  /** The citizen's e-mail address, when they gave one: a letter may then go by e-mail. */
  citizenEmail: string | null;
  areaId: string;
  areaName: string;
  receivedOn: string;
  decisionDate: string | null;
  decisionReference: string | null;
  assigneeName: string | null;
  anonymised: boolean;
}

export async function caseFacts(db: Database, caseId: string): Promise<CaseFacts | null> {
  const [row] = await db
    .select({
      kommuneName: kommuner.name,
      citizenName: citizens.name,
      cprEncrypted: citizens.cprEncrypted,
      citizenEmail: citizens.email,
      areaId: cases.areaId,
      areaName: areas.name,
      receivedOn: cases.receivedOn,
      decisionDate: cases.decisionDate,
      decisionReference: cases.decisionReference,
      assigneeName: users.name,
      anonymisedAt: cases.anonymisedAt,
    })
    .from(cases)
    .innerJoin(citizens, eq(citizens.id, cases.citizenId))
    .innerJoin(areas, eq(areas.id, cases.areaId))
    .innerJoin(kommuner, eq(kommuner.kommuneId, cases.kommuneId))
    .leftJoin(users, eq(users.id, cases.assigneeId))
    .where(eq(cases.id, caseId));
  if (!row) return null;
  const { anonymisedAt, ...rest } = row;
  return { ...rest, anonymised: anonymisedAt !== null };
}

// --- settings ---

export interface LetterSettings {
  lixLimit: number;
  officialese: OfficialesePhrase[];
}

export async function findSettings(db: Database, kommuneId: string): Promise<LetterSettings | null> {
  const [row] = await db
    .select({ lixLimit: letterSettings.lixLimit, officialese: letterSettings.officialese })
    .from(letterSettings)
    .where(eq(letterSettings.kommuneId, kommuneId));
  return row ?? null;
}

export async function saveSettings(db: Database, kommuneId: string, s: LetterSettings, at: Date) {
  await db
    .insert(letterSettings)
    .values({ kommuneId, lixLimit: s.lixLimit, officialese: s.officialese, updatedAt: at })
    .onConflictDoUpdate({
      target: letterSettings.kommuneId,
      set: { lixLimit: s.lixLimit, officialese: s.officialese, updatedAt: at },
    });
}

// --- templates ---

export interface TemplateRow {
  id: string;
  kind: string;
  areaId: string | null;
  areaCode: string | null;
  areaName: string | null;
  title: string;
  sections: LetterSection[];
  updatedAt: Date;
}

const templateColumns = {
  id: letterTemplates.id,
  kind: letterTemplates.kind,
  areaId: letterTemplates.areaId,
  areaCode: areas.code,
  areaName: areas.name,
  title: letterTemplates.title,
  sections: letterTemplates.sections,
  updatedAt: letterTemplates.updatedAt,
};

export async function listTemplates(db: Database, kommuneId: string): Promise<TemplateRow[]> {
  return db
    .select(templateColumns)
    .from(letterTemplates)
    .leftJoin(areas, eq(areas.id, letterTemplates.areaId))
    .where(eq(letterTemplates.kommuneId, kommuneId))
    .orderBy(asc(letterTemplates.kind), sql`${areas.name} NULLS FIRST`);
}

/** The kommune's template for the kind: the area's own if it has one, else the one for every area. */
export async function templateFor(
  db: Database,
  kommuneId: string,
  kind: string,
  areaId: string,
): Promise<TemplateRow | null> {
  const rows = await db
    .select(templateColumns)
    .from(letterTemplates)
    .leftJoin(areas, eq(areas.id, letterTemplates.areaId))
    .where(
      and(
        eq(letterTemplates.kommuneId, kommuneId),
        eq(letterTemplates.kind, kind),
        sql`(${letterTemplates.areaId} = ${areaId} OR ${letterTemplates.areaId} IS NULL)`,
      ),
    )
    .orderBy(sql`${letterTemplates.areaId} NULLS LAST`)
    .limit(1);
  return rows[0] ?? null;
}

export async function findArea(db: Database, kommuneId: string, code: string) {
  const [row] = await db
    .select({ id: areas.id, name: areas.name })
    .from(areas)
    .where(and(eq(areas.kommuneId, kommuneId), eq(areas.code, code)));
  return row ?? null;
}

/** Writes the kommune's template for a kind and area (null: every area), replacing the one there was. */
export async function saveTemplate(
  db: Database,
  v: { kommuneId: string; kind: string; areaId: string | null; title: string; sections: LetterSection[] },
  actorId: string,
  at: Date,
): Promise<string> {
  const scope = and(
    eq(letterTemplates.kommuneId, v.kommuneId),
    eq(letterTemplates.kind, v.kind),
    v.areaId ? eq(letterTemplates.areaId, v.areaId) : isNull(letterTemplates.areaId),
  );
  const updated = await db
    .update(letterTemplates)
    .set({ title: v.title, sections: v.sections, updatedBy: actorId, updatedAt: at })
    .where(scope)
    .returning({ id: letterTemplates.id });
  if (updated[0]) return updated[0].id;
  const [row] = await db
    .insert(letterTemplates)
    .values({ ...v, updatedBy: actorId, updatedAt: at })
    .returning({ id: letterTemplates.id });
  return row!.id;
}

// --- letters ---

export interface LetterRow {
  id: string;
  number: number;
  kind: string;
  title: string;
  sections: LetterSection[];
  status: string;
  createdAt: Date;
  updatedAt: Date;
  sentAt: Date | null;
  sentByName: string | null;
  channel: string | null;
  contentHash: string | null;
  lix: number | null;
}

const letterColumns = {
  id: letters.id,
  number: letters.number,
  kind: letters.kind,
  title: letters.title,
  sections: letters.sections,
  status: letters.status,
  createdAt: letters.createdAt,
  updatedAt: letters.updatedAt,
  sentAt: letters.sentAt,
  sentByName: users.name,
  channel: letters.channel,
  contentHash: letters.contentHash,
  lix: letters.lix,
};

export async function listLetters(db: Database, caseId: string): Promise<LetterRow[]> {
  return db
    .select(letterColumns)
    .from(letters)
    .leftJoin(users, eq(users.id, letters.sentBy))
    .where(eq(letters.caseId, caseId))
    .orderBy(desc(letters.number));
}

export async function findLetter(db: Database, caseId: string, number: number): Promise<LetterRow | null> {
  const [row] = await db
    .select(letterColumns)
    .from(letters)
    .leftJoin(users, eq(users.id, letters.sentBy))
    .where(and(eq(letters.caseId, caseId), eq(letters.number, number)));
  return row ?? null;
}

/** The PDF kept for a sent letter (base64), or null for a draft. */
export async function sentPdf(db: Database, caseId: string, number: number): Promise<string | null> {
  const [row] = await db
    .select({ pdf: letters.pdf })
    .from(letters)
    .where(and(eq(letters.caseId, caseId), eq(letters.number, number), eq(letters.status, 'sent')));
  return row?.pdf ?? null;
}

/** A new draft, numbered next on its case (the unique index refuses a number taken at the same moment). */
export async function insertDraft(
  db: Database,
  v: { kommuneId: string; caseId: string; kind: string; title: string; sections: LetterSection[] },
  actorId: string,
  at: Date,
): Promise<number> {
  const [row] = await db
    .insert(letters)
    .values({
      ...v,
      number: sql`(SELECT COALESCE(MAX(number), 0) + 1 FROM letters WHERE case_id = ${v.caseId})`,
      createdBy: actorId,
      createdAt: at,
      updatedAt: at,
    })
    .returning({ number: letters.number });
  return row!.number;
}

/** Changes a draft; a sent letter is never changed (false). */
export async function updateDraft(
  db: Database,
  caseId: string,
  number: number,
  v: { title: string; sections: LetterSection[] },
  at: Date,
): Promise<boolean> {
  const rows = await db
    .update(letters)
    .set({ title: v.title, sections: v.sections, updatedAt: at })
    .where(and(eq(letters.caseId, caseId), eq(letters.number, number), eq(letters.status, 'draft')))
    .returning({ id: letters.id });
  return rows.length > 0;
}

/** Marks a draft sent, with what was sent; false when it was sent meanwhile. */
export async function markSent(
  db: Database,
  letterId: string,
  v: { at: Date; actorId: string; channel: string; contentHash: string; pdf: string; lix: number },
): Promise<boolean> {
  const rows = await db
    .update(letters)
    .set({
      status: 'sent',
      sentAt: v.at,
      sentBy: v.actorId,
      channel: v.channel,
      contentHash: v.contentHash,
      pdf: v.pdf,
      lix: v.lix,
      updatedAt: v.at,
    })
    .where(and(eq(letters.id, letterId), eq(letters.status, 'draft')))
    .returning({ id: letters.id });
  return rows.length > 0;
}

export async function sentLetters(db: Database, caseId: string) {
  return db
    .select({
      number: letters.number,
      title: letters.title,
      sections: letters.sections,
      sentAt: letters.sentAt,
    })
    .from(letters)
    .where(and(eq(letters.caseId, caseId), eq(letters.status, 'sent')))
    .orderBy(asc(letters.sentAt), asc(letters.number));
}

// --- the development Digital Post outbox ---

export async function recordDevLetter(
  db: Database,
  v: {
    kommuneId: string;
    caseId: string;
    letterId: string;
    recipientName: string;
    recipientCprMasked: string;
    subject: string;
    pdf: string;
    at: Date;
  },
): Promise<string> {
  const [row] = await db.insert(digitalPostDevOutbox).values(v).returning({ id: digitalPostDevOutbox.id });
  return row!.id;
}

export async function listDevOutbox(db: Database, kommuneId: string, limit = 100) {
  return db
    .select({
      id: digitalPostDevOutbox.id,
      at: digitalPostDevOutbox.at,
      recipientName: digitalPostDevOutbox.recipientName,
      recipientCprMasked: digitalPostDevOutbox.recipientCprMasked,
      subject: digitalPostDevOutbox.subject,
      caseNumber: cases.number,
      letterNumber: letters.number,
      pdfBytes: sql<number>`length(${digitalPostDevOutbox.pdf})`,
    })
    .from(digitalPostDevOutbox)
    .innerJoin(cases, eq(cases.id, digitalPostDevOutbox.caseId))
    .innerJoin(letters, eq(letters.id, digitalPostDevOutbox.letterId))
    .where(eq(digitalPostDevOutbox.kommuneId, kommuneId))
    .orderBy(desc(digitalPostDevOutbox.at))
    .limit(limit);
}

export async function devOutboxPdf(db: Database, kommuneId: string, id: string): Promise<string | null> {
  const [row] = await db
    .select({ pdf: digitalPostDevOutbox.pdf })
    .from(digitalPostDevOutbox)
    .where(and(eq(digitalPostDevOutbox.kommuneId, kommuneId), eq(digitalPostDevOutbox.id, id)));
  return row?.pdf ?? null;
}

/**
 * Anonymisation (retention, erasure): a letter's content goes — its title, the text of every section, the PDF
 * and the hash of what was sent — and so does what the development Digital Post outbox was given. The number,
 * kind, status, dates, channel, LIX and the sections' keys and headings stay for the statistics. Raw SQL in the
 * anonymisation's own transaction.
 */
export async function anonymiseLetters(sql: SqlRunner, caseIds: readonly string[]): Promise<void> {
  const ids = [...caseIds];
  await sql(
    `UPDATE letters
        SET title = '', pdf = NULL, content_hash = NULL,
            sections = (SELECT coalesce(jsonb_agg(s || '{"heading": "", "body": ""}'::jsonb ORDER BY n), '[]'::jsonb)
                          FROM jsonb_array_elements(sections) WITH ORDINALITY AS e(s, n))
      WHERE case_id = ANY($1::uuid[])`,
    [ids],
  );
  await sql(
    `UPDATE digital_post_dev_outbox SET recipient_name = '', recipient_cpr_masked = NULL, subject = '', pdf = ''
      WHERE case_id = ANY($1::uuid[])`,
    [ids],
  );
}
