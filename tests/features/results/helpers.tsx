import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { render } from '@testing-library/react';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { saveAnswer } from '../../../src/db/assessments-repo';
import { createAssessment, finaliseAssessment } from '../../../src/flows/assessments';
import { db } from '../../../src/db/database';
import type { WriteResult } from '../../../src/db/errors';
import { createFacility } from '../../../src/db/facilities-repo';
import { saveLocalFramework } from '../../../src/flows/framework-catalogue';
import { ResultsArea } from '../../../src/features/results/results-area';
import type { Answer, Assessment } from '../../../src/schemas/records';
import { emptyAnswer } from '../../../src/schemas/records';

// jsdom gives import.meta.url an http scheme, so resolve from the project root (vitest's cwd).
const MINIMAL = readFileSync(
  resolve(process.cwd(), 'tests/io/fixtures/minimal-valid.json'),
  'utf8',
);

export const FRAMEWORK_ID = 'resultaten-kader';

type Json = Record<string, unknown>;

function criterion(
  template: Json,
  id: string,
  code: string,
  nl: string,
  en: string,
  weight: number,
): Json {
  return { ...template, id, code, title: { 'nl-BE': nl, en }, weight };
}

/**
 * Two domains, five criteria, all on the 1..5 growth scale with norm 4, built from the shared
 * minimal fixture so it stays a valid framework file.
 */
export function resultsFrameworkText(version = '1.0.0'): string {
  const value = JSON.parse(MINIMAL) as Json;
  const domains = value.domains as Json[];
  const template = (domains[0]!.criteria as Json[])[0]!;
  value.id = FRAMEWORK_ID;
  value.version = version;
  value.title = { 'nl-BE': 'Resultatenkader', en: 'Results framework' };
  value.changelog = [
    { version, date: '2026-11-28', changes: { 'nl-BE': 'Versie.', en: 'Version.' } },
  ];
  value.domains = [
    {
      ...domains[0],
      criteria: [
        criterion(template, 'd1-signalen', 'D1.1', 'Signalen herkennen', 'Recognising signals', 1),
        criterion(template, 'd1-meldpunt', 'D1.2', 'Meldpunt bekend', 'Reporting point known', 1),
      ],
    },
    {
      ...domains[1],
      criteria: [
        criterion(template, 'd2-jongere', 'D2.1', 'Jongere betrokken', 'Young person involved', 2),
        criterion(template, 'd2-netwerk', 'D2.2', 'Netwerk betrokken', 'Network involved', 1),
        criterion(template, 'd2-nazorg', 'D2.3', 'Nazorg geregeld', 'Aftercare arranged', 1),
      ],
    },
  ];
  return JSON.stringify(value);
}

export function unwrap<T>(result: WriteResult<T>): T {
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.error)}`);
  return result.value;
}

export async function resetDatabase(): Promise<void> {
  db.close();
  await db.delete();
  await db.open();
}

export async function seedFramework(version = '1.0.0'): Promise<void> {
  const result = await saveLocalFramework(resultsFrameworkText(version));
  if (!result.ok) throw new Error(`fixture framework refused: ${JSON.stringify(result)}`);
}

export async function seedFacility(name = 'De Vlinder') {
  return unwrap(
    await createFacility({ name, type: 'private-jeugdhulp', region: 'antwerpen', alias: '' }),
  );
}

export function answer(level: number | null, extra: Partial<Answer> = {}): Answer {
  return { ...emptyAnswer('2026-01-01T00:00:00.000Z'), level, ...extra };
}

export async function seedRound(
  facilityId: string,
  periodLabel: string,
  answers: Record<string, Answer>,
  opts: { version?: string; finalise?: boolean } = {},
): Promise<Assessment> {
  let assessment = unwrap(
    await createAssessment({
      facilityId,
      frameworkId: FRAMEWORK_ID,
      frameworkVersion: opts.version ?? '1.0.0',
      periodLabel,
      participants: [{ role: 'teamcoach', count: 1 }],
    }),
  );
  for (const [criterionId, a] of Object.entries(answers)) {
    assessment = unwrap(await saveAnswer(assessment.id, criterionId, a, null));
  }
  if (opts.finalise) assessment = unwrap(await finaliseAssessment(assessment.id));
  // Rounds are ordered by date: keep the stamps of consecutive rounds apart.
  await new Promise((resolve) => setTimeout(resolve, 5));
  return assessment;
}

/** The scenario the round tests read back (numbers worked out in results-page.test.tsx). */
export const SCENARIO: Record<string, Answer> = {
  'd1-signalen': answer(2, {
    actions: [
      {
        id: 'act-1',
        what: 'Vormingsmoment over signalen plannen',
        responsibleRole: 'teamcoach',
        dueDate: '2027-03-31',
        status: 'open',
      },
    ],
  }),
  'd1-meldpunt': answer(5, { toDiscuss: true }),
  'd2-jongere': answer(3, { target: 5 }),
  'd2-netwerk': answer(null, {
    notApplicable: true,
    naReason: 'Geen netwerkpartners in deze regio',
  }),
};

function LocationProbe() {
  const location = useLocation();
  return <output data-testid="location">{`${location.pathname}${location.search}`}</output>;
}

export function renderResults(path: string) {
  return render(
    <MemoryRouter initialEntries={[path]}>
      <Routes>
        <Route path="/resultaten/*" element={<ResultsArea />} />
        <Route path="*" element={<p>elders</p>} />
      </Routes>
      <LocationProbe />
    </MemoryRouter>,
  );
}

/** Cell texts of a table, row by row (header row included). */
export function tableRows(table: HTMLElement): string[][] {
  return [...table.querySelectorAll('tr')].map((tr) =>
    [...tr.querySelectorAll('th, td')].map((cell) =>
      (cell.textContent ?? '').replace(/\s+/g, ' ').trim(),
    ),
  );
}

/** Charts render at a fixed size; jsdom has no matchMedia, so say that motion is reduced. */
export function stubBrowserApis(): void {
  Object.defineProperty(window, 'matchMedia', {
    configurable: true,
    value: (query: string) => ({
      matches: query.includes('reduce'),
      media: query,
      onchange: null,
      addEventListener: () => {},
      removeEventListener: () => {},
      addListener: () => {},
      removeListener: () => {},
      dispatchEvent: () => false,
    }),
  });
  if (!('ResizeObserver' in window)) {
    class ResizeObserverStub {
      observe() {}
      unobserve() {}
      disconnect() {}
    }
    Object.defineProperty(window, 'ResizeObserver', {
      configurable: true,
      value: ResizeObserverStub,
    });
  }
}
