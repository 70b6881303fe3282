// The citizen's form (henvendelsesformular): a plain HTML form that works without JavaScript. On errors it comes
// back with a summary at the top, a message at each field, and everything the citizen wrote.
import type { IsoDate } from '../../../core/calendar.js';
import { CASE_KINDS } from '../../../core/workflow.js';
import {
  ErrorSummary,
  Fieldset,
  GroupedSelect,
  type OptionGroup,
  RadioGroup,
  radioId,
  type SummaryItem,
  TextArea,
  TextField,
} from '../../../platform/html/form.js';
import { pageTranslator, type RequestFrame, renderPage, usePage } from '../../../platform/html/layout.js';
import type { Area } from '../../../platform/tenancy.js';
import { CONTACT_TIMES } from '../contact-times.js';

export interface IntakeFormView {
  /** Where the form posts to: the same URL it was shown at. */
  action: string;
  areas: readonly Area[];
  /** What the citizen wrote, as strings, when the form comes back with errors. */
  values: Readonly<Record<string, string>>;
  /** Field → i18n key of its error. */
  errors: Readonly<Record<string, string>>;
  /** Generated when the form is first shown; the server treats a repeat as the same submission. */
  submissionId: string;
  today: IsoDate;
  /** What the citizen is told about the processing of their data (GDPR art. 13). */
  privacy: PrivacyFacts;
}

export interface PrivacyFacts {
  /** The data controller (dataansvarlig): the kommune. */
  controller: string;
  retentionYears: number;
  dpoEmail: string | null;
}

// The order fields appear in, and where the error summary's link for each one lands.
const FIELD_TARGETS: readonly [field: string, target: string][] = [
  ['form', radioId('kind', CASE_KINDS[0])], // about the whole form, e.g. sent before with other content
  ['kind', radioId('kind', CASE_KINDS[0])],
  ['area', 'area'],
  ['decisionDate', 'decisionDate'],
  ['decisionReference', 'decisionReference'],
  ['description', 'description'],
  ['name', 'name'],
  ['phone', 'phone'],
  ['email', 'email'],
  ['preferredContactTime', radioId('preferredContactTime', CONTACT_TIMES[0])],
];

/** Areas grouped under their department (forvaltning), departments in alphabetical order. */
function areaGroups(areas: readonly Area[]): OptionGroup[] {
  const byDepartment = new Map<string, { value: string; text: string }[]>();
  for (const a of areas) {
    const list = byDepartment.get(a.departmentName) ?? [];
    list.push({ value: a.code, text: a.name });
    byDepartment.set(a.departmentName, list);
  }
  return [...byDepartment.entries()]
    .sort(([x], [y]) => x.localeCompare(y, 'da'))
    .map(([label, options]) => ({ label, options }));
}

/**
 * The information the citizen must be given when we collect their data (GDPR art. 13): who processes it, why and
 * on what basis, who sees it, for how long, their rights and the data protection officer. A kommune handles a
 * complaint as a public authority (art. 6(1)(e), 9(2)(g)), not on consent: there is nothing to tick.
 */
function PrivacyNotice({ facts }: { facts: PrivacyFacts }) {
  const { t } = usePage();
  return (
    <section className="mt-7 mb-6" aria-labelledby="privacy-heading">
      <h2 className="h3" id="privacy-heading">
        {t('intake.privacy.heading')}
      </h2>
      <p>{t('intake.privacy.who', { kommune: facts.controller })}</p>
      <p>{t('intake.privacy.why')}</p>
      <p>{t('intake.privacy.recipients')}</p>
      <p>
        {t(facts.retentionYears === 1 ? 'intake.privacy.howLong.one' : 'intake.privacy.howLong', {
          years: facts.retentionYears,
        })}
      </p>
      <p>{t('intake.privacy.rights')}</p>
      <p>
        {facts.dpoEmail ? (
          <>
            {t('intake.privacy.dpo')} <a href={`mailto:${facts.dpoEmail}`}>{facts.dpoEmail}</a>
          </>
        ) : (
          t('intake.privacy.dpoUnknown')
        )}
      </p>
    </section>
  );
}

function IntakeForm({ view }: { view: IntakeFormView }) {
  const { t } = usePage();
  const { values: v } = view;
  const error = (field: string) => (view.errors[field] ? t(view.errors[field]) : undefined);
  const summary: SummaryItem[] = FIELD_TARGETS.filter(([f]) => view.errors[f]).map(([f, target]) => ({
    target,
    message: t(view.errors[f]!),
  }));

  return (
    <>
      <h1>{t('intake.form.title')}</h1>
      <ErrorSummary heading={t('intake.error.summary')} items={summary} />
      <p className="font-lead">{t('intake.form.intro')}</p>
      <form method="post" action={view.action} noValidate>
        <input type="hidden" name="submissionId" value={view.submissionId} />
        <RadioGroup
          name="kind"
          legend={t('intake.kind.legend')}
          value={v.kind}
          error={error('kind')}
          required
          options={CASE_KINDS.map((k) => ({
            value: k,
            label: t(`intake.kind.${k}`),
            hint: t(`intake.kind.${k}.hint`),
          }))}
        />
        <GroupedSelect
          id="area"
          label={t('intake.area.label')}
          hint={t('intake.area.hint')}
          placeholder={t('intake.area.placeholder')}
          value={v.area}
          error={error('area')}
          required
          groups={areaGroups(view.areas)}
        />
        {/* Without JavaScript these are always shown; the legend and hint say they are for a klage only. */}
        <Fieldset id="decision" legend={t('intake.decision.legend')} hint={t('intake.decision.hint')}>
          <TextField
            id="decisionDate"
            type="date"
            label={t('intake.decisionDate.label')}
            hint={t('intake.decisionDate.hint')}
            value={v.decisionDate}
            max={view.today}
            error={error('decisionDate')}
            width="input-width-s"
          />
          <TextField
            id="decisionReference"
            label={t('intake.decisionReference.label')}
            hint={t('intake.decisionReference.hint')}
            value={v.decisionReference}
            error={error('decisionReference')}
            optional
            width="input-width-m"
          />
        </Fieldset>
        <TextArea
          id="description"
          label={t('intake.description.label')}
          hint={t('intake.description.hint')}
          value={v.description}
          error={error('description')}
          required
        />
        <TextField
          id="name"
          label={t('intake.name.label')}
          value={v.name}
          error={error('name')}
          autoComplete="name"
          required
        />
        <Fieldset id="contact" legend={t('intake.contact.legend')} hint={t('intake.contact.hint')}>
          <TextField
            id="phone"
            type="tel"
            label={t('intake.phone.label')}
            value={v.phone}
            error={error('phone')}
            autoComplete="tel"
            width="input-width-s"
          />
          <TextField
            id="email"
            type="email"
            label={t('intake.email.label')}
            value={v.email}
            error={error('email')}
            autoComplete="email"
          />
        </Fieldset>
        <RadioGroup
          name="preferredContactTime"
          legend={t('intake.time.legend')}
          value={v.preferredContactTime || CONTACT_TIMES[0]}
          error={error('preferredContactTime')}
          options={CONTACT_TIMES.map((c) => ({ value: c, label: t(`intake.time.${c}`) }))}
        />
        <PrivacyNotice facts={view.privacy} />
        <button type="submit" className="button button-primary">
          {t('intake.form.submit')}
        </button>
      </form>
    </>
  );
}

export function renderIntakeForm(frame: RequestFrame, view: IntakeFormView): string {
  const title = pageTranslator(frame.locale)('intake.form.title');
  const hasErrors = Object.keys(view.errors).length > 0;
  return renderPage({ ...frame, title, hasErrors }, <IntakeForm view={view} />);
}
