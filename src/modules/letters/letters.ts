// Letters on a case: a draft made from the kommune's template with the case's facts filled in, edited, previewed
// as the PDF the citizen gets, and sent through Digital Post or, when the citizen has given an e-mail address, by
// e-mail through the outbox with the PDF attached. A sent letter is kept as sent — its content, the
// hash of it and the PDF itself — is never changed, and is on the case timeline; the citizen's tracking page
// says a letter was sent and when (not what it says).
import { createHash } from 'node:crypto';
import type { Database } from '../../adapters/db/client.js';
import { type DigitalPostTransport, devDigitalPost } from '../../adapters/digital-post.js';
import { formatDateLong, isValidIsoDate, localDate } from '../../core/calendar.js';
import {
  fillPlaceholders,
  type LetterKind,
  type LetterSection,
  openPlaceholders,
  type Placeholder,
  paragraphsOf,
  sectionOrderError,
} from '../../core/letters.js';
import { lix } from '../../core/lix.js';
import { CATALOG } from '../../i18n/catalog.js';
import { translator } from '../../i18n/index.js';
import type { AppContext } from '../../platform/context.js';
import { decryptSecret } from '../../platform/crypto.js';
import { badRequest, conflict, HttpError, notFound } from '../../platform/errors.js';
import { renderPdf } from '../../platform/pdf.js';
import { appendEvents, type CaseRef, event } from '../cases/index.js';
import { listAttempts } from '../dialogue/index.js';
import { messaging } from '../messaging/index.js';
import { letterText } from './analysis.js';
import {
  type CaseFacts,
  caseFacts,
  findLetter,
  findSettings,
  insertDraft,
  type LetterRow,
  type LetterSettings,
  markSent,
  recordDevLetter,
  templateFor,
  updateDraft,
} from './queries.js';
import { DEFAULT_OFFICIALESE, DEFAULT_TEMPLATES } from './seed.js';

export interface LetterView {
  number: number;
  kind: string;
  title: string;
  sections: LetterSection[];
  status: 'draft' | 'sent';
  createdAt: string;
  updatedAt: string;
  sentAt: string | null;
  sentBy: string | null;
  channel: string | null;
  contentHash: string | null;
  lix: number | null;
}

export const toView = (l: LetterRow): LetterView => ({
  number: l.number,
  kind: l.kind,
  title: l.title,
  sections: l.sections,
  status: l.status === 'sent' ? 'sent' : 'draft',
  createdAt: l.createdAt.toISOString(),
  updatedAt: l.updatedAt.toISOString(),
  sentAt: l.sentAt?.toISOString() ?? null,
  sentBy: l.sentByName,
  channel: l.channel,
  contentHash: l.contentHash,
  lix: l.lix,
});

/** Letters are written in Danish (the citizen may ask for help in another language; that is a later step). */
const LETTER_LOCALE = 'da' as const;

/** The kommune's LIX limit and officialese list; a kommune that has set none gets the defaults. */
export async function settingsOf(ctx: AppContext, kommuneId: string): Promise<LetterSettings> {
  return (await findSettings(ctx.db, kommuneId)) ?? { lixLimit: 40, officialese: DEFAULT_OFFICIALESE };
}

/** Whether anyone has reached the citizen by phone or in person on the case (else the composer nudges). */
export async function reachedCall(ctx: AppContext, caseId: string): Promise<boolean> {
  return (await listAttempts(ctx.db, caseId)).some((a) => a.result === 'reached');
}

async function factsOf(ctx: AppContext, c: CaseRef): Promise<CaseFacts> {
  const facts = await caseFacts(ctx.db, c.id);
  if (!facts) throw notFound('letters.error.notFound');
  if (facts.anonymised) throw conflict('anonymised', 'letters.error.anonymised');
  return facts;
}

export interface DraftInput {
  kind: LetterKind;
  /** Fristbrev: why the deadline is not met, and when the citizen can expect the answer. */
  reason?: string;
  expectedOn?: string;
}

export function placeholderValues(
  c: { number: string },
  facts: CaseFacts,
  today: string,
  input: Pick<DraftInput, 'reason' | 'expectedOn'> = {},
): Partial<Record<Placeholder, string | null>> {
  const long = (d: string | null) => (d ? formatDateLong(d, LETTER_LOCALE) : null);
  return {
    citizenName: facts.citizenName,
    caseNumber: c.number,
    receivedOn: long(facts.receivedOn),
    decisionDate: long(facts.decisionDate),
    decisionReference: facts.decisionReference,
    area: facts.areaName.toLowerCase(),
    kommune: facts.kommuneName,
    today: long(today),
    caseworker: facts.assigneeName,
    reason: input.reason?.trim() || null,
    expectedOn: long(input.expectedOn ?? null),
  };
}

/** A new draft from the kommune's template for the kind and the case's area, its placeholders filled. */
export async function createLetter(
  ctx: AppContext,
  actorId: string,
  c: CaseRef,
  input: DraftInput,
): Promise<LetterView> {
  const today = localDate(ctx.now());
  const fields: Record<string, string> = {};
  if (input.expectedOn !== undefined && (!isValidIsoDate(input.expectedOn) || input.expectedOn < today))
    fields.expectedOn = 'letters.error.expectedOn';
  if (input.reason !== undefined && input.reason.length > 500) fields.reason = 'letters.error.reason';
  const [first] = Object.values(fields);
  if (first) throw badRequest(first, fields);
  const facts = await factsOf(ctx, c);
  const template =
    (await templateFor(ctx.db, c.kommuneId, input.kind, facts.areaId)) ?? DEFAULT_TEMPLATES[input.kind];
  const values = placeholderValues(c, facts, today, input);
  const title = fillPlaceholders(template.title, values);
  const sections = template.sections.map((s) => ({
    key: s.key,
    heading: fillPlaceholders(s.heading, values),
    body: fillPlaceholders(s.body, values),
  }));
  const at = ctx.now();
  const number = await insertDraft(
    ctx.db,
    { kommuneId: c.kommuneId, caseId: c.id, kind: input.kind, title, sections },
    actorId,
    at,
  );
  return toView((await findLetter(ctx.db, c.id, number))!);
}

export async function letterOf(ctx: AppContext, c: CaseRef, number: number): Promise<LetterRow> {
  const letter = await findLetter(ctx.db, c.id, number);
  if (!letter) throw notFound('letters.error.notFound');
  return letter;
}

/** Checks a letter's title and sections: the kind's sections, in order, each with a heading and a text. */
export function validateContent(kind: string, title: string, sections: readonly LetterSection[]): void {
  const fields: Record<string, string> = {};
  if (title.trim().length === 0 || title.length > 200) fields.title = 'letters.error.title';
  if (
    sectionOrderError(
      kind as LetterKind,
      sections.map((s) => s.key),
    ) !== null
  )
    fields.sections = 'letters.error.sections';
  for (const [i, s] of sections.entries()) {
    if (s.heading.trim().length === 0) fields[`sections.${i}.heading`] = 'letters.error.heading';
    if (s.body.trim().length === 0) fields[`sections.${i}.body`] = 'letters.error.sectionEmpty';
  }
  const [first] = Object.values(fields);
  if (first) throw badRequest(first, fields);
}

export async function updateLetter(
  ctx: AppContext,
  c: CaseRef,
  number: number,
  input: { title: string; sections: LetterSection[] },
): Promise<LetterView> {
  const letter = await letterOf(ctx, c, number);
  await factsOf(ctx, c);
  if (letter.status === 'sent') throw conflict('sent', 'letters.error.sent');
  validateContent(letter.kind, input.title, input.sections);
  const sections = input.sections.map((s) => ({
    key: s.key,
    heading: s.heading.trim(),
    body: s.body.trim(),
  }));
  if (!(await updateDraft(ctx.db, c.id, number, { title: input.title.trim(), sections }, ctx.now())))
    throw conflict('sent', 'letters.error.sent');
  return toView((await findLetter(ctx.db, c.id, number))!);
}

/** The PDF of a letter's content: the same title and sections as the preview, dated, with the case number. */
export async function letterPdf(
  content: { title: string; sections: readonly LetterSection[] },
  meta: { kommuneName: string; caseNumber: string; date: string; recipient: string },
): Promise<Buffer> {
  const t = translator(CATALOG, LETTER_LOCALE);
  return renderPdf({
    title: content.title,
    lang: 'da-DK',
    author: meta.kommuneName,
    meta: [
      meta.kommuneName,
      t('letters.pdf.to', { name: meta.recipient }),
      t('letters.pdf.date', { date: formatDateLong(meta.date, LETTER_LOCALE) }),
      t('letters.pdf.caseNumber', { caseNumber: meta.caseNumber }),
    ],
    sections: content.sections.map((s) => ({ heading: s.heading, paragraphs: paragraphsOf(s.body) })),
  });
}

/** The PDF as the citizen gets it: a sent letter's kept PDF, or a draft rendered as it would be sent today. */
export async function pdfOf(ctx: AppContext, c: CaseRef, letter: LetterRow, keptPdf: string | null) {
  if (letter.status === 'sent' && keptPdf) return Buffer.from(keptPdf, 'base64');
  const facts = await factsOf(ctx, c);
  return letterPdf(letter, {
    kommuneName: facts.kommuneName,
    caseNumber: c.number,
    date: localDate(ctx.now()),
    recipient: facts.citizenName,
  });
}

/** The hash of what a letter says: title and sections, in order. */
export const contentHash = (content: { title: string; sections: readonly LetterSection[] }) =>
  createHash('sha256')
    .update(JSON.stringify({ title: content.title, sections: content.sections }))
    .digest('hex');

/** The Digital Post transport, writing in the caller's transaction (the real transport is a later step). */
function digitalPost(db: Database, c: CaseRef, letterId: string): DigitalPostTransport {
  return devDigitalPost((letter) =>
    recordDevLetter(db, {
      kommuneId: letter.kommuneId,
      caseId: c.id,
      letterId,
      recipientName: letter.recipient.name,
      recipientCprMasked: letter.recipient.cprMasked,
      subject: letter.subject,
      pdf: Buffer.from(letter.pdf).toString('base64'),
      at: letter.at,
    }),
  );
}

/** How a letter reaches the citizen: their Digital Post mailbox (by CPR), or e-mail with the PDF attached. */
export const SEND_CHANNELS = ['digital_post', 'email'] as const;
export type SendChannel = (typeof SEND_CHANNELS)[number];

/**
 * The channels a letter on this case can go by — Digital Post needs the CPR number, e-mail an address — and the
 * address e-mail would go to.
 */
export async function sendOptions(
  ctx: AppContext,
  c: CaseRef,
): Promise<{ channels: SendChannel[]; email: string | null }> {
  const facts = await caseFacts(ctx.db, c.id);
  if (!facts || facts.anonymised) return { channels: [], email: null };
  const email = facts.citizenEmail?.trim() || null;
  return {
    channels: SEND_CHANNELS.filter((ch) => (ch === 'email' ? email !== null : !!facts.cprEncrypted)),
    email,
  };
}

/** The PDF's file name in the mail: the case number and the letter's number, nothing personal. */
const attachmentName = (caseNumber: string, number: number) => `brev-${caseNumber}-${number}.pdf`;

export async function sendLetter(
  ctx: AppContext,
  actorId: string,
  c: CaseRef,
  number: number,
  channel: SendChannel = 'digital_post',
): Promise<LetterView> {
  const letter = await letterOf(ctx, c, number);
  const facts = await factsOf(ctx, c);
  if (letter.status === 'sent') throw conflict('sent', 'letters.error.sent');
  // Refused before anything is checked or kept: e-mail is offered only when the citizen has given an address.
  const email = facts.citizenEmail?.trim();
  if (channel === 'email' && !email) {
    throw badRequest('letters.error.noEmail', { channel: 'letters.error.noEmail' });
  }
  validateContent(letter.kind, letter.title, letter.sections);
  const open = openPlaceholders(letterText(letter.title, letter.sections));
  if (open.length > 0) {
    const names = open.map((n) => `{{${n}}}`).join(', ');
    throw new HttpError(400, 'validation', 'letters.error.placeholders', undefined, { names });
  }
  if (channel === 'digital_post' && !facts.cprEncrypted) throw conflict('no_cpr', 'letters.error.noCpr');
  const at = ctx.now();
  const content = { title: letter.title, sections: letter.sections };
  const pdf = await letterPdf(content, {
    kommuneName: facts.kommuneName,
    caseNumber: c.number,
    date: localDate(at),
    recipient: facts.citizenName,
  });
  const readability = lix(letterText(letter.title, letter.sections));
  await ctx.db.transaction(async (txRaw) => {
    const tx = txRaw as unknown as Database;
    const kept = pdf.toString('base64');
    const sent = await markSent(tx, letter.id, {
      at,
      actorId,
      channel,
      contentHash: contentHash(content),
      pdf: kept,
      lix: readability.lix,
    });
    if (!sent) throw conflict('sent', 'letters.error.sent');
    if (channel === 'email') {
      // Through the outbox, in this transaction: the mail goes if and only if the letter is kept as sent, and it
      // carries the very PDF kept on the case.
      await messaging.enqueue(tx, {
        kommuneId: c.kommuneId,
        channel: 'mail',
        recipient: email!,
        template: 'letters.letter',
        params: { caseNumber: c.number, title: letter.title },
        locale: LETTER_LOCALE,
        caseId: c.id,
        attachments: [
          {
            filename: attachmentName(c.number, number),
            contentType: 'application/pdf',
            contentBase64: kept,
          },
        ],
      });
    } else {
      await digitalPost(tx, c, letter.id).send({
        kommuneId: c.kommuneId,
        reference: letter.id,
        recipient: { name: facts.citizenName, cpr: decryptSecret(ctx.config.cprKey, facts.cprEncrypted!) },
        subject: letter.title,
        pdf,
        at,
      });
    }
    await appendEvents(tx, c, [
      event('letter_sent', at, actorId, {
        letterNumber: number,
        kind: letter.kind,
        channel,
        // The case history says how it went (the citizen's tracking page shows only that a letter was sent).
        details: [{ key: `letters.timeline.channel.${channel}` }],
      }),
    ]);
  });
  return toView((await findLetter(ctx.db, c.id, number))!);
}
