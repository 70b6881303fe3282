// The outcome (udfald): one button per move the workflow allows staff from here, each confirmed with the reason
// the workflow table asks for. The moves that record a result (re-assessment, the appeals body's decision) are the
// formal track's panel's, not buttons here. A refused move (409) is explained in words and the page refreshed.
import { type FormEvent, useRef, useState } from 'react';
import { ApiError, refusalText } from '../../../../web/src/app/api.js';
import { focusFirstError, TextArea } from '../../../../web/src/app/fields.js';
import { useI18n } from '../../../../web/src/app/i18n.js';
import { type Notice, NoticeRegion } from '../../../../web/src/app/Notice.js';
import { type CaseState, outcomeMoves } from '../../../core/workflow.js';
import { moveCase } from './case-api.js';
import { moveLabel, stateLabel } from './labels.js';
import type { CaseDetail } from './types.js';

type Errors = { reason?: string };

const HELP = new Set<CaseState>(['resolved', 'withdrawn', 'maintained', 'closed']);

export function OutcomePanel({ c, onChanged }: { c: CaseDetail; onChanged: () => Promise<void> }) {
  const { t } = useI18n();
  const [chosen, setChosen] = useState<CaseState | null>(null);
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [notice, setNotice] = useState<Notice>(null);
  const [busy, setBusy] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);

  const openAgreements = c.agreements.filter((a) => a.status === 'open').length;
  // What each move needs comes from the workflow table in core, the same one the API enforces.
  const moves = outcomeMoves(c, openAgreements);
  const needs = moves.find((m) => m.to === chosen) ?? null;

  const choose = (to: CaseState | null) => {
    setChosen(to);
    setReason('');
    setErrors({});
  };

  const finish = async (text: string, error: boolean) => {
    choose(null);
    await onChanged();
    setNotice({ text, error });
    heading.current?.focus();
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!chosen || !needs) return;
    const found: Errors = {};
    if (needs.reason && !reason.trim()) {
      found.reason =
        chosen === 'closed' && openAgreements > 0
          ? t('dialogue.ui.outcome.openAgreementsReason')
          : t('dialogue.ui.outcome.reasonRequired');
    }
    setErrors(found);
    focusFirstError([found.reason && 'outcome-reason']);
    if (Object.keys(found).length > 0) return;

    setBusy(true);
    setNotice(null);
    try {
      const moved = await moveCase(c.caseNumber, {
        to: chosen,
        ...(reason.trim() ? { reason: reason.trim() } : {}),
      });
      await finish(t('dialogue.ui.outcome.done', { state: stateLabel(t, moved.state) }), false);
    } catch (err) {
      if (err instanceof ApiError && err.status === 409) {
        // The page was out of date (or the move is not allowed): say so in words, then show the case as it is.
        const text =
          err.code === 'illegal_transition'
            ? t('dialogue.ui.outcome.refused', { from: stateLabel(t, c.state), to: stateLabel(t, chosen) })
            : err.message;
        await finish(text, true);
      } else {
        if (err instanceof ApiError && err.fields) {
          setErrors(err.fields);
          focusFirstError([err.fields.reason && 'outcome-reason']);
        }
        setNotice({ text: refusalText(t, err), error: true });
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="mb-8" aria-labelledby="outcome-title">
      <h2 id="outcome-title" tabIndex={-1} ref={heading}>
        {t('dialogue.ui.outcome.title')}
      </h2>
      <NoticeRegion notice={notice} />
      {moves.length === 0 ? (
        <p>{t('dialogue.ui.outcome.none')}</p>
      ) : (
        <>
          <p>{t('dialogue.ui.outcome.intro')}</p>
          <div className="d-flex flex-wrap">
            {moves.map(({ to }) => (
              <button
                key={to}
                type="button"
                className={`button ${chosen === to ? 'button-primary' : 'button-secondary'} mr-4 mb-4`}
                aria-expanded={chosen === to}
                onClick={() => choose(chosen === to ? null : to)}
              >
                {moveLabel(t, to)}
              </button>
            ))}
          </div>
        </>
      )}

      {chosen && needs && (
        <form className="mt-4" onSubmit={submit} noValidate aria-labelledby="outcome-confirm-title">
          <h3 id="outcome-confirm-title">
            {t('dialogue.ui.outcome.confirmTitle', { move: moveLabel(t, chosen) })}
          </h3>
          {HELP.has(chosen) && <p>{t(`dialogue.ui.moveHelp.${chosen}`)}</p>}
          {chosen === 'closed' && openAgreements > 0 && (
            <div className="alert alert-warning" id="outcome-open-agreements">
              <div className="alert-body">
                <p className="alert-heading">
                  {openAgreements === 1
                    ? t('dialogue.ui.outcome.openAgreementsOne')
                    : t('dialogue.ui.outcome.openAgreementsMany', { count: openAgreements })}
                </p>
                <ul className="alert-text">
                  {c.agreements
                    .filter((a) => a.status === 'open')
                    .map((a) => (
                      <li key={a.id}>{a.what}</li>
                    ))}
                </ul>
              </div>
            </div>
          )}
          <TextArea
            id="outcome-reason"
            label={t(needs.reason ? 'dialogue.ui.outcome.reason' : 'dialogue.ui.outcome.reasonOptional')}
            hint={t('dialogue.ui.outcome.reasonHint')}
            value={reason}
            onChange={setReason}
            error={errors.reason}
            required={needs.reason}
            maxLength={4000}
          />
          <div className="d-flex flex-wrap">
            <button type="submit" className="button button-primary mr-4" disabled={busy}>
              {busy ? t('dialogue.ui.outcome.saving') : t('dialogue.ui.outcome.confirm')}
            </button>
            <button type="button" className="button button-secondary" onClick={() => choose(null)}>
              {t('dialogue.ui.outcome.cancel')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
