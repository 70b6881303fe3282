// The agreement form's pure parts: the checks the server makes, said in Danish before the round trip.
import { isValidIsoDate, localDate } from '../../../core/calendar.js';

export type AgreementField = 'what' | 'owner' | 'dueOn';
export const AGREEMENT_FIELDS: readonly AgreementField[] = ['what', 'owner', 'dueOn'];

export interface AgreementDraft {
  what: string;
  /** 'citizen' or a staff member's id; '' until chosen */
  owner: string;
  /** 'YYYY-MM-DD' from <input type="date">; '' when empty or not a whole date */
  dueOn: string;
}

export const emptyAgreement: AgreementDraft = { what: '', owner: '', dueOn: '' };

export type AgreementErrors = Partial<Record<AgreementField, string>>;

/** Today where the kommune works: a due date before it is refused. */
export const todayInDenmark = (now: Date): string => localDate(now);

/** i18n keys of what is wrong, by field; empty when the draft can be sent. */
export function checkAgreement(d: AgreementDraft, today: string): AgreementErrors {
  const errors: AgreementErrors = {};
  const what = d.what.trim();
  if (!what) errors.what = 'dialogue.agreement.error.whatRequired';
  else if (what.length < 3) errors.what = 'dialogue.agreement.error.whatShort';
  else if (what.length > 2000) errors.what = 'dialogue.agreement.error.whatLong';
  if (!d.owner) errors.owner = 'dialogue.agreement.error.ownerRequired';
  if (!d.dueOn) errors.dueOn = 'dialogue.agreement.error.dueRequired';
  else if (!isValidIsoDate(d.dueOn)) errors.dueOn = 'dialogue.agreement.error.dueInvalid';
  else if (d.dueOn < today) errors.dueOn = 'dialogue.agreement.error.duePast';
  return errors;
}

export const agreementBody = (d: AgreementDraft) => ({ what: d.what.trim(), owner: d.owner, dueOn: d.dueOn });

/** The server's per-field refusals (already in the user's language) on the form's fields; others apart. */
export function serverErrors(fields: Record<string, string> | undefined): {
  fields: AgreementErrors;
  other: string[];
} {
  const out: AgreementErrors = {};
  const other: string[] = [];
  for (const [field, message] of Object.entries(fields ?? {})) {
    if ((AGREEMENT_FIELDS as readonly string[]).includes(field)) out[field as AgreementField] = message;
    else other.push(message);
  }
  return { fields: out, other };
}

/** An open agreement whose due date has passed: shown as overdue (a second cue beside the date). */
export const isOverdue = (a: { status: string; dueOn: string }, today: string): boolean =>
  a.status === 'open' && a.dueOn < today;
