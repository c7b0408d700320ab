import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Scale } from '../../../schemas/framework';
import { levelText } from '../format';

export interface OwnTargetProps {
  idPrefix: string;
  scale: Scale | undefined;
  norm: number;
  /** The team's own target, or null when the norm is the target. */
  target: number | null;
  /** The own target came along from the previous round. */
  carried: boolean;
  locked: boolean;
  onChange: (target: number | null) => void;
}

/**
 * The target sits behind an "Own target" disclosure: most teams keep the norm, and a closed
 * disclosure keeps the select out of the way of the level shortcuts. A finalised round shows
 * the target as text.
 */
export function OwnTarget({
  idPrefix,
  scale,
  norm,
  target,
  carried,
  locked,
  onChange,
}: OwnTargetProps) {
  const { t, i18n } = useTranslation('assess');
  const lang = i18n.language;
  // Open from the start when the team already set its own target.
  const [open, setOpen] = useState(target !== null);
  const effective = target ?? norm;
  const summary =
    target === null
      ? t('criterion.targetIsNorm', { level: levelText(scale, norm, lang) })
      : t('criterion.targetOwn', { level: levelText(scale, target, lang) });
  if (locked) {
    return <p className="own-target-text">{summary}</p>;
  }
  return (
    <details className="own-target" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        {t('criterion.ownTarget')}
        <span className="own-target-summary">{summary}</span>
      </summary>
      <div className="field">
        <label htmlFor={`${idPrefix}-target`}>{t('criterion.target')}</label>
        <span className="hint" id={`${idPrefix}-target-hint`}>
          {t('criterion.norm', { level: levelText(scale, norm, lang) })}
          {carried ? ` ${t('criterion.targetCarried')}` : ''}
        </span>
        <select
          id={`${idPrefix}-target`}
          data-level-shortcuts=""
          value={String(effective)}
          aria-describedby={`${idPrefix}-target-hint`}
          onChange={(e) => {
            const value = Number(e.target.value);
            onChange(value === norm ? null : value);
          }}
        >
          {scale?.levels.map((level) => (
            <option key={level.value} value={String(level.value)}>
              {levelText(scale, level.value, lang)}
            </option>
          ))}
        </select>
      </div>
    </details>
  );
}
