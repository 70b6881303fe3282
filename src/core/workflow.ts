/**
 * The case workflow (sagsforløb) as one readable table, plus the pure `transition` function that enforces it.
 * See ../../../shared/PRODUCT.md, "The core loop". No I/O and no clock here: the instant is passed in.
 * Adding an edge is a deliberate, reviewed decision — write down why next to it.
 */

export const CASE_KINDS = [
  'complaint', // klage over en afgørelse
  'grievance', // beklagelse
  'inquiry', // henvendelse
] as const;
export type CaseKind = (typeof CASE_KINDS)[number];

export const CASE_STATES = [
  'received', // modtaget
  'contacting', // kontakt forsøgt
  'in_dialogue', // i dialog
  'agreement', // aftale
  'resolved', // løst i dialog
  'withdrawn', // trukket tilbage
  'maintained', // klagen fastholdes
  'reassessment', // genvurdering
  'forwarded', // videresendt til klageinstansen
  'appeal_decided', // klageinstansens afgørelse
  'closed', // lukket
  'reopened', // genåbnet
] as const;
export type CaseState = (typeof CASE_STATES)[number];

/** Every state except 'closed': the case still needs someone's attention. */
export const OPEN_STATES: readonly CaseState[] = CASE_STATES.filter((s) => s !== 'closed');

/**
 * States in which a case waits for someone's work: what the staff queue lists. A case resolved in dialogue or
 * withdrawn, or whose appeal has been decided, is done with; closed is closed. Those are found by search, and their
 * open agreements still remind their owners.
 */
export const WORK_STATES: readonly CaseState[] = [
  'received',
  'contacting',
  'in_dialogue',
  'agreement',
  'maintained',
  'reassessment',
  'forwarded',
  'reopened',
];

export const needsWork = (state: CaseState): boolean => WORK_STATES.includes(state);

/** Settled cases: the dialogue is over, so no new contact attempts, conversation notes or agreements. */
export const SETTLED_STATES: readonly CaseState[] = ['resolved', 'withdrawn', 'closed'];

/** Can the loop still record work on a case in this state? (A settled case must be reopened first.) */
export const acceptsWork = (state: CaseState): boolean => !SETTLED_STATES.includes(state);

/**
 * Can the case's agreements still be marked kept or cancelled? Yes until the case is closed: a case resolved in
 * dialogue (løst i dialog) or withdrawn may still have agreements to follow up, and closing it with any left open
 * needs a reason (see `transition`).
 */
export const acceptsAgreementUpdates = (state: CaseState): boolean => state !== 'closed';

export const ROOT_CAUSES = [
  'decision',
  'process',
  'communication',
  'waiting_time',
  'conduct',
  'physical_setting',
  'other',
] as const;
export type RootCause = (typeof ROOT_CAUSES)[number];

export const REASSESSMENT_RESULTS = [
  'changed', // omgjort
  'partly_changed', // delvist omgjort
  'upheld', // fastholdt
] as const;
export type ReassessmentResult = (typeof REASSESSMENT_RESULTS)[number];

export const APPEAL_RESULTS = [
  'upheld', // stadfæstet
  'changed', // ændret
  'annulled', // ophævet
  'sent_back', // hjemvist
  'dismissed', // afvist/bortfaldet: left out of the reversal rate
] as const;
export type AppealResult = (typeof APPEAL_RESULTS)[number];

/**
 * What makes a move: a staff member choosing an outcome (udfald) on the case page or through the transitions API,
 * or the loop itself as a side effect of recording work.
 */
export const TRIGGERS = [
  'outcome', // chosen by staff: POST /cases/{caseNumber}/transitions
  'contact_attempt', // logging a contact attempt moves a new or reopened case on
  'agreement_made', // making the first agreement in a dialogue
  'forwarding', // the formal track's forwarding, which makes and keeps the case bundle (sagsakter)
  'reassessment_result', // the formal track's re-assessment decision, kept with its reasoning (genvurdering)
  'appeal_result', // the formal track's record of the appeals body's decision (klageinstansens afgørelse)
] as const;
export type Trigger = (typeof TRIGGERS)[number];

/**
 * What another trigger gets when it tries an edge that is not its own. The formal track's moves keep rows of
 * their own (the bundle, the re-assessment, the appeal result, the letter), so the outcome buttons and the
 * transitions API are sent to the formal track's panel rather than round it.
 */
const REFUSED_AS: Record<Trigger, TransitionError> = {
  outcome: 'wrong_trigger',
  contact_attempt: 'wrong_trigger',
  agreement_made: 'wrong_trigger',
  forwarding: 'needs_bundle',
  reassessment_result: 'needs_reassessment',
  appeal_result: 'needs_appeal_result',
};

/** Events a move emits besides 'state_changed' (which every move emits, with the reason when given). */
export type EdgeEvent =
  | 'formal_track_opened'
  | 'reassessment_started'
  | 'reassessment_decided'
  | 'forwarded_to_appeals_body'
  | 'appeal_decided'
  | 'case_closed'
  | 'case_reopened';

/** What a move must carry; checked by `transition` and asked for by the staff app, so both read one fact. */
export interface Guards {
  /**
   * 'always': the case history must say why it ended, went formal or reopened.
   * 'with_open_agreements': closing while agreements are still open must say why.
   */
  reason?: 'always' | 'with_open_agreements';
  /** The re-assessment results (genvurdering) that lead along this edge. */
  reassessmentResult?: readonly ReassessmentResult[];
  /** The appeals body's results (klageinstansens afgørelse) this edge records. */
  appealResult?: readonly AppealResult[];
}

export interface Edge {
  to: CaseState;
  /** Only a complaint about a decision (klage) has a formal track; grievances and inquiries end in dialogue. */
  complaintOnly?: true;
  trigger: Trigger;
  needs?: Guards;
  events?: readonly EdgeEvent[];
}

const WITH_REASON: Guards = { reason: 'always' };
const CLOSING = {
  to: 'closed',
  trigger: 'outcome',
  needs: { reason: 'with_open_agreements' },
  // No survey event: closing queues no survey yet, and the timeline must not claim what did not happen.
  events: ['case_closed'],
} as const satisfies Edge;
const INTO_FORMAL_TRACK: Edge = {
  to: 'maintained',
  complaintOnly: true,
  trigger: 'outcome',
  needs: WITH_REASON,
  events: ['formal_track_opened'],
};
const WITHDRAWING: Edge = { to: 'withdrawn', trigger: 'outcome', needs: WITH_REASON };

/** The whole workflow as one table: from-state -> the edges it may take, with what each needs and emits. */
export const ALLOWED_TRANSITIONS: Readonly<Record<CaseState, readonly Edge[]>> = {
  received: [
    // First call attempt did not reach the citizen; attempts are logged while contacting.
    { to: 'contacting', trigger: 'contact_attempt' },
    // Reached on the first call — seed 003: quick, direct contact is the point.
    { to: 'in_dialogue', trigger: 'contact_attempt' },
    // The citizen may withdraw at any point before a decision.
    WITHDRAWING,
    // The citizen declines dialogue; the complaint goes the formal way at once.
    INTO_FORMAL_TRACK,
  ],
  contacting: [
    // An attempt got through.
    { to: 'in_dialogue', trigger: 'contact_attempt' },
    // The citizen withdraws (e.g. by mail) before we reach them.
    WITHDRAWING,
    // The citizen answers in writing that they want the formal track, not a conversation.
    INTO_FORMAL_TRACK,
  ],
  in_dialogue: [
    // The conversation ends in concrete agreements to follow up: the first agreement made moves it.
    { to: 'agreement', trigger: 'agreement_made' },
    // Resolved in the conversation itself, nothing left to follow up.
    { to: 'resolved', trigger: 'outcome', needs: WITH_REASON },
    // Understanding the decision, the citizen withdraws.
    WITHDRAWING,
    // Dialogue did not settle it; the citizen maintains the complaint (klagen fastholdes).
    INTO_FORMAL_TRACK,
  ],
  agreement: [
    // All agreements kept; the case stays open until then.
    { to: 'resolved', trigger: 'outcome', needs: WITH_REASON },
    // An agreement fell through; talk again rather than go formal by default — a choice, not the loop's.
    { to: 'in_dialogue', trigger: 'outcome' },
    // Agreements did not satisfy the citizen; the complaint is maintained.
    INTO_FORMAL_TRACK,
  ],
  resolved: [
    // Resolved cases close once nothing is left to follow up (open agreements need a reason).
    CLOSING,
  ],
  withdrawn: [
    // Withdrawn cases close.
    CLOSING,
  ],
  maintained: [
    // A maintained complaint must be re-assessed by the municipality first (retssikkerhedsloven § 66). Starting
    // it records nothing of the formal track's own, so staff may mark it begun; the result is the formal track's.
    { to: 'reassessment', trigger: 'outcome', events: ['reassessment_started'] },
    // The citizen may still withdraw before the re-assessment starts.
    WITHDRAWING,
  ],
  reassessment: [
    // Decision fully changed (omgjort): the citizen got what they asked for, nothing to forward. Only through
    // the formal track's re-assessment, which keeps the result with its reasoning and offers the letter.
    {
      ...CLOSING,
      trigger: 'reassessment_result',
      needs: { ...CLOSING.needs, reassessmentResult: ['changed'] },
      events: ['reassessment_decided', ...CLOSING.events],
    },
    // Upheld or partly changed: the rest goes to the appeals body with the case files — only through the
    // forwarding, so no case is forwarded without its bundle. The re-assessment's decision was recorded (its
    // own event) when it was made, so this move does not claim it again.
    {
      to: 'forwarded',
      trigger: 'forwarding',
      needs: { reassessmentResult: ['partly_changed', 'upheld'] },
      events: ['forwarded_to_appeals_body'],
    },
    // The citizen may withdraw the complaint during the re-assessment; that decides nothing, so no result.
    WITHDRAWING,
  ],
  forwarded: [
    // The appeals body (e.g. Ankestyrelsen) decides; the result gives the reversal rate — so only through the
    // formal track, which keeps the result and its date for that rate.
    {
      to: 'appeal_decided',
      trigger: 'appeal_result',
      needs: { appealResult: APPEAL_RESULTS },
      events: ['appeal_decided'],
    },
  ],
  appeal_decided: [
    // The appeal outcome is recorded; the case closes.
    CLOSING,
    // Sent back (hjemvist): the appeals body asks us to decide again, so the case re-enters re-assessment — as
    // part of recording that result on the formal track, which starts the new round.
    {
      to: 'reassessment',
      trigger: 'appeal_result',
      needs: { appealResult: ['sent_back'] },
      events: ['reassessment_started'],
    },
  ],
  closed: [
    // An unhappy satisfaction-survey answer (or a new turn) reopens the case.
    { to: 'reopened', trigger: 'outcome', needs: WITH_REASON, events: ['case_reopened'] },
  ],
  reopened: [
    // Reopened cases start over with contact; call first.
    { to: 'contacting', trigger: 'contact_attempt' },
    // Reached straight away.
    { to: 'in_dialogue', trigger: 'contact_attempt' },
    // The citizen wants the formal track this time.
    INTO_FORMAL_TRACK,
  ],
};

export interface TransitionRequest {
  to: CaseState;
  at: Date;
  actorId: string | null;
  /**
   * What makes the move; when given, the edge must be made by it (the transitions API passes 'outcome', so it
   * cannot make the loop's moves). Replaying a history, as the demo seed does, leaves it out.
   */
  trigger?: Trigger;
  /** Free text; required where the edge's guards say so. */
  reason?: string;
  /** Count of the case's open agreements. */
  openAgreements?: number;
  /** The results the formal track's moves carry (and a replayed history); the outcome path never sends them. */
  reassessmentResult?: ReassessmentResult;
  appealResult?: AppealResult;
}

export type DomainEvent = { type: string; at: Date; actorId: string | null; data: Record<string, unknown> };

export type TransitionError =
  | 'illegal_transition'
  | 'complaint_only'
  | 'wrong_trigger'
  | 'needs_bundle'
  | 'needs_reassessment'
  | 'needs_appeal_result'
  | 'reason_required'
  | 'open_agreements'
  | 'result_required';

export type TransitionResult =
  | { ok: true; state: CaseState; events: DomainEvent[] }
  | { ok: false; error: TransitionError; message: string };

interface CaseRef {
  kind: CaseKind;
  state: CaseState;
}

export function edgeFor(from: CaseState, to: CaseState): Edge | undefined {
  return ALLOWED_TRANSITIONS[from].find((e) => e.to === to);
}

function edgeAllowedFor(kind: CaseKind, edge: Edge): boolean {
  return !edge.complaintOnly || kind === 'complaint';
}

function fail(error: TransitionError, message: string): TransitionResult {
  return { ok: false, error, message };
}

/** Does this edge need a reason, given how many of the case's agreements are still open? */
export function reasonNeeded(edge: Edge, openAgreements: number): boolean {
  const rule = edge.needs?.reason;
  return rule === 'always' || (rule === 'with_open_agreements' && openAgreements > 0);
}

export function transition(current: CaseRef, req: TransitionRequest): TransitionResult {
  const { state: from, kind } = current;
  const { to } = req;

  const edge = edgeFor(from, to);
  if (!edge) return fail('illegal_transition', `No transition from '${from}' to '${to}'.`);
  if (!edgeAllowedFor(kind, edge)) {
    return fail('complaint_only', `Only a complaint may move from '${from}' to '${to}', not a ${kind}.`);
  }
  if (req.trigger && req.trigger !== edge.trigger) {
    return fail(
      REFUSED_AS[edge.trigger],
      `'${from}' -> '${to}' is made by ${edge.trigger}, not by ${req.trigger}.`,
    );
  }

  const reason = req.reason?.trim() || undefined;
  const openAgreements = req.openAgreements ?? 0;
  if (reasonNeeded(edge, openAgreements) && !reason) {
    return edge.needs?.reason === 'with_open_agreements'
      ? fail('open_agreements', `Closing with ${openAgreements} open agreement(s) requires a reason.`)
      : fail('reason_required', `Moving to '${to}' requires a reason.`);
  }

  const reassessmentResults = edge.needs?.reassessmentResult;
  const reassessmentResult = reassessmentResults?.find((r) => r === req.reassessmentResult);
  if (reassessmentResults && !reassessmentResult) {
    const accepted = reassessmentResults.map((r) => `'${r}'`).join(' or ');
    return fail(
      'result_required',
      `Moving from '${from}' to '${to}' requires reassessmentResult ${accepted}.`,
    );
  }
  const appealResults = edge.needs?.appealResult;
  const appealResult = appealResults?.find((r) => r === req.appealResult);
  if (appealResults && !appealResult) {
    return fail('result_required', `Moving from '${from}' to '${to}' requires an appealResult.`);
  }

  const event = (type: string, data: Record<string, unknown> = {}): DomainEvent => ({
    type,
    at: req.at,
    actorId: req.actorId,
    data,
  });
  const withReason = <T extends Record<string, unknown>>(data: T): T & { reason?: string } =>
    reason === undefined ? data : { ...data, reason };
  // The data an event carries; events not listed carry none.
  const dataOf: Partial<Record<EdgeEvent, () => Record<string, unknown>>> = {
    reassessment_decided: () => ({ result: reassessmentResult }),
    appeal_decided: () => ({ result: appealResult }),
    case_closed: () => withReason({ openAgreements }),
  };

  const events: DomainEvent[] = [event('state_changed', withReason({ from, to }))];
  for (const type of edge.events ?? []) events.push(event(type, dataOf[type]?.()));
  return { ok: true, state: to, events };
}

/** The states this case may move to next, respecting complaint-only edges. */
export function allowedTransitions(current: CaseRef): CaseState[] {
  return ALLOWED_TRANSITIONS[current.state].filter((e) => edgeAllowedFor(current.kind, e)).map((e) => e.to);
}

/**
 * A move staff may choose on the case page, and what its form must ask for. Only a reason: the moves that carry a
 * result (re-assessment, the appeals body's decision) are the formal track's, not outcomes.
 */
export interface OutcomeMove {
  to: CaseState;
  reason: boolean;
}

/** The outcomes staff may choose from here — the loop's and the formal track's moves left out — each with what it needs. */
export function outcomeMoves(current: CaseRef, openAgreements: number): OutcomeMove[] {
  return ALLOWED_TRANSITIONS[current.state]
    .filter((e) => e.trigger === 'outcome' && edgeAllowedFor(current.kind, e))
    .map((e) => ({ to: e.to, reason: reasonNeeded(e, openAgreements) }));
}

export function isOpen(state: CaseState): boolean {
  return state !== 'closed';
}
