// The receipt on the staff side: the new case number (a link for those who may open cases) and the date the
// citizen must have been called by.
import type { Ref } from 'react';
import { formatDate } from '../../../../web/src/app/format.js';
import { useI18n } from '../../../../web/src/app/i18n.js';
import { mayOpen } from '../../../../web/src/app/navigation.js';
import { Link } from '../../../../web/src/app/router.js';
import { useSession } from '../../../../web/src/app/session.js';
import type { Registered } from './register-api.js';

export function RegisteredNotice({ registered, ref }: { registered: Registered; ref?: Ref<HTMLDivElement> }) {
  const { t, locale } = useI18n();
  const { me } = useSession();
  const { caseNumber, firstContactDue } = registered;
  const casePath = `/sager/${caseNumber}`;
  return (
    <div className="alert alert-success" tabIndex={-1} ref={ref}>
      <div className="alert-body">
        <p className="alert-heading">{t('intake.ui.register.created', { caseNumber })}</p>
        <p className="alert-text">
          {t('intake.ui.register.callBy', { date: formatDate(firstContactDue, locale) })}
        </p>
        {/* Reception registers but does not work cases: the number is enough to tell the citizen. */}
        {me && mayOpen(me.role, casePath) && (
          <p className="alert-text">
            <Link to={casePath}>{t('intake.ui.register.createdLink', { caseNumber })}</Link>
          </p>
        )}
      </div>
    </div>
  );
}
