import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { finaliseAssessment } from '../../../src/flows/assessments';
import { getAssessment, listAssessments, saveAnswer } from '../../../src/db/assessments-repo';
import { emptyAnswer } from '../../../src/schemas/records';
import { renderArea, resetAll, seedFacility, seedRound, unwrap } from './helpers';
import { AREA_TEST } from '../timeouts';

// Not about the bundled framework: no bundled files, so each render does not parse and check
// the full 64-criterion framework (slow on a busy machine).
vi.mock('../../../src/io/bundled-frameworks', async (importOriginal) =>
  (await import('../no-bundled-frameworks')).mockNoBundledFrameworks(importOriginal),
);

beforeEach(resetAll);

describe('facility page', AREA_TEST, () => {
  it('starts a round pinned to a framework version, with roles (never names), and opens it', async () => {
    const user = userEvent.setup({ delay: null });
    const facility = await seedFacility('De Kade');
    renderArea(`/zelfevaluatie/voorziening/${facility.id}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'De Kade' })).toBeInTheDocument();
    expect(
      await screen.findByText('Deze voorziening heeft nog geen ronde. Start er hieronder een.'),
    ).toBeInTheDocument();

    const framework = screen.getByLabelText('Kader en versie');
    expect(framework).toHaveAccessibleDescription(/voorgoed aan deze versie gekoppeld/);
    await user.selectOptions(framework, 'Minimaal kader – versie 1.0.0 (concept)');

    await user.click(screen.getByRole('button', { name: 'Ronde starten' }));
    expect(screen.getByLabelText('Periode')).toHaveAccessibleDescription(/Vul de periode in/);
    expect(screen.getByLabelText('Periode')).toHaveFocus();

    await user.type(screen.getByLabelText('Periode'), '2026 voorjaar');
    expect(screen.getByText(/nooit namen/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Functie toevoegen' }));
    await user.click(screen.getByRole('button', { name: 'Functie toevoegen' }));
    const first = screen.getByRole('group', { name: 'Deelnemer 1' });
    await user.type(within(first).getByLabelText('Functie'), 'begeleider');
    await user.clear(within(first).getByLabelText('Aantal'));
    await user.type(within(first).getByLabelText('Aantal'), '4');
    // An empty second row is refused, then removed.
    await user.click(screen.getByRole('button', { name: 'Ronde starten' }));
    const second = screen.getByRole('group', { name: 'Deelnemer 2' });
    expect(within(second).getByLabelText('Functie')).toHaveAccessibleDescription(
      /Vul een functie in \(geen naam\)/,
    );
    await user.click(screen.getByRole('button', { name: 'Deelnemer 2 verwijderen' }));
    await user.click(screen.getByRole('button', { name: 'Ronde starten' }));

    expect(
      await screen.findByRole('heading', { level: 1, name: 'De Kade – 2026 voorjaar' }),
    ).toBeInTheDocument();
    const [round] = await listAssessments(facility.id);
    expect(round).toMatchObject({
      frameworkId: 'minimaal-kader',
      frameworkVersion: '1.0.0',
      periodLabel: '2026 voorjaar',
      participants: [{ role: 'begeleider', count: 4 }],
      previousAssessmentId: null,
      status: 'concept',
    });
    expect(screen.getByTestId('location')).toHaveTextContent(`/zelfevaluatie/ronde/${round!.id}`);
  });

  it('lists rounds with progress and links, and starts a follow-up round', async () => {
    const user = userEvent.setup({ delay: null });
    const facility = await seedFacility('De Kade');
    const earlier = await seedRound(facility.id, { periodLabel: '2025 najaar' });
    unwrap(
      await saveAnswer(
        earlier.id,
        'signalen-herkennen',
        { ...emptyAnswer(new Date().toISOString()), level: 3 },
        null,
      ),
    );
    unwrap(await finaliseAssessment(earlier.id));
    renderArea(`/zelfevaluatie/voorziening/${facility.id}`);

    const table = await screen.findByRole('table', {
      name: 'Rondes van deze voorziening, nieuwste eerst',
    });
    const row = within(table).getByRole('row', { name: /2025 najaar/ });
    expect(within(row).getByText('Afgerond')).toBeInTheDocument();
    expect(within(row).getByText('1 van 3 criteria beantwoord of n.v.t.')).toBeInTheDocument();
    expect(within(row).getByRole('progressbar')).toHaveAttribute('value', '1');
    expect(within(row).getByRole('link', { name: 'Bekijken: 2025 najaar' })).toHaveAttribute(
      'href',
      `/zelfevaluatie/ronde/${earlier.id}`,
    );
    expect(within(row).getByRole('link', { name: 'Resultaten: 2025 najaar' })).toHaveAttribute(
      'href',
      `/resultaten/ronde/${earlier.id}`,
    );
    expect(within(row).queryByRole('button', { name: /Verwijderen/ })).not.toBeInTheDocument();

    await user.selectOptions(
      screen.getByLabelText('Kader en versie'),
      'Minimaal kader – versie 1.0.0 (concept)',
    );
    await user.type(screen.getByLabelText('Periode'), '2026 voorjaar');
    await user.selectOptions(
      screen.getByLabelText('Start vanuit vorige ronde'),
      '2025 najaar (Afgerond, versie 1.0.0)',
    );
    await user.click(screen.getByRole('button', { name: 'Ronde starten' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'De Kade – 2026 voorjaar' }),
    ).toBeInTheDocument();
    const rounds = await listAssessments(facility.id);
    const follow = rounds.find((r) => r.periodLabel === '2026 voorjaar')!;
    expect(follow.previousAssessmentId).toBe(earlier.id);
    expect(follow.answers).toEqual({});
    // The previous round's level is shown beside the criterion, read-only.
    expect(
      await screen.findByText(
        (_, el) => el?.tagName === 'P' && el.textContent === 'Vorige ronde: 3 – In uitvoering',
      ),
    ).toBeInTheDocument();
  });

  it('deletes a concept round only after confirming', async () => {
    const user = userEvent.setup({ delay: null });
    const facility = await seedFacility('De Kade');
    await seedRound(facility.id, { periodLabel: 'Proefronde' });
    renderArea(`/zelfevaluatie/voorziening/${facility.id}`);
    await user.click(await screen.findByRole('button', { name: 'Verwijderen: Proefronde' }));
    const confirm = screen.getByRole('group', { name: 'Ronde ‘Proefronde’ verwijderen?' });
    expect(confirm).toHaveFocus();
    await user.click(within(confirm).getByRole('button', { name: 'Annuleren' }));
    expect(await listAssessments(facility.id)).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: 'Verwijderen: Proefronde' }));
    await user.click(screen.getByRole('button', { name: 'Ja, ronde verwijderen' }));
    expect(await screen.findByText('Ronde ‘Proefronde’ is verwijderd.')).toBeInTheDocument();
    await waitFor(async () => expect(await listAssessments(facility.id)).toHaveLength(0));
  });

  it('saves drafts left in the journal by a closed tab as soon as the round is listed', async () => {
    const facility = await seedFacility('De Kade');
    const round = await seedRound(facility.id);
    const draft = { ...emptyAnswer(new Date().toISOString()), level: 4, naReason: '' };
    localStorage.setItem(
      `kwaliteitskader.unsaved.v1:${round.id}:signalen-herkennen`,
      JSON.stringify({ answer: draft, base: null, at: new Date().toISOString() }),
    );
    renderArea('/zelfevaluatie');
    await screen.findByRole('row', { name: /De Kade/ });
    await waitFor(async () =>
      expect((await getAssessment(round.id))?.answers['signalen-herkennen']?.level).toBe(4),
    );
    await waitFor(() => expect(localStorage.length).toBe(0));
  });
});
