// The training register's rules (uddannelse i metoden): who has citizen contact, who counts as trained, the
// coverage per department, and new staff not introduced within the kommune's number of weeks. Pure: the
// learning module reads the register, this decides.
import { addDays, type IsoDate } from './calendar.js';

/** The kinds of session in the course design: kick-off, training days, evaluation days, introduction. */
export const SESSION_KINDS = ['kickoff', 'training_day', 'evaluation_day', 'introduction'] as const;
export type SessionKind = (typeof SESSION_KINDS)[number];

/** Sessions whose attendance makes a staff member trained in the method. */
export const TRAINING_KINDS: readonly SessionKind[] = ['training_day', 'introduction'];

/** The roles that meet citizens: caseworkers, team leads and the reception (borgerservice). */
export const CITIZEN_CONTACT_ROLES = ['caseworker', 'team_lead', 'reception'] as const;

export const DEFAULT_INTRODUCTION_WEEKS = 6;
export const INTRODUCTION_WEEKS_MIN = 1;
export const INTRODUCTION_WEEKS_MAX = 52;

export interface StaffMember {
  userId: string;
  departmentId: string | null;
  role: string;
  active: boolean;
  /** The day they started (their account's creation). */
  startedOn: IsoDate;
  /** The days they attended a session that trains in the method. */
  trainedOn: readonly IsoDate[];
}

export const hasCitizenContact = (s: Pick<StaffMember, 'role' | 'active'>): boolean =>
  s.active && (CITIZEN_CONTACT_ROLES as readonly string[]).includes(s.role);

/** Trained by `on`: attended a training day or an introduction on or before that day. */
export const trainedBy = (s: StaffMember, on: IsoDate): boolean => s.trainedOn.some((d) => d <= on);

export interface DepartmentCoverage {
  departmentId: string | null;
  /** Staff with citizen contact who had started by `on`. */
  staff: number;
  trained: number;
  /** trained / staff, or null when the department has nobody with citizen contact. */
  share: number | null;
}

/** Coverage on a day, per department (sorted by id, staff without a department last as null). */
export function coverage(staff: readonly StaffMember[], on: IsoDate): DepartmentCoverage[] {
  const by = new Map<string | null, { staff: number; trained: number }>();
  for (const s of staff) {
    if (!hasCitizenContact(s) || s.startedOn > on) continue;
    const c = by.get(s.departmentId) ?? { staff: 0, trained: 0 };
    c.staff++;
    if (trainedBy(s, on)) c.trained++;
    by.set(s.departmentId, c);
  }
  return [...by.entries()]
    .sort(([a], [b]) => (a === null ? 1 : b === null ? -1 : a.localeCompare(b)))
    .map(([departmentId, c]) => ({
      departmentId,
      staff: c.staff,
      trained: c.trained,
      share: c.staff === 0 ? null : c.trained / c.staff,
    }));
}

/** The day by which a new staff member must have been introduced. */
export const introductionDue = (startedOn: IsoDate, weeks: number): IsoDate => addDays(startedOn, weeks * 7);

/**
 * New staff with citizen contact, not trained, whose introduction was due before `today` — to be flagged to
 * their lead. Staff who started before the department's method start are the rollout's, not the introduction's.
 */
export function overdueIntroductions<S extends StaffMember>(
  staff: readonly S[],
  today: IsoDate,
  weeks: number,
  methodStart: (departmentId: string | null) => IsoDate | null,
): S[] {
  return staff.filter((s) => {
    if (!hasCitizenContact(s) || s.trainedOn.length > 0) return false;
    const start = methodStart(s.departmentId);
    if (!start || s.startedOn < start) return false;
    return introductionDue(s.startedOn, weeks) < today;
  });
}
