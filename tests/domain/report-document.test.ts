import { describe, expect, it } from 'vitest';
import { documentText, pageText, type ReportDocument } from '../../src/domain/report-document';

describe('pageText', () => {
  it('fills in the page number and the page count', () => {
    expect(pageText('Pagina {{page}} van {{pages}}', 3, 12)).toBe('Pagina 3 van 12');
    expect(pageText('{{pages}} pages, this is {{page}}', 1, 2)).toBe('2 pages, this is 1');
  });
});

describe('documentText', () => {
  it('lists every text a reader finds, in document order, whatever the block', () => {
    const doc: ReportDocument = {
      title: 'Zelfevaluatie',
      lang: 'nl-BE',
      footer: 'Kader 1.0.0',
      pageLabel: 'Pagina {{page}} van {{pages}}',
      blocks: [
        { kind: 'heading', level: 1, text: 'Samenvatting' },
        { kind: 'paragraph', text: 'Inleiding', muted: true },
        { kind: 'facts', rows: [{ label: 'Voorziening', value: 'De Linde' }] },
        { kind: 'pageBreak' },
        { kind: 'list', items: ['eerste', 'tweede'] },
        {
          kind: 'table',
          caption: 'Scores',
          header: ['Domein', 'Score'],
          rows: [
            ['A', '80'],
            ['B', '60'],
          ],
          numeric: [false, true],
        },
        {
          kind: 'chart',
          title: 'Radar',
          svg: '<svg><text>niet als tekst</text></svg>',
          width: 100,
          height: 100,
          summary: 'A 80, B 60',
        },
      ],
    };
    expect(documentText(doc)).toEqual([
      'Zelfevaluatie',
      'Kader 1.0.0',
      'Samenvatting',
      'Inleiding',
      'Voorziening',
      'De Linde',
      'eerste',
      'tweede',
      'Scores',
      'Domein',
      'Score',
      'A',
      '80',
      'B',
      '60',
      'Radar',
      'A 80, B 60',
    ]);
  });

  it('has the title and footer for a document without blocks', () => {
    const doc = { title: 'T', lang: 'en', footer: 'F', pageLabel: '', blocks: [] };
    expect(documentText(doc)).toEqual(['T', 'F']);
  });
});
