import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../../src/db/database';
import { saveAnswer } from '../../../src/db/assessments-repo';
import { createFacility } from '../../../src/db/facilities-repo';
import { createAssessment } from '../../../src/flows/assessments';
import { ReportsArea } from '../../../src/features/reports/reports-area';
import { emptyAnswer } from '../../../src/schemas/records';
import minimalValid from '../../io/fixtures/minimal-valid.json';
import {
  blobText,
  FRAMEWORK,
  mockDownloads,
  resetAll,
  seedData,
  unwrap,
} from '../settings/helpers';
import { AREA_TEST } from '../timeouts';

// The rounds use the small locally loaded framework; the bundled ones are not needed here.
vi.mock('../../../src/io/bundled-frameworks', async (importOriginal) =>
  (await import('../no-bundled-frameworks')).mockNoBundledFrameworks(importOriginal),
);

// Local time: the file name carries the day the user sees, whatever the time zone.
const NOW = new Date(2026, 11, 2, 9, 30);
const ACTION = 'Vermissingsprocedure herschrijven met de politie';

let downloads: ReturnType<typeof mockDownloads>;

beforeEach(async () => {
  await resetAll();
  downloads = mockDownloads();
});
afterEach(() => downloads.restore());

/** The own facility (with one open improvement action) and a demo facility beside it. */
async function seed() {
  const { facility, assessment } = await seedData();
  const criterionId = minimalValid.domains[0]!.criteria[1]!.id;
  unwrap(
    await saveAnswer(
      assessment.id,
      criterionId,
      {
        ...emptyAnswer(new Date().toISOString()),
        level: 1,
        actions: [
          {
            id: 'act-1',
            what: ACTION,
            responsibleRole: 'Teamcoördinator',
            dueDate: '2027-03-01',
            status: 'open',
          },
        ],
      },
      null,
    ),
  );
  const demo = unwrap(
    await createFacility({
      name: 'Demo Voorziening Z',
      alias: 'DEMO-Z',
      type: 'vaph',
      region: 'limburg',
    }),
  );
  const demoRound = unwrap(
    await createAssessment({
      facilityId: demo.id,
      frameworkId: FRAMEWORK.id,
      frameworkVersion: FRAMEWORK.version,
      periodLabel: '2026 najaar',
      participants: [{ role: 'begeleider', count: 2 }],
    }),
  );
  await db.facilities.update(demo.id, { demo: true });
  await db.assessments.update(demoRound.id, { demo: true });
  return { facility };
}

function renderPage() {
  return render(
    <MemoryRouter initialEntries={['/rapporten']}>
      <ReportsArea clock={() => NOW} />
    </MemoryRouter>,
  );
}

describe('Rapporten page', AREA_TEST, () => {
  it('offers only own facilities until demo data is asked for', async () => {
    await seed();
    const user = userEvent.setup();
    renderPage();
    const facility = await screen.findByRole('combobox', { name: 'Voorziening' });
    expect(
      within(facility)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['De Kade']);

    await user.click(screen.getByRole('checkbox', { name: 'Ook demogegevens tonen' }));
    await waitFor(() =>
      expect(
        within(facility)
          .getAllByRole('option')
          .map((o) => o.textContent),
      ).toEqual(['De Kade', 'Demo Voorziening Z']),
    );
  });

  it('makes the improvement plan as CSV: the open action is in the downloaded file', async () => {
    await seed();
    const user = userEvent.setup();
    renderPage();
    await screen.findByRole('combobox', { name: 'Voorziening' });
    await user.click(screen.getByRole('radio', { name: /Verbeterplan/ }));
    // The plan has no sections to choose.
    expect(screen.queryByRole('group', { name: 'Onderdelen' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'CSV maken' }));

    const status = await screen.findByText(/is gemaakt en gedownload\./);
    expect(downloads.clicked).toHaveLength(1);
    const filename = downloads.clicked[0]!.download;
    expect(status.textContent).toContain(filename);
    // Report type, facility, period and the (injected) date.
    expect(filename).toBe('verbeterplan-de-kade-2026-voorjaar-2026-12-02.csv');
    const csv = await blobText(downloads.created[0]!);
    expect(csv).toContain(ACTION);
    expect(csv).toContain('Teamcoördinator');
    expect(csv).not.toContain('Demo Voorziening Z');
  });

  it('refuses a round report without any section, and downloads nothing', async () => {
    await seed();
    const user = userEvent.setup();
    renderPage();
    await screen.findByRole('combobox', { name: 'Voorziening' });
    const sections = screen.getByRole('group', { name: 'Onderdelen' });
    for (const box of within(sections).getAllByRole('checkbox')) {
      if ((box as HTMLInputElement).checked) await user.click(box);
    }
    await user.click(screen.getByRole('button', { name: 'PDF maken' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Kies minstens één onderdeel.');
    expect(downloads.clicked).toHaveLength(0);

    // The board preset puts sections back, and then a file is made.
    await user.click(screen.getByRole('button', { name: 'Korte versie voor het bestuur' }));
    expect(screen.getByRole('button', { name: 'Korte versie voor het bestuur' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await user.click(screen.getByRole('button', { name: 'CSV maken' }));
    await screen.findByText(/is gemaakt en gedownload\./);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(downloads.clicked).toHaveLength(1);
  });
});
