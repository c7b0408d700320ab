import { useLiveQuery } from 'dexie-react-hooks';
import {
  useEffect,
  useEffectEvent,
  useId,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
} from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { getAssessment } from '../../../db/assessments-repo';
import { getFacility } from '../../../db/facilities-repo';
import { listCriteria } from '../../../domain/framework-model';
import { localize } from '../../../domain/localize';
import type { Framework } from '../../../schemas/framework';
import type { Answer, Assessment, Facility } from '../../../schemas/records';
import { Page } from '../../../ui/page';
import { useFormatters } from '../../shared/use-formatters';
import { missingNaReason, overallProgress, scoreSafely, statusById } from '../progress';
import { useFramework } from '../../shared/use-frameworks';
import type { AnswerSaver } from './answer-saver';
import { CriterionCard, criterionElementId } from './criterion-card';
import { hasModifier, isTypingTarget } from './keyboard';
import { RoundDetails } from './round-details';
import { RoundStatus } from './round-status';
import { useAnswerSaver, useSaverVersion } from './use-answer-saver';

const DOMAIN_HEADING_ID = 'domain-heading';

/** /zelfevaluatie/ronde/:assessmentId — a fresh screen (and saver) per round. */
export function ScoringRoute() {
  const { assessmentId = '' } = useParams();
  return <ScoringScreen key={assessmentId} assessmentId={assessmentId} />;
}

function ScoringScreen({ assessmentId }: { assessmentId: string }) {
  const { t } = useTranslation('assess');
  const data = useLiveQuery(async () => {
    const assessment = await getAssessment(assessmentId);
    if (!assessment) return { assessment: undefined, facility: undefined, previous: undefined };
    const facility = await getFacility(assessment.facilityId);
    const previous = assessment.previousAssessmentId
      ? await getAssessment(assessment.previousAssessmentId)
      : undefined;
    return { assessment, facility, previous };
  }, [assessmentId]);
  const saver = useAnswerSaver(assessmentId);
  const assessment = data?.assessment;
  const { loading, framework } = useFramework(
    assessment?.frameworkId,
    assessment?.frameworkVersion,
  );

  useEffect(() => {
    // Drafts an earlier session typed but could not save (closed tab, crash) are saved now.
    if (assessment) saver.recover(assessment);
  }, [saver, assessment]);

  if (data === undefined || (assessment && loading)) {
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
      saver={saver}
    />
  );
}

interface ScoringViewProps {
  assessment: Assessment;
  facility: Facility | undefined;
  previous: Assessment | undefined;
  framework: Framework;
  saver: AnswerSaver;
}

function effectiveAnswers(
  saver: AnswerSaver,
  criterionIds: readonly string[],
  stored: Readonly<Record<string, Answer>>,
): Record<string, Answer> {
  const out: Record<string, Answer> = { ...stored };
  for (const id of criterionIds) {
    const current = saver.current(id, stored[id]);
    if (current) out[id] = current;
  }
  return out;
}

function ScoringView({ assessment, facility, previous, framework, saver }: ScoringViewProps) {
  const { t, i18n } = useTranslation('assess');
  const lang = i18n.language;
  const [params, setParams] = useSearchParams();
  const version = useSaverVersion(saver);
  const rolesListId = useId();
  const [announcement, setAnnouncement] = useState('');
  // An imported round is another facility's record: shown, never edited here.
  const locked = assessment.status === 'afgerond' || assessment.imported !== undefined;

  const entries = useMemo(() => listCriteria(framework), [framework]);
  const criterionIds = useMemo(() => entries.map((e) => e.criterion.id), [entries]);
  const domainOf = useMemo(
    () => new Map(entries.map((e) => [e.criterion.id, e.domain.id] as const)),
    [entries],
  );
  // Draft edits count at once (progress, "next unanswered"), not only after they are stored.
  const answers = useMemo(
    () => effectiveAnswers(saver, criterionIds, assessment.answers),
    // `version` changes whenever a draft changes inside the saver.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [saver, criterionIds, assessment.answers, version],
  );
  const result = useMemo(() => scoreSafely(framework, answers), [framework, answers]);
  const statuses = useMemo(() => statusById(result), [result]);
  const progress = overallProgress(result, framework);

  const criteriumParam = params.get('criterium');
  const domainParam = params.get('domein');
  const currentDomain =
    framework.domains.find((d) => d.id === domainParam) ??
    framework.domains.find(
      (d) => d.id === (criteriumParam ? domainOf.get(criteriumParam) : undefined),
    ) ??
    framework.domains[0];

  // Focus moves after the render that shows the target (another domain may have to render first).
  const pendingFocus = useRef<string | null>(criteriumParam);
  const lastCriterion = useRef<string | null>(criteriumParam);
  useEffect(() => {
    if (criteriumParam) {
      pendingFocus.current = criteriumParam;
      lastCriterion.current = criteriumParam;
    }
  }, [criteriumParam]);
  useEffect(() => {
    const target = pendingFocus.current;
    if (!target) return;
    const el = document.getElementById(
      target === DOMAIN_HEADING_ID ? target : criterionElementId(target),
    );
    if (el) {
      el.focus();
      pendingFocus.current = null;
    }
  });

  function goTo(criterionId: string) {
    lastCriterion.current = criterionId;
    const domainId = domainOf.get(criterionId);
    const el = document.getElementById(criterionElementId(criterionId));
    if (el) {
      el.focus();
      return;
    }
    pendingFocus.current = criterionId;
    // Only the domain goes into the URL: a ?criterium written here could be applied late (router
    // updates are transitions) and pull the focus back while the user already moved on.
    if (domainId) setParams({ domein: domainId }, { replace: true });
  }

  function goNextUnanswered() {
    const active = document.activeElement
      ?.closest?.('[data-criterion-id]')
      ?.getAttribute('data-criterion-id');
    const from = active ?? lastCriterion.current;
    const n = criterionIds.length;
    let start = from ? criterionIds.indexOf(from) : -1;
    if (start < 0 && currentDomain) {
      start = criterionIds.findIndex((id) => domainOf.get(id) === currentDomain.id) - 1;
    }
    for (let i = 1; i <= n; i++) {
      const id = criterionIds[(((start + i) % n) + n) % n];
      if (id && id !== from && statuses.get(id) === 'unanswered') {
        setAnnouncement('');
        goTo(id);
        return;
      }
    }
    setAnnouncement(t('scoring.allAnswered'));
  }

  const onDocumentKey = useEffectEvent((event: KeyboardEvent) => {
    if (event.key !== 'j' && event.key !== 'J') return;
    if (event.defaultPrevented || hasModifier(event) || isTypingTarget(event.target)) return;
    event.preventDefault();
    goNextUnanswered();
  });
  useEffect(() => {
    const listener = (event: KeyboardEvent) => onDocumentKey(event);
    document.addEventListener('keydown', listener);
    return () => document.removeEventListener('keydown', listener);
  }, []);

  const roleSuggestions = t('participants.suggestions', { returnObjects: true }) as unknown;
  const roles = Array.isArray(roleSuggestions)
    ? roleSuggestions.filter((s): s is string => typeof s === 'string')
    : [];
  const domainIndex = currentDomain ? framework.domains.indexOf(currentDomain) : -1;
  const nextDomain = framework.domains[domainIndex + 1];
  const previousDomain = domainIndex > 0 ? framework.domains[domainIndex - 1] : undefined;
  const frameworkTitle = localize(framework.title, lang);

  return (
    <Page
      title={t('scoring.title', {
        facility: facility?.name ?? '–',
        period: assessment.periodLabel,
      })}
      actions={
        <>
          <Link className="button" to={`/zelfevaluatie/voorziening/${assessment.facilityId}`}>
            {t('scoring.backToFacility')}
          </Link>
          <Link className="button" to={`/resultaten/ronde/${assessment.id}`}>
            {t('rounds.results')}
          </Link>
        </>
      }
    >
      <div className="scoring-header card">
        <dl className="facts">
          <div>
            <dt>{t('scoring.framework')}</dt>
            <dd>
              {frameworkTitle} – {t('rounds.version', { version: assessment.frameworkVersion })}
            </dd>
          </div>
          <div>
            <dt>{t('scoring.status')}</dt>
            <dd>
              <span className={`badge ${assessment.status === 'afgerond' ? 'done' : 'concept'}`}>
                {t(`status.${assessment.status}`)}
              </span>
            </dd>
          </div>
          <div>
            <dt id="overall-progress-label">{t('scoring.progress')}</dt>
            <dd>
              <span>{t('progress.text', { done: progress.done, total: progress.total })}</span>
              <progress
                className="progress"
                value={progress.done}
                max={Math.max(progress.total, 1)}
                aria-label={t('progress.label', { done: progress.done, total: progress.total })}
              />
            </dd>
          </div>
        </dl>
        <SaveIndicator saver={saver} />
        <RoundStatus
          assessment={assessment}
          saver={saver}
          unanswered={progress.total - progress.done}
        />
      </div>

      <RoundDetails assessment={assessment} />

      <details className="keyboard-help card">
        <summary>{t('keyboard.summary')}</summary>
        <ul>
          <li>{t('keyboard.levels')}</li>
          <li>{t('keyboard.na')}</li>
          <li>{t('keyboard.next')}</li>
          <li>{t('keyboard.tab')}</li>
        </ul>
      </details>

      <p role="status" className="status-line">
        {announcement}
      </p>

      <div className="scoring-layout">
        <div className="scoring-sidebar">
          <nav aria-label={t('scoring.domainsNav')}>
            <ol className="domain-nav">
              {framework.domains.map((domain) => {
                const domainResult = result?.domains.find((d) => d.domainId === domain.id);
                const done = domainResult
                  ? domainResult.completeness.answered + domainResult.completeness.notApplicable
                  : 0;
                const total = domain.criteria.length;
                const flagged = domain.criteria.filter((c) =>
                  missingNaReason(framework, c, answers[c.id]),
                ).length;
                const current = domain.id === currentDomain?.id;
                return (
                  <li key={domain.id}>
                    <Link
                      to={{ search: `?domein=${encodeURIComponent(domain.id)}` }}
                      replace
                      aria-current={current ? 'true' : undefined}
                      className={done === total ? 'complete' : undefined}
                      onClick={() => {
                        pendingFocus.current = DOMAIN_HEADING_ID;
                      }}
                    >
                      <span className="domain-nav-title">
                        {domain.code} {localize(domain.title, lang)}
                      </span>
                      <span className="domain-nav-progress">
                        {done}/{total}
                        <span className="visually-hidden"> {t('scoring.answeredSuffix')}</span>
                      </span>
                      {flagged > 0 ? (
                        <span className="domain-nav-flag">
                          {t('scoring.flaggedNa', { count: flagged })}
                        </span>
                      ) : null}
                    </Link>
                  </li>
                );
              })}
            </ol>
          </nav>
          <button type="button" className="button primary next-button" onClick={goNextUnanswered}>
            {t('scoring.nextUnanswered')}
          </button>
        </div>

        <div className="scoring-main">
          {currentDomain ? (
            <>
              <h2 id={DOMAIN_HEADING_ID} tabIndex={-1}>
                {currentDomain.code} {localize(currentDomain.title, lang)}
              </h2>
              <p className="domain-description">{localize(currentDomain.description, lang)}</p>
              {currentDomain.criteria.map((criterion) => (
                <CriterionCard
                  key={criterion.id}
                  framework={framework}
                  criterion={criterion}
                  stored={assessment.answers[criterion.id]}
                  hasPrevious={assessment.previousAssessmentId !== null}
                  previousAnswer={previous?.answers[criterion.id]}
                  locked={locked}
                  saver={saver}
                  rolesListId={rolesListId}
                />
              ))}
              <nav className="domain-pager" aria-label={t('scoring.pagerNav')}>
                {previousDomain ? (
                  <Link
                    to={{ search: `?domein=${encodeURIComponent(previousDomain.id)}` }}
                    replace
                    onClick={() => {
                      pendingFocus.current = DOMAIN_HEADING_ID;
                    }}
                  >
                    {t('scoring.previousDomain', {
                      domain: `${previousDomain.code} ${localize(previousDomain.title, lang)}`,
                    })}
                  </Link>
                ) : (
                  <span />
                )}
                {nextDomain ? (
                  <Link
                    to={{ search: `?domein=${encodeURIComponent(nextDomain.id)}` }}
                    replace
                    onClick={() => {
                      pendingFocus.current = DOMAIN_HEADING_ID;
                    }}
                  >
                    {t('scoring.nextDomain', {
                      domain: `${nextDomain.code} ${localize(nextDomain.title, lang)}`,
                    })}
                  </Link>
                ) : null}
              </nav>
            </>
          ) : null}
        </div>
      </div>
      <datalist id={rolesListId}>
        {roles.map((role) => (
          <option key={role} value={role} />
        ))}
      </datalist>
    </Page>
  );
}

/** "All changes saved at 14:32" / "Saving…" / a problem: one polite live region. */
function SaveIndicator({ saver }: { saver: AnswerSaver }) {
  const { t } = useTranslation('assess');
  const fmt = useFormatters();
  const summary = useSyncExternalStore(
    saver.subscribe,
    () => saver.summary(),
    () => saver.summary(),
  );
  let text: string;
  let className = 'save-indicator';
  if (summary.problems > 0) {
    text = t('save.problems', { count: summary.problems });
    className += ' save-problem-text';
  } else if (summary.saving) {
    text = t('save.saving');
  } else if (summary.lastSavedAt) {
    text = t('save.savedAt', { time: fmt.time(summary.lastSavedAt) });
  } else {
    text = t('save.auto');
  }
  return (
    <p role="status" className={className}>
      {text}
    </p>
  );
}
