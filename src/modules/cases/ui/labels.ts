// Words for the codes the API returns; an unknown code (a newer server) shows as itself, not as a key.
import type { DeadlineStatus } from '../../../core/deadlines.js';
import { formatDate } from '../../../i18n/format.js';
import type { Locale, Translate } from '../../../i18n/index.js';

function label(t: Translate, key: string, code: string): string {
  const text = t(key);
  return text === key ? code : text;
}

export const stateLabel = (t: Translate, state: string) => label(t, `dialogue.state.${state}`, state);
export const kindLabel = (t: Translate, kind: string) => label(t, `dialogue.kind.${kind}`, kind);
export const channelLabel = (t: Translate, channel: string) =>
  label(t, `dialogue.ui.channel.${channel}`, channel);
export const eventLabel = (t: Translate, type: string) => label(t, `dialogue.ui.event.${type}`, type);
export const contactTimeLabel = (t: Translate, time: string) =>
  label(t, `dialogue.ui.contactTime.${time}`, time);
export const attemptChannelLabel = (t: Translate, channel: string) =>
  label(t, `dialogue.ui.attemptChannel.${channel}`, channel);
export const attemptResultLabel = (t: Translate, result: string) =>
  label(t, `dialogue.ui.attemptResult.${result}`, result);
export const moveLabel = (t: Translate, to: string) => label(t, `dialogue.ui.move.${to}`, to);
export const reassessmentResultLabel = (t: Translate, result: string) =>
  label(t, `dialogue.ui.reassessmentResult.${result}`, result);
export const appealResultLabel = (t: Translate, result: string) =>
  label(t, `dialogue.ui.appealResult.${result}`, result);
/** Root-cause words live with the conversation guide, which records them. */
export const rootCauseLabel = (t: Translate, cause: string) =>
  label(t, `dialogue.guide.cause.${cause}`, cause);

/** A deadline's status in words; met late says when the contact came ("Overskredet, kontakt 4. dec. 2026"). */
export function deadlineLabel(t: Translate, locale: Locale, status: DeadlineStatus, metOn: string | null) {
  return t(`dialogue.ui.deadline.${status}`, metOn ? { date: formatDate(metOn, locale) } : undefined);
}
