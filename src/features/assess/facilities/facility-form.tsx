import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DbError } from '../../../db/errors';
import { createFacility, getFacility, updateFacility } from '../../../db/facilities-repo';
import { isFacilityTypeOption } from '../../../domain/facility-types';
import { REGIONS, type Facility, type Region } from '../../../schemas/records';
import { DbErrorText } from '../../shared/db-error-message';
import { useFacilityTypes } from '../../shared/use-facility-types';

type Field = 'name' | 'type' | 'region' | 'alias';
type Errors = Partial<Record<Field, string>>;

const NAME_MAX = 120;
const ALIAS_MAX = 20;

export interface FacilityFormProps {
  /** Given: edit this facility; absent: create a new one. */
  facility?: Facility;
  onSaved: (facility: Facility) => void;
  onCancel?: () => void;
}

function isRegion(value: string): value is Region {
  return (REGIONS as readonly string[]).includes(value);
}

/** Create or edit a facility. Only the organisation is recorded, never a person. */
export function FacilityForm({ facility, onSaved, onCancel }: FacilityFormProps) {
  const { t } = useTranslation('assess');
  const id = useId();
  const [name, setName] = useState(facility?.name ?? '');
  const [type, setType] = useState<string>(facility?.type ?? '');
  const [region, setRegion] = useState<string>(facility?.region ?? '');
  const [alias, setAlias] = useState(facility?.alias ?? '');
  const [errors, setErrors] = useState<Errors>({});
  const [failure, setFailure] = useState<DbError | null>(null);
  const [busy, setBusy] = useState(false);
  // The version this form started from: a save is refused when another window saved since.
  const [base, setBase] = useState(facility?.updatedAt);
  const [theirs, setTheirs] = useState<Facility | null>(null);
  // The stored type stays a choice even when no framework on this device declares it.
  const facilityTypes = useFacilityTypes(
    [facility?.type, theirs?.type].filter((v): v is string => v !== undefined),
  );
  const isFacilityType = (value: string) => isFacilityTypeOption(facilityTypes.options, value);

  const fieldId = (field: Field) => `${id}-${field}`;
  const errorId = (field: Field) => `${id}-${field}-error`;

  function validate(): Errors {
    const next: Errors = {};
    const trimmed = name.trim();
    if (trimmed === '') next.name = t('facilityForm.errors.nameRequired');
    else if (trimmed.length > NAME_MAX)
      next.name = t('facilityForm.errors.nameTooLong', { max: NAME_MAX });
    if (!isFacilityType(type)) next.type = t('facilityForm.errors.typeRequired');
    if (!isRegion(region)) next.region = t('facilityForm.errors.regionRequired');
    if (alias.trim().length > ALIAS_MAX)
      next.alias = t('facilityForm.errors.aliasTooLong', { max: ALIAS_MAX });
    return next;
  }

  function takeTheirs(other: Facility) {
    setName(other.name);
    setType(other.type);
    setRegion(other.region);
    setAlias(other.alias);
    setBase(other.updatedAt);
    setTheirs(null);
  }

  async function submit(event: FormEvent, over?: string) {
    event.preventDefault();
    const found = validate();
    setErrors(found);
    setFailure(null);
    setTheirs(null);
    const first = (['name', 'type', 'region', 'alias'] as const).find((f) => found[f]);
    if (first) {
      document.getElementById(fieldId(first))?.focus();
      return;
    }
    if (!isFacilityType(type) || !isRegion(region)) return;
    setBusy(true);
    const input = { name: name.trim(), type, region, alias: alias.trim() };
    const result = facility
      ? await updateFacility(facility.id, input, over ?? base)
      : await createFacility(input);
    if (!result.ok && result.error.kind === 'conflict' && facility) {
      const other = await getFacility(facility.id);
      setBusy(false);
      if (other) {
        setTheirs(other);
        return;
      }
    }
    setBusy(false);
    if (!result.ok) {
      setFailure(result.error);
      return;
    }
    setBase(result.value.updatedAt);
    if (!facility) {
      setName('');
      setType('');
      setRegion('');
      setAlias('');
    }
    onSaved(result.value);
  }

  const describedBy = (field: Field, hint?: string) =>
    [hint, errors[field] ? errorId(field) : undefined].filter(Boolean).join(' ') || undefined;

  return (
    <form noValidate onSubmit={(e) => void submit(e)} className="facility-form">
      <p className="hint" id={`${id}-privacy`}>
        {t('facilityForm.privacy')}
      </p>
      <div className="field">
        <label htmlFor={fieldId('name')}>{t('facilityForm.name')}</label>
        <input
          id={fieldId('name')}
          value={name}
          maxLength={NAME_MAX}
          autoComplete="off"
          aria-invalid={errors.name ? true : undefined}
          aria-describedby={describedBy('name')}
          onChange={(e) => setName(e.target.value)}
        />
        {errors.name ? (
          <p className="field-error" id={errorId('name')}>
            {errors.name}
          </p>
        ) : null}
      </div>
      <div className="field">
        <label htmlFor={fieldId('type')}>{t('facilityForm.type')}</label>
        <select
          id={fieldId('type')}
          value={type}
          aria-invalid={errors.type ? true : undefined}
          aria-describedby={describedBy('type')}
          onChange={(e) => setType(e.target.value)}
        >
          <option value="">{t('facilityForm.choose')}</option>
          {facilityTypes.options.map((option) => (
            <option key={option.id} value={option.id}>
              {facilityTypes.label(option.id)}
            </option>
          ))}
        </select>
        {errors.type ? (
          <p className="field-error" id={errorId('type')}>
            {errors.type}
          </p>
        ) : null}
      </div>
      <div className="field">
        <label htmlFor={fieldId('region')}>{t('facilityForm.region')}</label>
        <select
          id={fieldId('region')}
          value={region}
          aria-invalid={errors.region ? true : undefined}
          aria-describedby={describedBy('region')}
          onChange={(e) => setRegion(e.target.value)}
        >
          <option value="">{t('facilityForm.choose')}</option>
          {REGIONS.map((value) => (
            <option key={value} value={value}>
              {t(`regions.${value}`)}
            </option>
          ))}
        </select>
        {errors.region ? (
          <p className="field-error" id={errorId('region')}>
            {errors.region}
          </p>
        ) : null}
      </div>
      <div className="field">
        <label htmlFor={fieldId('alias')}>{t('facilityForm.alias')}</label>
        <span className="hint" id={`${id}-alias-hint`}>
          {t('facilityForm.aliasHint', { max: ALIAS_MAX })}
        </span>
        <input
          id={fieldId('alias')}
          value={alias}
          maxLength={ALIAS_MAX}
          autoComplete="off"
          className="short-input"
          aria-invalid={errors.alias ? true : undefined}
          aria-describedby={describedBy('alias', `${id}-alias-hint`)}
          onChange={(e) => setAlias(e.target.value)}
        />
        {errors.alias ? (
          <p className="field-error" id={errorId('alias')}>
            {errors.alias}
          </p>
        ) : null}
      </div>
      {Object.keys(errors).length > 0 ? (
        <p className="error-box" role="alert">
          {t('facilityForm.fixErrors')}
        </p>
      ) : null}
      {theirs ? (
        <div className="error-box" role="alert">
          <p>{t('facilityForm.conflict.text')}</p>
          <p>
            {t('facilityForm.conflict.theirs', {
              name: theirs.name,
              type: facilityTypes.label(theirs.type),
              region: t(`regions.${theirs.region}`),
            })}
          </p>
          <div className="button-row">
            <button
              type="button"
              className="button small primary"
              onClick={(e) => void submit(e, theirs.updatedAt)}
            >
              {t('facilityForm.conflict.keepMine')}
            </button>
            <button type="button" className="button small" onClick={() => takeTheirs(theirs)}>
              {t('facilityForm.conflict.takeTheirs')}
            </button>
          </div>
        </div>
      ) : null}
      {failure ? (
        <p className="error-box" role="alert">
          <DbErrorText error={failure} />
        </p>
      ) : null}
      <div className="button-row">
        <button type="submit" className="button primary" disabled={busy}>
          {facility ? t('facilityForm.save') : t('facilityForm.create')}
        </button>
        {onCancel ? (
          <button type="button" className="button" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        ) : null}
      </div>
    </form>
  );
}
