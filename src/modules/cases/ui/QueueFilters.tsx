// The queue's filters as a plain form: area, team and "only mine", applied with one button.
import { type FormEvent, useEffect, useState } from 'react';
import { SelectField } from '../../../../web/src/app/fields.js';
import { useI18n } from '../../../../web/src/app/i18n.js';
import { fetchAreas, fetchTeams } from './queue-api.js';
import type { AreaOption, QueueFilter, TeamOption } from './types.js';

interface Props {
  value: QueueFilter;
  onApply: (filter: QueueFilter) => void;
}

export function QueueFilters({ value, onApply }: Props) {
  const { t } = useI18n();
  const [draft, setDraft] = useState(value);
  const [areas, setAreas] = useState<AreaOption[]>([]);
  const [teams, setTeams] = useState<TeamOption[]>([]);

  useEffect(() => setDraft(value), [value]);
  useEffect(() => {
    // The options are a convenience: without them the filters still show "all".
    fetchAreas().then(setAreas, () => setAreas([]));
    fetchTeams().then(setTeams, () => setTeams([]));
  }, []);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    onApply(draft);
  };

  return (
    <form className="queue-filters" onSubmit={submit} aria-label={t('dialogue.ui.queue.filters')}>
      <SelectField
        id="filter-area"
        name="area"
        label={t('dialogue.ui.queue.area')}
        required={false}
        value={draft.area}
        onChange={(area) => setDraft({ ...draft, area })}
      >
        <option value="">{t('dialogue.ui.queue.allAreas')}</option>
        {areas.map((a) => (
          <option key={a.code} value={a.code}>
            {a.name}
          </option>
        ))}
      </SelectField>
      <SelectField
        id="filter-team"
        name="team"
        label={t('dialogue.ui.queue.team')}
        required={false}
        value={draft.team}
        onChange={(team) => setDraft({ ...draft, team })}
      >
        <option value="">{t('dialogue.ui.queue.allTeams')}</option>
        {teams.map((team) => (
          <option key={team.id} value={team.id}>
            {team.name}
          </option>
        ))}
      </SelectField>
      <div className="form-group">
        <div className="form-group-checkbox">
          <input
            className="form-checkbox"
            type="checkbox"
            id="filter-mine"
            name="mine"
            checked={draft.mine}
            onChange={(e) => setDraft({ ...draft, mine: e.target.checked })}
          />
          <label htmlFor="filter-mine">{t('dialogue.ui.queue.mine')}</label>
        </div>
      </div>
      <button type="submit" className="button button-secondary">
        {t('dialogue.ui.queue.apply')}
      </button>
    </form>
  );
}
