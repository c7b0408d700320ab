import { useTranslation } from 'react-i18next';
import type { Scale } from '../../../schemas/framework';
import { emptyAnswer, type Answer } from '../../../schemas/records';
import { levelText } from '../format';
import type { AnswerSaver, EntryState } from './answer-saver';

export interface RecoveredNoticeProps {
  cid: string;
  saver: AnswerSaver;
  entry: EntryState;
  stored: Answer | undefined;
  scale: Scale | undefined;
  lang: string;
  locked: boolean;
}

/**
 * Says that this criterion's text came back from an interrupted session (a closed or crashed
 * browser) and was saved, and keeps the version it replaced one click away, so a recovery never
 * silently decides for the user.
 */
export function RecoveredNotice({
  cid,
  saver,
  entry,
  stored,
  scale,
  lang,
  locked,
}: RecoveredNoticeProps) {
  const { t } = useTranslation('assess');
  if (!entry.recovered || entry.phase === 'conflict') return null;
  const before = entry.recoveredFrom;
  let level: string;
  if (!before || (!before.notApplicable && before.level === null)) level = t('previous.unanswered');
  else if (before.notApplicable) level = t('criterion.na');
  else level = levelText(scale, before.level ?? 0, lang);
  const texts = before
    ? [
        before.naReason,
        ...before.evidence.map((item) => item.note),
        ...before.actions.map((action) => action.what),
      ].filter((text) => text.trim() !== '')
    : [];

  const restoreBefore = () => {
    saver.edit(
      cid,
      stored,
      (current) => ({
        ...(before ?? emptyAnswer(current.updatedAt)),
        updatedAt: current.updatedAt,
      }),
      'now',
    );
    saver.dismissRecovery(cid);
  };

  return (
    <div className="notice recovered-notice" role="status">
      <p>
        <strong>{t('recovered.title')}</strong> {t('recovered.text')}
      </p>
      <details>
        <summary>{t('recovered.showBefore')}</summary>
        <p>{t('recovered.beforeLevel', { level })}</p>
        {texts.length > 0 ? (
          <ul className="recovered-texts">
            {texts.map((text, index) => (
              <li key={index}>{text}</li>
            ))}
          </ul>
        ) : (
          <p>{t('recovered.beforeNoText')}</p>
        )}
        {locked ? null : (
          <button type="button" className="button small" onClick={restoreBefore}>
            {t('recovered.restoreBefore')}
          </button>
        )}
      </details>
      <button type="button" className="button small" onClick={() => saver.dismissRecovery(cid)}>
        {t('recovered.dismiss')}
      </button>
    </div>
  );
}
