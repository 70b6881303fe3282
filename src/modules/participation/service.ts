// Participation: running a process from draft to closed. Contributions come in (online without an account, or
// registered by staff from a meeting), are moderated with a reason the contributor sees, grouped by theme; each
// group gets the kommune's answer, and every contributor who left contact details is told the answer to their
// own contribution through the outbox. Closing is refused while anything of that is missing.

import type { Database } from '../../adapters/db/client.js';
import { localDate } from '../../core/calendar.js';
import { toCsv } from '../../core/csv.js';
import {
  checkImage,
  closingMissing,
  type Missing,
  type Outcome,
  takesContributions,
} from '../../core/participation.js';
import { CATALOG } from '../../i18n/catalog.js';
import { pickLocale, translator } from '../../i18n/index.js';
import { recordAudit } from '../../platform/audit.js';
import type { SessionUser } from '../../platform/auth/sessions.js';
import type { AppContext } from '../../platform/context.js';
import { badRequest, conflict, forbidden, notFound } from '../../platform/errors.js';
import { can } from '../../platform/policies.js';
import { messaging } from '../messaging/index.js';
import {
  assignToGroup,
  type ContributionRow,
  contributionsOf,
  departmentsOf,
  findProcess,
  type GroupRow,
  groupsOf,
  imagesOf,
  insertContribution,
  insertGroup,
  insertImage,
  insertProcess,
  insertRevision,
  ownersOf,
  type ProcessRow,
  revisionsOf,
  updateContribution,
  updateGroup,
  updateProcess,
} from './queries.js';
import type { Phase } from './tables.js';

export interface NewProcess {
  title: string;
  question: string;
  influence: string;
  decided: string;
  channels: 'online' | 'meeting' | 'both';
  phases: Phase[];
  hearingEndsOn: string;
  area?: string;
  departmentId?: string | null;
  ownerId?: string;
}

export interface NewContribution {
  text: string;
  name?: string;
  email?: string;
  phone?: string;
}

/** The message of each reason an image is refused (the API's field error and the citizen form's). */
export const IMAGE_ERRORS = {
  type: 'participation.error.imageType',
  size: 'participation.error.imageSize',
  broken: 'participation.error.imageBroken',
} as const;

/** The image as it is stored (metadata removed); 400 at the field `image` for another type, too large or broken. */
export function acceptedImage(bytes: Uint8Array) {
  const r = checkImage(bytes);
  if (!r.ok) throw badRequest(IMAGE_ERRORS[r.reason], { image: IMAGE_ERRORS[r.reason] });
  return r;
}

/** The citizen's page of a process, where the feedback links to. */
export const processPath = (kommuneId: string, id: string) => `/k/${kommuneId}/deltag/${id}`;

/** '+45 22 33 44 55', '22334455' → '+4522334455'. */
export const normalizePhone = (raw: string) => `+45${raw.replace(/[ -]/g, '').replace(/^(\+45|0045)/, '')}`;

const blank = (s: string | undefined | null) => !s || s.trim() === '';

/** The process, if the user may change it; 404 for another kommune's, 403 for another department's. */
async function editable(db: Database, user: SessionUser, id: string): Promise<ProcessRow> {
  const p = await findProcess(db, user.kommuneId, id);
  if (!p) throw notFound('participation.error.notFound');
  if (!can(user, 'participation.edit', p)) throw forbidden();
  return p;
}

/**
 * The checked values of a process form: the room for influence and what is decided are stated, the phases run
 * forwards, the department is the kommune's and the user may run processes in it, and the owner is one of the
 * kommune's staff who run processes. Refused with 400 (and the field) otherwise.
 */
async function processValues(ctx: AppContext, user: SessionUser, input: NewProcess, ownerId: string) {
  if (blank(input.influence) || blank(input.decided))
    throw badRequest('participation.error.room', {
      ...(blank(input.influence) ? { influence: 'participation.error.influence' } : {}),
      ...(blank(input.decided) ? { decided: 'participation.error.decided' } : {}),
    });
  for (const ph of input.phases)
    if (ph.endsOn < ph.startsOn)
      throw badRequest('participation.error.phase', { phases: 'participation.error.phase' });
  const departmentId = input.departmentId ?? (user.role === 'caseworker' ? user.departmentId : null);
  if (departmentId && !(await departmentsOf(ctx.db, user.kommuneId)).some((d) => d.id === departmentId))
    throw badRequest('participation.error.department', { departmentId: 'participation.error.department' });
  if (!can(user, 'participation.edit', { kommuneId: user.kommuneId, departmentId })) throw forbidden();
  if (!(await ownersOf(ctx.db, user.kommuneId)).some((o) => o.id === ownerId))
    throw badRequest('participation.error.owner', { ownerId: 'participation.error.owner' });
  return {
    departmentId,
    ownerId,
    area: input.area?.trim() || null,
    title: input.title.trim(),
    question: input.question.trim(),
    influence: input.influence.trim(),
    decided: input.decided.trim(),
    channels: input.channels,
    phases: input.phases,
    hearingEndsOn: input.hearingEndsOn,
  };
}

export async function createProcess(
  ctx: AppContext,
  user: SessionUser,
  input: NewProcess,
): Promise<ProcessRow> {
  const values = await processValues(ctx, user, input, input.ownerId ?? user.userId);
  return insertProcess(ctx.db, { kommuneId: user.kommuneId, ...values, status: 'draft' });
}

/** Changes a draft or an open process (a closed one stands as it was answered); the whole form at once. */
export async function updateProcessDetails(
  ctx: AppContext,
  user: SessionUser,
  id: string,
  input: NewProcess,
): Promise<ProcessRow> {
  const p = await editable(ctx.db, user, id);
  if (p.status === 'closed') throw conflict('participation_closed', 'participation.error.closed');
  const values = await processValues(ctx, user, input, input.ownerId ?? p.ownerId ?? user.userId);
  await updateProcess(ctx.db, id, values);
  return { ...p, ...values };
}

/** What a process may belong to and who may own it, for the staff form. */
export async function processOptions(ctx: AppContext, kommuneId: string) {
  const [departments, owners] = await Promise.all([
    departmentsOf(ctx.db, kommuneId),
    ownersOf(ctx.db, kommuneId),
  ]);
  return { departments, owners };
}

/** Publishes a draft: from now on the public sees it and it takes contributions until the hearing ends. */
export async function openProcess(ctx: AppContext, user: SessionUser, id: string): Promise<ProcessRow> {
  const p = await editable(ctx.db, user, id);
  if (p.status !== 'draft') throw conflict('participation_not_draft', 'participation.error.notDraft');
  await updateProcess(ctx.db, id, { status: 'open', openedAt: ctx.now() });
  return { ...p, status: 'open', openedAt: ctx.now() };
}

/**
 * A citizen's contribution from the online form or the public API: waits for moderation. An attached image is
 * checked (JPEG or PNG by its bytes, at most 5 MB) and stored without its metadata, with the contribution.
 */
export async function contributeOnline(
  ctx: AppContext,
  kommuneId: string,
  processId: string,
  input: NewContribution,
  locale: string,
  image?: Uint8Array,
): Promise<ContributionRow> {
  const picture = image && image.length > 0 ? acceptedImage(image) : null;
  const p = await findProcess(ctx.db, kommuneId, processId);
  if (!p || p.status === 'draft') throw notFound('participation.error.notFound');
  if (!takesContributions(p, ctx.now()))
    throw conflict('participation_closed', 'participation.error.notTaking');
  if (p.channels === 'meeting')
    throw conflict('participation_meeting_only', 'participation.error.meetingOnly');
  return ctx.db.transaction(async (txRaw) => {
    const tx = txRaw as unknown as Database;
    const c = await insertContribution(tx, {
      kommuneId,
      processId,
      source: 'online',
      text: input.text.trim(),
      name: input.name?.trim() || null,
      email: input.email?.trim() || null,
      phone: input.phone ? normalizePhone(input.phone) : null,
      locale: pickLocale(locale),
      status: 'pending',
    });
    if (picture)
      await insertImage(tx, {
        kommuneId,
        contributionId: c.id,
        contentType: picture.type,
        bytes: picture.bytes,
        size: picture.bytes.length,
      });
    return c;
  });
}

/** Staff register a contribution heard at a meeting: approved at once (they wrote it down themselves). */
export async function registerContribution(
  ctx: AppContext,
  user: SessionUser,
  processId: string,
  input: NewContribution,
): Promise<ContributionRow> {
  const p = await editable(ctx.db, user, processId);
  if (p.status === 'closed') throw conflict('participation_closed', 'participation.error.closed');
  return insertContribution(ctx.db, {
    kommuneId: p.kommuneId,
    processId,
    source: 'meeting',
    text: input.text.trim(),
    name: input.name?.trim() || null,
    email: input.email?.trim() || null,
    phone: input.phone ? normalizePhone(input.phone) : null,
    status: 'approved',
    registeredBy: user.userId,
  });
}

const hasContact = (c: ContributionRow) => Boolean(c.email || c.phone);

function recipientOf(c: ContributionRow): { channel: 'mail' | 'sms'; recipient: string } | null {
  if (c.email) return { channel: 'mail', recipient: c.email };
  if (c.phone) return { channel: 'sms', recipient: c.phone };
  return null;
}

/** Approved (shown publicly) or rejected with a reason the contributor sees (and is told, if reachable). */
export async function moderate(
  ctx: AppContext,
  user: SessionUser,
  processId: string,
  contributionId: string,
  decision: 'approved' | 'rejected',
  reason: string | undefined,
): Promise<ContributionRow> {
  if (decision === 'rejected' && blank(reason))
    throw badRequest('participation.error.reason', { reason: 'participation.error.reason' });
  return ctx.db.transaction(async (txRaw) => {
    const tx = txRaw as unknown as Database;
    const p = await editable(tx, user, processId);
    if (p.status === 'closed') throw conflict('participation_closed', 'participation.error.closed');
    const c = (await contributionsOf(tx, processId)).find((x) => x.id === contributionId);
    if (!c) throw notFound('participation.error.contributionNotFound');
    if (c.groupId && decision === 'rejected')
      throw conflict('participation_grouped', 'participation.error.grouped');
    const next = {
      status: decision,
      moderationReason: decision === 'rejected' ? (reason?.trim() ?? null) : reason?.trim() || null,
      notifiedAt: c.notifiedAt,
    };
    const to = recipientOf(c);
    if (decision === 'rejected' && to && !c.notifiedAt) {
      await messaging.enqueue(tx, {
        kommuneId: p.kommuneId,
        ...to,
        template: 'participation.rejected',
        params: {
          processTitle: p.title,
          reason: next.moderationReason ?? '',
          processUrl: `${ctx.config.publicUrl}${processPath(p.kommuneId, p.id)}`,
        },
        locale: c.locale,
      });
      next.notifiedAt = ctx.now();
    }
    await updateContribution(tx, c.id, next);
    return { ...c, ...next };
  });
}

/** A theme with the approved contributions it gathers (each in one group only). */
export async function createGroup(
  ctx: AppContext,
  user: SessionUser,
  processId: string,
  title: string,
  contributionIds: readonly string[],
): Promise<GroupRow & { contributions: number }> {
  return ctx.db.transaction(async (txRaw) => {
    const tx = txRaw as unknown as Database;
    const p = await editable(tx, user, processId);
    if (p.status === 'closed') throw conflict('participation_closed', 'participation.error.closed');
    const g = await insertGroup(tx, { kommuneId: p.kommuneId, processId, title: title.trim() });
    const n = await assignToGroup(tx, processId, g.id, contributionIds);
    if (n !== new Set(contributionIds).size)
      throw badRequest('participation.error.groupContributions', {
        contributionIds: 'participation.error.groupContributions',
      });
    return { ...g, contributions: n };
  });
}

export interface Answer {
  outcome: Outcome;
  text: string;
  askWhom?: string;
}

/**
 * Publishes the kommune's answer to a group: what it does, and why (or, outside the room for influence, whom
 * to ask). Every contributor of the group with contact details gets the answer, in the same transaction.
 *
 * A published answer may be corrected while the process is not closed: the earlier wording is kept as a
 * revision, the theme shows when it was corrected, the correction is audit-logged, and each contributor already
 * told the earlier answer is told of the change (once per correction). Sending the same answer again changes
 * nothing and tells no one.
 */
export async function answerGroup(
  ctx: AppContext,
  user: SessionUser,
  processId: string,
  groupId: string,
  answer: Answer,
): Promise<{ group: GroupRow; notified: number; corrected: boolean }> {
  if (blank(answer.text))
    throw badRequest('participation.error.answer', { text: 'participation.error.answer' });
  if (answer.outcome === 'outside' && blank(answer.askWhom))
    throw badRequest('participation.error.askWhom', { askWhom: 'participation.error.askWhom' });
  return ctx.db.transaction(async (txRaw) => {
    const tx = txRaw as unknown as Database;
    const p = await editable(tx, user, processId);
    if (p.status === 'closed') throw conflict('participation_closed', 'participation.error.closed');
    const g = (await groupsOf(tx, processId)).find((x) => x.id === groupId);
    if (!g) throw notFound('participation.error.groupNotFound');
    const values = {
      outcome: answer.outcome,
      answer: answer.text.trim(),
      askWhom: answer.outcome === 'outside' ? (answer.askWhom?.trim() ?? null) : null,
    };
    if (!g.answeredAt || !g.outcome) {
      const group = { ...g, ...values, answeredAt: ctx.now() };
      await updateGroup(tx, g.id, { ...values, answeredAt: group.answeredAt });
      return { group, notified: await notifyGroup(ctx, tx, p, group, false), corrected: false };
    }
    if (g.outcome === values.outcome && g.answer === values.answer && g.askWhom === values.askWhom)
      return { group: g, notified: 0, corrected: false };
    await insertRevision(tx, {
      kommuneId: p.kommuneId,
      groupId: g.id,
      outcome: g.outcome,
      answer: g.answer ?? '',
      askWhom: g.askWhom,
      publishedAt: g.answerChangedAt ?? g.answeredAt,
      replacedAt: ctx.now(),
      replacedBy: user.userId,
    });
    const group = { ...g, ...values, answerChangedAt: ctx.now() };
    await updateGroup(tx, g.id, { ...values, answerChangedAt: group.answerChangedAt });
    await recordAudit(
      ctx,
      {
        kommuneId: p.kommuneId,
        userId: user.userId,
        action: 'update',
        subjectType: 'participation_group',
        subjectId: g.id,
        purpose: 'borgerinddragelse',
      },
      tx,
    );
    return { group, notified: await notifyGroup(ctx, tx, p, group, true), corrected: true };
  });
}

/**
 * Tells each contributor of an answered group the answer to their contribution: those not yet told get the
 * answer; after a correction, those told before get the changed answer as well.
 */
async function notifyGroup(
  ctx: AppContext,
  tx: Database,
  p: ProcessRow,
  g: GroupRow,
  correction: boolean,
): Promise<number> {
  let n = 0;
  for (const c of await contributionsOf(tx, p.id)) {
    if (c.groupId !== g.id || (c.notifiedAt && !correction)) continue;
    const to = recipientOf(c);
    if (!to) continue;
    const t = translator(CATALOG, pickLocale(c.locale));
    await messaging.enqueue(tx, {
      kommuneId: p.kommuneId,
      ...to,
      template: c.notifiedAt ? 'participation.feedbackChanged' : 'participation.feedback',
      params: {
        processTitle: p.title,
        groupTitle: g.title,
        outcome: t(`participation.outcome.${g.outcome}`),
        answer: g.answer ?? '',
        askWhom: g.askWhom ? t('participation.page.askWhom', { whom: g.askWhom }) : '',
        processUrl: `${ctx.config.publicUrl}${processPath(p.kommuneId, p.id)}`,
      },
      locale: c.locale,
    });
    await updateContribution(tx, c.id, { notifiedAt: ctx.now() });
    n++;
  }
  return n;
}

export function missingOf(groups: GroupRow[], contributions: ContributionRow[]): Missing[] {
  return closingMissing(
    groups.map((g) => ({
      id: g.id,
      title: g.title,
      outcome: (g.outcome as Outcome | null) ?? null,
      answer: g.answer,
      askWhom: g.askWhom,
    })),
    contributions.map((c) => ({
      id: c.id,
      status: c.status as 'pending' | 'approved' | 'rejected',
      groupId: c.groupId,
      hasContact: hasContact(c),
      notified: c.notifiedAt !== null,
    })),
  );
}

export class ClosingRefused extends Error {
  constructor(readonly missing: Missing[]) {
    super('closing refused');
  }
}

/** Closes the process once nothing is missing; otherwise ClosingRefused with the list. */
export async function closeProcess(
  ctx: AppContext,
  user: SessionUser,
  processId: string,
): Promise<ProcessRow> {
  return ctx.db.transaction(async (txRaw) => {
    const tx = txRaw as unknown as Database;
    const p = await editable(tx, user, processId);
    if (p.status === 'closed') throw conflict('participation_closed', 'participation.error.closed');
    if (p.status === 'draft') throw conflict('participation_not_open', 'participation.error.notOpen');
    const missing = missingOf(await groupsOf(tx, processId), await contributionsOf(tx, processId));
    if (missing.length > 0) throw new ClosingRefused(missing);
    await updateProcess(tx, processId, { status: 'closed', closedAt: ctx.now() });
    return { ...p, status: 'closed', closedAt: ctx.now() };
  });
}

/** The process with its contributions, groups and their earlier answers (staff: with contact details). */
export async function processDetail(ctx: AppContext, kommuneId: string, id: string) {
  const p = await findProcess(ctx.db, kommuneId, id);
  if (!p) return null;
  const [groups, contributions, images, revisions] = await Promise.all([
    groupsOf(ctx.db, id),
    contributionsOf(ctx.db, id),
    imagesOf(ctx.db, id),
    revisionsOf(ctx.db, id),
  ]);
  return {
    process: p,
    groups,
    contributions,
    images,
    revisions,
    missing: missingOf(groups, contributions),
  };
}

/**
 * What the contributor sees of their own contribution, by its id (given only to them when they sent it):
 * whether it is waiting, shown, or not shown and why, and the answer to the theme it is part of. Never its
 * text or contact details; null when there is no such contribution in a public process.
 */
export async function contributionStatus(
  ctx: AppContext,
  kommuneId: string,
  processId: string,
  contributionId: string,
) {
  const d = await processDetail(ctx, kommuneId, processId);
  const c = d?.contributions.find((x) => x.id === contributionId);
  if (!d || !c || d.process.status === 'draft') return null;
  const g = d.groups.find((x) => x.id === c.groupId && x.answeredAt) ?? null;
  return {
    process: d.process,
    contribution: {
      id: c.id,
      status: c.status as 'pending' | 'approved' | 'rejected',
      moderationReason: c.status === 'rejected' ? c.moderationReason : null,
      receivedOn: localDate(c.createdAt),
    },
    group: g,
  };
}

/** The process's CSV: one line per contribution with its group's answer, no contact details. */
export function processCsv(
  detail: NonNullable<Awaited<ReturnType<typeof processDetail>>>,
  t: (key: string) => string,
): string {
  // One line per contribution: line breaks inside a text become spaces.
  const cell = (v: string | null | undefined) => (v ?? '').replace(/\r?\n/g, ' ');
  const byId = new Map(detail.groups.map((g) => [g.id, g]));
  const head = [
    'contribution',
    'received',
    'source',
    'status',
    'moderation_reason',
    'group',
    'outcome',
    'answer',
    'ask_whom',
  ];
  const lines = detail.contributions.map((c) => {
    const g = c.groupId ? byId.get(c.groupId) : undefined;
    return [
      c.text,
      localDate(c.createdAt),
      c.source,
      c.status,
      c.moderationReason,
      g?.title,
      g?.outcome ? t(`participation.outcome.${g.outcome}`) : '',
      g?.answer,
      g?.askWhom,
    ].map(cell);
  });
  return `\uFEFF${toCsv([head, ...lines])}`;
}
