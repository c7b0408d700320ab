// @vitest-environment node
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultFilter, rank, scoreSet, chooseSet } from '../../../src/domain/compare';
import { buildComparisonReport } from '../../../src/domain/report';
import { loadBundledFrameworks } from '../../../src/io/bundled-frameworks';
import { readCsv, writeCsv } from '../../../src/io/reports/csv';
import { writeDocx } from '../../../src/io/reports/docx';
import { writePdf } from '../../../src/io/reports/pdf';
import type { Framework } from '../../../src/schemas/framework';
import {
  comparisonCsv,
  composeComparisonReport,
} from '../../../src/features/reports/compose-comparison';
import { reportTexts } from '../../../src/features/reports/texts';
import { HEAVY_TEST } from '../../timeouts';
import { docxContent, pdfText } from './read-files';
import { fullRound } from './report-fixture';

const NOW = new Date('2026-12-02T10:00:00Z');
const PNG = Uint8Array.from(
  atob(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  ),
  (c) => c.charCodeAt(0),
);

let framework: Framework;
beforeAll(async () => {
  framework = (await loadBundledFrameworks()).frameworks.find(
    (f) => f.framework.version === '1.1.0',
  )!.framework;
});

// Names and codes an anonymised report must never contain (code of the third one comes from an
// import, as exchange files carry it).
const FACILITIES = [
  { id: 'f-a', name: 'Huize Zonneveld', code: 'ZON-7' },
  { id: 'f-b', name: 'De Kaaiman', code: 'KAAI-2' },
  { id: 'f-c', name: 'Centrum Lindelei', code: 'LIND-9' },
];

function set() {
  const facilities = FACILITIES.map((f) => ({
    ...f,
    type: 'gemeenschapsinstelling',
    region: 'antwerpen',
    imported: false,
    demo: false,
  }));
  const rounds = FACILITIES.map((f, i) => {
    const round = fullRound(framework, { id: `r-${f.id}`, facilityId: f.id });
    // Different levels per facility, so the ranking has an order.
    for (const answer of Object.values(round.answers).slice(0, 10 * i)) {
      if (answer && !answer.notApplicable) answer.level = 5;
    }
    return round;
  });
  return { facilities, rounds };
}

describe('comparison report', HEAVY_TEST, () => {
  it('uses the ranking of the comparison views', () => {
    const { facilities, rounds } = set();
    const filter = defaultFilter(framework.id, framework.version);
    const data = buildComparisonReport({ framework, facilities, rounds, filter, anonymise: true });
    expect(data.ranking).toEqual(rank(scoreSet(framework, chooseSet(facilities, rounds, filter))));
    expect(data.facilities.map((f) => [f.alias, f.name, f.code])).toEqual([
      ['A', null, null],
      ['B', null, null],
      ['C', null, null],
    ]);
  });

  for (const anonymise of [true, false]) {
    it(`${anonymise ? 'holds no' : 'holds the'} facility names and codes in PDF, DOCX and CSV when names are ${anonymise ? 'hidden' : 'shown'}`, async () => {
      const { facilities, rounds } = set();
      const data = buildComparisonReport({
        framework,
        facilities,
        rounds,
        filter: defaultFilter(framework.id, framework.version),
        anonymise,
      });
      const tx = await reportTexts('nl-BE');
      const doc = composeComparisonReport(data, tx, NOW);
      const pdf = (await pdfText(await writePdf(doc))).text;
      const docx = docxContent(await writeDocx(doc, () => Promise.resolve(PNG)));
      const { header, rows } = comparisonCsv(data, tx);
      const csv = writeCsv(header, rows, ';');
      expect(readCsv(csv, ';')).toHaveLength(1 + 3 * 72);
      const files = { pdf, docx: docx.xml + docx.footerXml, csv };
      for (const [format, text] of Object.entries(files)) {
        for (const f of FACILITIES) {
          for (const secret of [f.name, f.code]) {
            expect(text.includes(secret), `${format} holds "${secret}"`).toBe(!anonymise);
          }
        }
        if (anonymise) expect(text, format).toContain('Voorziening B');
      }
      expect(pdf).toContain('Rangschikking');
      expect(pdf).toContain('v1.1.0');
    });
  }
});
