import { useTranslation } from 'react-i18next';
import { criterionNa, criterionNorm, criterionScale } from '../../domain/framework-model';
import { localize } from '../../domain/localize';
import type { Criterion, Framework } from '../../schemas/framework';
import { useReferenceLabel } from './framework-badges';
import { formatNumber } from './framework-format';

/** One criterion in full. Its element id is the criterion id, so links can point at it. */
export function CriterionDetails({
  framework,
  criterion,
}: {
  framework: Framework;
  criterion: Criterion;
}) {
  const { t, i18n } = useTranslation('framework');
  const lang = i18n.language;
  const referenceLabel = useReferenceLabel();
  const na = criterionNa(framework, criterion);
  const scale = criterionScale(framework, criterion);
  const norm = criterionNorm(framework, criterion);
  const normLevel = scale?.levels.find((level) => level.value === norm);
  const titleId = `${criterion.id}--title`;

  return (
    <article id={criterion.id} className="criterion" tabIndex={-1} aria-labelledby={titleId}>
      <h4 id={titleId}>
        <span className="code">{criterion.code}</span> {localize(criterion.title, lang)}
      </h4>
      <p>{localize(criterion.description, lang)}</p>
      <dl className="facts">
        {scale ? (
          <div>
            <dt>{t('criterion.scale')}</dt>
            <dd>{localize(scale.label, lang)}</dd>
          </div>
        ) : null}
        <div>
          <dt>{t('criterion.norm')}</dt>
          <dd>
            {normLevel
              ? t('levelWithLabel', { value: norm, label: localize(normLevel.label, lang) })
              : formatNumber(norm, lang)}
          </dd>
        </div>
        <div>
          <dt>{t('criterion.weight')}</dt>
          <dd>{formatNumber(criterion.weight, lang)}</dd>
        </div>
        <div>
          <dt>{t('criterion.na')}</dt>
          <dd>
            {!na.allowed
              ? t('criterion.naNotAllowed')
              : na.condition
                ? t('criterion.naOnlyIf', { condition: localize(na.condition, lang) })
                : t('criterion.naAllowed')}
          </dd>
        </div>
        {framework.referenceKinds.map((kind) => {
          const refs = criterion.references.filter((reference) => reference.kind === kind.id);
          return (
            <div key={kind.id}>
              <dt>{localize(kind.label, lang)}</dt>
              <dd>
                {refs.length === 0 ? (
                  t('criterion.noReferences')
                ) : (
                  <ul className="badge-list">
                    {refs.map((reference) => (
                      <li key={reference.ref}>
                        <span className="badge">{referenceLabel(kind.type, reference.ref)}</span>
                      </li>
                    ))}
                  </ul>
                )}
              </dd>
            </div>
          );
        })}
      </dl>

      {scale ? (
        <table className="data levels">
          <caption>{t('criterion.levelsCaption', { code: criterion.code })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('detail.level')}</th>
              <th scope="col">{t('detail.descriptor')}</th>
            </tr>
          </thead>
          <tbody>
            {scale.levels.map((level) => {
              const descriptor = criterion.levelDescriptors.find((d) => d.value === level.value);
              return (
                <tr key={level.value}>
                  <th scope="row">
                    {t('levelWithLabel', {
                      value: level.value,
                      label: localize(level.label, lang),
                    })}
                    {level.value === norm ? (
                      <>
                        {' '}
                        <span className="badge done">{t('criterion.normMarker')}</span>
                      </>
                    ) : null}
                  </th>
                  <td>{localize(descriptor?.text, lang)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ) : null}

      {criterion.guidance.length > 0 ? (
        <>
          <h5>{t('criterion.guidance')}</h5>
          <ul>
            {criterion.guidance.map((question, index) => (
              <li key={index}>{localize(question, lang)}</li>
            ))}
          </ul>
        </>
      ) : null}

      {criterion.evidenceExamples.length > 0 ? (
        <>
          <h5>{t('criterion.evidence')}</h5>
          <ul>
            {criterion.evidenceExamples.map((example, index) => (
              <li key={index}>{localize(example, lang)}</li>
            ))}
          </ul>
        </>
      ) : null}
    </article>
  );
}
