import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { newId } from '../../../db/ids';
import { EVIDENCE_KINDS, type Evidence } from '../../../schemas/records';
import type { EditMode } from './answer-saver';

const NOTE_MAX = 5000;
const REFERENCE_MAX = 200;

export interface EvidenceEditorProps {
  idPrefix: string;
  items: readonly Evidence[];
  locked: boolean;
  onEdit: (update: (items: Evidence[]) => Evidence[], mode: EditMode) => void;
  onFlush: () => void;
}

/** The evidence notes of one criterion: what shows that this level is reached. */
export function EvidenceEditor({ idPrefix, items, locked, onEdit, onFlush }: EvidenceEditorProps) {
  const { t } = useTranslation('assess');
  // The note of a newly added item gets the focus once it is rendered.
  const pendingFocus = useRef<string | null>(null);
  useEffect(() => {
    if (!pendingFocus.current) return;
    const el = document.getElementById(`${idPrefix}-ev-${pendingFocus.current}-note`);
    if (el) {
      el.focus();
      pendingFocus.current = null;
    }
  });

  const change = (itemId: string, patch: Partial<Evidence>, mode: EditMode) =>
    onEdit((list) => list.map((item) => (item.id === itemId ? { ...item, ...patch } : item)), mode);

  return (
    <section className="evidence" aria-labelledby={`${idPrefix}-ev-heading`}>
      <h4 id={`${idPrefix}-ev-heading`}>{t('evidence.heading')}</h4>
      {items.length === 0 ? <p className="muted">{t('evidence.none')}</p> : null}
      {items.map((item, index) => {
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
                disabled={locked}
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
                readOnly={locked}
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
                readOnly={locked}
                autoComplete="off"
                aria-describedby={`${base}-ref-hint`}
                onChange={(e) => change(item.id, { reference: e.target.value }, 'debounced')}
                onBlur={onFlush}
              />
            </div>
            {!locked ? (
              <button
                type="button"
                className="button small danger"
                onClick={() => onEdit((list) => list.filter((x) => x.id !== item.id), 'now')}
              >
                {t('evidence.remove', { n })}
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
            onEdit((list) => [...list, { id, kind: 'document', note: '', reference: '' }], 'now');
            pendingFocus.current = id;
          }}
        >
          {t('evidence.add')}
        </button>
      ) : null}
    </section>
  );
}
