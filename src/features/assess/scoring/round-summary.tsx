import { useTranslation } from 'react-i18next';
import { localize } from '../../../domain/localize';
import type { Framework } from '../../../schemas/framework';
import type { Assessment } from '../../../schemas/records';
import { RoundDetails } from './round-details';

/**
 * One line above the criteria: framework version and status, with the round's details and the
 * keyboard shortcuts folded away, so the first criterion is in view on a laptop screen.
 */
export function RoundSummary({
  assessment,
  framework,
}: {
  assessment: Assessment;
  framework: Framework;
}) {
  const { t, i18n } = useTranslation('assess');
  const locked = assessment.status === 'afgerond' || assessment.imported !== undefined;
  return (
    <div className="round-line">
      <p className="round-line-facts">
        <span className="visually-hidden">{t('scoring.framework')}: </span>
        {localize(framework.title, i18n.language)} –{' '}
        {t('rounds.version', { version: assessment.frameworkVersion })}{' '}
        <span className="visually-hidden">{t('scoring.status')}: </span>
        <span className={`badge ${assessment.status === 'afgerond' ? 'done' : 'concept'}`}>
          {t(`status.${assessment.status}`)}
        </span>
      </p>
      <RoundDetails assessment={assessment} />
      {!locked ? (
        <details className="keyboard-help">
          <summary>{t('keyboard.summary')}</summary>
          <ul>
            <li>{t('keyboard.levels')}</li>
            <li>{t('keyboard.na')}</li>
            <li>{t('keyboard.next')}</li>
            <li>{t('keyboard.escape')}</li>
            <li>{t('keyboard.tab')}</li>
          </ul>
        </details>
      ) : null}
    </div>
  );
}
