import { useId, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Pager, usePaged } from './pager';

export interface SortColumn<Row> {
  id: string;
  header: string;
  num?: boolean;
  rowHeader?: boolean;
  cell: (row: Row) => ReactNode;
  /** What the column sorts by; null values sort last. Without it the column cannot sort. */
  sortValue?: (row: Row) => string | number | null;
  className?: (row: Row) => string | undefined;
}

export interface SortableTableProps<Row> {
  caption: string;
  columns: readonly SortColumn<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  className?: string;
  /** Rows per page (after sorting); without it every row is shown. */
  pageSize?: number;
}

type Sort = { column: string; direction: 'ascending' | 'descending' } | null;

const collator = new Intl.Collator('nl', { numeric: true, sensitivity: 'base' });

/**
 * A data table whose columns sort with a button in their header (aria-sort tells the state).
 * It scrolls sideways inside a labelled, keyboard-reachable region, never the page.
 */
export function SortableTable<Row>({
  caption,
  columns,
  rows,
  rowKey,
  className,
  pageSize = 0,
}: SortableTableProps<Row>) {
  const { t } = useTranslation('compare');
  const captionId = useId();
  const [sort, setSort] = useState<Sort>(null);
  const sorted = useMemo(() => {
    const column = sort ? columns.find((c) => c.id === sort.column) : undefined;
    if (!sort || !column?.sortValue) return rows;
    const value = column.sortValue;
    const sign = sort.direction === 'ascending' ? 1 : -1;
    return [...rows].sort((a, b) => {
      const va = value(a);
      const vb = value(b);
      if (va === null && vb === null) return 0;
      if (va === null) return 1;
      if (vb === null) return -1;
      const diff =
        typeof va === 'number' && typeof vb === 'number'
          ? va - vb
          : collator.compare(String(va), String(vb));
      return sign * diff;
    });
  }, [rows, columns, sort]);
  const paged = usePaged(sorted, pageSize);

  function toggle(id: string) {
    // A new order starts at its first page: page 3 of another order means nothing.
    paged.setPage(0);
    setSort((current) =>
      current?.column === id && current.direction === 'ascending'
        ? { column: id, direction: 'descending' }
        : { column: id, direction: 'ascending' },
    );
  }

  return (
    <>
      <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
        <table className={className ? `data ${className}` : 'data'}>
          <caption id={captionId}>{caption}</caption>
          <thead>
            <tr>
              {columns.map((column) => {
                const active = sort?.column === column.id ? sort.direction : undefined;
                return (
                  <th
                    key={column.id}
                    scope="col"
                    className={column.num ? 'num' : undefined}
                    aria-sort={active ?? (column.sortValue ? 'none' : undefined)}
                  >
                    {column.sortValue ? (
                      <button
                        type="button"
                        className="sort-button"
                        onClick={() => toggle(column.id)}
                        aria-label={t('table.sortBy', { column: column.header })}
                      >
                        {column.header}
                        <span aria-hidden="true" className="sort-mark">
                          {active === 'ascending' ? ' ▲' : active === 'descending' ? ' ▼' : ' ↕'}
                        </span>
                      </button>
                    ) : (
                      column.header
                    )}
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {paged.pageRows.map((row) => (
              <tr key={rowKey(row)}>
                {columns.map((column) => {
                  const cls = [column.num ? 'num' : '', column.className?.(row) ?? '']
                    .filter(Boolean)
                    .join(' ');
                  return column.rowHeader ? (
                    <th key={column.id} scope="row" className={cls || undefined}>
                      {column.cell(row)}
                    </th>
                  ) : (
                    <td key={column.id} className={cls || undefined}>
                      {column.cell(row)}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pager paged={paged} label={t('pager.label', { table: caption })} />
    </>
  );
}
