// The letters module's calls from the staff app.
import { api } from '../../../../web/src/app/api.js';
import type { LetterKind, LetterSection } from '../../../core/letters.js';
import type { OfficialesePhrase } from '../../../core/plain-language.js';
import type { LetterView } from '../letters.js';

export interface LetterSettingsView {
  lixLimit: number;
  officialese: OfficialesePhrase[];
}

export interface LetterWithContext {
  letter: LetterView;
  settings: LetterSettingsView;
  reachedCall: boolean;
  /** How a letter on the case can go: Digital Post (CPR known), e-mail (address known). */
  channels: SendChannel[];
  email: string | null;
}

export type SendChannel = 'digital_post' | 'email';

export interface TemplateView {
  id: string;
  kind: string;
  area: { code: string; name: string } | null;
  title: string;
  sections: LetterSection[];
  updatedAt: string;
}

const base = (caseNumber: string) => `/cases/${encodeURIComponent(caseNumber)}/letters`;

export const fetchLetters = (caseNumber: string) =>
  api<{ items: LetterView[]; settings: LetterSettingsView; reachedCall: boolean }>('GET', base(caseNumber));

export const fetchLetter = (caseNumber: string, n: number) =>
  api<LetterWithContext>('GET', `${base(caseNumber)}/${n}`);

export const createLetter = (
  caseNumber: string,
  body: { kind: LetterKind; reason?: string; expectedOn?: string },
) => api<LetterWithContext>('POST', base(caseNumber), body);

export const saveLetter = (
  caseNumber: string,
  n: number,
  body: { title: string; sections: LetterSection[] },
) => api<LetterWithContext>('PUT', `${base(caseNumber)}/${n}`, body);

export const sendLetter = (caseNumber: string, n: number, channel: SendChannel) =>
  api<LetterWithContext>('POST', `${base(caseNumber)}/${n}/send`, { channel });

export const letterPdfUrl = (caseNumber: string, n: number) => `/api/v1${base(caseNumber)}/${n}/pdf`;

export const fetchTemplates = () =>
  api<{ items: TemplateView[]; areas: { code: string; name: string }[]; settings: LetterSettingsView }>(
    'GET',
    '/letter-templates',
  );

export const saveTemplate = (
  kind: string,
  body: { area: string | null; title: string; sections: LetterSection[] },
) => api<{ id: string }>('PUT', `/letter-templates/${kind}`, body);

export const saveSettings = (body: LetterSettingsView) =>
  api<LetterSettingsView>('PUT', '/letter-settings', body);

export interface OutboxItem {
  id: string;
  at: string;
  recipientName: string;
  recipientCprMasked: string | null;
  subject: string;
  caseNumber: string;
  letterNumber: number;
  pdfBytes: number;
}

export const fetchOutbox = () => api<{ items: OutboxItem[] }>('GET', '/digital-post/dev-outbox');
export const outboxPdfUrl = (id: string) => `/api/v1/digital-post/dev-outbox/${id}/pdf`;
