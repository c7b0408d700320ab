import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { criterionScale, listCriteria } from '../../../domain/framework-model';
import { localize } from '../../../domain/localize';
import {
  carryCounts,
  type CarriedPlan,
  type CarryRow,
  type VersionCarry,
} from '../../../domain/version-carry';
import type { Framework, Scale } from '../../../schemas/framework';
import { levelText } from '../format';

export interface CarryPreviewProps {
  carry: VersionCarry;
  /** Own targets and unfinished actions per criterion of the newer version (planCarryAcrossVersions). */
  plan: ReadonlyMap<string, CarriedPlan>;
  /** The version the new round is made under. */
  framework: Framework;
  /** The version of the round it follows up. */
  previousFramework: Framework;
}

function scalesById(framework: Framework): Map<string, Scale | undefined> {
  return new Map(
    listCriteria(framework).map(({ criterion }) => [
      criterion.id,
      criterionScale(framework, criterion),
    ]),
  );
}

/**
 * Before a round is started on a newer framework version: what the previous round's answers
 * become, per criterion (a proposal to confirm, or nothing and why), and which earlier criteria
 * stay behind in the previous round.
 */
export function CarryPreview({ carry, plan, framework, previousFramework }: CarryPreviewProps) {
  const { t, i18n } = useTranslation('assess');
  const lang = i18n.language;
  const id = useId();
  const counts = carryCounts(carry);
  const criteria = new Map(listCriteria(framework).map((e) => [e.criterion.id, e.criterion]));
  const newScales = scalesById(framework);
  const oldScales = scalesById(previousFramework);
  const versions = { from: carry.fromVersion, to: carry.toVersion };

  function previousCell(row: CarryRow) {
    if (row.sources.length === 0) return t('carry.none');
    return (
      <ul className="plain-list">
        {row.sources.map((source) => (
          <li key={source.id}>
            <span className="criterion-code">{source.code ?? source.id}</span>{' '}
            {source.notApplicable
              ? t('criterion.na')
              : source.level === null
                ? t('previous.unanswered')
                : levelText(oldScales.get(source.id), source.level, lang)}
          </li>
        ))}
      </ul>
    );
  }

  const planCounts = [...plan.values()].reduce(
    (sum, p) => ({
      targets: sum.targets + (p.target !== null ? 1 : 0),
      actions: sum.actions + p.actions.length,
    }),
    { targets: 0, actions: 0 },
  );

  function planCell(row: CarryRow) {
    const carried = plan.get(row.criterionId);
    if (!carried) return null;
    const parts = [
      carried.target !== null ? t('carry.planTarget', { level: carried.target }) : null,
      carried.actions.length > 0 ? t('carry.planActions', { count: carried.actions.length }) : null,
      carried.targetsOffScale.length > 0
        ? t('carry.planTargetOffScale', { levels: carried.targetsOffScale.join(', ') })
        : null,
    ].filter(Boolean);
    return parts.join('; ');
  }

  function carriedCell(row: CarryRow) {
    if (!row.proposal) return t(`carry.gap.${row.gap ?? 'new'}`);
    if (row.proposal.notApplicable) return t('carry.proposalNa');
    const level = levelText(newScales.get(row.criterionId), row.proposal.level ?? 0, lang);
    return row.relation === 'merged'
      ? t('carry.proposalLowest', { level })
      : t('carry.proposalLevel', { level });
  }

  return (
    <section className="carry-preview card" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t('carry.heading', versions)}</h3>
      <p>{t('carry.intro', versions)}</p>
      <ul>
        <li>{t('carry.summary', { count: counts.proposals })}</li>
        {counts.byRelation.new ? (
          <li>{t('carry.summaryNew', { count: counts.byRelation.new })}</li>
        ) : null}
        {counts.withdrawn > 0 ? (
          <li>{t('carry.summaryWithdrawn', { count: counts.withdrawn })}</li>
        ) : null}
        {planCounts.targets + planCounts.actions > 0 ? (
          <li>
            {t('carry.summaryPlan', {
              targets: t('carry.targets', { count: planCounts.targets }),
              actions: t('carry.actions', { count: planCounts.actions }),
            })}
          </li>
        ) : null}
      </ul>
      <details>
        <summary>{t('carry.tableToggle')}</summary>
        <div className="table-scroll" role="region" aria-labelledby={`${id}-caption`} tabIndex={0}>
          <table className="data carry-table">
            <caption id={`${id}-caption`}>{t('carry.caption', versions)}</caption>
            <thead>
              <tr>
                <th scope="col">{t('carry.colCriterion', versions)}</th>
                <th scope="col">{t('carry.colRelation')}</th>
                <th scope="col">{t('carry.colPrevious', versions)}</th>
                <th scope="col">{t('carry.colCarried')}</th>
                <th scope="col">{t('carry.colPlan')}</th>
              </tr>
            </thead>
            <tbody>
              {carry.rows.map((row) => {
                const criterion = criteria.get(row.criterionId);
                return (
                  <tr key={row.criterionId}>
                    <th scope="row">
                      <span className="criterion-code">{criterion?.code}</span>{' '}
                      {localize(criterion?.title, lang)}
                    </th>
                    <td>{t(`carry.relation.${row.relation}`)}</td>
                    <td>{previousCell(row)}</td>
                    <td>{carriedCell(row)}</td>
                    <td>{planCell(row) ?? t('carry.none')}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
        {carry.withdrawn.length > 0 ? (
          <div
            className="table-scroll"
            role="region"
            aria-labelledby={`${id}-wcaption`}
            tabIndex={0}
          >
            <table className="data carry-table">
              <caption id={`${id}-wcaption`}>{t('carry.withdrawnCaption', versions)}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('carry.colPrevious', versions)}</th>
                  <th scope="col">{t('carry.colCarried')}</th>
                </tr>
              </thead>
              <tbody>
                {carry.withdrawn.map((source) => (
                  <tr key={source.id}>
                    <th scope="row">
                      <span className="criterion-code">{source.code ?? source.id}</span>{' '}
                      {localize(source.title ?? undefined, lang)}
                    </th>
                    <td>{t('carry.withdrawnNote')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
      </details>
    </section>
  );
}
