import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** Rows per page in the comparison's long tables: 500 facilities stay quick to paint and read. */
export const PAGE_SIZE = 50;

export interface Paged<Row> {
  /** 0-based; always within range, also after the rows shrank. */
  page: number;
  pages: number;
  setPage: (page: number) => void;
  pageRows: readonly Row[];
  total: number;
  pageSize: number;
}

/** One page of `rows`. `pageSize` 0 or less shows every row on one page. */
export function usePaged<Row>(rows: readonly Row[], pageSize = PAGE_SIZE): Paged<Row> {
  const [wanted, setPage] = useState(0);
  const size = pageSize > 0 ? pageSize : Math.max(1, rows.length);
  const pages = Math.max(1, Math.ceil(rows.length / size));
  const page = Math.min(Math.max(0, wanted), pages - 1);
  const pageRows = useMemo(
    () => (pages === 1 ? rows : rows.slice(page * size, page * size + size)),
    [rows, page, size, pages],
  );
  return { page, pages, setPage, pageRows, total: rows.length, pageSize: size };
}

/**
 * Previous / next and a page choice under a long table. Renders nothing when everything fits on
 * one page. The range shown is announced politely, so a screen reader hears where it landed.
 */
export function Pager<Row>({ paged, label }: { paged: Paged<Row>; label: string }) {
  const { t } = useTranslation('compare');
  const selectId = useId();
  const { page, pages, setPage, total, pageSize } = paged;
  if (pages <= 1) return null;
  const from = page * pageSize + 1;
  const to = Math.min(total, from + pageSize - 1);
  return (
    <nav className="pager no-print" aria-label={label}>
      <button
        type="button"
        className="button small"
        disabled={page === 0}
        onClick={() => setPage(page - 1)}
      >
        {t('pager.previous')}
      </button>
      <span className="field pager-choice">
        <label htmlFor={selectId}>{t('pager.page')}</label>
        <select
          id={selectId}
          value={page}
          onChange={(event) => setPage(Number(event.target.value))}
        >
          {Array.from({ length: pages }, (_, i) => (
            <option key={i} value={i}>
              {t('pager.option', { page: i + 1, pages })}
            </option>
          ))}
        </select>
      </span>
      <button
        type="button"
        className="button small"
        disabled={page >= pages - 1}
        onClick={() => setPage(page + 1)}
      >
        {t('pager.next')}
      </button>
      <p className="pager-range" role="status">
        {t('pager.range', { from, to, total })}
      </p>
    </nav>
  );
}
