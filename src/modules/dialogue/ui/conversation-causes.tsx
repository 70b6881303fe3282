// Root cause of the complaint: one primary, other causes optional (never the primary again).
import { SelectField } from '../../../../web/src/app/fields.js';
import { useI18n } from '../../../../web/src/app/i18n.js';
import { ROOT_CAUSES, type RootCause } from '../../../core/workflow.js';

interface Props {
  idPrefix: string;
  primary: RootCause | null;
  secondary: readonly RootCause[];
  onPrimary: (cause: RootCause | null) => void;
  onSecondary: (cause: RootCause, on: boolean) => void;
}

const isCause = (v: string): v is RootCause => (ROOT_CAUSES as readonly string[]).includes(v);

export function RootCauseFields({ idPrefix, primary, secondary, onPrimary, onSecondary }: Props) {
  const { t } = useI18n();
  const hintId = `${idPrefix}-causes-hint`;
  return (
    <fieldset className="mt-6" aria-describedby={hintId}>
      <legend className="h3">{t('dialogue.guide.causes')}</legend>
      <p className="form-hint" id={hintId}>
        {t('dialogue.guide.causesHint')}
      </p>
      <SelectField
        id={`${idPrefix}-primary`}
        label={t('dialogue.guide.primaryCause')}
        required={false}
        value={primary ?? ''}
        onChange={(value) => onPrimary(isCause(value) ? value : null)}
      >
        <option value="">{t('dialogue.guide.noCause')}</option>
        {ROOT_CAUSES.map((c) => (
          <option key={c} value={c}>
            {t(`dialogue.guide.cause.${c}`)}
          </option>
        ))}
      </SelectField>
      <fieldset className="form-group">
        <legend className="form-label">{t('dialogue.guide.secondaryCauses')}</legend>
        {ROOT_CAUSES.filter((c) => c !== primary).map((c) => (
          <div className="form-group-checkbox" key={c}>
            <input
              className="form-checkbox"
              type="checkbox"
              id={`${idPrefix}-secondary-${c}`}
              checked={secondary.includes(c)}
              onChange={(e) => onSecondary(c, e.target.checked)}
            />
            <label className="form-label" htmlFor={`${idPrefix}-secondary-${c}`}>
              {t(`dialogue.guide.cause.${c}`)}
            </label>
          </div>
        ))}
      </fieldset>
    </fieldset>
  );
}
