// One contribution as staff see it: the text, where and when it came in, the contact details (never public) and
// whether its contributor has been told.
import { formatDate, formatDateTime } from '../../../../web/src/app/format.js';
import { useI18n } from '../../../../web/src/app/i18n.js';
import { type Contribution, imageSrc } from './participation-api.js';

export function ContributionMeta({ c }: { c: Contribution }) {
  const { t, locale } = useI18n();
  const contact = [c.name, c.email, c.phone].filter(Boolean).join(', ');
  return (
    <p className="mt-2 mb-0 font-small">
      {t(`participation.ui.source.${c.source}`)} · {formatDate(c.createdAt.slice(0, 10), locale)}
      <br />
      {contact ? t('participation.ui.contact', { contact }) : t('participation.ui.noContact')}
      {(c.email || c.phone) && (
        <>
          <br />
          {c.notifiedAt
            ? t('participation.ui.notifiedAt', { when: formatDateTime(c.notifiedAt, locale) })
            : t('participation.ui.notNotified')}
        </>
      )}
    </p>
  );
}

/** The text, and the attached image (metadata removed when it came in) under it. */
export function ContributionText({ c, processId }: { c: Contribution; processId: string }) {
  const { t } = useI18n();
  return (
    <>
      <p className="mt-0 mb-0">{c.text}</p>
      {c.hasImage && (
        <img
          className="mt-3"
          src={imageSrc(processId, c.id)}
          alt={t('participation.page.imageAlt')}
          loading="lazy"
        />
      )}
    </>
  );
}
