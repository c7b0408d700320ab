import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { renderArea, resetAll, seedFacility } from './helpers';

beforeEach(resetAll);

describe('a long facility list', { timeout: 30_000 }, () => {
  it('shows the first 50, more on request, and finds the rest by name or code', async () => {
    const user = userEvent.setup();
    for (let i = 0; i < 62; i++) await seedFacility(`Voorziening ${String(i).padStart(2, '0')}`);
    renderArea('/zelfevaluatie');

    expect(await screen.findByText('50 van 62 voorzieningen getoond')).toBeInTheDocument();
    const table = screen.getByRole('table', { name: /voorzieningen/i });
    expect(within(table).getAllByRole('row')).toHaveLength(51); // header + 50
    expect(within(table).queryByRole('link', { name: 'Voorziening 61' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Toon 12 meer' }));
    expect(screen.getByText('62 van 62 voorzieningen getoond')).toBeInTheDocument();
    expect(within(table).getByRole('link', { name: 'Voorziening 61' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Toon \d+ meer$/ })).not.toBeInTheDocument();

    await user.type(screen.getByLabelText('Zoeken op naam of code'), 'ziening 6');
    expect(screen.getByText('2 van 2 voorzieningen getoond')).toBeInTheDocument();
    expect(within(table).getAllByRole('row')).toHaveLength(3);

    await user.clear(screen.getByLabelText('Zoeken op naam of code'));
    await user.type(screen.getByLabelText('Zoeken op naam of code'), 'bestaat niet');
    expect(screen.getByText('Geen voorziening gevonden voor deze zoekterm.')).toBeInTheDocument();
  });
});
