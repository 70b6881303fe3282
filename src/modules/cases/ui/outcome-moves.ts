// Which outcomes the case page offers, and what each needs — asked of the pure state machine itself
// (a dry run of `transition`), so the form never disagrees with the server about required fields.
import {
  APPEAL_RESULTS,
  type AppealResult,
  type CaseKind,
  type CaseState,
  REASSESSMENT_RESULTS,
  type ReassessmentResult,
  transition,
} from '../../../core/workflow.js';

/**
 * Moves the loop makes by itself are left out: logging an attempt moves a new or reopened case to contacting or
 * in dialogue, and making the first agreement moves it to agreement. Going back from agreement to dialogue is a
 * deliberate choice, so it stays.
 */
function madeByTheLoop(from: CaseState, to: CaseState): boolean {
  if (to === 'agreement') return true;
  if (to === 'contacting') return true;
  return to === 'in_dialogue' && from !== 'agreement';
}

export function manualMoves(from: CaseState, allowed: readonly CaseState[]): CaseState[] {
  return allowed.filter((to) => !madeByTheLoop(from, to));
}

export interface MoveNeeds {
  reason: boolean;
  /** The results this move accepts, when it needs one (re-assessment or appeal); otherwise empty. */
  reassessmentResults: ReassessmentResult[];
  appealResults: AppealResult[];
}

type Extra = { reason?: string; reassessmentResult?: ReassessmentResult; appealResult?: AppealResult };

export function moveNeeds(
  c: { kind: CaseKind; state: CaseState },
  to: CaseState,
  openAgreements: number,
): MoveNeeds {
  const refusal = (extra: Extra) => {
    const r = transition(c, { to, at: new Date(0), actorId: null, openAgreements, ...extra });
    return r.ok ? null : r.error;
  };
  // The state machine checks the reason before the result: give one to learn whether a result is needed.
  const needsResult = refusal({ reason: 'x' }) === 'result_required';
  const reassessmentResults = needsResult
    ? REASSESSMENT_RESULTS.filter((r) => refusal({ reason: 'x', reassessmentResult: r }) === null)
    : [];
  const appealResults = needsResult
    ? APPEAL_RESULTS.filter((r) => refusal({ reason: 'x', appealResult: r }) === null)
    : [];
  const withResult: Extra = {
    ...(reassessmentResults[0] ? { reassessmentResult: reassessmentResults[0] } : {}),
    ...(appealResults[0] ? { appealResult: appealResults[0] } : {}),
  };
  const withoutReason = refusal(withResult);
  return {
    reason: withoutReason === 'reason_required' || withoutReason === 'open_agreements',
    reassessmentResults,
    appealResults,
  };
}
