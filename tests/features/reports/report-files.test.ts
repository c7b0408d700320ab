// @vitest-environment node
import { beforeAll, describe, expect, it } from 'vitest';
import { localize } from '../../../src/domain/localize';
import { buildFacilityReport, buildPlanReport, FULL_SECTIONS } from '../../../src/domain/report';
import { scoreAssessment } from '../../../src/domain/scoring';
import { loadBundledFrameworks } from '../../../src/io/bundled-frameworks';
import { readCsv, writeCsv, csvDelimiter, UTF8_BOM } from '../../../src/io/reports/csv';
import { writeDocx } from '../../../src/io/reports/docx';
import { pdfSafe, writePdf } from '../../../src/io/reports/pdf';
import type { Framework } from '../../../src/schemas/framework';
import {
  composeFacilityReport,
  composePlanReport,
  criterionCsv,
  reportFilename,
} from '../../../src/features/reports/compose';
import { reportTexts } from '../../../src/features/reports/texts';
import { createFormatters } from '../../../src/features/shared/use-formatters';
import { HEAVY_TEST } from '../../timeouts';
import { docxContent, holds, pdfText, squash } from './read-files';
import { PAYLOADS, fullRound } from './report-fixture';

const NOW = new Date('2026-12-02T10:00:00Z');
// A 1×1 PNG: the fallback image the browser would draw with a canvas.
const PNG = Uint8Array.from(
  atob(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  ),
  (c) => c.charCodeAt(0),
);
const rasterise = () => Promise.resolve(PNG);

let frameworks: Framework[] = [];
beforeAll(async () => {
  frameworks = (await loadBundledFrameworks()).frameworks.map((f) => f.framework);
});

const facility = { id: 'fac-1', label: 'Voorziening De Vlinder', demo: false };

describe.each(['1.0.0', '1.1.0'])(
  'facility report files on framework %s',
  HEAVY_TEST,
  (version) => {
    const setup = async (lang: 'nl-BE' | 'en' = 'nl-BE') => {
      const framework = frameworks.find((f) => f.version === version)!;
      const assessment = fullRound(framework);
      const data = buildFacilityReport({
        framework,
        assessment,
        facility,
        sections: FULL_SECTIONS,
        history: [{ assessment, framework }],
      });
      const tx = await reportTexts(lang);
      return { framework, assessment, data, tx, doc: composeFacilityReport(data, tx, NOW) };
    };

    it('the PDF holds the facility, the framework version, every domain and the actions', async () => {
      const { framework, data, doc } = await setup();
      const bytes = await writePdf(doc);
      expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-');
      const { pages, text } = await pdfText(bytes);
      expect(pages).toBeGreaterThan(3);
      expect(text).toContain('Voorziening De Vlinder');
      expect(text).toContain(`v${version}`);
      // Page numbers in the footer.
      expect(text).toContain(`Pagina 1 van ${pages}`);
      expect(text).toContain(`Pagina ${pages} van ${pages}`);
      for (const domain of framework.domains) {
        expect(holds(text, pdfSafe(localize(domain.title, 'nl-BE')))).toBe(true);
      }
      expect(data.plan.length).toBeGreaterThan(5);
      for (const item of data.plan) expect(holds(text, pdfSafe(item.action.what))).toBe(true);
    });

    it('the DOCX holds the same, with real headings, tables and the charts', async () => {
      const { framework, data, doc } = await setup();
      const { files, xml, footerXml, text } = docxContent(await writeDocx(doc, rasterise));
      expect(text).toContain('Voorziening De Vlinder');
      expect(footerXml).toContain(`v${version}`);
      for (const domain of framework.domains) {
        expect(text).toContain(squash(localize(domain.title, 'nl-BE')));
      }
      for (const item of data.plan) expect(text).toContain(squash(item.action.what));
      expect(xml).toContain('<w:pStyle w:val="Heading1"/>');
      expect(xml).toContain('<w:pStyle w:val="Heading2"/>');
      expect(xml).toContain('<w:tbl>');
      expect(xml).toContain('<w:tblHeader/>');
      expect(files.filter((f) => f.endsWith('.svg'))).toHaveLength(2);
      // The fallback PNGs (identical here) are stored once.
      expect(files.filter((f) => f.endsWith('.png')).length).toBeGreaterThan(0);
      // Word's page number field in the footer.
      expect(footerXml).toMatch(/PAGE/);
    });

    it('the CSV parses back into the numbers the results screen shows', async () => {
      const { framework, assessment, tx } = await setup();
      const { header, rows } = criterionCsv(
        [{ framework, assessment, facilityLabel: facility.label }],
        tx,
      );
      const text = writeCsv(header, rows, csvDelimiter('nl-BE'));
      expect(text.startsWith(UTF8_BOM)).toBe(true);
      const [head, ...body] = readCsv(text, ';');
      expect(head).toEqual(header);
      const result = scoreAssessment(framework, assessment.answers);
      const criteria = result.domains.flatMap((d) => d.criteria);
      expect(body).toHaveLength(criteria.length);
      const col = (name: string) => head!.indexOf(name);
      const f = createFormatters('nl-BE');
      body.forEach((row, i) => {
        const c = criteria[i]!;
        expect(row[col('kader_id')]).toBe(framework.id);
        expect(row[col('kader_versie')]).toBe(version);
        expect(row[col('scoreregels_versie')]).toBe(result.methodVersion);
        expect(row[col('voorziening')]).toBe(facility.label);
        expect(row[col('periode')]).toBe('Voorjaar 2026');
        expect(row[col('criterium_id')]).toBe(c.criterionId);
        const score = row[col('score_pct')]!;
        if (c.normalisedScore === null) expect(score).toBe('');
        // The results screen shows "62,5%"; the CSV holds "62,5".
        else
          expect(`${score}%`.replace(/\s/g, '')).toBe(f.pct(c.normalisedScore).replace(/\s/g, ''));
        const gap = row[col('kloof_procentpunten')]!;
        if (c.normalisedGap === null) expect(gap).toBe('');
        else expect(gap).toBe(f.points(c.normalisedGap));
      });
    });

    it('neutralises formula payloads in evidence and action texts', async () => {
      const { framework, assessment, tx } = await setup();
      const { header, rows } = criterionCsv(
        [{ framework, assessment, facilityLabel: facility.label }],
        tx,
      );
      const parsed = readCsv(writeCsv(header, rows, ';'), ';');
      const cells = parsed.flat();
      for (const cell of cells) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
      const evidence = parsed.map((r) => r[header.indexOf('onderbouwing')]!);
      const actions = parsed.map((r) => r[header.indexOf('verbeteracties')]!);
      // Every payload arrived, behind an apostrophe where it starts the cell.
      for (const payload of PAYLOADS) {
        expect([...evidence, ...actions].some((cell) => cell.includes(payload))).toBe(true);
      }
      expect(actions.filter((a) => a.startsWith("'")).length).toBeGreaterThan(3);
    });
  },
);

describe('writeCsv', () => {
  it('quotes and neutralises every formula start, also before a line break', () => {
    const text = writeCsv(
      ['a', 'b'],
      [[...PAYLOADS.slice(0, 2)], [...PAYLOADS.slice(2, 4)], [...PAYLOADS.slice(4)]],
      ';',
    );
    const back = readCsv(text, ';').slice(1).flat();
    expect(back).toEqual(PAYLOADS.map((p) => `'${p}`));
  });

  it('uses a semicolon for nl-BE and a comma for English', () => {
    expect(csvDelimiter('nl-BE')).toBe(';');
    expect(csvDelimiter('en')).toBe(',');
    expect(writeCsv(['x', 'y'], [['1,5', 'é']], ';')).toBe(`${UTF8_BOM}x;y\r\n1,5;é\r\n`);
  });
});

describe('improvement plan on its own', HEAVY_TEST, () => {
  it('lists the unfinished actions by due date in PDF and DOCX', async () => {
    const framework = frameworks.find((f) => f.version === '1.1.0')!;
    const assessment = fullRound(framework);
    const firstId = Object.keys(assessment.answers)[0]!;
    assessment.answers[firstId]!.actions.push({
      id: 'done-1',
      what: 'Al uitgevoerde actie',
      responsibleRole: 'Directie',
      dueDate: '2026-01-01',
      status: 'done',
    });
    const data = buildPlanReport({ framework, assessment, facility });
    expect(data.items.every((i) => i.action.status !== 'done')).toBe(true);
    const due = data.items.map((i) => i.action.dueDate ?? '9999');
    expect(due).toEqual([...due].sort());
    const doc = composePlanReport(data, await reportTexts('en'), NOW);
    const { text } = await pdfText(await writePdf(doc));
    expect(text).toContain('Improvement plan Voorziening De Vlinder');
    expect(text).not.toContain('Al uitgevoerde actie');
    for (const item of data.items) expect(holds(text, pdfSafe(item.action.what))).toBe(true);
    const docx = docxContent(await writeDocx(doc, rasterise));
    for (const item of data.items) expect(docx.text).toContain(squash(item.action.what));
  });
});

describe('reportFilename', () => {
  it('carries what, who, the period and the day', () => {
    expect(
      reportFilename('rapport', 'Voorziening Één', 'Voorjaar 2026', new Date(2026, 11, 2), 'pdf'),
    ).toBe('rapport-voorziening-een-voorjaar-2026-2026-12-02.pdf');
  });
});
