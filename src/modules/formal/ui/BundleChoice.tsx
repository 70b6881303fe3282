// What goes in the case bundle, chosen before forwarding: the complaint, the decision, the re-assessment, the
// letters and the cover letter always do; the conversation notes only when the caseworker ticks them in. The
// choice is saved at once (PUT …/conversation/bundle) and said in a status message.
import { useState } from 'react';
import { refusalText } from '../../../../web/src/app/api.js';
import { useI18n } from '../../../../web/src/app/i18n.js';
import { type Notice, NoticeRegion } from '../../../../web/src/app/Notice.js';
import { markNotesForBundle } from './formal-api.js';

export function BundleChoice(props: {
  caseNumber: string;
  /** Whether the notes are marked now; null when the case has no conversation. */
  inBundle: boolean | null;
  disabled: boolean;
  onChanged: () => Promise<void> | void;
}) {
  const { t } = useI18n();
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState<boolean | null>(null);
  const [notice, setNotice] = useState<Notice>(null);
  const checked = saved ?? props.inBundle ?? false;

  const toggle = async (inBundle: boolean) => {
    setSaving(true);
    setNotice(null);
    try {
      const answer = await markNotesForBundle(props.caseNumber, inBundle);
      setSaved(answer.inBundle);
      setNotice({
        text: t(answer.inBundle ? 'formal.ui.bundle.marked' : 'formal.ui.bundle.unmarked'),
        error: false,
      });
      await props.onChanged();
    } catch (err) {
      setNotice({ text: refusalText(t, err), error: true });
    } finally {
      setSaving(false);
    }
  };

  return (
    <section aria-labelledby="formal-bundle-title" className="mb-6">
      <h3 id="formal-bundle-title">{t('formal.ui.bundle.title')}</h3>
      <p>{t('formal.ui.bundle.text')}</p>
      <NoticeRegion notice={notice} />
      {props.inBundle === null ? (
        <p>{t('formal.ui.bundle.noNotes')}</p>
      ) : (
        <div className="form-group-checkbox">
          <input
            className="form-checkbox"
            type="checkbox"
            id="formal-bundle-notes"
            name="formal-bundle-notes"
            checked={checked}
            disabled={props.disabled || saving}
            onChange={(e) => void toggle(e.target.checked)}
          />
          <label className="form-label" htmlFor="formal-bundle-notes">
            {t('formal.ui.bundle.notes')}
          </label>
        </div>
      )}
    </section>
  );
}
