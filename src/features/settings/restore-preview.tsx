import { useTranslation } from 'react-i18next';
import { localize } from '../../domain/localize';
import { renderMessage } from '../../i18n/message';
import type { RestoreItem, RestorePreview, RestoreTablePreview } from '../../flows/backup';
import { formatDateTime, messageLanguage } from './format';

export const RESTORE_TABLES = ['facilities', 'assessments', 'frameworks'] as const;
export type RestoreTable = (typeof RESTORE_TABLES)[number];

export function countChanges(preview: RestorePreview): { added: number; replaced: number } {
  let added = 0;
  let replaced = 0;
  for (const table of RESTORE_TABLES) {
    added += preview[table].addedCount;
    replaced += preview[table].replacedCount;
  }
  return { added, replaced };
}

/** Frameworks carry their title in every language; other records have one label. */
function itemLabel(item: RestoreItem, lang: string): string {
  if (!item.title) return item.label;
  const at = item.id.lastIndexOf('@');
  const version = at >= 0 ? item.id.slice(at + 1) : '';
  return `${localize(item.title, lang)} ${version}`.trim();
}

function TableItems({ table, data }: { table: RestoreTable; data: RestoreTablePreview }) {
  const { t, i18n } = useTranslation('settings');
  if (data.added.length === 0 && data.replaced.length === 0) return null;
  return (
    <div className="restore-table-items">
      <h4>{t(`restore.tables.${table}`)}</h4>
      {data.added.length > 0 ? (
        <>
          <p>{t('restore.addedList')}</p>
          <ul>
            {data.added.map((item) => (
              <li key={item.id}>{itemLabel(item, i18n.language)}</li>
            ))}
          </ul>
        </>
      ) : null}
      {data.replaced.length > 0 ? (
        <>
          <p>{t('restore.replacedList')}</p>
          <ul>
            {data.replaced.map((item) => (
              <li key={item.id}>
                {itemLabel(item, i18n.language)}
                {item.localNewer ? <strong> ({t('restore.localNewer')})</strong> : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}

/** What a restore would do, per table and per record, and what blocks it. */
export function RestorePreviewView({
  preview,
  file,
  createdAt,
}: {
  preview: RestorePreview;
  file: string;
  createdAt: string;
}) {
  const { t, i18n } = useTranslation('settings');
  const lang = messageLanguage(i18n.language);
  const date = formatDateTime(createdAt, i18n.language) ?? t('dateUnknown');
  const { added, replaced } = countChanges(preview);

  return (
    <>
      <p>{t('restore.previewFile', { file, date })}</p>
      <table className="data restore-summary">
        <caption>{t('restore.summaryCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('restore.kindColumn')}</th>
            <th scope="col" className="num">
              {t('restore.addedColumn')}
            </th>
            <th scope="col" className="num">
              {t('restore.replacedColumn')}
            </th>
            <th scope="col" className="num">
              {t('restore.unchangedColumn')}
            </th>
          </tr>
        </thead>
        <tbody>
          {RESTORE_TABLES.map((table) => (
            <tr key={table}>
              <th scope="row">{t(`restore.tables.${table}`)}</th>
              <td className="num">{preview[table].addedCount}</td>
              <td className="num">{preview[table].replacedCount}</td>
              <td className="num">{preview[table].unchangedCount}</td>
            </tr>
          ))}
        </tbody>
      </table>

      {preview.conflicts.length > 0 ? (
        <div className="error-box" role="alert">
          <h4>{t('restore.conflictTitle')}</h4>
          <ul>
            {preview.conflicts.map((conflict) => (
              <li key={`${conflict.id}@${conflict.version}`}>
                {renderMessage(conflict.message, lang)}
              </li>
            ))}
          </ul>
          <p>{t('restore.conflictExplain')}</p>
        </div>
      ) : null}

      {RESTORE_TABLES.map((table) => (
        <TableItems key={table} table={table} data={preview[table]} />
      ))}

      {preview.canApply && added + replaced === 0 ? (
        <p className="notice">{t('restore.nothingToDo')}</p>
      ) : null}
    </>
  );
}
