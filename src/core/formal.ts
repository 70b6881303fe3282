/**
 * The formal track of a complaint about a decision (klage over en afgørelse), as pure rules: the klagefrist and
 * whether a complaint came late, the deadlines that follow (genvurdering, aktindsigt), when to prompt for a delay
 * letter (fristbrev), the order of the formal steps, and the reversal rate (omgørelsesprocent) exactly as the
 * appeals body computes it. See PRODUCT.md, "Rules the core computes". No clock, no I/O: today is passed in.
 */

import type { CalendarRules, IsoDate } from './calendar.js';
import { isValidIsoDate, workingDaysBetween } from './calendar.js';
import {
  accessToFilesDue,
  appealDeadline,
  type DeadlineStatus,
  deadlineStatus,
  letterReceivedOn,
  reassessmentDue,
} from './deadlines.js';
import type { AppealResult, CaseState, ReassessmentResult } from './workflow.js';

/** How the decision reached the citizen, as they told us (or we know). */
export const DECISION_DELIVERIES = ['digital', 'physical', 'unknown'] as const;
export type DecisionDelivery = (typeof DECISION_DELIVERIES)[number];

export interface DecisionFacts {
  /** The decision letter's date. */
  decisionDate: IsoDate;
  /** Digital Post, a physical letter, or not known. */
  delivery: DecisionDelivery;
  /** Did the decision carry a proper klagevejledning? Without one the klagefrist has not started. */
  properGuidance: boolean;
}

export type ComplaintDeadline =
  | { started: true; decisionReceivedOn: IsoDate; deadline: IsoDate }
  | { started: false; reason: 'no_guidance' };

function assertIsoDate(d: IsoDate): IsoDate {
  if (!isValidIsoDate(d)) throw new RangeError(`Not a valid ISO date (YYYY-MM-DD): ${JSON.stringify(d)}`);
  return d;
}

/**
 * Klagefrist: 4 weeks from the citizen's receipt of the decision (retssikkerhedsloven § 67). Received on the day
 * for Digital Post, 6 working days after the letter's date for physical post. When the citizen does not know how
 * it came, we count as for physical post: the doubt is the citizen's benefit, never a reason to refuse.
 * Without a proper klagevejledning the deadline has not started.
 */
export function complaintDeadline(facts: DecisionFacts, rules: CalendarRules): ComplaintDeadline {
  assertIsoDate(facts.decisionDate);
  if (!facts.properGuidance) return { started: false, reason: 'no_guidance' };
  const channel = facts.delivery === 'digital' ? 'digital' : 'physical';
  const decisionReceivedOn = letterReceivedOn(facts.decisionDate, channel, rules);
  return { started: true, decisionReceivedOn, deadline: appealDeadline(decisionReceivedOn, rules) };
}

/** A complaint received after the klagefrist is late; it is still registered, and someone decides on it. */
export function isComplaintLate(deadline: ComplaintDeadline, complaintReceivedOn: IsoDate): boolean {
  assertIsoDate(complaintReceivedOn);
  return deadline.started && complaintReceivedOn > deadline.deadline;
}

/** The deadlines on a formal case, as the case page and the API show them. */
export interface FormalDeadlines {
  complaintDeadline: IsoDate | null;
  complaintLate: boolean;
  reassessmentDue: IsoDate;
}

export function formalDeadlines(
  facts: DecisionFacts | null,
  complaintReceivedOn: IsoDate,
  rules: CalendarRules,
): FormalDeadlines {
  const deadline = facts ? complaintDeadline(facts, rules) : null;
  return {
    complaintDeadline: deadline?.started ? deadline.deadline : null,
    complaintLate: deadline ? isComplaintLate(deadline, complaintReceivedOn) : false,
    reassessmentDue: reassessmentDue(complaintReceivedOn, rules),
  };
}

/** The aktindsigt deadline: 7 working days from receipt (offentlighedsloven § 36). */
export const accessRequestDue = accessToFilesDue;

/** How many working days before a deadline the caseworker is asked whether a delay letter is needed. */
export const DELAY_LETTER_WARNING_DAYS = 2;

/**
 * Should the caseworker be prompted to send a delay letter (fristbrev: reason and new expected date)? When the
 * deadline is not met and is at most DELAY_LETTER_WARNING_DAYS working days away, today, or past — unless a
 * delay letter has already been sent since.
 */
export function delayLetterPrompt(
  due: IsoDate,
  metOn: IsoDate | null,
  today: IsoDate,
  delayLetterSent: boolean,
  rules: CalendarRules,
): boolean {
  const status: DeadlineStatus = deadlineStatus(due, metOn, today);
  if (status === 'met' || status === 'missed' || delayLetterSent) return false;
  if (status === 'overdue' || status === 'due_today') return true;
  return workingDaysBetween(today, due, rules) <= DELAY_LETTER_WARNING_DAYS;
}

/** The formal steps the API offers; each is allowed only in its place. */
export type FormalStep = 'reassessment' | 'forwarding' | 'appeal_result' | 'late_decision';

/** Why a step is refused (each maps to a 409 with its own da/en message). */
export type FormalRefusal =
  | 'not_a_complaint'
  | 'not_formal'
  | 'reassessment_decided'
  | 'reassessment_first'
  | 'not_forwardable'
  | 'not_forwarded'
  | 'appeal_decided'
  | 'late_decision_not_needed'
  | 'late_decision_made';

export interface FormalPosition {
  kind: string;
  state: CaseState;
  /** The result of the current re-assessment round, if any. */
  reassessmentResult: ReassessmentResult | null;
  /** The latest appeal result, if any. */
  appealResult: AppealResult | null;
  complaintLate: boolean;
  lateDecisionMade: boolean;
}

const FORMAL_STATES: readonly CaseState[] = ['maintained', 'reassessment', 'forwarded', 'appeal_decided'];

/** Null when the step may be taken now; otherwise why not. */
export function formalRefusal(step: FormalStep, p: FormalPosition): FormalRefusal | null {
  if (p.kind !== 'complaint') return 'not_a_complaint';
  if (step === 'late_decision') {
    if (!p.complaintLate) return 'late_decision_not_needed';
    return p.lateDecisionMade ? 'late_decision_made' : null;
  }
  const formal = FORMAL_STATES.includes(p.state) || (p.state === 'closed' && p.reassessmentResult !== null);
  if (step === 'reassessment') {
    if (p.state === 'appeal_decided' || (p.state === 'closed' && p.appealResult)) return 'appeal_decided';
    if (p.state === 'forwarded' || p.state === 'closed') return 'reassessment_decided';
    if (p.state === 'maintained') return null;
    if (p.state === 'reassessment') return p.reassessmentResult ? 'reassessment_decided' : null;
    return 'not_formal';
  }
  if (step === 'forwarding') {
    if (p.state === 'maintained') return 'reassessment_first';
    if (p.state === 'reassessment') {
      if (!p.reassessmentResult) return 'reassessment_first';
      return p.reassessmentResult === 'changed' ? 'not_forwardable' : null;
    }
    if (p.state === 'forwarded' || p.state === 'appeal_decided') return 'not_forwardable';
    return formal ? 'not_forwardable' : 'not_formal';
  }
  // appeal_result
  if (p.state === 'forwarded') return null;
  if (p.state === 'appeal_decided') return 'appeal_decided';
  if (p.state === 'maintained' || p.state === 'reassessment') return 'not_forwarded';
  return formal ? 'not_forwarded' : 'not_formal';
}

/** One appeals body decision, for the reversal rate. */
export interface AppealOutcome {
  areaCode: string;
  decidedOn: IsoDate;
  result: AppealResult;
}

export interface ReversalRate {
  /** (changed + annulled + sent back) ÷ (upheld + changed + annulled + sent back); null with nothing counted. */
  rate: number | null;
  /** The denominator: the decisions counted (dismissed left out). */
  counted: number;
  reversed: number;
  dismissed: number;
}

const REVERSING: readonly AppealResult[] = ['changed', 'annulled', 'sent_back'];

/**
 * Omgørelsesprocent as Ankestyrelsen computes it: (changed + annulled + sent back) ÷ (upheld + changed + annulled
 * + sent back); dismissed (afvist/bortfaldet) cases are left out of both.
 */
export function reversalRate(results: readonly AppealResult[]): ReversalRate {
  let counted = 0;
  let reversed = 0;
  let dismissed = 0;
  for (const r of results) {
    if (r === 'dismissed') {
      dismissed++;
      continue;
    }
    counted++;
    if (REVERSING.includes(r)) reversed++;
  }
  return { rate: counted === 0 ? null : reversed / counted, counted, reversed, dismissed };
}

/** The reversal rate per area, over decisions made from `from` to `to` (both inclusive). */
export function reversalRateByArea(
  outcomes: readonly AppealOutcome[],
  from: IsoDate,
  to: IsoDate,
): Map<string, ReversalRate> {
  assertIsoDate(from);
  assertIsoDate(to);
  const byArea = new Map<string, AppealResult[]>();
  for (const o of outcomes) {
    if (o.decidedOn < from || o.decidedOn > to) continue;
    const list = byArea.get(o.areaCode) ?? [];
    list.push(o.result);
    byArea.set(o.areaCode, list);
  }
  return new Map([...byArea].sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => [k, reversalRate(v)]));
}

/** Where the appeal goes when the area has none configured. */
export const DEFAULT_APPEALS_BODY = 'Ankestyrelsen';

/**
 * Whether a complaint looks late when it arrives, before we know how the decision reached the citizen: counted as
 * for physical post (the later deadline) with a klagevejledning assumed. It is for a plain notice to the citizen,
 * never a refusal; the caseworker records the facts and the decision on the case.
 */
export function decisionLooksLate(decisionDate: IsoDate, receivedOn: IsoDate, rules: CalendarRules): boolean {
  const deadline = complaintDeadline({ decisionDate, delivery: 'unknown', properGuidance: true }, rules);
  return isComplaintLate(deadline, receivedOn);
}
