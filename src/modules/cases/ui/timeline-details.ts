// The details under each event of the case history, in plain words: which channel and result, to whom, what
// was agreed, how long the talk took, why. Pure, so it can be tested without a page.
import { formatDate } from '../../../../web/src/app/format.js';
import type { Locale, Translate } from '../../../i18n/index.js';
import {
  appealResultLabel,
  attemptChannelLabel,
  attemptResultLabel,
  reassessmentResultLabel,
  rootCauseLabel,
  stateLabel,
} from './labels.js';
import type { TimelineEntry } from './types.js';

const text = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v : null);

export interface TimelineContext {
  /** Staff names by id, for events that name a colleague (assignment, contact person). */
  names: ReadonlyMap<string, string>;
  /** What each agreement of the case says, by id, for the events that keep or cancel one. */
  agreements: ReadonlyMap<string, string>;
}

/** The lines under an event's title; the data is read defensively, as older events may lack a field. */
export function timelineDetails(
  t: Translate,
  locale: Locale,
  e: TimelineEntry,
  ctx: TimelineContext,
): string[] {
  const { names, agreements } = ctx;
  const d = e.data;
  const lines: (string | null)[] = [];
  const person = (id: unknown) =>
    (typeof id === 'string' && names.get(id)) || t('dialogue.ui.timeline.someone');
  switch (e.type) {
    case 'state_changed':
      if (text(d.from) && text(d.to))
        lines.push(
          t('dialogue.ui.case.stateChange', {
            from: stateLabel(t, String(d.from)),
            to: stateLabel(t, String(d.to)),
          }),
        );
      break;
    case 'contact_attempt':
      if (text(d.channel) && text(d.result))
        lines.push(
          t('dialogue.ui.timeline.attempt', {
            channel: attemptChannelLabel(t, String(d.channel)),
            result: attemptResultLabel(t, String(d.result)),
          }),
        );
      if (text(d.letterReason))
        lines.push(t('dialogue.ui.timeline.letterReason', { reason: String(d.letterReason) }));
      break;
    case 'first_contact':
      if (text(d.channel))
        lines.push(t('dialogue.ui.timeline.via', { channel: attemptChannelLabel(t, String(d.channel)) }));
      break;
    case 'assigned':
    case 'reassigned':
      if (d.assigneeId === null) lines.push(t('dialogue.ui.timeline.unassigned'));
      else if (text(d.assigneeId))
        lines.push(
          t('dialogue.ui.timeline.assignedTo', {
            name: e.actor && d.assigneeId === e.actor.id ? e.actor.name : person(d.assigneeId),
          }),
        );
      break;
    case 'primary_contact_set':
      lines.push(
        text(d.userId)
          ? t('dialogue.ui.timeline.contactPerson', { name: person(d.userId) })
          : t('dialogue.ui.timeline.contactPersonRemoved'),
      );
      break;
    case 'support_needs_set':
      if (Array.isArray(d.changed) && d.changed.length > 0)
        lines.push(
          t('dialogue.ui.timeline.needsChanged', {
            needs: d.changed.map((k) => t(`dialogue.ui.needs.${String(k)}`)).join(', '),
          }),
        );
      break;
    case 'agreement_made':
      if (text(d.what) && text(d.dueOn))
        lines.push(
          t('dialogue.ui.timeline.agreement', {
            what: String(d.what),
            date: formatDate(String(d.dueOn), locale),
          }),
        );
      break;
    case 'agreement_kept':
    case 'agreement_cancelled':
    case 'agreement_reminder_sent':
      if (typeof d.agreementId === 'string' && agreements.has(d.agreementId))
        lines.push(agreements.get(d.agreementId) ?? '');
      break;
    case 'conversation_ended':
      if (typeof d.durationSeconds === 'number')
        lines.push(t('dialogue.ui.timeline.duration', { minutes: Math.round(d.durationSeconds / 60) }));
      if (text(d.rootCause))
        lines.push(t('dialogue.ui.timeline.rootCause', { cause: rootCauseLabel(t, String(d.rootCause)) }));
      break;
    case 'reassessment_decided':
      if (text(d.result))
        lines.push(
          t('dialogue.ui.timeline.result', { result: reassessmentResultLabel(t, String(d.result)) }),
        );
      break;
    case 'appeal_decided':
      if (text(d.result))
        lines.push(t('dialogue.ui.timeline.result', { result: appealResultLabel(t, String(d.result)) }));
      break;
  }
  // Lines a module writes with its event (i18n keys and their values), e.g. a survey's answers.
  if (Array.isArray(d.details))
    for (const line of d.details as { key?: unknown; params?: unknown }[])
      if (line && typeof line.key === 'string')
        lines.push(t(line.key, (line.params ?? {}) as Record<string, string | number>));
  // The reason a case ended, went formal, closed or reopened belongs to the case history (never to the citizen page).
  if (text(d.reason)) lines.push(t('dialogue.ui.case.reason', { reason: String(d.reason) }));
  return lines.filter((l): l is string => l !== null);
}
