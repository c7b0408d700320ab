import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { listAssessmentSummaries, type AssessmentSummary } from '../../../db/assessments-repo';
import type { DbError } from '../../../db/errors';
import { listFacilities, setFacilityArchived } from '../../../db/facilities-repo';
import type { Facility } from '../../../schemas/records';
import { Page } from '../../../ui/page';
import { DbErrorText } from '../../shared/db-error-message';
import { recoverJournaledDrafts } from '../scoring/draft-recovery';
import { useFacilityTypes } from '../../shared/use-facility-types';
import { FacilityForm } from './facility-form';

/**
 * Rows shown at first. A team has a handful of facilities, an evaluator may hold hundreds:
 * laying out a 500-row table took most of a second (npm run bench), so the list grows on
 * request and a search finds the rest.
 */
const PAGE_SIZE = 50;

function normalise(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

/** /zelfevaluatie: the facilities of this device, and a form to add or edit one. */
/** "Eigen / Ingelezen": the URL keeps the filter, so the import screen can link to it. */
const ORIGINS = ['alle', 'eigen', 'ingelezen'] as const;
type Origin = (typeof ORIGINS)[number];

export function FacilitiesPage() {
  const { t } = useTranslation(['assess', 'exchange']);
  const [params, setParams] = useSearchParams();
  const originParam = params.get('herkomst');
  const origin: Origin = ORIGINS.includes(originParam as Origin) ? (originParam as Origin) : 'alle';
  const originId = useId();
  const [showArchived, setShowArchived] = useState(false);
  const facilityTypes = useFacilityTypes();
  const facilities = useLiveQuery(
    () => listFacilities({ includeArchived: showArchived }),
    [showArchived],
  );
  const assessments = useLiveQuery(() => listAssessmentSummaries(), []);
  const [editing, setEditing] = useState<Facility | null>(null);
  const [notice, setNotice] = useState('');
  const [failure, setFailure] = useState<DbError | null>(null);
  const formHeadingRef = useRef<HTMLHeadingElement>(null);
  const [focusForm, setFocusForm] = useState(0);
  const archivedId = useId();
  const searchId = useId();
  const [search, setSearch] = useState('');
  const [limit, setLimit] = useState(PAGE_SIZE);

  useEffect(() => {
    if (focusForm > 0) formHeadingRef.current?.focus();
  }, [focusForm]);

  useEffect(() => {
    if (assessments) recoverJournaledDrafts(assessments);
  }, [assessments]);

  const roundsByFacility = new Map<string, AssessmentSummary[]>();
  for (const assessment of assessments ?? []) {
    const list = roundsByFacility.get(assessment.facilityId) ?? [];
    list.push(assessment);
    roundsByFacility.set(assessment.facilityId, list);
  }

  const needle = normalise(search.trim());
  const ofOrigin = (facilities ?? []).filter((f) =>
    origin === 'alle' ? true : origin === 'eigen' ? !f.imported : f.imported !== undefined,
  );
  const matching = needle
    ? ofOrigin.filter(
        (f) => normalise(f.name).includes(needle) || normalise(f.alias).includes(needle),
      )
    : ofOrigin;
  const shown = matching.slice(0, limit);

  async function toggleArchived(facility: Facility) {
    setFailure(null);
    const result = await setFacilityArchived(facility.id, !facility.archived);
    if (!result.ok) {
      setFailure(result.error);
      return;
    }
    setNotice(
      t(result.value.archived ? 'facilities.archivedNotice' : 'facilities.unarchivedNotice', {
        name: result.value.name,
      }),
    );
  }

  return (
    <Page title={t('title')} lead={t('facilities.lead')}>
      <p role="status" className="status-line">
        {notice}
      </p>
      {failure ? (
        <p className="error-box" role="alert">
          <DbErrorText error={failure} />
        </p>
      ) : null}

      <section aria-labelledby="facilities-heading">
        <h2 id="facilities-heading">{t('facilities.heading')}</h2>
        <div className="field checkbox-field">
          <input
            id={archivedId}
            type="checkbox"
            checked={showArchived}
            onChange={(e) => setShowArchived(e.target.checked)}
          />
          <label htmlFor={archivedId}>{t('facilities.showArchived')}</label>
        </div>
        {facilities?.some((f) => f.imported) || origin !== 'alle' ? (
          <div className="field">
            <label htmlFor={originId}>{t('exchange:origin.label')}</label>
            <select
              id={originId}
              className="short-input"
              value={origin}
              onChange={(e) => {
                const next = new URLSearchParams(params);
                if (e.target.value === 'alle') next.delete('herkomst');
                else next.set('herkomst', e.target.value);
                setParams(next, { replace: true });
                setLimit(PAGE_SIZE);
              }}
            >
              <option value="alle">{t('exchange:origin.all')}</option>
              <option value="eigen">{t('exchange:origin.own')}</option>
              <option value="ingelezen">{t('exchange:origin.imported')}</option>
            </select>
          </div>
        ) : null}
        {facilities && facilities.length > 0 ? (
          <div className="field">
            <label htmlFor={searchId}>{t('facilities.search')}</label>
            <input
              id={searchId}
              type="search"
              value={search}
              onChange={(e) => {
                setSearch(e.target.value);
                setLimit(PAGE_SIZE);
              }}
            />
          </div>
        ) : null}
        {facilities && facilities.length > 0 ? (
          <p role="status" className="muted">
            {t('facilities.shown', { shown: shown.length, total: matching.length })}
          </p>
        ) : null}
        {facilities === undefined || assessments === undefined ? (
          <p role="status">{t('loading')}</p>
        ) : facilities.length === 0 ? (
          <p>{t('facilities.empty')}</p>
        ) : matching.length === 0 ? (
          <p>{t('facilities.noMatch')}</p>
        ) : (
          <div className="table-scroll">
            <table className="data">
              <caption>{t('facilities.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('facilities.columns.name')}</th>
                  <th scope="col">{t('facilities.columns.type')}</th>
                  <th scope="col">{t('facilities.columns.region')}</th>
                  <th scope="col">{t('facilities.columns.alias')}</th>
                  <th scope="col" className="num">
                    {t('facilities.columns.rounds')}
                  </th>
                  <th scope="col">{t('facilities.columns.latest')}</th>
                  <th scope="col">{t('facilities.columns.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {shown.map((facility) => {
                  const rounds = roundsByFacility.get(facility.id) ?? [];
                  const latest = rounds[0];
                  return (
                    <tr key={facility.id}>
                      <th scope="row">
                        <Link to={`/zelfevaluatie/voorziening/${encodeURIComponent(facility.id)}`}>
                          {facility.name}
                        </Link>
                        {facility.archived ? (
                          <>
                            {' '}
                            <span className="badge">{t('facilities.archivedBadge')}</span>
                          </>
                        ) : null}
                        {facility.imported ? (
                          <>
                            {' '}
                            <span className="badge">{t('exchange:marker.imported')}</span>
                          </>
                        ) : null}
                      </th>
                      <td>{facilityTypes.label(facility.type)}</td>
                      <td>{t(`regions.${facility.region}`)}</td>
                      <td>{facility.alias || '–'}</td>
                      <td className="num">{rounds.length}</td>
                      <td>
                        {latest ? (
                          <>
                            <span
                              className={`badge ${latest.status === 'afgerond' ? 'done' : 'concept'}`}
                            >
                              {t(`status.${latest.status}`)}
                            </span>{' '}
                            {latest.periodLabel}
                          </>
                        ) : (
                          <span className="muted">{t('facilities.noRounds')}</span>
                        )}
                      </td>
                      <td>
                        <div className="button-row">
                          {facility.imported ? null : (
                            <button
                              type="button"
                              className="button small"
                              onClick={() => {
                                setEditing(facility);
                                setNotice('');
                                setFocusForm((n) => n + 1);
                              }}
                            >
                              {t('facilities.edit')}
                              <span className="visually-hidden">: {facility.name}</span>
                            </button>
                          )}
                          <button
                            type="button"
                            className="button small"
                            onClick={() => void toggleArchived(facility)}
                          >
                            {facility.archived
                              ? t('facilities.unarchive')
                              : t('facilities.archive')}
                            <span className="visually-hidden">: {facility.name}</span>
                          </button>
                        </div>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
            {matching.length > shown.length ? (
              <button
                type="button"
                className="button"
                onClick={() => setLimit((n) => n + PAGE_SIZE)}
              >
                {t('facilities.showMore', {
                  count: Math.min(PAGE_SIZE, matching.length - shown.length),
                })}
              </button>
            ) : null}
          </div>
        )}
      </section>

      <section aria-labelledby="facility-form-heading" className="card form-card">
        <h2 id="facility-form-heading" ref={formHeadingRef} tabIndex={-1}>
          {editing
            ? t('facilityForm.editHeading', { name: editing.name })
            : t('facilityForm.newHeading')}
        </h2>
        <FacilityForm
          key={editing?.id ?? 'new'}
          facility={editing ?? undefined}
          onSaved={(saved) => {
            setNotice(
              t(editing ? 'facilityForm.savedNotice' : 'facilityForm.createdNotice', {
                name: saved.name,
              }),
            );
            setEditing(null);
          }}
          onCancel={editing ? () => setEditing(null) : undefined}
        />
      </section>
    </Page>
  );
}
