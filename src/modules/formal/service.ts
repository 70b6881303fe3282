// The formal track's steps: the decision on a late complaint, the re-assessment (genvurdering), the forwarding
// to the appeals body with the case bundle, the appeals body's result, and aktindsigt requests. Each step checks
// the pure order rules (core/formal.ts) first — a step out of order is a 409 — then moves the case through
// cases' public transition API and writes its own row and timeline entries in the same transaction.
import type { Database } from '../../adapters/db/client.js';
import { type IsoDate, localDate } from '../../core/calendar.js';
import { deadlineStatus } from '../../core/deadlines.js';
import {
  accessRequestDue,
  DEFAULT_APPEALS_BODY,
  type DecisionDelivery,
  delayLetterPrompt,
  type FormalPosition,
  type FormalRefusal,
  type FormalStep,
  formalDeadlines,
  formalRefusal,
} from '../../core/formal.js';
import type { AppealResult, CaseState, ReassessmentResult } from '../../core/workflow.js';
import type { AppContext } from '../../platform/context.js';
import { badRequest, conflict, HttpError } from '../../platform/errors.js';
import type { Declared, CaseRef as DocumentRef } from '../../platform/module.js';
import { getKommune } from '../../platform/tenancy.js';
import { appendEvents, applyTransition, type CaseRef, event } from '../cases/index.js';
import { renderBundle } from './bundle.js';
import {
  answerAccessRequest,
  type CaseFacts,
  caseFacts,
  configuredAppealsBody,
  findTrack,
  insertAccessRequest,
  insertAppealResult,
  insertBundle,
  listAccessRequests,
  listBundles,
  lockTrack,
  type TrackRow,
  updateTrack,
} from './queries.js';

export const bundleUrl = (caseNumber: string) => `/api/v1/cases/${caseNumber}/bundle.pdf`;
/** One kept bundle of the case, by its version (1 is the first sent). */
export const bundleVersionUrl = (caseNumber: string, version: number) =>
  `${bundleUrl(caseNumber)}?version=${version}`;
export const delayLetterUrl = (caseNumber: string) => `/staff/cases/${caseNumber}/letters/new?kind=delay`;
export const reassessmentLetterUrl = (caseNumber: string) =>
  `/staff/cases/${caseNumber}/letters/new?kind=reassessment`;

async function calendarOf(ctx: AppContext, kommuneId: string) {
  const kommune = await getKommune(ctx, kommuneId);
  if (!kommune) throw new Error(`Unknown kommune ${kommuneId}`);
  return kommune;
}

function deadlinesOf(c: CaseFacts, track: TrackRow | null, calendar: Parameters<typeof formalDeadlines>[2]) {
  const facts = c.decisionDate
    ? {
        decisionDate: c.decisionDate,
        delivery: (track?.decisionDelivery ?? 'unknown') as DecisionDelivery,
        properGuidance: track?.properGuidance ?? true,
      }
    : null;
  return formalDeadlines(facts, c.receivedOn, calendar);
}

function positionOf(c: CaseFacts, track: TrackRow | null, complaintLate: boolean): FormalPosition {
  return {
    kind: c.kind,
    state: c.state as CaseState,
    reassessmentResult: (track?.reassessmentResult ?? null) as ReassessmentResult | null,
    appealResult: (track?.appealResult ?? null) as AppealResult | null,
    complaintLate,
    lateDecisionMade: track?.lateDecision != null,
  };
}

const refuse = (why: FormalRefusal) => conflict(why, `formal.refusal.${why}`);

/** The re-assessment deadline is open while the case waits for it or for the forwarding it leads to. */
const REASSESSMENT_OPEN: readonly string[] = ['maintained', 'reassessment'];

/** What GET /api/v1/cases/{caseNumber} shows under `deadlines` and `formal`; null for a grievance or inquiry. */
export async function formalSummary(ctx: AppContext, ref: DocumentRef) {
  const c = await caseFacts(ctx.db, ref.kommuneId, ref.caseId);
  if (c?.kind !== 'complaint') return null;
  const [kommune, track, requests, bundles] = await Promise.all([
    calendarOf(ctx, c.kommuneId),
    findTrack(ctx.db, c.kommuneId, c.id),
    listAccessRequests(ctx.db, c.kommuneId, c.id),
    listBundles(ctx.db, c.kommuneId, c.id),
  ]);
  const calendar = kommune.calendar;
  const today = localDate(ctx.now());
  const d = deadlinesOf(c, track, calendar);
  const reassessmentDue = c.reassessmentDue;
  const reassessmentOpen = reassessmentDue !== null && REASSESSMENT_OPEN.includes(c.state);
  const position = positionOf(c, track, d.complaintLate);
  const allowed = (step: FormalStep) => formalRefusal(step, position) === null;
  const appealsBody =
    track?.appealsBody ??
    (await configuredAppealsBody(ctx.db, c.kommuneId, c.areaId)) ??
    DEFAULT_APPEALS_BODY;
  return {
    deadlines: {
      complaintDeadline: d.complaintDeadline,
      complaintLate: d.complaintLate,
      complaintDeadlineStarted: c.decisionDate !== null && (track?.properGuidance ?? true),
      reassessmentDue,
      reassessmentStatus: reassessmentOpen ? deadlineStatus(reassessmentDue, null, today) : null,
      delayLetterPrompt: reassessmentOpen && delayLetterPrompt(reassessmentDue, null, today, false, calendar),
      delayLetterUrl: delayLetterUrl(c.number),
      accessRequests: requests.map((r) => ({
        id: r.id,
        receivedOn: r.receivedOn,
        dueOn: r.dueOn,
        answeredOn: r.answeredOn,
        note: r.note,
        status: deadlineStatus(r.dueOn, r.answeredOn, today),
        delayLetterPrompt: delayLetterPrompt(r.dueOn, r.answeredOn, today, false, calendar),
      })),
    },
    formal: {
      decisionDelivery: (track?.decisionDelivery ?? 'unknown') as DecisionDelivery,
      properGuidance: track?.properGuidance ?? true,
      lateDecision:
        track?.lateDecision != null
          ? { accepted: track.lateDecision === 'accepted', reason: track.lateReason ?? '' }
          : null,
      needsLateDecision: d.complaintLate && track?.lateDecision == null,
      round: track?.round ?? 1,
      reassessment:
        track?.reassessmentResult != null
          ? {
              result: track.reassessmentResult as ReassessmentResult,
              reasoning: track.reassessmentReasoning ?? '',
              decidedOn: track.reassessedOn,
            }
          : null,
      appealsBody,
      forwarding:
        track?.forwardedOn != null
          ? { appealsBody, forwardedOn: track.forwardedOn, bundleUrl: bundleUrl(c.number) }
          : null,
      bundles: bundles.map((b) => ({ ...b, url: bundleVersionUrl(c.number, b.version) })),
      appeal:
        track?.appealResult != null
          ? { result: track.appealResult as AppealResult, decidedOn: track.appealDecidedOn }
          : null,
      allowed: {
        reassessment: allowed('reassessment'),
        forwarding: allowed('forwarding'),
        appealResult: allowed('appeal_result'),
        lateDecision: allowed('late_decision'),
      },
      reassessmentLetterUrl: track?.reassessmentResult === 'changed' ? reassessmentLetterUrl(c.number) : null,
    },
  };
}

/** Opens a step: the case facts, the locked track row and the refusal check, inside `tx`. */
type KommuneOf = Awaited<ReturnType<typeof calendarOf>>;

/**
 * Opens a step inside `tx`. Everything read outside the transaction (the kommune, other modules' documents) is
 * read before it opens: PGlite has one connection, so a read beside an open transaction would wait for it.
 */
async function begin(tx: Database, c: CaseRef, step: FormalStep, kommune: KommuneOf) {
  const facts = await caseFacts(tx, c.kommuneId, c.id);
  if (!facts) throw new HttpError(404, 'not_found', 'dialogue.api.caseNotFound');
  if (facts.kind !== 'complaint') throw refuse('not_a_complaint');
  const track = await lockTrack(tx, c.kommuneId, c.id);
  const d = deadlinesOf(facts, track, kommune.calendar);
  const why = formalRefusal(step, positionOf(facts, track, d.complaintLate));
  if (why) throw refuse(why);
  return { facts, track, kommune, deadlines: d };
}

const inTx = <T>(ctx: AppContext, fn: (tx: Database) => Promise<T>) =>
  ctx.db.transaction((tx) => fn(tx as unknown as Database));

export async function recordReassessment(
  ctx: AppContext,
  actorId: string,
  c: CaseRef,
  input: { result: ReassessmentResult; reasoning: string },
): Promise<{ state: CaseState }> {
  const reasoning = input.reasoning.trim();
  if (!reasoning) throw badRequest('formal.error.reasoning', { reasoning: 'formal.error.reasoning' });
  // Refused before the transaction too, so a grievance never gets a track row.
  if (c.kind !== 'complaint') throw refuse('not_a_complaint');
  const kommune = await calendarOf(ctx, c.kommuneId);
  return inTx(ctx, async (tx) => {
    await begin(tx, c, 'reassessment', kommune);
    const at = ctx.now();
    let ref = c;
    if (ref.state === 'maintained') {
      ref = await applyTransition(ctx, tx, ref, { to: 'reassessment', trigger: 'outcome', at, actorId });
    }
    await updateTrack(
      tx,
      c.kommuneId,
      c.id,
      {
        reassessmentResult: input.result,
        reassessmentReasoning: reasoning,
        reassessedOn: localDate(at),
        reassessedBy: actorId,
      },
      at,
    );
    if (input.result === 'changed') {
      // Changed in full (omgjort): the formal track ends in the citizen's favour and the case closes.
      ref = await applyTransition(ctx, tx, ref, {
        to: 'closed',
        trigger: 'reassessment_result',
        at,
        actorId,
        reason: reasoning,
        reassessmentResult: 'changed',
      });
    } else {
      // Recorded once, when it is made: the forwarding that follows does not repeat it (core/workflow.ts).
      await appendEvents(tx, c, [event('reassessment_decided', at, actorId, { result: input.result })]);
    }
    return { state: ref.state };
  });
}

export async function forwardCase(
  ctx: AppContext,
  declared: Declared,
  actorId: string,
  c: CaseRef,
  input: { appealBody?: string },
): Promise<{ forwardedOn: IsoDate; bundleUrl: string }> {
  if (c.kind !== 'complaint') throw refuse('not_a_complaint');
  const chosen = input.appealBody?.trim();
  if (input.appealBody !== undefined && !chosen) {
    throw badRequest('formal.error.appealsBody', { appealBody: 'formal.error.appealsBody' });
  }
  const kommune = await calendarOf(ctx, c.kommuneId);
  // Checked before the documents are gathered (outside the transaction), and again inside it.
  const pre = await caseFacts(ctx.db, c.kommuneId, c.id);
  const preTrack = await findTrack(ctx.db, c.kommuneId, c.id);
  if (pre) {
    const why = formalRefusal('forwarding', positionOf(pre, preTrack, false));
    if (why) throw refuse(why);
  }
  const documents = await declared.caseDocuments(ctx, { kommuneId: c.kommuneId, caseId: c.id });
  const configured = pre ? await configuredAppealsBody(ctx.db, c.kommuneId, pre.areaId) : null;
  return inTx(ctx, async (tx) => {
    const { facts, track, deadlines } = await begin(tx, c, 'forwarding', kommune);
    const at = ctx.now();
    const forwardedOn = localDate(at);
    // A case sent back and forwarded again goes by default where it went before; a first forwarding to the area's.
    const appealsBody = chosen ?? track.appealsBody ?? configured ?? DEFAULT_APPEALS_BODY;
    const pdf = await renderBundle({
      caseNumber: c.number,
      kommune: kommune.name,
      appealsBody,
      date: forwardedOn,
      receivedOn: facts.receivedOn,
      reassessmentDue: facts.reassessmentDue,
      result: track.reassessmentResult as 'upheld' | 'partly_changed',
      reasoning: track.reassessmentReasoning ?? '',
      late:
        deadlines.complaintLate && track.lateDecision
          ? {
              deadline: deadlines.complaintDeadline ?? '',
              accepted: track.lateDecision === 'accepted',
              reason: track.lateReason ?? '',
            }
          : null,
      documents,
    });
    await applyTransition(ctx, tx, c, {
      to: 'forwarded',
      trigger: 'forwarding',
      at,
      actorId,
      reassessmentResult: track.reassessmentResult as ReassessmentResult,
    });
    await updateTrack(tx, c.kommuneId, c.id, { appealsBody, forwardedOn }, at);
    // Kept beside any earlier bundle (a case sent back and forwarded again), never over it.
    const version = await insertBundle(tx, {
      kommuneId: c.kommuneId,
      caseId: c.id,
      round: track.round,
      appealsBody,
      forwardedOn,
      pdf,
      createdBy: actorId,
    });
    await appendEvents(tx, c, [
      event('case_bundle_made', at, actorId, { appealsBody, documents: documents.length + 1, version }),
    ]);
    return { forwardedOn, bundleUrl: bundleUrl(c.number) };
  });
}

export async function recordAppealResult(
  ctx: AppContext,
  actorId: string,
  c: CaseRef,
  input: { result: AppealResult; decidedOn: IsoDate },
): Promise<{ state: CaseState }> {
  if (c.kind !== 'complaint') throw refuse('not_a_complaint');
  const today = localDate(ctx.now());
  if (input.decidedOn > today) {
    throw badRequest('formal.error.decidedOnFuture', { decidedOn: 'formal.error.decidedOnFuture' });
  }
  const kommune = await calendarOf(ctx, c.kommuneId);
  return inTx(ctx, async (tx) => {
    const { facts, track } = await begin(tx, c, 'appeal_result', kommune);
    if (track.forwardedOn && input.decidedOn < track.forwardedOn) {
      throw badRequest('formal.error.decidedOnBeforeForwarding', {
        decidedOn: 'formal.error.decidedOnBeforeForwarding',
      });
    }
    const at = ctx.now();
    let ref = await applyTransition(ctx, tx, c, {
      to: 'appeal_decided',
      trigger: 'appeal_result',
      at,
      actorId,
      appealResult: input.result,
    });
    await insertAppealResult(tx, {
      kommuneId: c.kommuneId,
      caseId: c.id,
      areaId: facts.areaId,
      departmentId: facts.departmentId,
      round: track.round,
      result: input.result,
      decidedOn: input.decidedOn,
    });
    if (input.result === 'sent_back') {
      // Hjemvist: we decide again — a new round of re-assessment, with a new deadline from today.
      ref = await applyTransition(ctx, tx, ref, {
        to: 'reassessment',
        trigger: 'appeal_result',
        at,
        actorId,
        appealResult: 'sent_back',
      });
      await updateTrack(
        tx,
        c.kommuneId,
        c.id,
        {
          round: track.round + 1,
          reassessmentResult: null,
          reassessmentReasoning: null,
          reassessedOn: null,
          reassessedBy: null,
          appealResult: null,
          appealDecidedOn: null,
        },
        at,
      );
    } else {
      await updateTrack(
        tx,
        c.kommuneId,
        c.id,
        { appealResult: input.result, appealDecidedOn: input.decidedOn },
        at,
      );
    }
    return { state: ref.state };
  });
}

export async function decideLateComplaint(
  ctx: AppContext,
  actorId: string,
  c: CaseRef,
  input: { accepted: boolean; reason: string },
): Promise<void> {
  const reason = input.reason.trim();
  if (!reason) throw badRequest('formal.error.reason', { reason: 'formal.error.reason' });
  if (c.kind !== 'complaint') throw refuse('not_a_complaint');
  const kommune = await calendarOf(ctx, c.kommuneId);
  await inTx(ctx, async (tx) => {
    await begin(tx, c, 'late_decision', kommune);
    const at = ctx.now();
    await updateTrack(
      tx,
      c.kommuneId,
      c.id,
      {
        lateDecision: input.accepted ? 'accepted' : 'rejected',
        lateReason: reason,
        lateDecidedBy: actorId,
        lateDecidedAt: at,
      },
      at,
    );
    await appendEvents(tx, c, [
      event('late_complaint_decided', at, actorId, { accepted: input.accepted, reason }),
    ]);
  });
}

export async function recordDecisionFacts(
  ctx: AppContext,
  actorId: string,
  c: CaseRef,
  input: { delivery: DecisionDelivery; properGuidance: boolean },
): Promise<void> {
  if (c.kind !== 'complaint') throw refuse('not_a_complaint');
  await inTx(ctx, async (tx) => {
    await lockTrack(tx, c.kommuneId, c.id);
    const at = ctx.now();
    await updateTrack(
      tx,
      c.kommuneId,
      c.id,
      { decisionDelivery: input.delivery, properGuidance: input.properGuidance },
      at,
    );
    await appendEvents(tx, c, [event('decision_facts_recorded', at, actorId, { ...input })]);
  });
}

export async function registerAccessRequest(
  ctx: AppContext,
  actorId: string,
  c: CaseRef,
  input: { receivedOn?: IsoDate; note?: string },
) {
  const today = localDate(ctx.now());
  const receivedOn = input.receivedOn ?? today;
  if (receivedOn > today) {
    throw badRequest('formal.error.receivedOnFuture', { receivedOn: 'formal.error.receivedOnFuture' });
  }
  const kommune = await calendarOf(ctx, c.kommuneId);
  const dueOn = accessRequestDue(receivedOn, kommune.calendar);
  return inTx(ctx, async (tx) => {
    const at = ctx.now();
    const row = await insertAccessRequest(tx, {
      kommuneId: c.kommuneId,
      caseId: c.id,
      receivedOn,
      dueOn,
      note: input.note?.trim() || null,
      createdBy: actorId,
    });
    await appendEvents(tx, c, [event('access_request_registered', at, actorId, { receivedOn, dueOn })]);
    return { id: row.id, receivedOn, dueOn };
  });
}

export async function markAccessRequestAnswered(ctx: AppContext, actorId: string, c: CaseRef, id: string) {
  return inTx(ctx, async (tx) => {
    const at = ctx.now();
    const answeredOn = localDate(at);
    const row = await answerAccessRequest(tx, c.kommuneId, c.id, id, answeredOn);
    if (!row) throw new HttpError(404, 'not_found', 'formal.error.accessRequestNotFound');
    await appendEvents(tx, c, [
      event('access_request_answered', at, actorId, { answeredOn, dueOn: row.dueOn }),
    ]);
    return { id, answeredOn };
  });
}
