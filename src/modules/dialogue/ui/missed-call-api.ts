// The missed-call message's preview, as the staff app asks for it.
import { api } from '../../../../web/src/app/api.js';

/** The missed-call message as the citizen would get it, with the number and phone hours filled in. */
export const previewMissedCallMessage = (caseNumber: string, channel: 'sms' | 'email') =>
  api<{ subject: string | null; text: string }>(
    'GET',
    `/cases/${encodeURIComponent(caseNumber)}/missed-call-message?channel=${channel}`,
  );
