import { useId, type ReactNode } from 'react';

export interface Column<Row> {
  id: string;
  header: ReactNode;
  /** Right-aligned tabular figures. */
  num?: boolean;
  /** The cell that names the row (a row header). */
  rowHeader?: boolean;
  cell: (row: Row) => ReactNode;
}

export interface DataTableProps<Row> {
  caption: ReactNode;
  columns: readonly Column<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  className?: string;
  /**
   * The table may be wider than a phone and holds nothing focusable: its scroll container
   * becomes a labelled region that a keyboard can reach and scroll.
   */
  keyboardScroll?: boolean;
}

/** One table markup for every table of the results area: caption, column and row headers. */
export function DataTable<Row>({
  caption,
  columns,
  rows,
  rowKey,
  className,
  keyboardScroll = false,
}: DataTableProps<Row>) {
  const captionId = useId();
  const region = keyboardScroll
    ? ({ role: 'region', 'aria-labelledby': captionId, tabIndex: 0 } as const)
    : {};
  return (
    <div className="table-scroll" {...region}>
      <table className={className ? `data ${className}` : 'data'}>
        <caption id={captionId}>{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column.id} scope="col" className={column.num ? 'num' : undefined}>
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)}>
              {columns.map((column) =>
                column.rowHeader ? (
                  <th key={column.id} scope="row" className={column.num ? 'num' : undefined}>
                    {column.cell(row)}
                  </th>
                ) : (
                  <td key={column.id} className={column.num ? 'num' : undefined}>
                    {column.cell(row)}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
