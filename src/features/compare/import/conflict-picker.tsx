import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConflictChoice } from '../../../domain/exchange-plan';
import {
  facilityLabel,
  type FacilityPreview,
  type RoundPreview,
} from '../../../flows/exchange-import';

function useDateTime() {
  const { i18n } = useTranslation();
  // English means British English: day-month-year dates and 24-hour times.
  const format = new Intl.DateTimeFormat(i18n.language === 'en' ? 'en-GB' : i18n.language, {
    dateStyle: 'medium',
    timeStyle: 'short',
  });
  return (iso: string) => {
    const date = new Date(iso);
    return Number.isNaN(date.getTime()) ? iso : format.format(date);
  };
}

/** Both versions of a round edited on two sides, and the choice of which one to keep. */
export function ConflictPicker({
  facility,
  round,
  choice,
  onChoose,
}: {
  facility: FacilityPreview | null;
  round: RoundPreview;
  choice: ConflictChoice | undefined;
  onChoose: (choice: ConflictChoice) => void;
}) {
  const { t } = useTranslation(['exchange', 'assess']);
  const id = useId();
  const dateTime = useDateTime();
  const local = round.local;
  const incoming = round.incoming;
  const level = (value: number | 'na' | null | undefined) =>
    value === 'na'
      ? t('import.notApplicable')
      : value === null || value === undefined
        ? t('import.unanswered')
        : String(value);
  const criteria = [
    ...new Set([...Object.keys(local?.levels ?? {}), ...Object.keys(incoming.levels)]),
  ].filter((c) => (local?.levels[c] ?? null) !== (incoming.levels[c] ?? null));
  const rows: { what: string; local: string; file: string }[] = [
    {
      what: t('import.revision'),
      local: String(local?.revision ?? '–'),
      file: String(incoming.revision),
    },
    {
      what: t('import.updatedAt'),
      local: local ? dateTime(local.updatedAt) : '–',
      file: dateTime(incoming.updatedAt),
    },
    {
      what: t('import.status'),
      local: local ? t(`assess:status.${local.status}`) : '–',
      file: t(`assess:status.${incoming.status}`),
    },
  ];
  if ((local?.periodLabel ?? '') !== incoming.periodLabel) {
    rows.push({
      what: t('import.period'),
      local: local?.periodLabel ?? '–',
      file: incoming.periodLabel,
    });
  }
  for (const criterion of criteria) {
    rows.push({
      what: criterion,
      local: level(local?.levels[criterion]),
      file: level(incoming.levels[criterion]),
    });
  }
  const name = facility
    ? facilityLabel({ ...facility, name: facility.name ?? undefined })
    : round.id;

  return (
    <div className="card conflict">
      <h3>{t('import.conflictRound', { facility: name, period: round.periodLabel })}</h3>
      {round.plan.reason === 'own-round' ? <p>{t('import.conflictOwnIntro')}</p> : null}
      <div className="table-scroll">
        <table className="data compact">
          <caption>{t('import.compareCaption', { period: round.periodLabel })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('import.colWhat')}</th>
              <th scope="col">{t('import.colLocal')}</th>
              <th scope="col">{t('import.colFile')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.what}>
                <th scope="row">{row.what}</th>
                <td>{row.local}</td>
                <td>{row.file}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {criteria.length === 0 ? <p className="muted">{t('import.sameLevels')}</p> : null}
      <fieldset className="choice">
        <legend>{t('import.keep', { period: round.periodLabel })}</legend>
        {(['local', 'file'] as const).map((option) => (
          <div className="radio" key={option}>
            <input
              type="radio"
              id={`${id}-${option}`}
              name={`${id}-choice`}
              checked={choice === option}
              onChange={() => onChoose(option)}
            />
            <label htmlFor={`${id}-${option}`}>
              {t(option === 'local' ? 'import.keepLocal' : 'import.keepFile')}
            </label>
          </div>
        ))}
      </fieldset>
    </div>
  );
}
