import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { OriginFilter, SetFilter, StatusFilter } from '../../../domain/compare';
import { periodsOf, defaultFilter } from '../../../domain/compare';
import { REGIONS } from '../../../schemas/records';
import { useCompareStore } from '../../../store/compare-store';
import { useFacilityTypes } from '../../shared/use-facility-types';
import type { CompareRecords } from './use-comparison';

/**
 * Chooses the set: one framework version (a comparison never mixes versions), facility types,
 * regions, periods, status, origin and whether only each facility's latest round counts.
 */
export function SetChooser({ filter, records }: { filter: SetFilter; records: CompareRecords }) {
  const { t } = useTranslation(['compare', 'assess']);
  const setFilter = useCompareStore((s) => s.setFilter);
  const versionId = useId();
  const update = (change: Partial<SetFilter>) => setFilter({ ...filter, ...change });
  const toggle = (list: readonly string[], value: string, on: boolean) =>
    on ? [...list, value] : list.filter((v) => v !== value);
  const periods = periodsOf(records.rounds, filter.frameworkId, filter.frameworkVersion);
  const versionKey = `${filter.frameworkId}@${filter.frameworkVersion}`;
  // The types of the frameworks on this device, plus any type the compared facilities carry.
  const facilityTypes = useFacilityTypes(records.facilities.map((f) => f.type));

  return (
    <details className="set-chooser" open>
      <summary>
        <h2>{t('set.heading')}</h2>
      </summary>
      <div className="set-grid">
        <div className="field">
          <label htmlFor={versionId}>{t('set.version')}</label>
          <select
            id={versionId}
            value={versionKey}
            onChange={(event) => {
              const chosen = records.versions.find(
                (v) => `${v.frameworkId}@${v.frameworkVersion}` === event.target.value,
              );
              if (chosen) setFilter(defaultFilter(chosen.frameworkId, chosen.frameworkVersion));
            }}
          >
            {records.versions.map((v) => (
              <option
                key={`${v.frameworkId}@${v.frameworkVersion}`}
                value={`${v.frameworkId}@${v.frameworkVersion}`}
              >
                {t('set.versionOption', {
                  id: v.frameworkId,
                  version: v.frameworkVersion,
                  count: v.rounds,
                })}
              </option>
            ))}
          </select>
        </div>
        <fieldset className="checks">
          <legend>{t('set.types')}</legend>
          {facilityTypes.options.map(({ id: type }) => (
            <label key={type}>
              <input
                type="checkbox"
                checked={filter.types.includes(type)}
                onChange={(e) => update({ types: toggle(filter.types, type, e.target.checked) })}
              />{' '}
              {facilityTypes.label(type)}
            </label>
          ))}
          <p className="hint">{t('set.noneIsAll')}</p>
        </fieldset>
        <fieldset className="checks">
          <legend>{t('set.regions')}</legend>
          {REGIONS.map((region) => (
            <label key={region}>
              <input
                type="checkbox"
                checked={filter.regions.includes(region)}
                onChange={(e) =>
                  update({ regions: toggle(filter.regions, region, e.target.checked) })
                }
              />{' '}
              {t(`assess:regions.${region}`)}
            </label>
          ))}
          <p className="hint">{t('set.noneIsAll')}</p>
        </fieldset>
        <fieldset className="checks">
          <legend>{t('set.periods')}</legend>
          {periods.map((period) => (
            <label key={period}>
              <input
                type="checkbox"
                checked={filter.periods.includes(period)}
                onChange={(e) =>
                  update({ periods: toggle(filter.periods, period, e.target.checked) })
                }
              />{' '}
              {period}
            </label>
          ))}
          <p className="hint">{t('set.noneIsAll')}</p>
        </fieldset>
        <fieldset className="checks">
          <legend>{t('set.status')}</legend>
          {(['finalised', 'all'] as StatusFilter[]).map((status) => (
            <label key={status}>
              <input
                type="radio"
                name="compare-status"
                checked={filter.status === status}
                onChange={() => update({ status })}
              />{' '}
              {t(`set.statusOptions.${status}`)}
            </label>
          ))}
        </fieldset>
        <fieldset className="checks">
          <legend>{t('set.origin')}</legend>
          {(['all', 'own', 'imported'] as OriginFilter[]).map((origin) => (
            <label key={origin}>
              <input
                type="radio"
                name="compare-origin"
                checked={filter.origin === origin}
                onChange={() => update({ origin })}
              />{' '}
              {t(`set.originOptions.${origin}`)}
            </label>
          ))}
        </fieldset>
        <fieldset className="checks">
          <legend>{t('set.rounds')}</legend>
          <label>
            <input
              type="checkbox"
              checked={filter.latestOnly}
              onChange={(e) => update({ latestOnly: e.target.checked })}
            />{' '}
            {t('set.latestOnly')}
          </label>
        </fieldset>
      </div>
    </details>
  );
}
