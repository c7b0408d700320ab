import { useLiveQuery } from 'dexie-react-hooks';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { localize } from '../../domain/localize';
import { listFrameworks } from '../../flows/framework-catalogue';
import { useFormatters } from '../shared/use-formatters';

/**
 * The scales and norms of the frameworks at hand, as the scoring rules apply them: each
 * framework brings its own, so the rules page never assumes one scale or one norm.
 */
export function FrameworkScales() {
  const { t, i18n } = useTranslation('results');
  const lang = i18n.language;
  const f = useFormatters();
  const catalogue = useLiveQuery(() => listFrameworks(), []);
  const captionBase = useId();
  if (catalogue === undefined) return <p role="status">{t('loading')}</p>;
  return (
    <section aria-labelledby="rule-scales">
      <h2 id="rule-scales">{t('rules.scales.title')}</h2>
      {catalogue.length === 0 ? <p>{t('rules.scales.none')}</p> : null}
      {catalogue.map(({ framework }, i) => (
        // A table wider than a phone scrolls on its own: focusable, named by its caption.
        <div
          key={`${framework.id}@${framework.version}`}
          className="table-scroll"
          role="region"
          aria-labelledby={`${captionBase}-${i}`}
          tabIndex={0}
        >
          <table className="data">
            <caption id={`${captionBase}-${i}`}>
              {t('rules.scales.caption', {
                title: localize(framework.title, lang),
                version: framework.version,
              })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('rules.scales.colScale')}</th>
                <th scope="col">{t('rules.scales.colLevels')}</th>
                <th scope="col">{t('rules.scales.colNorm')}</th>
                <th scope="col">{t('rules.scales.colNa')}</th>
              </tr>
            </thead>
            <tbody>
              {framework.scales.map((scale) => {
                const values = scale.levels.map((level) => level.value);
                const min = Math.min(...values);
                const max = Math.max(...values);
                const pct = (value: number) =>
                  f.pct(max === min ? 100 : ((value - min) / (max - min)) * 100);
                const norm = scale.levels.find((level) => level.value === scale.normLevel);
                return (
                  <tr key={scale.id}>
                    <th scope="row">{localize(scale.label, lang)}</th>
                    <td>
                      {scale.levels
                        .map(
                          (level) =>
                            `${level.value} ${localize(level.label, lang)} = ${pct(level.value)}`,
                        )
                        .join('; ')}
                    </td>
                    <td>
                      {norm
                        ? `${scale.normLevel} ${localize(norm.label, lang)} (${pct(scale.normLevel)})`
                        : scale.normLevel}
                    </td>
                    <td>
                      {scale.notApplicable.allowed
                        ? t('rules.scales.naAllowed')
                        : t('rules.scales.naNotAllowed')}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      ))}
    </section>
  );
}
