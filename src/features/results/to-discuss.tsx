import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { localize } from '../../domain/localize';
import type { Assessment } from '../../schemas/records';
import { criterionHref } from './framework-lookup';
import type { FrameworkLookup } from './framework-lookup';

/** Criteria the team flagged to talk about. */
export function ToDiscuss({
  assessment,
  lookup,
}: {
  assessment: Assessment;
  lookup: FrameworkLookup;
}) {
  const { t, i18n } = useTranslation('results');
  const flagged = Object.entries(assessment.answers)
    .filter(([, answer]) => answer.toDiscuss)
    .map(([id]) => lookup.criterion(id))
    .filter((entry) => entry !== undefined);
  return (
    <section aria-labelledby="discuss-title">
      <h2 id="discuss-title">{t('discuss.title')}</h2>
      {flagged.length === 0 ? (
        <p>{t('discuss.none')}</p>
      ) : (
        <ul>
          {flagged.map(({ criterion }) => (
            <li key={criterion.id}>
              <Link to={criterionHref(assessment.id, criterion.id)}>
                {criterion.code} {localize(criterion.title, i18n.language)}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
