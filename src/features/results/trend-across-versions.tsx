import { Fragment, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localize } from '../../domain/localize';
import type { AcrossLine, AcrossTrend, VersionBreak } from '../../domain/trend-across';
import type { Framework } from '../../schemas/framework';
import { useFormatters } from '../shared/use-formatters';
import { ChartPanel } from './chart-panel';
import { LazyMultiLineChart } from './lazy-charts';

export interface TrendAcrossVersionsProps {
  trend: AcrossTrend;
  /** The frameworks by version (titles of domains and criteria come from the newest a line reaches). */
  frameworks: ReadonlyMap<string, Framework>;
  title: string;
}

/**
 * The rounds of one framework across its version breaks: a line continues only where the
 * lineage says the meaning did not change. A chart per chosen domain with the break marked, and
 * tables for every domain and criterion line.
 */
export function TrendAcrossVersions({ trend, frameworks, title }: TrendAcrossVersionsProps) {
  const { t, i18n } = useTranslation('results');
  const lang = i18n.language;
  const f = useFormatters();
  const id = useId();
  const domainIds = [...new Set(trend.domains.map((l) => l.domainId))];
  const [chosen, setChosen] = useState(domainIds[0] ?? '');
  const rounds = trend.rounds;

  const titleOf = (line: AcrossLine) => {
    const framework = frameworks.get(line.versions[line.versions.length - 1] ?? '');
    const domain = framework?.domains.find((d) => d.id === line.domainId);
    if (line.kind === 'domain') return localize(domain?.title, lang);
    return localize(domain?.criteria.find((c) => c.id === line.id)?.title, lang);
  };
  const lineName = (line: AcrossLine) =>
    t('trend.across.lineName', { code: line.code, versions: line.versions.join(', ') });
  const roundLabel = (index: number) => rounds[index]?.label ?? '';

  const chartLines = trend.domains.filter((l) => l.domainId === chosen);
  const chosenLine = chartLines[chartLines.length - 1];
  const chosenName = chosenLine ? `${chosenLine.code} ${titleOf(chosenLine)}` : '';
  const firstBreak = trend.breaks[0];
  const marker =
    firstBreak && rounds[firstBreak.afterIndex + 1]
      ? {
          at: rounds[firstBreak.afterIndex + 1]!.label,
          label: t('trend.across.breakMarker', { version: firstBreak.toVersion }),
        }
      : undefined;

  function linesTable(lines: readonly AcrossLine[], caption: string, captionId: string) {
    return (
      <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
        <table className="data trend-across-table">
          <caption id={captionId}>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t('trend.across.colLine')}</th>
              {rounds.map((round, index) => (
                <Fragment key={round.assessmentId}>
                  <th scope="col" className="num">
                    {t('trend.across.colRound', {
                      label: round.label,
                      version: round.frameworkVersion,
                    })}
                  </th>
                  {breakAfter(trend.breaks, index) ? (
                    <th scope="col" className="version-break">
                      {t('trend.across.colBreak', {
                        from: breakAfter(trend.breaks, index)!.fromVersion,
                        to: breakAfter(trend.breaks, index)!.toVersion,
                      })}
                    </th>
                  ) : null}
                </Fragment>
              ))}
            </tr>
          </thead>
          <tbody>
            {lines.map((line) => (
              <tr key={line.key}>
                <th scope="row">
                  {lineName(line)} {titleOf(line)}
                </th>
                {line.values.map((value, index) => {
                  const inside = index >= line.start && index <= line.end;
                  const atBreak = breakAfter(trend.breaks, index);
                  return (
                    <Fragment key={rounds[index]?.assessmentId ?? index}>
                      <td className="num">
                        {!inside ? (
                          <span className="muted">{t('trend.across.outside')}</span>
                        ) : value === null ? (
                          <span className="muted">{t('noScore')}</span>
                        ) : (
                          f.pct(value)
                        )}
                      </td>
                      {atBreak ? (
                        <td className="version-break">
                          {line.start <= index && line.end > index
                            ? t('trend.across.continues')
                            : line.start === index + 1 || line.end === index
                              ? t('trend.across.interrupted')
                              : t('trend.across.outside')}
                        </td>
                      ) : null}
                    </Fragment>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    );
  }

  return (
    <section className="trend-group trend-across" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('trend.across.heading', { framework: title })}</h2>
      {trend.breaks.map((b) => (
        <p key={b.afterIndex} className="notice">
          {t(b.linked ? 'trend.across.intro' : 'trend.across.introUnlinked', {
            fromLabel: roundLabel(b.afterIndex),
            toLabel: roundLabel(b.afterIndex + 1),
            from: b.fromVersion,
            to: b.toVersion,
          })}
        </p>
      ))}
      <div className="field">
        <label htmlFor={`${id}-domain`}>{t('trend.across.domainChoice')}</label>
        <select id={`${id}-domain`} value={chosen} onChange={(e) => setChosen(e.target.value)}>
          {domainIds.map((domainId) => {
            const line = [...trend.domains].reverse().find((l) => l.domainId === domainId);
            return (
              <option key={domainId} value={domainId}>
                {line ? `${line.code} ${titleOf(line)}` : domainId}
              </option>
            );
          })}
        </select>
      </div>
      <ChartPanel
        title={t('trend.across.chartTitle')}
        chart={
          <LazyMultiLineChart
            data={rounds.map((round, index) => ({
              label: round.label,
              values: chartLines.map((line) => line.values[index] ?? null),
            }))}
            series={chartLines.map(lineName)}
            summary={t('trend.across.chartSummary', {
              count: chartLines.length,
              domain: chosenName,
              lines: chartLines.map(lineName).join('; '),
            })}
            formatValue={f.pct}
            {...(marker ? { marker } : {})}
          />
        }
        table={linesTable(chartLines, chosenName, `${id}-chart-caption`)}
      />
      {linesTable(trend.domains, t('trend.across.domainsCaption'), `${id}-domains`)}
      <details>
        <summary>{t('trend.across.criteriaToggle')}</summary>
        {linesTable(trend.criteria, t('trend.across.criteriaCaption'), `${id}-criteria`)}
      </details>
    </section>
  );
}

function breakAfter(breaks: readonly VersionBreak[], index: number): VersionBreak | undefined {
  return breaks.find((b) => b.afterIndex === index);
}
