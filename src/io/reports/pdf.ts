/**
 * A report document as an A4 PDF, made in the browser by pdfmake (pdfkit underneath): real text
 * (selectable, found by search), tables whose header repeats on each page, the charts as vector
 * graphics (its svg node draws the SVG as PDF paths), page numbers and the framework version at
 * the foot of every page. Loaded only when a PDF is asked for (dynamic import by the caller):
 * pdfmake and its font metrics are far larger than the first screen.
 *
 * The PDF's own standard font (Helvetica) is used, so no font file is embedded: it covers the
 * Western European letters of Dutch and English. Characters outside its encoding are replaced
 * by near equivalents (see pdfSafe) rather than lost.
 */
import pdfMake from 'pdfmake/build/pdfmake';
import helvetica from 'pdfmake/build/standard-fonts/Helvetica';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { pageText, type ReportBlock, type ReportDocument } from '../../domain/report-document';

let ready = false;
function setUp(): void {
  if (ready) return;
  pdfMake.addFontContainer(helvetica);
  // Nothing is ever fetched while a report is made: no remote images or fonts.
  pdfMake.setUrlAccessPolicy(() => false);
  ready = true;
}

/** Typographic signs the standard font's encoding lacks, written as it can show them. */
const REPLACEMENTS: Readonly<Record<string, string>> = {
  '≥': '>=',
  '−': '-',
  '\t': ' ',
  '\r': '',
  '≤': '<=',
  '→': '->',
  '←': '<-',
  '✓': 'v',
  '\u00a0': ' ',
  '\u202f': ' ',
  '\u2009': ' ',
};

/** Text the WinAnsi-encoded standard font can draw: other characters become "?". */
export function pdfSafe(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFC')) {
    const replaced = REPLACEMENTS[ch];
    if (replaced !== undefined) out += replaced;
    else if (WIN_ANSI.has(ch) || (ch >= ' ' && ch <= '~') || ch === '\n') out += ch;
    else out += '?';
  }
  return out;
}

// Windows-1252 beyond ASCII: what Helvetica's WinAnsiEncoding can show.
const WIN_ANSI = new Set(
  '€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ¡¢£¤¥¦§¨©ª«¬®¯°±²³´µ¶·¸¹º»¼½¾¿ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖ×ØÙÚÛÜÝÞßàáâãäåæçèéêëìíîïðñòóôõö÷øùúûüýþÿ',
);

/** The width between the page margins of A4 (595.28 pt wide, 48 pt margins), in points. */
const CONTENT_WIDTH = 595.28 - 2 * 48;
/** Left and right padding of a cell in the table layouts used here. */
const CELL_PADDING = 8;

/** Relative widths as points (pdfmake takes '*' for equal shares but no weighted shares). */
function columnWidths(count: number, relative?: readonly number[]): number[] {
  const weights = relative && relative.length === count ? relative : Array(count).fill(1);
  const total = weights.reduce((sum, w) => sum + w, 0);
  const free = CONTENT_WIDTH - count * CELL_PADDING;
  return weights.map((w) => Math.floor((free * w) / total));
}

function block(b: ReportBlock): Content {
  switch (b.kind) {
    case 'heading':
      return { text: pdfSafe(b.text), style: `h${b.level}`, headlineLevel: b.level };
    case 'paragraph':
      return { text: pdfSafe(b.text), style: b.muted ? 'muted' : 'body' };
    case 'facts':
      return {
        table: {
          widths: [150, '*'],
          body: b.rows.map((r) => [
            { text: pdfSafe(r.label), bold: true },
            { text: pdfSafe(r.value) },
          ]),
        },
        layout: 'noBorders',
        margin: [0, 4, 0, 10],
      };
    case 'list':
      return { ul: b.items.map(pdfSafe), style: 'body' };
    case 'pageBreak':
      return { text: '', pageBreak: 'after' };
    case 'chart':
      return {
        stack: [
          { text: pdfSafe(b.title), style: 'h3' },
          { svg: b.svg, width: Math.min(b.width, 480), alignment: 'center' },
          { text: pdfSafe(b.summary), style: 'muted' },
        ],
        unbreakable: true,
        margin: [0, 4, 0, 10],
      };
    case 'table': {
      const numeric = b.numeric ?? [];
      const cell = (text: string, i: number, header: boolean) => ({
        text: pdfSafe(text),
        bold: header,
        alignment: numeric[i] ? ('right' as const) : ('left' as const),
        fillColor: header ? '#e8eef5' : undefined,
      });
      return {
        stack: [
          { text: pdfSafe(b.caption), style: 'caption' },
          {
            table: {
              headerRows: 1,
              dontBreakRows: true,
              widths: columnWidths(b.header.length, b.widths),
              body: [
                b.header.map((h, i) => cell(h, i, true)),
                ...b.rows.map((r) => r.map((c, i) => cell(c, i, false))),
              ],
            },
            layout: 'lightHorizontalLines',
            fontSize: 8.5,
          },
        ],
        margin: [0, 2, 0, 12],
      };
    }
  }
}

export function pdfDefinition(doc: ReportDocument): TDocumentDefinitions {
  return {
    pageSize: 'A4',
    pageMargins: [48, 56, 48, 56],
    info: { title: pdfSafe(doc.title), creator: 'Kwaliteitskader', producer: 'Kwaliteitskader' },
    language: doc.lang,
    defaultStyle: { font: 'Helvetica', fontSize: 10, lineHeight: 1.2 },
    styles: {
      h1: { fontSize: 20, bold: true, margin: [0, 0, 0, 10], color: '#1f4e79' },
      h2: { fontSize: 14, bold: true, margin: [0, 14, 0, 6], color: '#1f4e79' },
      h3: { fontSize: 11, bold: true, margin: [0, 8, 0, 4] },
      body: { margin: [0, 0, 0, 6] },
      muted: { color: '#555555', fontSize: 9, margin: [0, 0, 0, 6] },
      caption: { italics: true, fontSize: 9, margin: [0, 0, 0, 3] },
    },
    content: doc.blocks.map(block),
    footer: (currentPage, pageCount) => ({
      columns: [
        { text: pdfSafe(doc.footer), alignment: 'left' },
        { text: pdfSafe(pageText(doc.pageLabel, currentPage, pageCount)), alignment: 'right' },
      ],
      margin: [48, 20, 48, 0],
      fontSize: 8,
      color: '#555555',
    }),
  };
}

/** The PDF file's bytes. */
export async function writePdf(doc: ReportDocument): Promise<Uint8Array> {
  setUp();
  const buffer: Uint8Array = await pdfMake.createPdf(pdfDefinition(doc)).getBuffer();
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
