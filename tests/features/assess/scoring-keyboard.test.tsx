import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { getAssessment } from '../../../src/db/assessments-repo';
import type { Answer } from '../../../src/schemas/records';
import { renderArea, resetAll, seedFacility, seedRound } from './helpers';

beforeEach(resetAll);

const D11 = 'D1.1 Signalen herkennen';
const SAVE_WAIT = { timeout: 4000 };

async function stored(id: string, criterionId: string): Promise<Answer | undefined> {
  return (await getAssessment(id))?.answers[criterionId];
}

async function openRound() {
  const facility = await seedFacility('De Kade');
  const round = await seedRound(facility.id);
  renderArea(`/zelfevaluatie/ronde/${round.id}`);
  const card = await screen.findByRole('region', { name: D11 });
  return { round, card };
}

describe('scoring screen: keyboard and adding rows', { timeout: 30_000 }, () => {
  it('a number key chooses that level and the focus follows it', async () => {
    const user = userEvent.setup();
    const { card } = await openRound();
    card.focus();
    await user.keyboard('3');
    const three = within(card).getByRole('radio', { name: '3 – In uitvoering' });
    expect(three).toBeChecked();
    expect(three).toHaveFocus();
    await user.keyboard('5');
    const five = within(card).getByRole('radio', { name: '5 – Verankerd en continu verbeterd' });
    expect(five).toBeChecked();
    expect(five).toHaveFocus();
  });

  it('a number key in the target select chooses the level, never the target', async () => {
    const user = userEvent.setup();
    const { round, card } = await openRound();
    await user.click(within(card).getByText('Eigen doel'));
    const target = within(card).getByLabelText('Doel');
    expect(target).toHaveValue('4');
    target.focus();
    // A prevented keydown means the browser's type-ahead never sees the key.
    expect(fireEvent.keyDown(target, { key: '2' })).toBe(false);
    expect(within(card).getByRole('radio', { name: '2 – Gepland' })).toBeChecked();
    expect(target).toHaveValue('4');
    await waitFor(async () => {
      const answer = await stored(round.id, 'signalen-herkennen');
      expect(answer).toMatchObject({ level: 2, target: null });
    }, SAVE_WAIT);
  });

  it('N chooses N/A and moves the focus to the reason field without typing the letter', async () => {
    const user = userEvent.setup();
    const { card } = await openRound();
    card.focus();
    await user.keyboard('n');
    expect(within(card).getByRole('radio', { name: 'N.v.t. – Niet van toepassing' })).toBeChecked();
    const reason = within(card).getByLabelText('Waarom is dit niet van toepassing?');
    await waitFor(() => expect(reason).toHaveFocus());
    expect(reason).toHaveValue('');
    // In the field, letters and numbers are text, never shortcuts.
    await user.keyboard('Geen jongeren 3 jaar');
    expect(reason).toHaveValue('Geen jongeren 3 jaar');
    expect(within(card).getByRole('radio', { name: 'N.v.t. – Niet van toepassing' })).toBeChecked();
  });

  it('Escape leaves a text field for its card, and the shortcuts work again', async () => {
    const user = userEvent.setup();
    const { card } = await openRound();
    await user.click(within(card).getByRole('button', { name: 'Bewijsstuk toevoegen' }));
    const note = within(card).getByLabelText('Notitie');
    await waitFor(() => expect(note).toHaveFocus());
    await user.keyboard('jn4');
    expect(note).toHaveValue('jn4');
    expect(within(card).queryByRole('radio', { checked: true })).not.toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(card).toHaveFocus();
    await user.keyboard('4');
    expect(
      within(card).getByRole('radio', { name: '4 – Uitgevoerd en geëvalueerd' }),
    ).toBeChecked();
    expect(note).toHaveValue('jn4');
  });

  it('"add evidence" and "add action" store no empty row', async () => {
    const user = userEvent.setup();
    const { round, card } = await openRound();
    await user.click(within(card).getByRole('button', { name: 'Bewijsstuk toevoegen' }));
    await user.click(within(card).getByRole('button', { name: 'Actie toevoegen' }));
    expect(within(card).getByRole('group', { name: 'Bewijsstuk 1' })).toBeInTheDocument();
    expect(within(card).getByRole('group', { name: 'Actie 1' })).toBeInTheDocument();
    // Choosing a level stores the answer at once, with everything the card holds.
    await user.click(within(card).getByRole('radio', { name: '3 – In uitvoering' }));
    await waitFor(
      async () => expect((await stored(round.id, 'signalen-herkennen'))?.level).toBe(3),
      SAVE_WAIT,
    );
    expect(await stored(round.id, 'signalen-herkennen')).toMatchObject({
      evidence: [],
      actions: [],
    });
    // Typing makes the row real.
    await user.type(within(card).getByLabelText('Wat gaat u doen?'), 'Werkgroep');
    await user.tab();
    await waitFor(
      async () =>
        expect((await stored(round.id, 'signalen-herkennen'))?.actions).toMatchObject([
          { what: 'Werkgroep', status: 'open' },
        ]),
      SAVE_WAIT,
    );
    expect((await stored(round.id, 'signalen-herkennen'))?.evidence).toEqual([]);
    // Removing the empty evidence row leaves nothing behind.
    await user.click(within(card).getByRole('button', { name: 'Bewijsstuk 1 verwijderen' }));
    expect(within(card).getByText('Nog geen bewijsstukken.')).toBeInTheDocument();
  });

  it('finalising lists every N/A without a reason and waits for them', async () => {
    const user = userEvent.setup();
    const { round, card } = await openRound();
    await user.click(within(card).getByRole('radio', { name: 'N.v.t. – Niet van toepassing' }));
    await user.click(screen.getByRole('button', { name: 'Afronden' }));
    const confirm = screen.getByRole('group', { name: 'Deze ronde afronden?' });
    expect(
      within(confirm).getByText(/1 criterium staat op n\.v\.t\. zonder reden/),
    ).toBeInTheDocument();
    expect(within(confirm).getByRole('link', { name: D11 }).getAttribute('href')).toMatch(
      /\?criterium=signalen-herkennen$/,
    );
    expect(within(confirm).queryByRole('button', { name: 'Ja, afronden' })).not.toBeInTheDocument();
    expect((await getAssessment(round.id))?.status).toBe('concept');
  });
});
