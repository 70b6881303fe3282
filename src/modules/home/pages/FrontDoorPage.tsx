// The front door (/): the kommuner this installation serves, each to its citizen home, and the way in for staff.
import { pageTranslator, type RequestFrame, renderPage, usePage } from '../../../platform/html/layout.js';

export interface FrontDoorView {
  kommuner: { kommuneId: string; name: string }[];
}

function FrontDoor({ view }: { view: FrontDoorView }) {
  const { t } = usePage();
  return (
    <>
      <h1>{t('home.front.title')}</h1>
      <p className="font-lead">{t('home.front.lead')}</p>
      <h2>{t('home.front.kommuner')}</h2>
      {view.kommuner.length === 0 ? (
        <p>{t('home.front.none')}</p>
      ) : (
        <ul className="nobullet-list">
          {view.kommuner.map((k) => (
            <li key={k.kommuneId} className="mb-3">
              <a href={`/k/${k.kommuneId}`}>{k.name}</a>
            </li>
          ))}
        </ul>
      )}
      <h2>{t('home.front.staff')}</h2>
      <p>
        <a href="/staff/login">{t('home.front.staffLogin')}</a>
      </p>
    </>
  );
}

export function renderFrontDoor(frame: RequestFrame, view: FrontDoorView): string {
  const title = pageTranslator(frame.locale)('home.front.title');
  return renderPage({ ...frame, title }, <FrontDoor view={view} />);
}
