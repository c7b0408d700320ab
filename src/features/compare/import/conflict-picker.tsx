import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConflictChoice } from '../../../domain/exchange-plan';
import { localize } from '../../../domain/localize';
import type { AnswerField } from '../../../domain/round-diff';
import {
  facilityLabel,
  type CriterionConflict,
  type FacilityPreview,
  type RoundPreview,
  type RoundSide,
} from '../../../flows/exchange-import';
import type { Answer } from '../../../schemas/records';
import { useFormatters } from '../../shared/use-formatters';

interface Row {
  key: string;
  what: string;
  local: ReactNode;
  file: ReactNode;
}

/**
 * Both versions of a round edited on two sides, and the choice of which one to keep: the round's
 * own facts, then every criterion answered differently with both sides' values of the fields
 * that differ. Each comparison is a table (two columns: this device, the file); on a narrow
 * screen its rows stack, each value labelled with its side.
 */
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
  const { t, i18n } = useTranslation(['exchange', 'assess']);
  const id = useId();
  const { dateTime, date } = useFormatters();
  const local = round.local;
  const incoming = round.incoming;
  const name = facility
    ? facilityLabel({ ...facility, name: facility.name ?? undefined })
    : round.id;

  const participants = (side: RoundSide) =>
    side.participants.map((p) => `${p.role} (${p.count})`).join(', ') || t('import.none');
  const roundRows: Row[] = [
    {
      key: 'revision',
      what: t('import.revision'),
      local: String(local?.revision ?? '–'),
      file: String(incoming.revision),
    },
    {
      key: 'updatedAt',
      what: t('import.updatedAt'),
      local: local ? dateTime(local.updatedAt) : '–',
      file: dateTime(incoming.updatedAt),
    },
    {
      key: 'status',
      what: t('import.status'),
      local: local ? t(`assess:status.${local.status}`) : '–',
      file: t(`assess:status.${incoming.status}`),
    },
  ];
  if ((local?.periodLabel ?? '') !== incoming.periodLabel) {
    roundRows.push({
      key: 'period',
      what: t('import.period'),
      local: local?.periodLabel ?? '–',
      file: incoming.periodLabel,
    });
  }
  if ((local?.finalisedAt ?? null) !== incoming.finalisedAt) {
    roundRows.push({
      key: 'finalisedAt',
      what: t('import.finalisedAt'),
      local: local?.finalisedAt ? dateTime(local.finalisedAt) : '–',
      file: incoming.finalisedAt ? dateTime(incoming.finalisedAt) : '–',
    });
  }
  if (local && participants(local) !== participants(incoming)) {
    roundRows.push({
      key: 'participants',
      what: t('import.participants'),
      local: participants(local),
      file: participants(incoming),
    });
  }

  const yesNo = (value: boolean) => (value ? t('import.yes') : t('import.no'));
  const fieldValue = (answer: Answer | null, field: AnswerField | 'updatedAt'): ReactNode => {
    if (!answer) return field === 'level' ? t('import.unanswered') : '–';
    switch (field) {
      case 'level':
        return answer.notApplicable
          ? t('import.notApplicable')
          : answer.level === null
            ? t('import.unanswered')
            : String(answer.level);
      case 'notApplicable':
        return yesNo(answer.notApplicable);
      case 'naReason':
        return answer.naReason.trim() || '–';
      case 'target':
        return answer.target === null ? t('import.targetNorm') : String(answer.target);
      case 'toDiscuss':
        return yesNo(answer.toDiscuss);
      case 'updatedAt':
        return dateTime(answer.updatedAt);
      case 'evidence':
        return answer.evidence.length === 0 ? (
          t('import.none')
        ) : (
          <ul className="compact-list">
            {answer.evidence.map((item) => (
              <li key={item.id}>
                {t(`assess:evidenceKinds.${item.kind}`)}: {item.note || '–'}
                {item.reference ? ` (${item.reference})` : ''}
              </li>
            ))}
          </ul>
        );
      case 'actions':
        return answer.actions.length === 0 ? (
          t('import.none')
        ) : (
          <ul className="compact-list">
            {answer.actions.map((item) => (
              <li key={item.id}>
                {item.what || '–'} —{' '}
                {[
                  item.responsibleRole,
                  item.dueDate ? date(item.dueDate) : null,
                  t(`assess:actionStatuses.${item.status}`),
                ]
                  .filter(Boolean)
                  .join(', ')}
              </li>
            ))}
          </ul>
        );
    }
  };

  const criterionName = (difference: CriterionConflict) =>
    difference.code
      ? `${difference.code} ${localize(difference.title ?? undefined, i18n.language)}`
      : t('import.unknownCriterion', { id: difference.criterionId });
  // The level is always shown, so each comparison says where the criterion stands on both sides.
  const rowsFor = (difference: CriterionConflict): Row[] =>
    (['level', ...difference.fields.filter((f) => f !== 'level'), 'updatedAt'] as const).map(
      (field) => ({
        key: field,
        what: t(`import.field.${field}`),
        local: fieldValue(difference.local, field),
        file: fieldValue(difference.file, field),
      }),
    );
  const differences = round.differences;

  return (
    <section className="card conflict" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>
        {t('import.conflictRound', { facility: name, period: round.periodLabel })}
      </h3>
      {round.plan.reason === 'own-round' ? <p>{t('import.conflictOwnIntro')}</p> : null}
      <CompareTable
        caption={t('import.roundCaption', { period: round.periodLabel })}
        rows={roundRows}
      />
      <h4>
        {differences.length > 0
          ? t('import.criteriaDiffer', { count: differences.length })
          : t('import.noAnswerDifferences')}
      </h4>
      {differences.map((difference) => (
        <CompareTable
          key={difference.criterionId}
          caption={criterionName(difference)}
          rows={rowsFor(difference)}
        />
      ))}
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
    </section>
  );
}

/** A two-sided comparison; on narrow screens each row stacks, values labelled with their side. */
function CompareTable({ caption, rows }: { caption: string; rows: Row[] }) {
  const { t } = useTranslation('exchange');
  return (
    <table className="data compact compare-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('import.colWhat')}</th>
          <th scope="col">{t('import.colLocal')}</th>
          <th scope="col">{t('import.colFile')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            <th scope="row">{row.what}</th>
            <td data-label={t('import.colLocal')}>{row.local}</td>
            <td data-label={t('import.colFile')}>{row.file}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
