import { describe, expect, it } from 'vitest';
import { UTF8_BOM, csvDelimiter, readCsv, writeCsv } from '../../src/io/reports/csv';

describe('CSV files', () => {
  it('separates with a comma in English and a semicolon otherwise', () => {
    expect(csvDelimiter('en')).toBe(',');
    expect(csvDelimiter('nl-BE')).toBe(';');
  });

  it('writes a BOM, CRLF lines and a final line break', () => {
    const text = writeCsv(['a', 'b'], [['1', '2']], ';');
    expect(text).toBe(`${UTF8_BOM}a;b\r\n1;2\r\n`);
  });

  it('neutralises every cell that starts like a formula, also with a line break after it', () => {
    const cells = ['=HYPERLINK("x")\nnota', '+1', '-2', '@SUM(A1)', '\t=1', '\r=1', 'gewoon'];
    const rows = readCsv(
      writeCsv(
        ['kolom'],
        cells.map((c) => [c]),
        ',',
      ),
      ',',
    );
    expect(rows.slice(1).map((r) => r[0])).toEqual([
      ...cells.slice(0, 6).map((c) => `'${c}`),
      'gewoon',
    ]);
  });

  it('reads back what it wrote, quotes, separators and line breaks included', () => {
    const rows = [['Naam; "bijnaam"', 'twee\nregels']];
    expect(readCsv(writeCsv(['x', 'y'], rows, ';'), ';')).toEqual([['x', 'y'], ...rows]);
    // Without a BOM too.
    expect(readCsv('x,y\r\n1,2\r\n', ',')).toEqual([
      ['x', 'y'],
      ['1', '2'],
    ]);
  });
});
