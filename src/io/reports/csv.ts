import Papa from 'papaparse';

/** Excel reads a file with this mark as UTF-8 (without it, "é" turns into "Ã©"). */
export const UTF8_BOM = '\uFEFF';

/**
 * Cells that a spreadsheet would read as a formula (or that hide one behind a tab or carriage
 * return). Papa Parse's own `escapeFormulae: true` uses `/^[=+\-@\t\r].*$/`, whose `.*$`
 * fails on a cell that holds a line break after the formula ("=HYPERLINK(…)\nnote"), so such
 * a cell would pass unescaped; this pattern looks at the first character only.
 */
export const FORMULA_START = /^[=+\-@\t\r]/;

/** The separator Excel expects in the locale: a semicolon where the comma is the decimal mark. */
export function csvDelimiter(lang: string): ';' | ',' {
  return lang === 'en' ? ',' : ';';
}

/**
 * A CSV file's text: a header and rows, written by Papa Parse (quoting, line breaks inside
 * cells), every cell that starts like a formula prefixed with an apostrophe, UTF-8 with a BOM.
 */
export function writeCsv(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  delimiter: ';' | ',',
): string {
  const text = Papa.unparse(
    { fields: [...header], data: rows.map((r) => [...r]) },
    { delimiter, newline: '\r\n', escapeFormulae: FORMULA_START, quotes: false },
  );
  return UTF8_BOM + text + '\r\n';
}

/** Reads a CSV written by writeCsv back into rows (header first), e.g. in tests and checks. */
export function readCsv(text: string, delimiter: ';' | ','): string[][] {
  const body = text.startsWith(UTF8_BOM) ? text.slice(1) : text;
  const parsed = Papa.parse<string[]>(body, { delimiter, skipEmptyLines: true });
  return parsed.data;
}
