import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { newId } from '../../../db/ids';
import { ACTION_STATUSES, type ImprovementAction } from '../../../schemas/records';
import type { EditMode } from './answer-saver';

const WHAT_MAX = 5000;
const ROLE_MAX = 200;

export interface ActionsEditorProps {
  idPrefix: string;
  items: readonly ImprovementAction[];
  locked: boolean;
  rolesListId: string;
  onEdit: (update: (items: ImprovementAction[]) => ImprovementAction[], mode: EditMode) => void;
  onFlush: () => void;
}

/** Improvement actions of one criterion: what, which role, by when, how far. */
export function ActionsEditor({
  idPrefix,
  items,
  locked,
  rolesListId,
  onEdit,
  onFlush,
}: ActionsEditorProps) {
  const { t } = useTranslation('assess');
  // The note of a newly added item gets the focus once it is rendered.
  const pendingFocus = useRef<string | null>(null);
  useEffect(() => {
    if (!pendingFocus.current) return;
    const el = document.getElementById(`${idPrefix}-act-${pendingFocus.current}-what`);
    if (el) {
      el.focus();
      pendingFocus.current = null;
    }
  });

  const change = (itemId: string, patch: Partial<ImprovementAction>, mode: EditMode) =>
    onEdit((list) => list.map((item) => (item.id === itemId ? { ...item, ...patch } : item)), mode);

  return (
    <section className="actions" aria-labelledby={`${idPrefix}-act-heading`}>
      <h4 id={`${idPrefix}-act-heading`}>{t('actions.heading')}</h4>
      {items.length === 0 ? <p className="muted">{t('actions.none')}</p> : null}
      {items.map((item, index) => {
        const n = index + 1;
        const base = `${idPrefix}-act-${item.id}`;
        return (
          <fieldset key={item.id} className="item-box">
            <legend>{t('actions.item', { n })}</legend>
            <div className="field">
              <label htmlFor={`${base}-what`}>{t('actions.what')}</label>
              <span className="hint privacy-hint" id={`${base}-what-hint`}>
                {t('privacyHint')}
              </span>
              <textarea
                id={`${base}-what`}
                value={item.what}
                maxLength={WHAT_MAX}
                readOnly={locked}
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
                  readOnly={locked}
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
                  readOnly={locked}
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
                  disabled={locked}
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
            {!locked ? (
              <button
                type="button"
                className="button small danger"
                onClick={() => onEdit((list) => list.filter((x) => x.id !== item.id), 'now')}
              >
                {t('actions.remove', { n })}
              </button>
            ) : null}
          </fieldset>
        );
      })}
      {!locked ? (
        <button
          type="button"
          className="button small"
          onClick={() => {
            const id = newId();
            onEdit(
              (list) => [
                ...list,
                { id, what: '', responsibleRole: '', dueDate: null, status: 'open' },
              ],
              'now',
            );
            pendingFocus.current = id;
          }}
        >
          {t('actions.add')}
        </button>
      ) : null}
    </section>
  );
}
