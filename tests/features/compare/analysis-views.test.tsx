import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { i18n } from '../../../src/i18n';
import { db } from '../../../src/db/database';
import { AnalysisPage } from '../../../src/features/compare/analysis/analysis-page';
import { saveLocalFramework } from '../../../src/flows/framework-catalogue';
import { SCORING_METHOD_VERSION } from '../../../src/domain/scoring';
import { emptyAnswer, type Assessment, type Facility } from '../../../src/schemas/records';
import { useCompareStore } from '../../../src/store/compare-store';
import minimalValid from '../../io/fixtures/minimal-valid.json';
import { minimalWithFacilityTypes } from '../facility-types-fixture';
import { AREA_TEST } from '../timeouts';

// A small framework of its own (3 criteria in 2 domains), stored locally; the bundled one is
// not needed.
vi.mock('../../../src/io/bundled-frameworks', async (importOriginal) =>
  (await import('../no-bundled-frameworks')).mockNoBundledFrameworks(importOriginal),
);

const AT = '2026-03-01T10:00:00.000Z';
const LATER = '2026-09-01T10:00:00.000Z';

/** Levels for signalen-herkennen (1–5, norm 4), meldpunt-bekend (0/1), jongere-betrokken (1–3). */
type Levels = [number | 'na' | null, number | null, number | null];

const FACILITIES: { name: string; code: string; spring: Levels; autumn: Levels }[] = [
  { name: 'De Linde', code: 'LIN', spring: [2, 0, 1], autumn: [5, 1, 3] },
  { name: 'Het Anker', code: 'ANK', spring: [3, 1, 2], autumn: [4, 1, 2] },
  { name: 'De Horizon', code: 'HOR', spring: [1, 0, 1], autumn: [2, 0, 2] },
  { name: 'Ter Beuken', code: 'BEU', spring: ['na', 1, 3], autumn: ['na', 1, 3] },
  // Answers one criterion of three: listed apart, never ranked.
  { name: 'De Vlier', code: 'VLI', spring: [3, null, null], autumn: [4, null, null] },
];
const NAMES = FACILITIES.map((f) => f.name);

function answers(levels: Levels): Assessment['answers'] {
  const ids = ['signalen-herkennen', 'meldpunt-bekend', 'jongere-betrokken'];
  const out: Assessment['answers'] = {};
  levels.forEach((level, i) => {
    if (level === null) return;
    out[ids[i]!] =
      level === 'na'
        ? { ...emptyAnswer(AT), notApplicable: true, naReason: 'Geen residentiële opvang' }
        : { ...emptyAnswer(AT), level };
  });
  return out;
}

function round(id: string, facilityId: string, period: string, at: string, levels: Levels) {
  return {
    id,
    facilityId,
    frameworkId: minimalValid.id,
    frameworkVersion: minimalValid.version,
    scoringMethodVersion: SCORING_METHOD_VERSION,
    periodLabel: period,
    participants: [],
    status: 'afgerond',
    createdAt: at,
    updatedAt: at,
    finalisedAt: at,
    reopenings: [],
    revision: 1,
    previousAssessmentId: null,
    answers: answers(levels),
  } satisfies Assessment;
}

function facility(id: string, name: string, alias: string): Facility {
  return {
    id,
    name,
    alias,
    type: 'gemeenschapsinstelling',
    region: 'antwerpen',
    archived: false,
    createdAt: AT,
    updatedAt: AT,
  };
}

async function seed(extra = 0) {
  const saved = await saveLocalFramework(minimalWithFacilityTypes());
  if (!saved.ok) throw new Error('fixture framework refused');
  const facilities = FACILITIES.map((f, i) => facility(`f${i + 1}`, f.name, f.code));
  const rounds = FACILITIES.flatMap((f, i) => [
    round(`r${i + 1}a`, `f${i + 1}`, '2026 voorjaar', AT, f.spring),
    round(`r${i + 1}b`, `f${i + 1}`, '2026 najaar', LATER, f.autumn),
  ]);
  // Many more facilities, one round each, for the pages of the heatmap.
  for (let i = 0; i < extra; i++) {
    const id = `x${String(i).padStart(3, '0')}`;
    facilities.push(facility(id, `Extra ${String(i).padStart(3, '0')}`, ''));
    rounds.push(round(`${id}-r`, id, '2026 najaar', LATER, [3, 1, 2]));
  }
  await db.facilities.bulkAdd(facilities);
  await db.assessments.bulkAdd(rounds);
}

function renderView(view: string) {
  return render(
    <MemoryRouter initialEntries={[`/vergelijken/overzicht/${view}`]}>
      <Routes>
        <Route path="/vergelijken/overzicht/:view" element={<AnalysisPage />} />
      </Routes>
    </MemoryRouter>,
  );
}

/** The view's data table, after pressing its "show as table" toggle. */
async function showTable(name: string | RegExp, button = 0) {
  const user = userEvent.setup();
  await user.click((await screen.findAllByRole('button', { name: 'Als tabel tonen' }))[button]!);
  return screen.getByRole('table', { name });
}

function rowHeaders(table: HTMLElement): string[] {
  return within(table)
    .getAllByRole('rowheader')
    .map((cell) => cell.textContent ?? '');
}

describe('comparison views', AREA_TEST, () => {
  beforeEach(async () => {
    await db.transaction('rw', db.tables, async () => {
      for (const table of db.tables) await table.clear();
    });
    useCompareStore.setState({ filter: null, anonymise: false, marked: null, chosen: [] });
    await i18n.changeLanguage('nl-BE');
  });
  afterEach(async () => {
    await i18n.changeLanguage('nl-BE');
  });

  it('heatmap: one row per facility with its domain scores, incomplete cells marked, and a sortable table', async () => {
    await seed();
    renderView('heatmap');
    const grid = await screen.findByRole('table', { name: /Score per domein van 5 rondes/ });
    expect(rowHeaders(grid).map((h) => h.split(/\d/)[0]!.trim())).toEqual([
      'De Linde',
      'Het Anker',
      'De Horizon',
      'Ter Beuken',
      'De Vlier',
    ]);
    // De Vlier answered only D1's first criterion: its D2 cell has no score and is marked.
    const vlier = within(grid).getByRole('row', { name: /De Vlier/ });
    expect(within(vlier).getAllByText('(onvolledig)').length).toBeGreaterThan(0);
    expect(screen.queryByRole('navigation', { name: /Pagina’s/ })).toBeNull();

    const table = await showTable(/Score per domein, volledigheid/);
    const user = userEvent.setup();
    await user.click(within(table).getByRole('button', { name: 'Sorteren op Totaalscore' }));
    expect(within(table).getByRole('columnheader', { name: /Totaalscore/ })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );
    // De Horizon has the lowest overall score.
    expect(rowHeaders(table)[0]).toBe('De Horizon');
    await user.click(within(table).getByRole('button', { name: 'Sorteren op Totaalscore' }));
    expect(within(table).getByRole('columnheader', { name: /Totaalscore/ })).toHaveAttribute(
      'aria-sort',
      'descending',
    );
    expect(rowHeaders(table)[0]).toBe('De Linde');
  });

  it('filters on the facility types of the frameworks, and on a stored type none declares', async () => {
    await seed();
    await db.facilities.update('f2', { type: 'vaph' });
    await db.facilities.update('f3', { type: 'jeugdpsychiatrie' });
    renderView('heatmap');
    await screen.findByRole('table', { name: /Score per domein van 5 rondes/ });
    const types = screen.getByRole('group', { name: 'Type voorziening' });
    // The catalogue is read after the records: wait for the declared types.
    await within(types).findByRole('checkbox', { name: 'Gemeenschapsinstelling' });
    expect(
      within(types)
        .getAllByRole('checkbox')
        .map((box) => box.parentElement?.textContent?.trim()),
    ).toEqual([
      'Gemeenschapsinstelling',
      'Private voorziening jeugdhulp',
      'VAPH-voorziening',
      'Erkend centrum mensenhandel',
      'Zorgcentrum na seksueel geweld',
      'jeugdpsychiatrie',
      'Andere',
    ]);
    const user = userEvent.setup();
    await user.click(within(types).getByRole('checkbox', { name: 'jeugdpsychiatrie' }));
    await user.click(within(types).getByRole('checkbox', { name: 'VAPH-voorziening' }));
    const grid = await screen.findByRole('table', { name: /Score per domein van 2 rondes/ });
    expect(rowHeaders(grid).map((h) => h.split(/\d/)[0]!.trim())).toEqual([
      'Het Anker',
      'De Horizon',
    ]);
  });

  it('heatmap: a long set is shown a page at a time, with labelled page controls', async () => {
    await seed(55);
    renderView('heatmap');
    const grid = await screen.findByRole('table', { name: /Score per domein van 60 rondes/ });
    // 50 rows and the header row on the first page.
    expect(within(grid).getAllByRole('row')).toHaveLength(51);
    const pager = screen.getByRole('navigation', { name: 'Pagina’s: Overzicht per domein' });
    expect(within(pager).getByRole('status')).toHaveTextContent('Rijen 1–50 van 60');
    expect(within(pager).getByRole('button', { name: 'Vorige pagina' })).toBeDisabled();
    const user = userEvent.setup();
    await user.click(within(pager).getByRole('button', { name: 'Volgende pagina' }));
    expect(within(grid).getAllByRole('row')).toHaveLength(11);
    expect(within(pager).getByRole('status')).toHaveTextContent('Rijen 51–60 van 60');
    expect(within(pager).getByRole('button', { name: 'Volgende pagina' })).toBeDisabled();
    await user.selectOptions(within(pager).getByLabelText('Pagina'), '1 van 2');
    expect(within(grid).getAllByRole('row')).toHaveLength(51);
  });

  it('ranking: a long ranking is drawn and listed a page at a time', async () => {
    await seed(55);
    renderView('rangschikking');
    // 4 complete facilities and the 55 extra ones are ranked; De Vlier is listed apart.
    const chartPager = await screen.findByRole('navigation', {
      name: 'Pagina’s: Rangschikking',
    });
    expect(within(chartPager).getByRole('status')).toHaveTextContent('Rijen 1–50 van 59');
    const ranking = await showTable('Rangschikking van best naar minst goed');
    expect(within(ranking).getAllByRole('row')).toHaveLength(51);
    const tablePager = screen.getByRole('navigation', {
      name: 'Pagina’s: Rangschikking van best naar minst goed',
    });
    const user = userEvent.setup();
    await user.click(within(tablePager).getByRole('button', { name: 'Volgende pagina' }));
    expect(within(ranking).getAllByRole('row')).toHaveLength(10);
    // A new order starts again at the first page.
    await user.click(within(ranking).getByRole('button', { name: 'Sorteren op Voorziening' }));
    expect(within(tablePager).getByRole('status')).toHaveTextContent('Rijen 1–50 van 59');
  });

  it('ranking: best to worst, the incomplete facility apart; with every round, each row names its period', async () => {
    await seed();
    renderView('rangschikking');
    const ranking = await showTable('Rangschikking van best naar minst goed');
    expect(rowHeaders(ranking)).toEqual(['De Linde', 'Ter Beuken', 'Het Anker', 'De Horizon']);
    const apart = screen.getByRole('table', { name: 'Niet gerangschikt wegens onvolledigheid' });
    expect(rowHeaders(apart)).toEqual(['De Vlier']);

    const user = userEvent.setup();
    await user.click(
      screen.getByRole('checkbox', { name: 'Alleen de laatste ronde van elke voorziening' }),
    );
    const rows = rowHeaders(
      screen.getByRole('table', { name: 'Rangschikking van best naar minst goed' }),
    );
    expect(rows).toHaveLength(8);
    expect(new Set(rows).size).toBe(rows.length);
    expect(rows).toContain('De Linde (2026 najaar)');
    expect(rows).toContain('De Linde (2026 voorjaar)');
    expect(screen.getByText(/Elke ronde staat apart, met haar periode/)).toBeInTheDocument();
    expect(screen.getByText(/^10 rondes van 5 voorzieningen in de set/)).toBeInTheDocument();
  });

  it('distribution: quartiles per domain, with a marked facility as an extra column', async () => {
    await seed();
    renderView('verdeling');
    const user = userEvent.setup();
    await user.selectOptions(await screen.findByLabelText('Voorziening markeren'), 'Het Anker');
    const domains = await showTable('Spreiding per domein (scores 0–100 %)');
    expect(within(domains).getByRole('columnheader', { name: /Het Anker/ })).toBeInTheDocument();
    expect(within(domains).getAllByRole('row')).toHaveLength(3);
    const criteria = await showTable(/Spreiding per criterium/, 1);
    const row = within(criteria).getByRole('row', { name: /^D1\.1/ });
    // Four facilities scored D1.1 (Ter Beuken is N/A): levels 5, 4, 2, 4.
    expect(within(row).getAllByRole('cell')[0]).toHaveTextContent('4');
  });

  it('weak criteria: the lowest medians and the N/A reasons grouped', async () => {
    await seed();
    renderView('zwakke-criteria');
    const lowest = await screen.findByRole('table', { name: 'Criteria met de laagste mediaan' });
    expect(within(lowest).getAllByRole('row').length).toBeGreaterThan(1);
    const na = screen.getByRole('table', {
      name: 'Criteria die het vaakst n.v.t. zijn, met de redenen gegroepeerd',
    });
    expect(within(na).getByText('Geen residentiële opvang (1)')).toBeInTheDocument();
  });

  it('side by side: two chosen facilities per domain and criterion', async () => {
    await seed();
    renderView('naast-elkaar');
    const user = userEvent.setup();
    await user.click(await screen.findByRole('checkbox', { name: 'De Linde' }));
    expect(
      screen.getByText('Kies minstens 2 voorzieningen om ze naast elkaar te zien.'),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: 'De Horizon' }));
    const table = await showTable('Naast elkaar per domein (score) en per criterium (niveau)');
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((h) => h.textContent);
    expect(headers.join('|')).toMatch(/De Linde.*\|.*De Horizon/);
    const d11 = within(table).getByRole('row', { name: /^D1\.1/ });
    expect(
      within(d11)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['5', '2']);
  });

  it('over time: the sector median per period', async () => {
    await seed();
    renderView('verloop');
    const table = await showTable('Mediaan van de sector per periode en per domein');
    expect(rowHeaders(table)).toEqual(['2026 voorjaar', '2026 najaar']);
  });

  it('anonymised: no name or code on screen, aliases instead', async () => {
    await seed();
    useCompareStore.setState({ anonymise: true });
    const { container } = renderView('rangschikking');
    const ranking = await showTable('Rangschikking van best naar minst goed');
    expect(rowHeaders(ranking)).toEqual([
      'Voorziening A',
      'Voorziening D',
      'Voorziening B',
      'Voorziening C',
    ]);
    for (const f of FACILITIES) {
      expect(container.textContent).not.toContain(f.name);
      expect(container.textContent).not.toContain(f.code);
    }
    expect(NAMES.some((n) => document.title.includes(n))).toBe(false);
  });

  it('reads in English too', async () => {
    await seed();
    await i18n.changeLanguage('en');
    renderView('rangschikking');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Compare: Ranking' }),
    ).toBeInTheDocument();
    const ranking = await showTableEn('Ranking from best to worst');
    expect(rowHeaders(ranking)[0]).toBe('De Linde');
    expect(screen.getByRole('heading', { name: 'Listed apart (1)' })).toBeInTheDocument();
  });
});

async function showTableEn(name: string) {
  const user = userEvent.setup();
  await user.click(await screen.findByRole('button', { name: 'Show as table' }));
  return screen.getByRole('table', { name });
}
