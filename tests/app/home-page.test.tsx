import { render, screen, within } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { MemoryRouter } from 'react-router';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { HomePage } from '../../src/app/home-page';
import { db } from '../../src/db/database';
import { createFacility, setFacilityArchived } from '../../src/db/facilities-repo';
import { createAssessment } from '../../src/flows/assessments';
import { readStartState } from '../../src/flows/start-state';
import type { WriteResult } from '../../src/db/errors';
import { saveLocalFramework } from '../../src/flows/framework-catalogue';
import { i18n } from '../../src/i18n';
import minimalValid from '../io/fixtures/minimal-valid.json';

const FRAMEWORK = { id: 'minimaal-kader', version: '1.0.0' } as const;

function unwrap<T>(result: WriteResult<T>): T {
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.error)}`);
  return result.value;
}

const facilityInput = (name: string) => ({
  name,
  type: 'gemeenschapsinstelling' as const,
  region: 'antwerpen' as const,
  alias: '',
});

vi.mock('../../src/io/bundled-frameworks', async (importOriginal) =>
  (await import('../features/no-bundled-frameworks')).mockNoBundledFrameworks(importOriginal),
);

function renderHome() {
  return render(
    <MemoryRouter>
      <HomePage />
    </MemoryRouter>,
  );
}

async function startRound(facilityId: string, periodLabel: string) {
  return unwrap(
    await createAssessment({
      facilityId,
      frameworkId: FRAMEWORK.id,
      frameworkVersion: FRAMEWORK.version,
      periodLabel,
      participants: [],
    }),
  );
}

const steps = () =>
  within(screen.getByRole('region', { name: 'Zo gaat u te werk' })).getAllByRole('listitem');

beforeEach(async () => {
  await i18n.changeLanguage('nl-BE');
  await db.open();
  await Promise.all(db.tables.map((table) => table.clear()));
  const saved = await saveLocalFramework(JSON.stringify(minimalValid));
  if (!saved.ok) throw new Error('fixture framework did not load');
});

describe('start page', () => {
  it('renders the same first screen whatever is stored (it is prerendered)', async () => {
    const facility = unwrap(await createFacility(facilityInput('De Zande')));
    await startRound(facility.id, '2026 voorjaar');
    // The server render: no effects, so nothing read from IndexedDB or the clock.
    const html = renderToString(
      <MemoryRouter>
        <HomePage />
      </MemoryRouter>,
    );
    expect(html).toContain('1. Lees het kwaliteitskader');
    expect(html).not.toContain('De Zande');
    expect(html).not.toContain('Verder waar u was');
    expect(html).not.toContain('aria-current');
  });

  it('names the frameworks at hand with their own scales and norms', async () => {
    renderHome();
    const atHand = await screen.findByRole('region', { name: 'Kaders op dit toestel' });
    expect(
      within(atHand).getByRole('link', {
        name: 'Minimaal kader, versie 1.0.0 (concept): 3 criteria.',
      }),
    ).toHaveAttribute('href', '/kader/minimaal-kader/1.0.0');
    expect(
      within(atHand).getByText(
        'Groei (PDCA): niveaus 1 tot 5, norm 4 – uitgevoerd en geëvalueerd.',
      ),
    ).toBeInTheDocument();
    expect(within(atHand).getByText(/^Ja\/nee: niveaus 0 tot 1, norm 1/)).toBeInTheDocument();
    expect(screen.queryByText(/tienerpooier/i)).toBeNull();
  });

  it('a first visit: the framework is the next step, then the facility, then a round', async () => {
    renderHome();
    const [framework, facility, round] = steps();
    expect(await within(framework!).findByText('Volgende stap')).toBeInTheDocument();
    expect(framework).toHaveAttribute('aria-current', 'step');
    expect(
      within(framework!).getByRole('link', { name: '1. Lees het kwaliteitskader' }),
    ).toHaveAttribute('href', '/kader');
    expect(
      within(facility!).getByRole('link', { name: '2. Maak uw voorziening aan' }),
    ).toHaveAttribute('href', '/zelfevaluatie');
    expect(within(round!).getByRole('link', { name: '3. Start een ronde' })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Verder waar u was' })).not.toBeInTheDocument();
  });

  it('with one facility and no round: starting a round on its page is next', async () => {
    const facility = unwrap(await createFacility(facilityInput('De Zande')));
    renderHome();
    const [, made, round] = steps();
    expect(await within(made!).findByText('Gedaan')).toBeInTheDocument();
    expect(round).toHaveAttribute('aria-current', 'step');
    expect(within(round!).getByRole('link', { name: '3. Start een ronde' })).toHaveAttribute(
      'href',
      `/zelfevaluatie/voorziening/${facility.id}`,
    );
  });

  it('a returning user continues the round changed last', async () => {
    const zande = unwrap(await createFacility(facilityInput('De Zande')));
    const kempen = unwrap(await createFacility(facilityInput('De Kempen')));
    const older = await startRound(zande.id, '2025 najaar');
    const newer = await startRound(kempen.id, '2026 voorjaar');
    // The older round was changed last.
    await db.assessments.update(older.id, { updatedAt: '2030-01-02T10:00:00.000Z' });
    await db.assessments.update(newer.id, { updatedAt: '2030-01-01T10:00:00.000Z' });
    renderHome();

    const region = await screen.findByRole('region', { name: 'Verder waar u was' });
    expect(region).toHaveTextContent('De Zande – 2025 najaar (bezig), laatst gewijzigd op');
    expect(
      within(region).getByRole('link', { name: 'Verder scoren: De Zande – 2025 najaar' }),
    ).toHaveAttribute('href', `/zelfevaluatie/ronde/${older.id}`);
    // Both steps are done: no next step is pressed on the user.
    const [, facility, round] = steps();
    expect(within(facility!).getByText('Gedaan')).toBeInTheDocument();
    expect(within(round!).getByText('Gedaan')).toBeInTheDocument();
    expect(screen.queryByText('Volgende stap')).not.toBeInTheDocument();
  });

  it('a finalised round offers its results', async () => {
    const zande = unwrap(await createFacility(facilityInput('De Zande')));
    const round = await startRound(zande.id, '2025 najaar');
    await db.assessments.update(round.id, {
      status: 'afgerond',
      finalisedAt: round.updatedAt,
    });
    renderHome();
    const region = await screen.findByRole('region', { name: 'Verder waar u was' });
    expect(region).toHaveTextContent('(afgerond)');
    expect(within(region).getByRole('link', { name: /^Resultaten bekijken/ })).toHaveAttribute(
      'href',
      `/resultaten/ronde/${round.id}`,
    );
  });

  it('leaves out archived facilities and demo data', async () => {
    const zande = unwrap(await createFacility(facilityInput('De Zande')));
    await startRound(zande.id, '2025 najaar');
    unwrap(await setFacilityArchived(zande.id, true));
    const demo = unwrap(await createFacility(facilityInput('Demo Kempen')));
    const demoRound = await startRound(demo.id, '2026 voorjaar');
    await db.facilities.update(demo.id, { demo: true });
    await db.assessments.update(demoRound.id, { demo: true });
    const state = await readStartState();
    expect(state).toMatchObject({ facilityCount: 0, roundCount: 1, lastRound: null });
  });
});
