import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { SCORING_METHOD_VERSION, scoreAssessment } from '../../domain/scoring';
import type { Framework } from '../../schemas/framework';
import type { Assessment, Facility } from '../../schemas/records';
import { pendingProposalIds } from '../../domain/version-carry';
import { Page } from '../../ui/page';
import { CriterionGaps } from './criterion-gaps';
import { DomainCharts } from './domain-charts';
import { DomainTable } from './domain-table';
import { useFormatters } from '../shared/use-formatters';
import { frameworkLabel, lookupFramework } from './framework-lookup';
import { KeyFigures } from './key-figures';
import { NotApplicable } from './not-applicable';
import { PrintButton } from '../shared/print-button';
import { SectorPosition } from './sector-position';
import { ToDiscuss } from './to-discuss';
import { useRoundResults } from './use-round-results';

/** /resultaten/ronde/:assessmentId — one round's results, or why they cannot be shown. */
export function AssessmentResultsPage() {
  const { assessmentId = '' } = useParams();
  const { t } = useTranslation('results');
  const { loading, assessment, facility, framework } = useRoundResults(assessmentId);

  if (loading) {
    return (
      <Page title={t('title')}>
        <p role="status">{t('loading')}</p>
      </Page>
    );
  }
  if (!assessment) {
    return (
      <Page title={t('round.notFoundTitle')}>
        <p>{t('round.notFound')}</p>
        <p>
          <Link to="/resultaten">{t('backToOverview')}</Link>
        </p>
      </Page>
    );
  }
  if (!framework) {
    return (
      <Page title={t('round.title', { period: assessment.periodLabel })}>
        <p className="error-box" role="alert">
          {t('frameworkMissing', {
            id: assessment.frameworkId,
            version: assessment.frameworkVersion,
          })}
        </p>
        <p>
          <Link to="/kader">{t('frameworkMissingLink')}</Link>
        </p>
      </Page>
    );
  }
  return <RoundResults assessment={assessment} facility={facility} framework={framework} />;
}

interface RoundResultsProps {
  assessment: Assessment;
  facility: Facility | undefined;
  framework: Framework;
}

/** The sections of a round's results, in reading order. */
function RoundResults({ assessment, facility, framework }: RoundResultsProps) {
  const { t, i18n } = useTranslation(['results', 'exchange']);
  const f = useFormatters();
  const result = useMemo(
    () => scoreAssessment(framework, assessment.answers),
    [framework, assessment.answers],
  );
  const lookup = useMemo(() => lookupFramework(framework), [framework]);
  const facilityName = facility?.name ?? t('unknownFacility');
  const { overall } = result;
  // Carried levels nobody confirmed yet: they count as unanswered, and the reader should know why.
  const proposals = pendingProposalIds(framework, assessment.answers).length;

  return (
    <Page
      title={t('round.title', { period: assessment.periodLabel })}
      lead={t('round.lead', {
        facility: facilityName,
        framework: frameworkLabel(framework, i18n.language),
      })}
      actions={
        <>
          <Link className="button" to={`/zelfevaluatie/ronde/${encodeURIComponent(assessment.id)}`}>
            {t('round.toAssessment')}
          </Link>
          <Link
            className="button"
            to={`/resultaten/trend/${encodeURIComponent(assessment.facilityId)}`}
          >
            {t('round.toTrend')}
          </Link>
          <PrintButton />
        </>
      }
    >
      <p className="no-print">
        <Link to="/resultaten">{t('backToOverview')}</Link> ·{' '}
        <Link to="/resultaten/scoreregels">{t('rulesLink')}</Link>
      </p>

      {assessment.imported ? (
        <p className="notice">
          <span className="badge">{t('exchange:marker.imported')}</span>{' '}
          {t('exchange:marker.importedFrom', {
            code: assessment.imported.facilityCode,
            date: f.date(assessment.imported.importedAt),
          })}
        </p>
      ) : null}
      {assessment.status === 'concept' ? <p className="notice">{t('round.conceptNote')}</p> : null}
      {assessment.scoringMethodVersion !== SCORING_METHOD_VERSION ? (
        <p className="notice">
          {t('round.methodMismatch', {
            stored: assessment.scoringMethodVersion,
            current: SCORING_METHOD_VERSION,
          })}
        </p>
      ) : null}
      {proposals > 0 ? (
        <p className="notice">
          {t('round.proposalsPending', { count: proposals })}{' '}
          <Link to={`/zelfevaluatie/ronde/${encodeURIComponent(assessment.id)}`}>
            {t('round.proposalsLink')}
          </Link>
        </p>
      ) : null}
      {overall.completeness.invalid > 0 ? (
        <p className="notice">
          {t('round.invalidAnswers', { count: overall.completeness.invalid })}
        </p>
      ) : null}

      <KeyFigures assessment={assessment} framework={framework} result={result} f={f} />
      <DomainTable assessmentId={assessment.id} framework={framework} result={result} f={f} />
      <DomainCharts framework={framework} result={result} f={f} />
      <CriterionGaps assessment={assessment} result={result} lookup={lookup} f={f} />
      <ToDiscuss assessment={assessment} lookup={lookup} />
      <NotApplicable assessment={assessment} result={result} lookup={lookup} />
      <SectorPosition framework={framework} result={result} f={f} />
    </Page>
  );
}
