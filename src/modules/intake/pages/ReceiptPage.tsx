// The receipt (kvittering) after the form: the case number, the concrete date we will have called by, what
// happens next in the dialogue-first method, and the private tracking link to keep.
import { formatDateLong, type IsoDate } from '../../../core/calendar.js';
import {
  iconHref,
  pageTranslator,
  type RequestFrame,
  renderPage,
  usePage,
} from '../../../platform/html/layout.js';

export interface ReceiptView {
  caseNumber: string;
  kind: string;
  firstContactDue: IsoDate;
  /** The decision's date looks older than the klagefrist: said plainly, the complaint is received all the same. */
  looksLate: boolean;
  /** Absolute URL of the tracking page, to keep. */
  trackingUrl: string;
}

function Receipt({ view }: { view: ReceiptView }) {
  const { t, locale } = usePage();
  const callBy = t('intake.receipt.callBy', { date: formatDateLong(view.firstContactDue, locale) });
  return (
    <>
      <h1>{t('intake.receipt.title')}</h1>
      <div className="alert alert-success">
        <svg className="icon-svg alert-icon" focusable="false" aria-hidden="true">
          <use href={iconHref('success')} />
        </svg>
        <div className="alert-body">
          <p className="alert-text">
            {t('intake.receipt.caseNumber')}: <strong>{view.caseNumber}</strong>
          </p>
          <p className="alert-text">
            <strong>{callBy}</strong>
          </p>
        </div>
      </div>
      {view.looksLate && (
        <div className="alert alert-warning" role="status">
          <svg className="icon-svg alert-icon" focusable="false" aria-hidden="true">
            <use href={iconHref('report-problem')} />
          </svg>
          <div className="alert-body">
            <h2 className="alert-heading">{t('intake.receipt.late.heading')}</h2>
            <p className="alert-text">{t('intake.receipt.late.text')}</p>
          </div>
        </div>
      )}
      <p>{t('intake.receipt.copy')}</p>

      <h2>{t('intake.receipt.next.heading')}</h2>
      <ol>
        <li>{t('intake.receipt.next.call')}</li>
        <li>{t('intake.receipt.next.listen')}</li>
        <li>
          {t(view.kind === 'complaint' ? 'intake.receipt.next.formal' : 'intake.receipt.next.followUp')}
        </li>
      </ol>

      <h2>{t('intake.receipt.tracking.heading')}</h2>
      <p>{t('intake.receipt.tracking.text')}</p>
      <p>
        <a href={view.trackingUrl}>{view.trackingUrl}</a>
      </p>
    </>
  );
}

export function renderReceipt(frame: RequestFrame, view: ReceiptView): string {
  const title = pageTranslator(frame.locale)('intake.receipt.title');
  return renderPage({ ...frame, title }, <Receipt view={view} />);
}
