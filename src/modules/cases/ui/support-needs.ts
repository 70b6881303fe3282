// The citizen's support needs in words (seeds 002, 004: meet the citizen where they are).
import type { Translate } from '../../../i18n/index.js';
import type { SupportNeeds } from '../../citizens/index.js';
import { attemptChannelLabel } from './labels.js';

/** The recorded needs in words, in a fixed order. */
export function supportNeedLines(t: Translate, n: SupportNeeds): string[] {
  const lines: string[] = [];
  if (n.interpreter)
    lines.push(
      n.language
        ? t('dialogue.ui.citizen.interpreter', { language: n.language })
        : t('dialogue.ui.citizen.interpreterNoLanguage'),
    );
  if (n.companion) lines.push(t('dialogue.ui.citizen.companion'));
  if (n.readingDifficulties) lines.push(t('dialogue.ui.citizen.readingDifficulties'));
  if (n.hearingDifficulties) lines.push(t('dialogue.ui.citizen.hearingDifficulties'));
  if (n.preferredChannel)
    lines.push(
      t('dialogue.ui.citizen.preferredChannel', { channel: attemptChannelLabel(t, n.preferredChannel) }),
    );
  if (n.preferredTime) lines.push(t('dialogue.ui.citizen.preferredTime', { time: n.preferredTime }));
  if (n.note) lines.push(t('dialogue.ui.citizen.needsNote', { note: n.note }));
  return lines;
}
