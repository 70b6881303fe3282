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
] as const;
export type AppealResult = (typeof APPEAL_RESULTS)[number];

export interface Edge {
  to: CaseState;
  /** Only a complaint about a decision (klage) has a formal track; grievances and inquiries end in dialogue. */
  complaintOnly?: true;
}

/** The whole workflow as one table: from-state -> the edges it may take. */
export const ALLOWED_TRANSITIONS: Readonly<Record<CaseState, readonly Edge[]>> = {
  received: [
    // First call attempt did not reach the citizen; attempts are logged while contacting.
    { to: 'contacting' },
    // Reached on the first call — seed 003: quick, direct contact is the point.
    { to: 'in_dialogue' },
    // The citizen may withdraw at any point before a decision.
    { to: 'withdrawn' },
    // The citizen declines dialogue; the complaint goes the formal way at once.
    { to: 'maintained', complaintOnly: true },
  ],
  contacting: [
    // An attempt got through.
    { to: 'in_dialogue' },
    // The citizen withdraws (e.g. by mail) before we reach them.
    { to: 'withdrawn' },
    // The citizen answers in writing that they want the formal track, not a conversation.
    { to: 'maintained', complaintOnly: true },
  ],
  in_dialogue: [
    // The conversation ends in concrete agreements to follow up.
    { to: 'agreement' },
    // Resolved in the conversation itself, nothing left to follow up.
    { to: 'resolved' },
    // Understanding the decision, the citizen withdraws.
    { to: 'withdrawn' },
    // Dialogue did not settle it; the citizen maintains the complaint (klagen fastholdes).
    { to: 'maintained', complaintOnly: true },
  ],
  agreement: [
    // All agreements kept; the case stays open until then.
    { to: 'resolved' },
    // An agreement fell through; talk again rather than go formal by default.
    { to: 'in_dialogue' },
    // Agreements did not satisfy the citizen; the complaint is maintained.
    { to: 'maintained', complaintOnly: true },
  ],
  resolved: [
    // Resolved cases close once nothing is left to follow up (open agreements need a reason, below).
    { to: 'closed' },
  ],
  withdrawn: [
    // Withdrawn cases close.
    { to: 'closed' },
  ],
  maintained: [
    // A maintained complaint must be re-assessed by the municipality first (retssikkerhedsloven § 66).
    { to: 'reassessment' },
    // The citizen may still withdraw before the re-assessment starts.
    { to: 'withdrawn' },
  ],
  reassessment: [
    // Decision fully changed (omgjort): the citizen got what they asked for, nothing to forward. Needs 'changed'.
    { to: 'closed' },
    // Upheld or partly changed: the rest goes to the appeals body with the case files. Needs 'upheld' | 'partly_changed'.
    { to: 'forwarded' },
    // The citizen may withdraw the complaint during the re-assessment.
    { to: 'withdrawn' },
  ],
  forwarded: [
    // The appeals body (e.g. Ankestyrelsen) decides; the result gives the reversal rate. Needs an appeal result.
    { to: 'appeal_decided' },
  ],
  appeal_decided: [
    // The appeal outcome is recorded; the case closes.
    { to: 'closed' },
  ],
  closed: [
    // An unhappy satisfaction-survey answer (or a new turn) reopens the case.
    { to: 'reopened' },
  ],
  reopened: [
    // Reopened cases start over with contact; call first.
    { to: 'contacting' },
    // Reached straight away.
    { to: 'in_dialogue' },
    // The citizen wants the formal track this time.
    { to: 'maintained', complaintOnly: true },
  ],
};

/** Targets whose transition must carry a reason: the case history must say why it ended, went formal or reopened. */
const REASON_REQUIRED: readonly CaseState[] = ['resolved', 'withdrawn', 'maintained', 'reopened'];

export interface TransitionRequest {
  to: CaseState;
  at: Date;
  actorId: string | null;
  /** Free text; required for some targets (see REASON_REQUIRED) and for closing with open agreements. */
  reason?: string;
  /** Count of the case's open agreements. */
  openAgreements?: number;
  reassessmentResult?: ReassessmentResult;
  appealResult?: AppealResult;
}

export type DomainEvent = { type: string; at: Date; actorId: string | null; data: Record<string, unknown> };

export type TransitionError =
  | 'illegal_transition'
  | 'complaint_only'
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

function edgeFor(from: CaseState, to: CaseState): Edge | undefined {
  return ALLOWED_TRANSITIONS[from].find((e) => e.to === to);
}

function edgeAllowedFor(kind: CaseKind, edge: Edge): boolean {
  return !edge.complaintOnly || kind === 'complaint';
}

function fail(error: TransitionError, message: string): TransitionResult {
  return { ok: false, error, message };
}

function isReassessmentResult(value: unknown): value is ReassessmentResult {
  return (REASSESSMENT_RESULTS as readonly unknown[]).includes(value);
}

function isAppealResult(value: unknown): value is AppealResult {
  return (APPEAL_RESULTS as readonly unknown[]).includes(value);
}

/** Which results a reassessment needs to leave by a given edge; undefined when none is needed. */
function acceptedReassessmentResults(to: CaseState): readonly ReassessmentResult[] | undefined {
  if (to === 'closed') return ['changed'];
  if (to === 'forwarded') return ['upheld', 'partly_changed'];
  return undefined;
}

export function transition(current: CaseRef, req: TransitionRequest): TransitionResult {
  const { state: from, kind } = current;
  const { to } = req;

  const edge = edgeFor(from, to);
  if (!edge) return fail('illegal_transition', `No transition from '${from}' to '${to}'.`);
  if (!edgeAllowedFor(kind, edge)) {
    return fail('complaint_only', `Only a complaint may move from '${from}' to '${to}', not a ${kind}.`);
  }

  const reason = req.reason?.trim() || undefined;
  if (REASON_REQUIRED.includes(to) && !reason) {
    return fail('reason_required', `Moving to '${to}' requires a reason.`);
  }

  const openAgreements = req.openAgreements ?? 0;
  if (to === 'closed' && openAgreements > 0 && !reason) {
    return fail('open_agreements', `Closing with ${openAgreements} open agreement(s) requires a reason.`);
  }

  let reassessmentResult: ReassessmentResult | undefined;
  if (from === 'reassessment') {
    const accepted = acceptedReassessmentResults(to);
    if (accepted) {
      if (!isReassessmentResult(req.reassessmentResult) || !accepted.includes(req.reassessmentResult)) {
        return fail(
          'result_required',
          `Moving from 'reassessment' to '${to}' requires reassessmentResult ${accepted.map((r) => `'${r}'`).join(' or ')}.`,
        );
      }
      reassessmentResult = req.reassessmentResult;
    }
  }

  let appealResult: AppealResult | undefined;
  if (to === 'appeal_decided') {
    if (!isAppealResult(req.appealResult)) {
      return fail('result_required', `Moving to 'appeal_decided' requires an appealResult.`);
    }
    appealResult = req.appealResult;
  }

  const event = (type: string, data: Record<string, unknown> = {}): DomainEvent => ({
    type,
    at: req.at,
    actorId: req.actorId,
    data,
  });
  const withReason = <T extends Record<string, unknown>>(data: T): T & { reason?: string } =>
    reason === undefined ? data : { ...data, reason };

  const events: DomainEvent[] = [event('state_changed', withReason({ from, to }))];
  if (to === 'maintained') events.push(event('formal_track_opened'));
  if (to === 'reassessment') events.push(event('reassessment_started'));
  // Withdrawing during re-assessment decides nothing, so only a result-bearing exit records a decision.
  if (reassessmentResult) events.push(event('reassessment_decided', { result: reassessmentResult }));
  if (to === 'forwarded') events.push(event('forwarded_to_appeals_body'));
  if (appealResult) events.push(event('appeal_decided', { result: appealResult }));
  // No survey event here: closing queues no survey yet, and the timeline must not claim what did not happen.
  // 'survey_requested' belongs to whatever actually queues one.
  if (to === 'closed') events.push(event('case_closed', withReason({ openAgreements })));
  if (to === 'reopened') events.push(event('case_reopened'));

  return { ok: true, state: to, events };
}

/** The states this case may move to next, respecting complaint-only edges. */
export function allowedTransitions(current: CaseRef): CaseState[] {
  return ALLOWED_TRANSITIONS[current.state].filter((e) => edgeAllowedFor(current.kind, e)).map((e) => e.to);
}

export function isOpen(state: CaseState): boolean {
  return state !== 'closed';
}
