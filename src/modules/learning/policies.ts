// Who may share, read and review learning (erfaringscases, buddy feedback, the training register), in
// sentences. Pure: the staff app's menu imports it too.
import { type Actor, definePolicies, sameKommune, worksCases } from '../../platform/policies.js';

/** What a rule needs to know about a learning case. */
export interface LearningSubject {
  kommuneId: string;
  authorId: string;
  status: string; // draft | published
}

/**
 * What a rule needs to know about a part of the training register: the department it belongs to — a session's
 * own, or the department of the staff member a pair or an action plan is about. Null: kommune-wide.
 */
export interface TrainingSubject {
  kommuneId: string;
  departmentId: string | null;
}

/** What a rule needs to know about a buddy feedback request (makkerskab). */
export interface FeedbackSubject {
  kommuneId: string;
  requesterId: string;
  reviewerId: string;
}

const staff = (a: Actor) => a.role !== 'citizen';

export const learningPolicies = definePolicies({
  // The redaction tool is for any staff member; it stores nothing.
  'text.redact': (a: Actor) => staff(a),
  // Published learning cases are read by all staff of the kommune, to learn from each other.
  'learning.read': (a: Actor) => staff(a),
  // Those who work cases turn their own closed cases into learning cases.
  'learning.write': (a: Actor) => worksCases(a),
  // A draft is its author's alone until it is published; a published case is read by the kommune's staff.
  'learning.view': (a: Actor, l: LearningSubject) =>
    staff(a) && sameKommune(a, l) && (l.status === 'published' || l.authorId === a.userId),
  // Only the author reviews the redactions, edits and publishes.
  'learning.edit': (a: Actor, l: LearningSubject) =>
    worksCases(a) && sameKommune(a, l) && l.authorId === a.userId,
  // A caseworker asks a colleague for feedback on a conversation record; their own list of requests.
  'feedback.request': (a: Actor) => worksCases(a),
  // Only the two of them see it …
  'feedback.view': (a: Actor, f: FeedbackSubject) =>
    staff(a) && sameKommune(a, f) && (a.userId === f.requesterId || a.userId === f.reviewerId),
  // … and only the named colleague answers.
  'feedback.answer': (a: Actor, f: FeedbackSubject) =>
    staff(a) && sameKommune(a, f) && a.userId === f.reviewerId,
  // The training register: kept by team leads and the administrator; read by them and the analyst.
  'training.read': (a: Actor) => ['team_lead', 'admin', 'analyst'].includes(a.role),
  'training.manage': (a: Actor) => a.role === 'team_lead' || a.role === 'admin',
  // … a team lead for their own department only (its sessions, its staff's pairs and plans); the
  // administrator for the whole kommune, including kommune-wide sessions and the introduction weeks.
  'training.keep': (a: Actor, t: TrainingSubject) =>
    sameKommune(a, t) &&
    (a.role === 'admin' ||
      (a.role === 'team_lead' && t.departmentId !== null && t.departmentId === a.departmentId)),
});

declare module '../../platform/policies.js' {
  interface PolicyRules extends LearningRules {}
}
type LearningRules = typeof learningPolicies;
