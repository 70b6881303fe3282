// The citizen's satisfaction survey behind the private link: four questions answered 1–5, "I still disagree",
// an optional comment, and a way to say no to surveys. A plain HTML form: works without JavaScript.
import { formatDateLong } from '../../../core/calendar.js';
import { SURVEY_QUESTIONS } from '../../../core/surveys.js';
import { ErrorSummary, RadioGroup, radioId, TextArea } from '../../../platform/html/form.js';
import { pageTranslator, type RequestFrame, renderPage, usePage } from '../../../platform/html/layout.js';
import type { SurveyView } from '../survey.js';

export interface SurveyForm {
  action: string;
  optOutAction: string;
  values: Record<string, string>;
  errors: Record<string, string>;
}

const SCORES = ['1', '2', '3', '4', '5'] as const;

function SurveyFormBody({ view, form }: { view: SurveyView; form: SurveyForm }) {
  const { t, locale } = usePage();
  const items = Object.entries(form.errors).map(([field, key]) => ({
    target: field === 'comment' ? 'comment' : radioId(field, field === 'stillDisagree' ? 'yes' : '1'),
    message: t(key),
  }));
  return (
    <>
      <h1>{t('surveys.page.title')}</h1>
      <ErrorSummary heading={t('surveys.page.errorHeading')} items={items} />
      <p className="font-lead">{t('surveys.page.intro', { kommune: view.kommuneName })}</p>
      <p>{t('surveys.page.validUntil', { date: formatDateLong(view.validUntil, locale) })}</p>
      <form method="post" action={form.action} noValidate>
        {SURVEY_QUESTIONS.map((q) => (
          <RadioGroup
            key={q}
            name={q}
            legend={t(`surveys.question.${q}`)}
            hint={t('surveys.page.scaleHint')}
            error={form.errors[q] ? t(form.errors[q]!) : undefined}
            value={form.values[q]}
            options={SCORES.map((s) => ({ value: s, label: t(`surveys.score.${s}`) }))}
          />
        ))}
        <RadioGroup
          name="stillDisagree"
          legend={t('surveys.question.stillDisagree')}
          error={form.errors.stillDisagree ? t(form.errors.stillDisagree) : undefined}
          value={form.values.stillDisagree}
          options={[
            { value: 'yes', label: t('surveys.answer.yes') },
            { value: 'no', label: t('surveys.answer.no') },
          ]}
        />
        <TextArea
          id="comment"
          label={t('surveys.question.comment')}
          hint={t('surveys.page.commentHint')}
          optional
          rows={5}
          value={form.values.comment}
          error={form.errors.comment ? t(form.errors.comment) : undefined}
        />
        <button type="submit" className="button button-primary">
          {t('surveys.page.submit')}
        </button>
      </form>
      <h2 className="mt-8">{t('surveys.page.optOutHeading')}</h2>
      <p>{t('surveys.page.optOutText')}</p>
      <form method="post" action={form.optOutAction}>
        <button type="submit" className="button button-secondary">
          {t('surveys.page.optOut')}
        </button>
      </form>
    </>
  );
}

export function renderSurveyForm(frame: RequestFrame, view: SurveyView, form: SurveyForm): string {
  const title = pageTranslator(frame.locale)('surveys.page.title');
  const hasErrors = Object.keys(form.errors).length > 0;
  return renderPage({ ...frame, title, hasErrors }, <SurveyFormBody view={view} form={form} />);
}

/** A page with a heading and a line: thanks, already answered, opted out, expired. */
export function renderSurveyNotice(frame: RequestFrame, titleKey: string, textKey: string): string {
  const t = pageTranslator(frame.locale);
  return renderPage(
    { ...frame, title: t(titleKey) },
    <>
      <h1>{t(titleKey)}</h1>
      <p className="font-lead">{t(textKey)}</p>
    </>,
  );
}
