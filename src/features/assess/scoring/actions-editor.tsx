import { useTranslation } from 'react-i18next';
import { ACTION_STATUSES, type ImprovementAction } from '../../../schemas/records';
import { useFormatters } from '../../shared/use-formatters';
import type { EditMode } from './answer-saver';
import { usePendingRows } from './use-pending-rows';

const WHAT_MAX = 5000;
const ROLE_MAX = 200;

export interface ActionsEditorProps {
  idPrefix: string;
  items: readonly ImprovementAction[];
  /** Ids of actions that came along from the previous round. */
  carriedIds: ReadonlySet<string>;
  locked: boolean;
  rolesListId: string;
  onEdit: (update: (items: ImprovementAction[]) => ImprovementAction[], mode: EditMode) => void;
  onFlush: () => void;
}

const hasContent = (item: ImprovementAction) =>
  item.what.trim() !== '' || item.responsibleRole.trim() !== '' || item.dueDate !== null;

/**
 * Improvement actions of one criterion: what, which role, by when, how far. Actions carried
 * over from the previous round say so. A new row lives only on screen until something is
 * filled in, so "add" never stores an empty action.
 */
export function ActionsEditor({
  idPrefix,
  items,
  carriedIds,
  locked,
  rolesListId,
  onEdit,
  onFlush,
}: ActionsEditorProps) {
  const { t } = useTranslation('assess');
  const { rows, change, remove, add } = usePendingRows<ImprovementAction>({
    items,
    hasContent,
    blank: (id) => ({ id, what: '', responsibleRole: '', dueDate: null, status: 'open' }),
    fieldId: (itemId) => `${idPrefix}-act-${itemId}-what`,
    onEdit,
  });

  if (locked) return <ActionList idPrefix={idPrefix} items={items} carriedIds={carriedIds} />;

  return (
    <section className="actions" aria-labelledby={`${idPrefix}-act-heading`}>
      <h4 id={`${idPrefix}-act-heading`}>{t('actions.heading')}</h4>
      {rows.length === 0 ? <p className="muted">{t('actions.none')}</p> : null}
      {rows.map((item, index) => {
        const n = index + 1;
        const base = `${idPrefix}-act-${item.id}`;
        const carried = carriedIds.has(item.id);
        return (
          <fieldset key={item.id} className={`item-box${carried ? ' carried' : ''}`}>
            <legend>{carried ? t('actions.itemCarried', { n }) : t('actions.item', { n })}</legend>
            <div className="field">
              <label htmlFor={`${base}-what`}>{t('actions.what')}</label>
              <span className="hint privacy-hint" id={`${base}-what-hint`}>
                {t('privacyHint')}
              </span>
              <textarea
                id={`${base}-what`}
                value={item.what}
                maxLength={WHAT_MAX}
                aria-describedby={`${base}-what-hint`}
                onChange={(e) => change(item.id, { what: e.target.value }, 'debounced')}
                onBlur={onFlush}
              />
            </div>
            <div className="item-grid">
              <div className="field">
                <label htmlFor={`${base}-role`}>{t('actions.role')}</label>
                <span className="hint" id={`${base}-role-hint`}>
                  {t('actions.roleHint')}
                </span>
                <input
                  id={`${base}-role`}
                  list={rolesListId}
                  value={item.responsibleRole}
                  maxLength={ROLE_MAX}
                  autoComplete="off"
                  aria-describedby={`${base}-role-hint`}
                  onChange={(e) =>
                    change(item.id, { responsibleRole: e.target.value }, 'debounced')
                  }
                  onBlur={onFlush}
                />
              </div>
              <div className="field">
                <label htmlFor={`${base}-due`}>{t('actions.due')}</label>
                <input
                  id={`${base}-due`}
                  type="date"
                  value={item.dueDate ?? ''}
                  onChange={(e) =>
                    change(
                      item.id,
                      {
                        dueDate: /^\d{4}-\d{2}-\d{2}$/.test(e.target.value) ? e.target.value : null,
                      },
                      'debounced',
                    )
                  }
                  onBlur={onFlush}
                />
              </div>
              <div className="field">
                <label htmlFor={`${base}-status`}>{t('actions.status')}</label>
                <select
                  id={`${base}-status`}
                  value={item.status}
                  onChange={(e) =>
                    change(
                      item.id,
                      { status: e.target.value as ImprovementAction['status'] },
                      'now',
                    )
                  }
                >
                  {ACTION_STATUSES.map((status) => (
                    <option key={status} value={status}>
                      {t(`actionStatuses.${status}`)}
                    </option>
                  ))}
                </select>
              </div>
            </div>
            <button type="button" className="button small danger" onClick={() => remove(item.id)}>
              {t('actions.remove', { n })}
            </button>
          </fieldset>
        );
      })}
      <button type="button" className="button small" onClick={add}>
        {t('actions.add')}
      </button>
    </section>
  );
}

/** A finalised round: the actions as text, nothing to edit. */
function ActionList({
  idPrefix,
  items,
  carriedIds,
}: {
  idPrefix: string;
  items: readonly ImprovementAction[];
  carriedIds: ReadonlySet<string>;
}) {
  const { t } = useTranslation('assess');
  const fmt = useFormatters();
  return (
    <section className="actions" aria-labelledby={`${idPrefix}-act-heading`}>
      <h4 id={`${idPrefix}-act-heading`}>{t('actions.heading')}</h4>
      {items.length === 0 ? (
        <p className="muted">{t('actions.none')}</p>
      ) : (
        <ul className="readonly-list">
          {items.map((item) => (
            <li key={item.id}>
              {item.what || '–'}{' '}
              <span className="muted">
                (
                {[
                  item.responsibleRole,
                  item.dueDate ? fmt.date(item.dueDate) : '',
                  t(`actionStatuses.${item.status}`),
                  carriedIds.has(item.id) ? t('actions.carried') : '',
                ]
                  .filter(Boolean)
                  .join(' · ')}
                )
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
