import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { listAssessments } from '../../db/assessments-repo';
import { listFacilities } from '../../db/facilities-repo';
import { scoreAssessment } from '../../domain/scoring';
import type { Assessment, Facility } from '../../schemas/records';
import { Page } from '../../ui/page';
import { StatusBadge } from './result-bits';
import { useFormatters } from '../shared/use-formatters';
import { frameworkLabel } from './framework-lookup';
import { useFrameworks } from '../shared/use-frameworks';
import type { LoadedFrameworks } from '../shared/use-frameworks';

/** Pick a facility and one of its rounds; every facility with rounds also links to its trend. */
export function ResultsIndexPage() {
  const { t } = useTranslation('results');
  const data = useLiveQuery(async () => {
    const [facilities, assessments] = await Promise.all([
      listFacilities({ includeArchived: true }),
      listAssessments(),
    ]);
    return { facilities, assessments };
  }, []);
  const frameworks = useFrameworks(data?.assessments);

  const byFacility = useMemo(() => {
    const map = new Map<string, Assessment[]>();
    for (const a of data?.assessments ?? []) {
      const list = map.get(a.facilityId);
      if (list) list.push(a);
      else map.set(a.facilityId, [a]);
    }
    return map;
  }, [data]);

  const intro = (
    <p>
      <Link to="/resultaten/scoreregels">{t('rulesLink')}</Link>
    </p>
  );

  if (data === undefined) {
    // The frame of the page as a first visit will see it (an empty device: the notice, then
    // the link), so the prerendered page does not jump when the data arrives.
    return (
      <Page title={t('title')} lead={t('index.lead')}>
        <p role="status" className="notice">
          {t('loading')}
        </p>
        {intro}
      </Page>
    );
  }

  if (data.assessments.length === 0) {
    return (
      <Page title={t('title')} lead={t('index.lead')}>
        <p className="notice">
          {t('index.empty')} <Link to="/zelfevaluatie">{t('index.emptyLink')}</Link>
        </p>
        {intro}
      </Page>
    );
  }

  // Facilities with rounds first (in name order), then those without; rounds whose facility
  // record is gone are still listed so no result is ever unreachable.
  const known = new Set(data.facilities.map((fac) => fac.id));
  const orphanIds = [...byFacility.keys()].filter((id) => !known.has(id));
  const withRounds = data.facilities.filter((fac) => byFacility.has(fac.id));
  const withoutRounds = data.facilities.filter((fac) => !byFacility.has(fac.id));

  return (
    <Page title={t('title')} lead={t('index.lead')}>
      {intro}
      {withRounds.map((facility) => (
        <FacilityRounds
          key={facility.id}
          facilityId={facility.id}
          facility={facility}
          rounds={byFacility.get(facility.id) ?? []}
          frameworks={frameworks}
        />
      ))}
      {orphanIds.map((id) => (
        <FacilityRounds
          key={id}
          facilityId={id}
          facility={undefined}
          rounds={byFacility.get(id) ?? []}
          frameworks={frameworks}
        />
      ))}
      {withoutRounds.length > 0 ? (
        <section aria-labelledby="no-rounds-title">
          <h2 id="no-rounds-title">{t('index.withoutRounds')}</h2>
          <ul>
            {withoutRounds.map((facility) => (
              <li key={facility.id}>
                {facility.name}:{' '}
                <Link to={`/zelfevaluatie/voorziening/${encodeURIComponent(facility.id)}`}>
                  {t('index.startRound')}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </Page>
  );
}

function FacilityRounds({
  facilityId,
  facility,
  rounds,
  frameworks,
}: {
  facilityId: string;
  facility: Facility | undefined;
  rounds: readonly Assessment[];
  frameworks: LoadedFrameworks;
}) {
  const { t, i18n } = useTranslation(['results', 'exchange']);
  const f = useFormatters();
  const name = facility?.name ?? t('unknownFacility');
  const headingId = `facility-${facilityId}`;
  return (
    <section className="card facility-rounds" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {name}
        {facility?.archived ? <span className="badge"> {t('index.archived')}</span> : null}
        {facility?.imported ? (
          <span className="badge"> {t('exchange:marker.imported')}</span>
        ) : null}
      </h2>
      <p>
        <Link to={`/resultaten/trend/${encodeURIComponent(facilityId)}`}>
          {t('index.trendLink', { facility: name })}
        </Link>
      </p>
      <div className="table-scroll">
        <table className="data">
          <caption>{t('index.roundsCaption', { facility: name })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('columns.round')}</th>
              <th scope="col">{t('columns.framework')}</th>
              <th scope="col">{t('columns.status')}</th>
              <th scope="col" className="num">
                {t('columns.totalScore')}
              </th>
              <th scope="col" className="num">
                {t('columns.completeness')}
              </th>
              <th scope="col">{t('columns.updated')}</th>
            </tr>
          </thead>
          <tbody>
            {rounds.map((round) => {
              const framework = frameworks.get(round);
              const overall = framework
                ? scoreAssessment(framework, round.answers).overall
                : undefined;
              const completeness = overall?.completeness;
              return (
                <tr key={round.id}>
                  <th scope="row">
                    <Link to={`/resultaten/ronde/${encodeURIComponent(round.id)}`}>
                      {round.periodLabel}
                    </Link>
                  </th>
                  <td>
                    {framework
                      ? frameworkLabel(framework, i18n.language)
                      : `${round.frameworkId} v${round.frameworkVersion}`}
                  </td>
                  <td>
                    <StatusBadge status={round.status} />
                  </td>
                  <td className="num">
                    {overall ? (
                      overall.score === null ? (
                        <span className="muted">{t('noScore')}</span>
                      ) : (
                        f.pct(overall.score)
                      )
                    ) : null}
                  </td>
                  <td className="num">
                    {completeness
                      ? t('domains.completenessValue', {
                          done: completeness.answered + completeness.notApplicable,
                          total: completeness.total,
                          pct: f.ratio(completeness.ratio),
                        })
                      : frameworks.loading
                        ? ''
                        : t('index.frameworkUnavailable')}
                  </td>
                  <td>{f.date(round.finalisedAt ?? round.updatedAt)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
