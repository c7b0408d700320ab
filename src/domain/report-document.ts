/**
 * A report as a sequence of blocks in one language, ready to be written: the PDF and DOCX
 * writers (io/reports) render the same document, so both formats hold the same text.
 */

export interface ReportTable {
  readonly kind: 'table';
  readonly caption: string;
  readonly header: readonly string[];
  readonly rows: readonly (readonly string[])[];
  /** Columns holding numbers (right-aligned). */
  readonly numeric?: readonly boolean[];
  /** Relative column widths (`*` in pdfmake terms); equal when absent. */
  readonly widths?: readonly number[];
}

export interface ReportChart {
  readonly kind: 'chart';
  readonly title: string;
  /** A complete <svg> document: drawn as vector graphics in the PDF, embedded in the DOCX. */
  readonly svg: string;
  readonly width: number;
  readonly height: number;
  /** What the chart shows, in words (also the image's alternative text). */
  readonly summary: string;
}

export type ReportBlock =
  | { readonly kind: 'heading'; readonly level: 1 | 2 | 3; readonly text: string }
  | { readonly kind: 'paragraph'; readonly text: string; readonly muted?: boolean }
  | { readonly kind: 'facts'; readonly rows: readonly { label: string; value: string }[] }
  | { readonly kind: 'list'; readonly items: readonly string[] }
  | { readonly kind: 'pageBreak' }
  | ReportTable
  | ReportChart;

export interface ReportDocument {
  /** The first heading and the file's title property. */
  readonly title: string;
  readonly lang: string;
  /** Printed at the foot of every page, e.g. the framework and its version. */
  readonly footer: string;
  /** "Pagina {{page}} van {{pages}}" with both placeholders. */
  readonly pageLabel: string;
  readonly blocks: readonly ReportBlock[];
}

/** Fills the page label's placeholders. */
export function pageText(template: string, page: number, pages: number): string {
  return template.replace('{{page}}', String(page)).replace('{{pages}}', String(pages));
}

/** Every piece of text the document shows, in order: what a reader of the file finds. */
export function documentText(doc: ReportDocument): string[] {
  const out: string[] = [doc.title, doc.footer];
  for (const b of doc.blocks) {
    switch (b.kind) {
      case 'heading':
      case 'paragraph':
        out.push(b.text);
        break;
      case 'facts':
        for (const r of b.rows) out.push(r.label, r.value);
        break;
      case 'list':
        out.push(...b.items);
        break;
      case 'table':
        out.push(b.caption, ...b.header, ...b.rows.flat());
        break;
      case 'chart':
        out.push(b.title, b.summary);
        break;
      case 'pageBreak':
        break;
    }
  }
  return out;
}
