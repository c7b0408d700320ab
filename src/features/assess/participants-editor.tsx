import type { TFunction } from 'i18next';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Participant } from '../../schemas/records';

export interface ParticipantRow {
  key: string;
  role: string;
  /** As typed, so a half-typed number is not lost. */
  count: string;
}

export const ROLE_MAX = 80;
const COUNT_MAX = 999;

let rowCounter = 0;
export function newParticipantRow(role = '', count = '1'): ParticipantRow {
  rowCounter += 1;
  return { key: `p${rowCounter}`, role, count };
}

export function rowsFromParticipants(participants: readonly Participant[]): ParticipantRow[] {
  return participants.map((p) => newParticipantRow(p.role, String(p.count)));
}

export type ParticipantErrors = Record<string, { role?: string; count?: string }>;

/** Checks the rows; returns the participants when all are valid, else the errors per row. */
export function checkParticipants(
  rows: readonly ParticipantRow[],
  t: TFunction<'assess'>,
): { participants: Participant[]; errors: ParticipantErrors } {
  const errors: ParticipantErrors = {};
  const participants: Participant[] = [];
  for (const row of rows) {
    const role = row.role.trim();
    const count = Number(row.count);
    const rowErrors: { role?: string; count?: string } = {};
    if (role === '') rowErrors.role = t('participants.errors.roleRequired');
    else if (role.length > ROLE_MAX)
      rowErrors.role = t('participants.errors.roleTooLong', { max: ROLE_MAX });
    if (
      !/^\d+$/.test(row.count.trim()) ||
      !Number.isInteger(count) ||
      count < 1 ||
      count > COUNT_MAX
    ) {
      rowErrors.count = t('participants.errors.count', { max: COUNT_MAX });
    }
    if (rowErrors.role || rowErrors.count) errors[row.key] = rowErrors;
    else participants.push({ role, count });
  }
  return { participants, errors };
}

export interface ParticipantsEditorProps {
  rows: ParticipantRow[];
  errors: ParticipantErrors;
  onChange: (rows: ParticipantRow[]) => void;
  disabled?: boolean;
}

/** Who took part, as roles with a count: never names. */
export function ParticipantsEditor({ rows, errors, onChange, disabled }: ParticipantsEditorProps) {
  const { t } = useTranslation('assess');
  const id = useId();
  const listId = `${id}-roles`;
  const suggestions = t('participants.suggestions', { returnObjects: true }) as unknown;
  const roles = Array.isArray(suggestions)
    ? suggestions.filter((s): s is string => typeof s === 'string')
    : [];

  const update = (key: string, patch: Partial<ParticipantRow>) =>
    onChange(rows.map((row) => (row.key === key ? { ...row, ...patch } : row)));

  return (
    <fieldset className="participants">
      <legend>{t('participants.legend')}</legend>
      <p className="hint" id={`${id}-hint`}>
        {t('participants.hint')}
      </p>
      <datalist id={listId}>
        {roles.map((role) => (
          <option key={role} value={role} />
        ))}
      </datalist>
      {rows.length === 0 ? <p className="muted">{t('participants.none')}</p> : null}
      {rows.map((row, index) => {
        const n = index + 1;
        const rowErrors = errors[row.key] ?? {};
        const roleId = `${id}-${row.key}-role`;
        const countId = `${id}-${row.key}-count`;
        return (
          <div
            key={row.key}
            role="group"
            aria-label={t('participants.row', { n })}
            className="participant-row"
          >
            <div className="field">
              <label htmlFor={roleId}>{t('participants.role')}</label>
              <input
                id={roleId}
                list={listId}
                value={row.role}
                maxLength={ROLE_MAX}
                autoComplete="off"
                disabled={disabled}
                aria-describedby={[`${id}-hint`, rowErrors.role ? `${roleId}-error` : '']
                  .filter(Boolean)
                  .join(' ')}
                aria-invalid={rowErrors.role ? true : undefined}
                onChange={(e) => update(row.key, { role: e.target.value })}
              />
              {rowErrors.role ? (
                <p className="field-error" id={`${roleId}-error`}>
                  {rowErrors.role}
                </p>
              ) : null}
            </div>
            <div className="field">
              <label htmlFor={countId}>{t('participants.count')}</label>
              <input
                id={countId}
                type="number"
                inputMode="numeric"
                min={1}
                max={COUNT_MAX}
                className="count-input"
                value={row.count}
                disabled={disabled}
                aria-describedby={rowErrors.count ? `${countId}-error` : undefined}
                aria-invalid={rowErrors.count ? true : undefined}
                onChange={(e) => update(row.key, { count: e.target.value })}
              />
              {rowErrors.count ? (
                <p className="field-error" id={`${countId}-error`}>
                  {rowErrors.count}
                </p>
              ) : null}
            </div>
            <button
              type="button"
              className="button small danger"
              disabled={disabled}
              onClick={() => onChange(rows.filter((r) => r.key !== row.key))}
            >
              {t('participants.remove', { n })}
            </button>
          </div>
        );
      })}
      <button
        type="button"
        className="button small"
        disabled={disabled}
        onClick={() => onChange([...rows, newParticipantRow()])}
      >
        {t('participants.add')}
      </button>
    </fieldset>
  );
}
