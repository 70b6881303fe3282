// The kommune's citizen home (/k/{kommunekode}): write to us (a complaint or a question), follow your case, how
// and when to reach us (the contact directory the administrator keeps), and the accessibility statement.

import { pageTranslator, type RequestFrame, renderPage, usePage } from '../../../platform/html/layout.js';
import type { DirectoryEntry } from '../../admin/index.js';

export interface KommuneHomeView {
  kommuneName: string;
  formUrl: string;
  /** The sections other modules offer (i18n keys and the link). */
  links: { key: string; heading: string; text: string; label: string; href: string }[];
  accessibilityUrl: string;
  directory: DirectoryEntry[];
}

/** '56 67 67 67' → 'tel:+4556676767'. */
const telHref = (phone: string) => `tel:+45${phone.replace(/\s/g, '')}`;

function Entry({ entry }: { entry: DirectoryEntry }) {
  const { t } = usePage();
  return (
    <li className="mb-5">
      <h3 className="h4">{entry.areaName ?? entry.departmentName}</h3>
      {entry.areaName && <p className="mt-0">{entry.departmentName}</p>}
      <dl>
        {entry.phone && (
          <>
            <dt>{t('home.contact.phone')}</dt>
            <dd>
              <a href={telHref(entry.phone)}>{entry.phone}</a>
            </dd>
          </>
        )}
        {entry.openingHours && (
          <>
            <dt>{t('home.contact.openingHours')}</dt>
            <dd>{entry.openingHours}</dd>
          </>
        )}
        {entry.email && (
          <>
            <dt>{t('home.contact.email')}</dt>
            <dd className="break-word">
              <a href={`mailto:${entry.email}`}>{entry.email}</a>
            </dd>
          </>
        )}
        {entry.address && (
          <>
            <dt>{t('home.contact.address')}</dt>
            <dd>{entry.address}</dd>
          </>
        )}
      </dl>
    </li>
  );
}

function KommuneHome({ view }: { view: KommuneHomeView }) {
  const { t } = usePage();
  return (
    <>
      <h1>{t('home.kommune.title', { kommune: view.kommuneName })}</h1>
      <p className="font-lead">{t('home.kommune.lead')}</p>

      <h2>{t('home.kommune.write.heading')}</h2>
      <p>{t('home.kommune.write.text')}</p>
      <p>
        <a className="button button-primary" href={view.formUrl}>
          {t('home.kommune.write.button')}
        </a>
      </p>

      {view.links.map((l) => (
        <section key={l.key}>
          <h2>{t(l.heading)}</h2>
          <p>{t(l.text)}</p>
          <p>
            <a href={l.href}>{t(l.label)}</a>
          </p>
        </section>
      ))}

      <h2>{t('home.kommune.follow.heading')}</h2>
      <p>{t('home.kommune.follow.text')}</p>

      <h2>{t('home.kommune.contact.heading')}</h2>
      {view.directory.length === 0 ? (
        <p>{t('home.kommune.contact.empty')}</p>
      ) : (
        <ul className="nobullet-list">
          {view.directory.map((e) => (
            <Entry key={`${e.departmentName}/${e.areaName ?? ''}`} entry={e} />
          ))}
        </ul>
      )}

      <h2>{t('home.kommune.accessibility.heading')}</h2>
      <p>
        <a href={view.accessibilityUrl}>
          {t('home.kommune.accessibility.link', { kommune: view.kommuneName })}
        </a>
      </p>
    </>
  );
}

export function renderKommuneHome(frame: RequestFrame, view: KommuneHomeView): string {
  const title = pageTranslator(frame.locale)('home.kommune.title', { kommune: view.kommuneName });
  return renderPage({ ...frame, title }, <KommuneHome view={view} />);
}
