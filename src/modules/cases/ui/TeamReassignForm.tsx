// Reassignment (omfordeling): a case number, a new caseworker and/or team of the department, one button.
// After a refused submit, focus moves to the first field in error, which reads its message with it.
import { type FormEvent, type RefObject, useEffect, useRef, useState } from 'react';
import { ApiError, refusalText } from '../../../../web/src/app/api.js';
import { SelectField, TextField } from '../../../../web/src/app/fields.js';
import { useI18n } from '../../../../web/src/app/i18n.js';
import { reassignCase, type StaffMember, type TeamChoice } from './team-api.js';

const CASE_NUMBER = /^\d{3}-\d{4}-\d{6,}$/;

type Field = 'caseNumber' | 'assigneeId' | 'teamId';
type Errors = Partial<Record<Field | 'form', string>>;

interface Props {
  staff: readonly StaffMember[];
  teams: readonly TeamChoice[];
  caseNumber: string;
  onCaseNumber: (value: string) => void;
  caseNumberRef: RefObject<HTMLInputElement | null>;
  /** Called after a reassignment with the case number and the names it went to. */
  onDone: (caseNumber: string, to: string) => void;
}

export function TeamReassignForm({ staff, teams, caseNumber, onCaseNumber, caseNumberRef, onDone }: Props) {
  const { t } = useI18n();
  const [assigneeId, setAssigneeId] = useState('');
  const [teamId, setTeamId] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [busy, setBusy] = useState(false);
  const assigneeRef = useRef<HTMLSelectElement>(null);
  const teamRef = useRef<HTMLSelectElement>(null);
  const formError = useRef<HTMLDivElement>(null);
  // Counts refused submits: each one moves focus to the first error once it is rendered.
  const [refusals, setRefusals] = useState(0);

  // biome-ignore lint/correctness/useExhaustiveDependencies: runs after each refusal, reading that render's errors
  useEffect(() => {
    if (refusals === 0) return;
    const first = errors.caseNumber
      ? caseNumberRef.current
      : errors.assigneeId
        ? assigneeRef.current
        : errors.teamId
          ? teamRef.current
          : formError.current;
    first?.focus();
  }, [refusals]);

  const refused = (found: Errors) => {
    setErrors(found);
    setRefusals((n) => n + 1);
  };

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const number = caseNumber.trim();
    if (!CASE_NUMBER.test(number))
      return refused({ caseNumber: t('dialogue.team.reassign.error.caseNumber') });
    if (!assigneeId && !teamId) return refused({ form: t('dialogue.team.reassign.error.nothing') });
    setBusy(true);
    try {
      await reassignCase(number, { ...(assigneeId ? { assigneeId } : {}), ...(teamId ? { teamId } : {}) });
      const to = [staff.find((s) => s.id === assigneeId)?.name, teams.find((x) => x.id === teamId)?.name];
      setErrors({});
      setAssigneeId('');
      setTeamId('');
      onDone(number, to.filter(Boolean).join(', '));
    } catch (err) {
      if (err instanceof ApiError && (err.status === 404 || err.status === 403))
        refused({ caseNumber: t('dialogue.team.reassign.error.notFound') });
      else if (err instanceof ApiError && err.status === 400 && err.fields) refused(err.fields as Errors);
      else refused({ form: refusalText(t, err) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="team-reassign-heading">
      <h2 id="team-reassign-heading">{t('dialogue.team.reassign.heading')}</h2>
      <p>{t('dialogue.team.reassign.intro')}</p>
      <form onSubmit={onSubmit} noValidate>
        <TextField
          id="reassign-case"
          label={t('dialogue.team.reassign.caseNumber')}
          hint={t('dialogue.team.reassign.caseNumber.hint')}
          error={errors.caseNumber}
          width="input-width-m"
          ref={caseNumberRef}
          value={caseNumber}
          onChange={onCaseNumber}
        />
        <Choice
          id="reassign-assignee"
          label={t('dialogue.team.reassign.assignee')}
          value={assigneeId}
          onChange={setAssigneeId}
          options={staff}
          error={errors.assigneeId}
          selectRef={assigneeRef}
        />
        <Choice
          id="reassign-team"
          label={t('dialogue.team.reassign.team')}
          value={teamId}
          onChange={setTeamId}
          options={teams}
          error={errors.teamId}
          selectRef={teamRef}
        />
        {errors.form && (
          <div className="alert alert-error mt-5" role="alert" tabIndex={-1} ref={formError}>
            <p className="alert-text">{errors.form}</p>
          </div>
        )}
        <button type="submit" className="button button-primary mt-6" disabled={busy}>
          {t('dialogue.team.reassign.submit')}
        </button>
        <p className="sr-only" role="status">
          {busy ? t('dialogue.team.reassign.submitting') : ''}
        </p>
      </form>
    </section>
  );
}

interface ChoiceProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  options: readonly { id: string; name: string }[];
  error?: string | undefined;
  selectRef: RefObject<HTMLSelectElement | null>;
}

/** A select whose empty first option keeps the case's current caseworker or team. */
function Choice({ id, label, value, onChange, options, error, selectRef }: ChoiceProps) {
  const { t } = useI18n();
  return (
    <SelectField
      id={id}
      label={label}
      error={error}
      ref={selectRef}
      required={false}
      value={value}
      onChange={onChange}
    >
      <option value="">{t('dialogue.team.reassign.keep')}</option>
      {options.map((o) => (
        <option key={o.id} value={o.id}>
          {o.name}
        </option>
      ))}
    </SelectField>
  );
}
