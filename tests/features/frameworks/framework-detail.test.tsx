import { beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { saveLocalFramework } from '../../../src/flows/framework-catalogue';
import { minimalFramework, renderArea, resetDb } from './helpers';
import { AREA_TEST } from '../timeouts';

// Not about the bundled framework: no bundled files, so each render does not parse and check
// the full 64-criterion framework (slow on a busy machine).
vi.mock('../../../src/io/bundled-frameworks', async (importOriginal) =>
  (await import('../no-bundled-frameworks')).mockNoBundledFrameworks(importOriginal),
);

beforeEach(async () => {
  await resetDb();
  expect((await saveLocalFramework(JSON.stringify(minimalFramework()))).ok).toBe(true);
});

const criterionHeadings = () =>
  screen.getAllByRole('heading', { level: 4 }).map((heading) => heading.textContent);

describe('framework detail page', AREA_TEST, () => {
  it('shows the framework: facts, scales with the norm, changelog, and every criterion in full', async () => {
    renderArea('/kader/minimaal-kader/1.0.0');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Minimaal kader' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Testkader met twee domeinen.')).toBeInTheDocument();
    expect(screen.getByText('concept', { selector: '.badge' })).toBeInTheDocument();
    expect(screen.getAllByText('28 november 2026')).toHaveLength(2); // published on, and in the changelog
    expect(screen.getByRole('heading', { level: 2, name: 'Bronnen' })).toBeInTheDocument();
    expect(
      screen.getByText('Vlaamse Regering (2026). Actieplan.', { exact: false }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('heading', { level: 3, name: 'Groei (PDCA) standaardschaal' }),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/standaarddoel van elk criterium.*4 – uitgevoerd en geëvalueerd/),
    ).toBeInTheDocument();
    const scaleTable = screen.getByRole('table', { name: 'Niveaus van de schaal ‘Groei (PDCA)’' });
    expect(
      within(scaleTable).getByRole('rowheader', { name: '5 – verankerd en continu verbeterd' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Wijzigingen' })).toBeInTheDocument();
    expect(screen.getByText('Eerste versie.')).toBeInTheDocument();

    // Domains fold (jsdom does not activate <summary> by keyboard; browsers do, see e2e).
    const summary = screen.getByText('De 2 criteria van D1');
    expect(summary.closest('details')).not.toHaveAttribute('open');
    const user = userEvent.setup({ delay: null });
    await user.click(summary);
    expect(summary.closest('details')).toHaveAttribute('open');
    await user.click(screen.getByRole('button', { name: 'Alle domeinen openklappen' }));
    expect(screen.getByText('Het criterium van D2').closest('details')).toHaveAttribute('open');
    await user.click(screen.getByRole('button', { name: 'Alle domeinen dichtklappen' }));
    expect(summary.closest('details')).not.toHaveAttribute('open');
    await user.click(summary);

    const criterion = document.getElementById('signalen-herkennen')!;
    expect(within(criterion).getByRole('heading', { level: 4 })).toHaveTextContent(
      'D1.1 Signalen herkennen',
    );
    expect(within(criterion).getByText('Medewerkers herkennen signalen.')).toBeInTheDocument();
    const levels = within(criterion).getByRole('table', {
      name: 'Wat elk niveau inhoudt bij D1.1',
    });
    expect(within(levels).getAllByRole('row')).toHaveLength(6);
    expect(
      within(levels).getByRole('rowheader', { name: '4 – uitgevoerd en geëvalueerd norm' }),
    ).toBeInTheDocument();
    expect(within(levels).getByText('Beschrijving niveau 4.')).toBeInTheDocument();
    expect(within(criterion).getByText('Hoe herkennen medewerkers signalen?')).toBeInTheDocument();
    expect(within(criterion).getByText('Opleidingsplan')).toBeInTheDocument();
    expect(within(criterion).getByText('Actie 2.3')).toBeInTheDocument();
    expect(within(criterion).getByText('Addendum')).toBeInTheDocument();
  });

  it('searches accent- and case-insensitively and filters by plan action, with a live count', async () => {
    const user = userEvent.setup({ delay: null });
    renderArea('/kader/minimaal-kader/1.0.0');
    await screen.findByRole('heading', { level: 1, name: 'Minimaal kader' });
    const count = screen.getByRole('status');
    expect(count).toHaveTextContent('Alle 3 criteria worden getoond.');

    const search = screen.getByLabelText('Zoeken in criteria');
    await user.type(search, 'SIGNÁLEN');
    expect(count).toHaveTextContent('1 criterium gevonden');
    expect(criterionHeadings()).toEqual(['D1.1 Signalen herkennen']);
    // Results are visible without unfolding anything.
    expect(
      screen.getByRole('heading', { level: 4, name: 'D1.1 Signalen herkennen' }),
    ).toBeVisible();
    expect(document.querySelector('details')).toBeNull();

    // A domain title matches all of its criteria.
    await user.clear(search);
    await user.type(search, 'begeleiding');
    expect(count).toHaveTextContent('1 criterium gevonden');
    expect(criterionHeadings()).toEqual(['D2.1 Jongere betrokken']);

    await user.clear(search);
    await user.type(search, 'detectie');
    expect(count).toHaveTextContent('2 criteria gevonden');

    await user.clear(search);
    await user.type(search, 'bestaat niet');
    expect(count).toHaveTextContent('Geen criteria gevonden');
    await user.clear(search);

    const action = screen.getByRole('combobox', { name: 'Filter op actie uit het actieplan' });
    expect(
      within(action)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Alle acties', 'Actie 2.3', 'Actie 4.1', 'Addendum']);
    await user.selectOptions(action, 'Actie 4.1');
    expect(count).toHaveTextContent('1 criterium gevonden');
    expect(criterionHeadings()).toEqual(['D2.1 Jongere betrokken']);

    // Search and filter combine.
    await user.type(search, 'signalen');
    expect(count).toHaveTextContent('Geen criteria gevonden');

    await user.click(screen.getByRole('button', { name: 'Zoekopdracht en filter wissen' }));
    expect(search).toHaveValue('');
    expect(action).toHaveValue('');
    expect(count).toHaveTextContent('Alle 3 criteria worden getoond.');
  });

  it('opens the domain of a criterion linked by #id and focuses it', async () => {
    renderArea('/kader/minimaal-kader/1.0.0#jongere-betrokken');
    const heading = await screen.findByRole('heading', {
      level: 4,
      name: 'D2.1 Jongere betrokken',
    });
    const article = heading.closest('article')!;
    expect(article).toHaveAttribute('id', 'jongere-betrokken');
    expect(article.closest('details')).toHaveAttribute('open');
    expect(article).toHaveFocus();
    expect(screen.getByText('De 2 criteria van D1').closest('details')).not.toHaveAttribute('open');
  });

  it('offers the other versions of the same framework', async () => {
    const next = minimalFramework();
    next.version = '1.1.0';
    next.status = 'vastgesteld';
    next.changelog.push({
      version: '1.1.0',
      date: '2026-12-01',
      changes: { 'nl-BE': 'Tweede versie.', en: 'Second version.' },
    });
    expect((await saveLocalFramework(JSON.stringify(next))).ok).toBe(true);

    const user = userEvent.setup({ delay: null });
    renderArea('/kader/minimaal-kader/1.1.0');
    const picker = await screen.findByRole('navigation', { name: 'Versies van dit kader' });
    expect(within(picker).getByRole('link', { name: '1.1.0' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    await user.click(within(picker).getByRole('link', { name: '1.0.0' }));
    expect(await screen.findByText('Eerste versie.')).toBeInTheDocument();
    expect(screen.queryByText('Tweede versie.')).not.toBeInTheDocument();
    expect(
      within(screen.getByRole('navigation', { name: 'Versies van dit kader' })).getByRole('link', {
        name: '1.0.0',
      }),
    ).toHaveAttribute('aria-current', 'page');
  });

  it('says clearly when a framework does not exist, with a way back', async () => {
    renderArea('/kader/bestaat-niet/9.9.9');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Kader niet gevonden' }),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/geen kader met id ‘bestaat-niet’ en versie 9\.9\.9/),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Terug naar de lijst met kaders' })).toHaveAttribute(
      'href',
      '/kader',
    );
  });

  it('sends /kader/:id to the newest version', async () => {
    renderArea('/kader/minimaal-kader');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Minimaal kader' }),
    ).toBeInTheDocument();
  });
});
