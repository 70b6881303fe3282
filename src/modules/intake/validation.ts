// Validation of a citizen's complaint or inquiry: the same rules for the HTML form and the API.
// Errors are i18n keys per field, so the page and the API answer in the citizen's language.
import { type IsoDate, isValidIsoDate } from '../../core/calendar.js';
import { CASE_KINDS, type CaseKind } from '../../core/workflow.js';

export const CONTACT_TIMES = ['any', 'morning', 'midday', 'afternoon'] as const;
export type ContactTime = (typeof CONTACT_TIMES)[number];

export interface IntakeInput {
  kind: CaseKind;
  area: string;
  decisionDate: IsoDate | null; // afgørelsens dato — for a klage
  decisionReference: string | null;
  description: string;
  name: string;
  phone: string | null; // normalised to +45XXXXXXXX
  email: string | null;
  preferredContactTime: ContactTime;
}

export type Validation =
  | { ok: true; value: IntakeInput }
  | { ok: false; fields: Record<string, string>; value: Record<string, string> };

const str = (v: unknown): string =>
  typeof v === 'string' ? v.trim() : typeof v === 'number' || typeof v === 'boolean' ? String(v) : '';

/** Danish numbers: 8 digits, optionally +45 or 0045, spaces and dashes allowed. */
export function normalizePhone(raw: string): string | null {
  const digits = raw.replace(/[\s-]/g, '').replace(/^(\+45|0045)/, '');
  return /^[2-9]\d{7}$/.test(digits) ? `+45${digits}` : null;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/;

/** The submitted fields as trimmed strings, to show the form again with what the citizen wrote. */
export function rawIntake(body: unknown) {
  const b = (body ?? {}) as Record<string, unknown>;
  return {
    kind: str(b.kind),
    area: str(b.area),
    decisionDate: str(b.decisionDate),
    decisionReference: str(b.decisionReference),
    description: str(b.description),
    name: str(b.name),
    phone: str(b.phone),
    email: str(b.email),
    preferredContactTime: str(b.preferredContactTime) || 'any',
  };
}

export function validateIntake(body: unknown, today: IsoDate): Validation {
  const raw = rawIntake(body);
  const fields: Record<string, string> = {};

  if (!(CASE_KINDS as readonly string[]).includes(raw.kind)) fields.kind = 'intake.error.kind';
  if (!raw.area) fields.area = 'intake.error.area';
  if (raw.kind === 'complaint') {
    if (!raw.decisionDate) fields.decisionDate = 'intake.error.decisionDate.required';
    else if (!isValidIsoDate(raw.decisionDate)) fields.decisionDate = 'intake.error.decisionDate.invalid';
    else if (raw.decisionDate > today) fields.decisionDate = 'intake.error.decisionDate.future';
  }
  if (raw.decisionReference.length > 100) fields.decisionReference = 'intake.error.decisionReference.long';
  if (raw.description.length < 10) fields.description = 'intake.error.description.short';
  else if (raw.description.length > 5000) fields.description = 'intake.error.description.long';
  if (!raw.name) fields.name = 'intake.error.name.required';
  else if (raw.name.length > 200) fields.name = 'intake.error.name.long';

  const phone = raw.phone ? normalizePhone(raw.phone) : null;
  if (raw.phone && !phone) fields.phone = 'intake.error.phone.invalid';
  const emailOk = !raw.email || (raw.email.length <= 254 && EMAIL.test(raw.email));
  if (!emailOk) fields.email = 'intake.error.email.invalid';
  if (!raw.phone && !raw.email) fields.phone = 'intake.error.contact.required';
  if (!(CONTACT_TIMES as readonly string[]).includes(raw.preferredContactTime)) {
    fields.preferredContactTime = 'intake.error.preferredContactTime';
  }

  if (Object.keys(fields).length > 0) return { ok: false, fields, value: raw };
  return {
    ok: true,
    value: {
      kind: raw.kind as CaseKind,
      area: raw.area,
      decisionDate: raw.kind === 'complaint' ? raw.decisionDate : null,
      decisionReference: raw.kind === 'complaint' && raw.decisionReference ? raw.decisionReference : null,
      description: raw.description,
      name: raw.name,
      phone,
      email: raw.email ? raw.email.toLowerCase() : null,
      preferredContactTime: raw.preferredContactTime as ContactTime,
    },
  };
}
