import { useTranslation } from 'react-i18next';
import { criterionScale, listCriteria } from '../../../domain/framework-model';
import type { Framework, Scale } from '../../../schemas/framework';
import type { Answer } from '../../../schemas/records';
import { useFormatters } from '../../shared/use-formatters';
import { levelText } from '../format';

/**
 * The scale a criterion had in the framework version of the previous round: its level labels
 * are the ones the team chose from then, even when a newer version renamed them.
 */
export function previousScale(
  previousFramework: Framework | undefined,
  criterionId: string,
): Scale | undefined {
  if (!previousFramework) return undefined;
  const entry = listCriteria(previousFramework).find((e) => e.criterion.id === criterionId);
  return entry ? criterionScale(previousFramework, entry.criterion) : undefined;
}

export interface PreviousRoundProps {
  answer: Answer | undefined;
  /** The criterion's scale in the previous round's framework version. */
  scale: Scale | undefined;
  lang: string;
}

/**
 * Last round's answer as a reference: its level, its evidence and the actions it finished
 * (read-only; unfinished actions were carried into this round and are edited there).
 */
export function PreviousRound({ answer, scale, lang }: PreviousRoundProps) {
  const { t } = useTranslation('assess');
  const fmt = useFormatters();
  let value: string;
  if (!answer || (!answer.notApplicable && answer.level === null)) value = t('previous.unanswered');
  else if (answer.notApplicable) value = t('previous.na', { reason: answer.naReason || '–' });
  else value = levelText(scale, answer.level ?? 0, lang);
  const done = answer?.actions.filter((a) => a.status === 'done') ?? [];
  return (
    <div className="previous-round">
      <p>
        <strong>{t('previous.label')}</strong> {value}
      </p>
      {answer && answer.evidence.length > 0 ? (
        <ul className="previous-evidence">
          {answer.evidence.map((item) => (
            <li key={item.id}>
              <span className="badge">{t(`evidenceKinds.${item.kind}`)}</span> {item.note}
              {item.reference ? <span className="muted"> ({item.reference})</span> : null}
            </li>
          ))}
        </ul>
      ) : null}
      {done.length > 0 ? (
        <>
          <p className="previous-subhead">{t('previous.doneActions')}</p>
          <ul className="previous-evidence">
            {done.map((action) => (
              <li key={action.id}>
                {action.what || '–'}
                <span className="muted">
                  {' '}
                  (
                  {[
                    action.responsibleRole,
                    action.dueDate ? fmt.date(action.dueDate) : '',
                    t('actionStatuses.done'),
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                  )
                </span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
