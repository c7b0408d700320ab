import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { deleteAssessment, listAssessments } from '../../../db/assessments-repo';
import type { DbError } from '../../../db/errors';
import { getFacility } from '../../../db/facilities-repo';
import { listFrameworks, type CatalogueEntry } from '../../../flows/framework-catalogue';
import { localize } from '../../../domain/localize';
import type { Assessment } from '../../../schemas/records';
import { Page } from '../../../ui/page';
import { DbErrorText } from '../../shared/db-error-message';
import { useFormatters } from '../../shared/use-formatters';
import { overallProgress, scoreSafely } from '../progress';
import { hasJournaledDrafts, localDraftJournal } from '../scoring/draft-journal';
import { recoverJournaledDrafts } from '../scoring/draft-recovery';
import { ExportSection } from './export-section';
import { NewRoundForm } from './new-round-form';
import { useFacilityTypes } from '../../shared/use-facility-types';

/** /zelfevaluatie/voorziening/:facilityId — the rounds of one facility. */
export function FacilityPage() {
  const { facilityId = '' } = useParams();
  const { t } = useTranslation(['assess', 'exchange']);
  const navigate = useNavigate();
  const fmt = useFormatters();
  const [exportRequest, setExportRequest] = useState<{ roundId: string; at: number } | null>(null);
  const facilityData = useLiveQuery(
    async () => ({ facility: await getFacility(facilityId) }),
    [facilityId],
  );
  const rounds = useLiveQuery(() => listAssessments(facilityId), [facilityId]);
  const catalogue = useLiveQuery(() => listFrameworks(), []);
  const facilityTypes = useFacilityTypes();

  useEffect(() => {
    if (rounds) recoverJournaledDrafts(rounds);
  }, [rounds]);

  if (facilityData === undefined) {
    return (
      <Page title={t('title')}>
        <p role="status">{t('loading')}</p>
      </Page>
    );
  }
  const { facility } = facilityData;
  if (!facility) {
    return (
      <Page title={t('facility.notFoundTitle')}>
        <p>{t('facility.notFound')}</p>
        <p>
          <Link to="/zelfevaluatie">{t('backToFacilities')}</Link>
        </p>
      </Page>
    );
  }

  const details = [
    facilityTypes.label(facility.type),
    t(`regions.${facility.region}`),
    facility.alias ? t('facility.aliasLabel', { alias: facility.alias }) : null,
  ]
    .filter(Boolean)
    .join(' · ');

  return (
    <Page title={facility.name} lead={details}>
      <p>
        <Link to="/zelfevaluatie">{t('backToFacilities')}</Link>
      </p>
      {facility.archived ? <p className="notice">{t('facility.archivedNotice')}</p> : null}
      {facility.imported ? (
        <p className="notice">
          <span className="badge">{t('exchange:marker.imported')}</span>{' '}
          {t('exchange:marker.facilityNotice', {
            code: facility.imported.facilityCode,
            date: fmt.dateTime(facility.imported.importedAt),
          })}
        </p>
      ) : null}
      <section aria-labelledby="rounds-heading">
        <h2 id="rounds-heading">{t('rounds.heading')}</h2>
        {rounds === undefined || catalogue === undefined ? (
          <p role="status">{t('loading')}</p>
        ) : (
          <RoundsTable
            rounds={rounds}
            catalogue={catalogue}
            onExport={
              facility.imported
                ? null
                : (round) => setExportRequest({ roundId: round.id, at: Date.now() })
            }
          />
        )}
      </section>
      {!facility.imported && rounds !== undefined && rounds.length > 0 ? (
        <ExportSection
          key={exportRequest?.at ?? 0}
          facility={facility}
          rounds={rounds}
          preselect={exportRequest?.roundId ?? null}
        />
      ) : null}
      {facility.imported ? null : (
        <section aria-labelledby="new-round-heading" className="card form-card">
          <h2 id="new-round-heading">{t('newRound.heading')}</h2>
          {rounds === undefined || catalogue === undefined ? (
            <p role="status">{t('loading')}</p>
          ) : (
            <NewRoundForm
              facilityId={facility.id}
              catalogue={catalogue}
              rounds={rounds}
              onCreated={(assessment) =>
                void navigate(`/zelfevaluatie/ronde/${encodeURIComponent(assessment.id)}`)
              }
            />
          )}
        </section>
      )}
    </Page>
  );
}

function RoundsTable({
  rounds,
  catalogue,
  onExport,
}: {
  rounds: Assessment[];
  catalogue: CatalogueEntry[];
  /** null for an imported facility: its rounds are not re-exported. */
  onExport: ((round: Assessment) => void) | null;
}) {
  const { t, i18n } = useTranslation(['assess', 'exchange']);
  const fmt = useFormatters();
  const [confirming, setConfirming] = useState<Assessment | null>(null);
  const [failure, setFailure] = useState<DbError | null>(null);
  const [notice, setNotice] = useState('');
  const confirmRef = useRef<HTMLDivElement>(null);
  const confirmHeadingId = useId();

  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);

  async function remove(round: Assessment) {
    setFailure(null);
    const result = await deleteAssessment(round.id);
    setConfirming(null);
    if (!result.ok) {
      setFailure(result.error);
      return;
    }
    localDraftJournal.clear(round.id);
    setNotice(t('rounds.deleted', { period: round.periodLabel }));
  }

  return (
    <>
      <p role="status" className="status-line">
        {notice}
      </p>
      {failure ? (
        <p className="error-box" role="alert">
          <DbErrorText error={failure} />
        </p>
      ) : null}
      {confirming ? (
        <div
          className="notice confirm-box"
          role="group"
          aria-labelledby={confirmHeadingId}
          tabIndex={-1}
          ref={confirmRef}
        >
          <p id={confirmHeadingId}>
            <strong>{t('rounds.confirmDelete', { period: confirming.periodLabel })}</strong>
          </p>
          <p>{t('rounds.confirmDeleteText')}</p>
          <div className="button-row">
            <button type="button" className="button danger" onClick={() => void remove(confirming)}>
              {t('rounds.confirmDeleteYes')}
            </button>
            <button type="button" className="button" onClick={() => setConfirming(null)}>
              {t('common.cancel')}
            </button>
          </div>
        </div>
      ) : null}
      {rounds.length === 0 ? (
        <p>{t('rounds.empty')}</p>
      ) : (
        <div className="table-scroll">
          <table className="data">
            <caption>{t('rounds.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('rounds.columns.period')}</th>
                <th scope="col">{t('rounds.columns.framework')}</th>
                <th scope="col">{t('rounds.columns.status')}</th>
                <th scope="col">{t('rounds.columns.progress')}</th>
                <th scope="col">{t('rounds.columns.dates')}</th>
                <th scope="col">{t('rounds.columns.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {rounds.map((round) => {
                const entry = catalogue.find(
                  (e) => e.id === round.frameworkId && e.version === round.frameworkVersion,
                );
                const progress = entry
                  ? overallProgress(scoreSafely(entry.framework, round.answers), entry.framework)
                  : null;
                const locked = round.status === 'afgerond' || round.imported !== undefined;
                const unsaved = hasJournaledDrafts(round.id);
                return (
                  <tr key={round.id}>
                    <th scope="row">
                      {round.periodLabel}
                      {round.participants.length > 0 ? (
                        <div className="muted small-text">
                          {round.participants.map((p) => `${p.role} (${p.count})`).join(', ')}
                        </div>
                      ) : null}
                    </th>
                    <td>
                      {entry ? localize(entry.title, i18n.language) : round.frameworkId}
                      <div className="muted small-text">
                        {t('rounds.version', { version: round.frameworkVersion })}
                      </div>
                    </td>
                    <td>
                      <span className={`badge ${round.status === 'afgerond' ? 'done' : 'concept'}`}>
                        {t(`status.${round.status}`)}
                      </span>
                      {round.imported ? (
                        <div className="small-text">
                          <span className="badge">{t('exchange:marker.imported')}</span>{' '}
                          {t('exchange:marker.importedFrom', {
                            code: round.imported.facilityCode,
                            date: fmt.date(round.imported.importedAt),
                          })}
                        </div>
                      ) : null}
                      {unsaved ? (
                        <div className="field-error small-text">{t('rounds.unsavedDrafts')}</div>
                      ) : null}
                    </td>
                    <td>
                      {progress ? (
                        <>
                          <span>
                            {t('progress.text', { done: progress.done, total: progress.total })}
                          </span>
                          <progress
                            className="progress"
                            value={progress.done}
                            max={Math.max(progress.total, 1)}
                            aria-label={t('progress.label', {
                              done: progress.done,
                              total: progress.total,
                            })}
                          />
                        </>
                      ) : (
                        <span className="muted">{t('rounds.frameworkMissing')}</span>
                      )}
                    </td>
                    <td className="small-text">
                      <div>{t('rounds.created', { date: fmt.date(round.createdAt) })}</div>
                      <div>{t('rounds.updated', { date: fmt.dateTime(round.updatedAt) })}</div>
                      {round.finalisedAt ? (
                        <div>{t('rounds.finalised', { date: fmt.date(round.finalisedAt) })}</div>
                      ) : null}
                    </td>
                    <td>
                      <div className="button-row">
                        <Link
                          className="button small primary"
                          to={`/zelfevaluatie/ronde/${encodeURIComponent(round.id)}`}
                        >
                          {locked ? t('rounds.view') : t('rounds.continue')}
                          <span className="visually-hidden">: {round.periodLabel}</span>
                        </Link>
                        <Link
                          className="button small"
                          to={`/resultaten/ronde/${encodeURIComponent(round.id)}`}
                        >
                          {t('rounds.results')}
                          <span className="visually-hidden">: {round.periodLabel}</span>
                        </Link>
                        {onExport ? (
                          <button
                            type="button"
                            className="button small"
                            onClick={() => onExport(round)}
                          >
                            {t('exchange:export.exportRound')}
                            <span className="visually-hidden">: {round.periodLabel}</span>
                          </button>
                        ) : null}
                        {!locked ? (
                          <button
                            type="button"
                            className="button small danger"
                            onClick={() => setConfirming(round)}
                          >
                            {t('rounds.delete')}
                            <span className="visually-hidden">: {round.periodLabel}</span>
                          </button>
                        ) : null}
                      </div>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
