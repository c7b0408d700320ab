/**
 * A report document as an editable Word file (docx): real headings (Word's Heading styles, so
 * the navigation pane and a table of contents work), real tables with a repeating header row,
 * the charts as SVG images with a PNG fallback for word processors without SVG support, A4,
 * the framework version and page numbers in the footer. Loaded only when asked for.
 */
import {
  AlignmentType,
  Document,
  Footer,
  HeadingLevel,
  ImageRun,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type FileChild,
} from 'docx';
import type { ReportBlock, ReportChart, ReportDocument } from '../../domain/report-document';

/** Draws an SVG as PNG bytes (the browser uses a canvas); the fallback image of each chart. */
export type Rasterise = (svg: string, width: number, height: number) => Promise<Uint8Array>;

const HEADINGS = {
  1: HeadingLevel.HEADING_1,
  2: HeadingLevel.HEADING_2,
  3: HeadingLevel.HEADING_3,
} as const;

/** Text with line breaks kept (a Word run breaks only on an explicit break). */
function runs(text: string, bold = false): TextRun[] {
  return text.split('\n').map((line, i) => new TextRun({ text: line, bold, break: i > 0 ? 1 : 0 }));
}

function table(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  numeric: readonly boolean[] = [],
) {
  const cell = (text: string, i: number, head: boolean) =>
    new TableCell({
      children: [
        new Paragraph({
          children: runs(text, head),
          alignment: numeric[i] ? AlignmentType.RIGHT : AlignmentType.LEFT,
        }),
      ],
      ...(head ? { shading: { type: ShadingType.CLEAR, fill: 'E8EEF5', color: 'auto' } } : {}),
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: header.map((h, i) => cell(h, i, true)) }),
      ...rows.map(
        (r) => new TableRow({ cantSplit: true, children: r.map((c, i) => cell(c, i, false)) }),
      ),
    ],
  });
}

async function chart(b: ReportChart, rasterise: Rasterise): Promise<FileChild[]> {
  // 15 cm wide at most: the width of an A4 page between its margins.
  const scale = Math.min(1, 560 / b.width);
  const width = Math.round(b.width * scale);
  const height = Math.round(b.height * scale);
  const png = await rasterise(b.svg, b.width, b.height);
  return [
    new Paragraph({ text: b.title, heading: HeadingLevel.HEADING_3 }),
    new Paragraph({
      children: [
        new ImageRun({
          type: 'svg',
          data: new TextEncoder().encode(b.svg),
          fallback: { type: 'png', data: png },
          transformation: { width, height },
          altText: { title: b.title, description: b.summary, name: b.title },
        }),
      ],
    }),
    new Paragraph({ children: [new TextRun({ text: b.summary, italics: true, size: 18 })] }),
  ];
}

async function block(b: ReportBlock, rasterise: Rasterise): Promise<FileChild[]> {
  switch (b.kind) {
    case 'heading':
      return [new Paragraph({ children: runs(b.text), heading: HEADINGS[b.level] })];
    case 'paragraph':
      return [
        new Paragraph({
          children: b.muted
            ? [new TextRun({ text: b.text, italics: true, color: '555555', size: 18 })]
            : runs(b.text),
          spacing: { after: 120 },
        }),
      ];
    case 'facts':
      return [
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          rows: b.rows.map(
            (r) =>
              new TableRow({
                children: [
                  new TableCell({ children: [new Paragraph({ children: runs(r.label, true) })] }),
                  new TableCell({ children: [new Paragraph({ children: runs(r.value) })] }),
                ],
              }),
          ),
        }),
        new Paragraph({ text: '' }),
      ];
    case 'list':
      return b.items.map((item) => new Paragraph({ children: runs(item), bullet: { level: 0 } }));
    case 'pageBreak':
      return [new Paragraph({ pageBreakBefore: true, text: '' })];
    case 'chart':
      return chart(b, rasterise);
    case 'table':
      return [
        new Paragraph({ children: [new TextRun({ text: b.caption, italics: true })] }),
        table(b.header, b.rows, b.numeric),
        new Paragraph({ text: '' }),
      ];
  }
}

function pageNumberRuns(template: string): TextRun[] {
  // "Pagina {{page}} van {{pages}}": the placeholders become Word's own page fields.
  return template.split(/(\{\{page\}\}|\{\{pages\}\})/).flatMap((part) => {
    if (part === '{{page}}') return [new TextRun({ children: [PageNumber.CURRENT], size: 16 })];
    if (part === '{{pages}}')
      return [new TextRun({ children: [PageNumber.TOTAL_PAGES], size: 16 })];
    return part === '' ? [] : [new TextRun({ text: part, size: 16 })];
  });
}

/** The .docx file's bytes. */
export async function writeDocx(doc: ReportDocument, rasterise: Rasterise): Promise<Uint8Array> {
  const children: FileChild[] = [];
  for (const b of doc.blocks) children.push(...(await block(b, rasterise)));
  const file = new Document({
    title: doc.title,
    creator: 'Kwaliteitskader',
    styles: { default: { document: { run: { font: 'Calibri', size: 21 } } } },
    sections: [
      {
        properties: {
          page: {
            // A4 in twentieths of a point, margins 2 cm.
            size: { width: 11906, height: 16838 },
            margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 },
          },
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                children: [
                  new TextRun({ text: `${doc.footer} · `, size: 16 }),
                  ...pageNumberRuns(doc.pageLabel),
                ],
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
  return Packer.pack(file, 'uint8array');
}
