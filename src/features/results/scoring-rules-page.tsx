import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { SCORING_METHOD_VERSION, SCORING_RULE_PARTS } from '../../domain/scoring';
import { Page } from '../../ui/page';
import { useFormatters } from '../shared/use-formatters';
import { FrameworkScales } from './framework-scales';
import { scoreExample } from './scoring-example';

/** The written scoring rules, with a worked example computed by the real scoring code. */
export function ScoringRulesPage() {
  const { t } = useTranslation('results');
  const f = useFormatters();
  const example = useMemo(() => scoreExample(), []);
  const criteria = example.domains.flatMap((d) => d.criteria);
  const byId = new Map(criteria.map((c) => [c.criterionId, c]));
  const pct = (v: number | null | undefined) => (v === null || v === undefined ? '–' : f.pct(v));
  const domainX = example.domains.find((d) => d.domainId === 'x');
  const domainY = example.domains.find((d) => d.domainId === 'y');
  const o = example.overall;

  return (
    <Page title={t('rules.title')} lead={t('rules.lead')}>
      <p className="no-print">
        <Link to="/resultaten">{t('backToOverview')}</Link>
      </p>
      {SCORING_RULE_PARTS.map((rule) => (
        <section key={rule} aria-labelledby={`rule-${rule}`}>
          <h2 id={`rule-${rule}`}>{t(`rules.${rule}.title`)}</h2>
          {(
            t(`rules.${rule}.paragraphs`, {
              returnObjects: true,
              version: SCORING_METHOD_VERSION,
            }) as string[]
          ).map((text, i) => (
            <p key={i}>{text}</p>
          ))}
        </section>
      ))}

      <FrameworkScales />

      <section aria-labelledby="rule-example">
        <h2 id="rule-example">{t('rules.example.title')}</h2>
        <p>{t('rules.example.intro')}</p>
        <div
          className="table-scroll"
          role="region"
          aria-labelledby="rule-example-caption"
          tabIndex={0}
        >
          <table className="data">
            <caption id="rule-example-caption">{t('rules.example.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('columns.criterion')}</th>
                <th scope="col">{t('columns.domain')}</th>
                <th scope="col" className="num">
                  {t('columns.weight')}
                </th>
                <th scope="col">{t('columns.answer')}</th>
                <th scope="col" className="num">
                  {t('columns.score')}
                </th>
                <th scope="col" className="num">
                  {t('columns.target')}
                </th>
                <th scope="col" className="num">
                  {t('columns.gapPoints')}
                </th>
                <th scope="col">{t('columns.atNormShort')}</th>
              </tr>
            </thead>
            <tbody>
              {(['a', 'b', 'c', 'd'] as const).map((id) => {
                const c = byId.get(id);
                if (!c) return null;
                return (
                  <tr key={id}>
                    <th scope="row">{t(`rules.example.criteria.${id}`)}</th>
                    <td>
                      {t(
                        c.domainId === 'x' ? 'rules.example.domains.x' : 'rules.example.domains.y',
                      )}
                    </td>
                    <td className="num">{f.num(c.weight)}</td>
                    <td>{t(`rules.example.answers.${id}`)}</td>
                    <td className="num">
                      {c.includedInScore ? pct(c.normalisedScore) : t('rules.example.left')}
                    </td>
                    <td className="num">{pct(c.normalisedTarget)}</td>
                    <td className="num">
                      {c.normalisedGap === null ? '–' : f.points(c.normalisedGap)}
                    </td>
                    <td>
                      {c.atOrAboveNorm === null
                        ? '–'
                        : c.atOrAboveNorm
                          ? t('rules.example.yes')
                          : t('rules.example.no')}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
        <ul className="example-results">
          <li>
            {t('rules.example.overallScore', {
              a: pct(byId.get('a')?.normalisedScore),
              b: pct(byId.get('b')?.normalisedScore),
              score: pct(o.score),
            })}
          </li>
          <li>
            {t('rules.example.domainScores', {
              x: pct(domainX?.score),
              y: pct(domainY?.score),
              mean: pct(((domainX?.score ?? 0) + (domainY?.score ?? 0)) / 2),
              score: pct(o.score),
            })}
          </li>
          <li>
            {t('rules.example.overallGap', {
              a: f.points(byId.get('a')?.normalisedGap ?? 0),
              b: f.points(byId.get('b')?.normalisedGap ?? 0),
              gap: f.points(o.gap ?? 0),
              target: pct(o.target),
            })}
          </li>
          <li>
            {t('rules.example.completeness', {
              done: o.completeness.answered + o.completeness.notApplicable,
              total: o.completeness.total,
              pct: f.ratio(o.completeness.ratio),
            })}
          </li>
          <li>
            {t('rules.example.atNorm', {
              count: o.atOrAboveNormCount,
              scored: o.scoredCount,
              pct: pct(o.pctAtOrAboveNorm),
            })}
          </li>
        </ul>
      </section>
    </Page>
  );
}
