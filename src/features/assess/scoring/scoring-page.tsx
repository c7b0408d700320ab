import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { localize } from '../../../domain/localize';
import { canCarryAcrossVersions, previousAnswerAcross } from '../../../domain/version-carry';
import type { Framework } from '../../../schemas/framework';
import type { Assessment, Facility } from '../../../schemas/records';
import { Page } from '../../../ui/page';
import { useMediaQuery } from '../../../ui/use-media-query';
import type { AnswerSaver } from './answer-saver';
import { CriterionCard } from './criterion-card';
import { DomainPager, DomainSelector, DomainSidebar } from './domain-nav';
import { FinaliseSection } from './finalise-section';
import { ImportedNotice } from './imported-notice';
import { LockedNotice } from './locked-notice';
import { ProposalsPanel } from './proposals-panel';
import { RoundSummary } from './round-summary';
import { ScoringBar } from './scoring-bar';
import { useAnswerSaver } from './use-answer-saver';
import { useRoundProgress } from './use-round-progress';
import { useScoringData } from './use-scoring-data';
import { DOMAIN_HEADING_ID, useScoringNavigation } from './use-scoring-navigation';

/** From this width the domain list stands beside the criteria; below it, a compact selector. */
const WIDE_LAYOUT = '(min-width: 62em)';

/** /zelfevaluatie/ronde/:assessmentId — a fresh screen (and saver) per round. */
export function ScoringRoute() {
  const { assessmentId = '' } = useParams();
  return <ScoringScreen key={assessmentId} assessmentId={assessmentId} />;
}

function ScoringScreen({ assessmentId }: { assessmentId: string }) {
  const { t } = useTranslation('assess');
  const data = useScoringData(assessmentId);
  const saver = useAnswerSaver(assessmentId);
  const { assessment, framework } = data;

  useEffect(() => {
    // Drafts an earlier session typed but could not save (closed tab, crash) are saved now.
    if (assessment) saver.recover(assessment);
  }, [saver, assessment]);

  if (data.loading) {
    return (
      <Page title={t('scoring.loadingTitle')}>
        <p role="status">{t('loading')}</p>
      </Page>
    );
  }
  if (!assessment) {
    return (
      <Page title={t('scoring.notFoundTitle')}>
        <p>{t('scoring.notFound')}</p>
        <p>
          <Link to="/zelfevaluatie">{t('backToFacilities')}</Link>
        </p>
      </Page>
    );
  }
  if (!framework) {
    return (
      <Page
        title={t('scoring.title', {
          facility: data.facility?.name ?? '–',
          period: assessment.periodLabel,
        })}
      >
        <p className="error-box" role="alert">
          {t('scoring.frameworkMissing', {
            id: assessment.frameworkId,
            version: assessment.frameworkVersion,
          })}
        </p>
        <p>
          <Link to="/kader">{t('scoring.frameworkMissingLink')}</Link>
        </p>
      </Page>
    );
  }
  return (
    <ScoringView
      assessment={assessment}
      facility={data.facility}
      previous={data.previous}
      framework={framework}
      previousFramework={data.previousFramework}
      saver={saver}
    />
  );
}

interface ScoringViewProps {
  assessment: Assessment;
  facility: Facility | undefined;
  previous: Assessment | undefined;
  framework: Framework;
  previousFramework: Framework | undefined;
  saver: AnswerSaver;
}

/** The round: a compact header, the sticky progress bar, one domain's criteria, finalising. */
function ScoringView({
  assessment,
  facility,
  previous,
  framework,
  previousFramework,
  saver,
}: ScoringViewProps) {
  const { t, i18n } = useTranslation('assess');
  const rolesListId = useId();
  const wide = useMediaQuery(WIDE_LAYOUT);
  // An imported round is another facility's record: shown, never edited here.
  const imported = assessment.imported !== undefined;
  const locked = assessment.status === 'afgerond' || imported;
  const { answers, result, statuses, progress } = useRoundProgress(
    saver,
    framework,
    assessment.answers,
  );
  const nav = useScoringNavigation(framework, statuses);
  const [roundAnnouncement, setRoundAnnouncement] = useState('');
  // Right after finalising, the notice that replaces the button takes the focus.
  const [focusLocked, setFocusLocked] = useState(false);
  const currentDomain = nav.currentDomain;
  // A previous round on the version this one's lineage names: show beside each criterion the
  // earlier answer(s) it continues (split parts, merges), so its carried plan is recognised.
  const acrossVersions =
    previousFramework !== undefined && canCarryAcrossVersions(framework, previousFramework);
  const navProps = { framework, result, answers, nav };

  return (
    <Page
      title={t('scoring.title', {
        facility: facility?.name ?? '–',
        period: assessment.periodLabel,
      })}
      actions={
        <>
          <Link
            className="button"
            to={`/zelfevaluatie/voorziening/${encodeURIComponent(assessment.facilityId)}`}
          >
            {t('scoring.backToFacility')}
          </Link>
          {/* A finalised own round offers its results in the notice below, as the next step. */}
          {assessment.status !== 'afgerond' || imported ? (
            <Link className="button" to={`/resultaten/ronde/${encodeURIComponent(assessment.id)}`}>
              {t('rounds.results')}
            </Link>
          ) : null}
        </>
      }
    >
      <RoundSummary assessment={assessment} framework={framework} />
      {imported ? <ImportedNotice assessment={assessment} /> : null}
      {assessment.status === 'afgerond' && !imported ? (
        <LockedNotice
          assessment={assessment}
          focusOnShow={focusLocked}
          onReopened={() => {
            setFocusLocked(false);
            setRoundAnnouncement(t('round.reopenedAnnouncement'));
            nav.focusDomainOnShow();
          }}
        />
      ) : null}
      <ProposalsPanel
        framework={framework}
        answers={answers}
        stored={assessment.answers}
        saver={saver}
        locked={locked}
      />
      <ScoringBar
        progress={progress}
        saver={saver}
        onNextUnanswered={locked ? undefined : nav.goNextUnanswered}
      />
      <p role="status" className="status-line">
        {nav.announcement}
      </p>
      <p role="status" className="visually-hidden">
        {roundAnnouncement}
      </p>

      <div className={`scoring-layout${wide ? ' wide' : ''}`}>
        {wide ? <DomainSidebar {...navProps} /> : null}
        <div className="scoring-main">
          {!wide ? <DomainSelector {...navProps} /> : null}
          {currentDomain ? (
            <>
              <h2 id={DOMAIN_HEADING_ID} tabIndex={-1}>
                {currentDomain.code} {localize(currentDomain.title, i18n.language)}
              </h2>
              <p className="domain-description">
                {localize(currentDomain.description, i18n.language)}
              </p>
              {currentDomain.criteria.map((criterion) => (
                <CriterionCard
                  key={criterion.id}
                  framework={framework}
                  criterion={criterion}
                  stored={assessment.answers[criterion.id]}
                  hasPrevious={assessment.previousAssessmentId !== null}
                  previousAnswer={
                    previous && acrossVersions
                      ? previousAnswerAcross(criterion, previous.answers)
                      : previous?.answers[criterion.id]
                  }
                  previousFramework={previousFramework}
                  locked={locked}
                  saver={saver}
                  rolesListId={rolesListId}
                />
              ))}
              <DomainPager nav={nav} />
            </>
          ) : null}
          {!locked ? (
            <FinaliseSection
              assessment={assessment}
              framework={framework}
              answers={answers}
              saver={saver}
              unanswered={progress.total - progress.done}
              onFinalised={() => {
                setFocusLocked(true);
                setRoundAnnouncement(t('round.finalisedAnnouncement'));
              }}
            />
          ) : null}
        </div>
      </div>
      <RoleSuggestions id={rolesListId} />
    </Page>
  );
}

/** Functions a team often names for an action (a datalist: typing anything else is fine). */
function RoleSuggestions({ id }: { id: string }) {
  const { t } = useTranslation('assess');
  const suggestions = t('participants.suggestions', { returnObjects: true }) as unknown;
  const roles = Array.isArray(suggestions)
    ? suggestions.filter((s): s is string => typeof s === 'string')
    : [];
  return (
    <datalist id={id}>
      {roles.map((role) => (
        <option key={role} value={role} />
      ))}
    </datalist>
  );
}
