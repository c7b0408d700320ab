import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { localize } from '../../domain/localize';
import type { Framework, Scale } from '../../schemas/framework';

/** A scale: its levels with what each means, its norm and its default N/A rule. */
export function ScaleSection({ framework, scale }: { framework: Framework; scale: Scale }) {
  const { t, i18n } = useTranslation('framework');
  const lang = i18n.language;
  const headingId = useId();
  const isDefault = scale.id === framework.defaultScale;
  const norm = scale.levels.find((level) => level.value === scale.normLevel);
  const na = scale.notApplicable;
  const scaleLabel = localize(scale.label, lang);

  return (
    <section aria-labelledby={headingId} className="scale">
      <h3 id={headingId}>
        {scaleLabel}
        {isDefault ? (
          <>
            {' '}
            <span className="badge">{t('detail.defaultScale')}</span>
          </>
        ) : null}
      </h3>
      <p>{t(`detail.scaleType.${scale.type}`)}</p>
      <p>
        <strong>{t('detail.normLevel')}:</strong>{' '}
        {t('detail.normExplained', {
          level: norm
            ? t('levelWithLabel', { value: norm.value, label: localize(norm.label, lang) })
            : String(scale.normLevel),
        })}
      </p>
      <ul>
        <li>{na.allowed ? t('detail.na.allowed') : t('detail.na.notAllowed')}</li>
        {na.allowed && na.reasonRequired ? <li>{t('detail.na.reasonRequired')}</li> : null}
        {na.allowed ? (
          <li>{na.excludedFromScore ? t('detail.na.excluded') : t('detail.na.included')}</li>
        ) : null}
      </ul>
      <table className="data levels">
        <caption>{t('detail.levelsCaption', { scale: scaleLabel })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('detail.level')}</th>
            <th scope="col">{t('detail.descriptor')}</th>
          </tr>
        </thead>
        <tbody>
          {scale.levels.map((level) => (
            <tr key={level.value}>
              <th scope="row">
                {t('levelWithLabel', { value: level.value, label: localize(level.label, lang) })}
              </th>
              <td>{localize(level.descriptor, lang)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
