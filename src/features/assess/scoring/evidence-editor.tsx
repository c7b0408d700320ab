import { useTranslation } from 'react-i18next';
import { EVIDENCE_KINDS, type Evidence } from '../../../schemas/records';
import type { EditMode } from './answer-saver';
import { usePendingRows } from './use-pending-rows';

const NOTE_MAX = 5000;
const REFERENCE_MAX = 200;

export interface EvidenceEditorProps {
  idPrefix: string;
  items: readonly Evidence[];
  locked: boolean;
  onEdit: (update: (items: Evidence[]) => Evidence[], mode: EditMode) => void;
  onFlush: () => void;
}

const hasContent = (item: Evidence) => item.note.trim() !== '' || item.reference.trim() !== '';

/**
 * The evidence notes of one criterion: what shows that this level is reached. A new row lives
 * only on screen until something is typed in it, so "add" never stores an empty item.
 */
export function EvidenceEditor({ idPrefix, items, locked, onEdit, onFlush }: EvidenceEditorProps) {
  const { t } = useTranslation('assess');
  const { rows, change, remove, add } = usePendingRows<Evidence>({
    items,
    hasContent,
    blank: (id) => ({ id, kind: 'document', note: '', reference: '' }),
    fieldId: (itemId) => `${idPrefix}-ev-${itemId}-note`,
    onEdit,
  });

  if (locked) return <EvidenceList idPrefix={idPrefix} items={items} />;

  return (
    <section className="evidence" aria-labelledby={`${idPrefix}-ev-heading`}>
      <h4 id={`${idPrefix}-ev-heading`}>{t('evidence.heading')}</h4>
      {rows.length === 0 ? <p className="muted">{t('evidence.none')}</p> : null}
      {rows.map((item, index) => {
        const n = index + 1;
        const base = `${idPrefix}-ev-${item.id}`;
        return (
          <fieldset key={item.id} className="item-box">
            <legend>{t('evidence.item', { n })}</legend>
            <div className="field">
              <label htmlFor={`${base}-kind`}>{t('evidence.kind')}</label>
              <select
                id={`${base}-kind`}
                value={item.kind}
                className="short-input"
                onChange={(e) =>
                  change(item.id, { kind: e.target.value as Evidence['kind'] }, 'now')
                }
              >
                {EVIDENCE_KINDS.map((kind) => (
                  <option key={kind} value={kind}>
                    {t(`evidenceKinds.${kind}`)}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor={`${base}-note`}>{t('evidence.note')}</label>
              <span className="hint privacy-hint" id={`${base}-note-hint`}>
                {t('privacyHint')}
              </span>
              <textarea
                id={`${base}-note`}
                value={item.note}
                maxLength={NOTE_MAX}
                aria-describedby={`${base}-note-hint`}
                onChange={(e) => change(item.id, { note: e.target.value }, 'debounced')}
                onBlur={onFlush}
              />
            </div>
            <div className="field">
              <label htmlFor={`${base}-ref`}>{t('evidence.reference')}</label>
              <span className="hint" id={`${base}-ref-hint`}>
                {t('evidence.referenceHint')}
              </span>
              <input
                id={`${base}-ref`}
                value={item.reference}
                maxLength={REFERENCE_MAX}
                autoComplete="off"
                aria-describedby={`${base}-ref-hint`}
                onChange={(e) => change(item.id, { reference: e.target.value }, 'debounced')}
                onBlur={onFlush}
              />
            </div>
            <button type="button" className="button small danger" onClick={() => remove(item.id)}>
              {t('evidence.remove', { n })}
            </button>
          </fieldset>
        );
      })}
      <button type="button" className="button small" onClick={add}>
        {t('evidence.add')}
      </button>
    </section>
  );
}

/** A finalised round: the evidence as text, nothing to edit. */
function EvidenceList({ idPrefix, items }: { idPrefix: string; items: readonly Evidence[] }) {
  const { t } = useTranslation('assess');
  return (
    <section className="evidence" aria-labelledby={`${idPrefix}-ev-heading`}>
      <h4 id={`${idPrefix}-ev-heading`}>{t('evidence.heading')}</h4>
      {items.length === 0 ? (
        <p className="muted">{t('evidence.none')}</p>
      ) : (
        <ul className="readonly-list">
          {items.map((item) => (
            <li key={item.id}>
              <span className="badge">{t(`evidenceKinds.${item.kind}`)}</span> {item.note}
              {item.reference ? <span className="muted"> ({item.reference})</span> : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
