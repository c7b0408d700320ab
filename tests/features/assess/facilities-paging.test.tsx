import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { renderArea, resetAll, seedFacility } from './helpers';
import { AREA_TEST } from '../timeouts';

// Not about the bundled framework: no bundled files, so each render does not parse and check
// the full 64-criterion framework (slow on a busy machine).
vi.mock('../../../src/io/bundled-frameworks', async (importOriginal) =>
  (await import('../no-bundled-frameworks')).mockNoBundledFrameworks(importOriginal),
);

beforeEach(resetAll);

describe('a long facility list', AREA_TEST, () => {
  it('shows the first 50, more on request, and finds the rest by name or code', async () => {
    const user = userEvent.setup({ delay: null });
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

    // Pasted, not typed: the filter is the same, without re-rendering 50 rows per key.
    await user.click(screen.getByLabelText('Zoeken op naam of code'));
    await user.paste('ziening 6');
    expect(screen.getByText('2 van 2 voorzieningen getoond')).toBeInTheDocument();
    expect(within(table).getAllByRole('row')).toHaveLength(3);

    await user.clear(screen.getByLabelText('Zoeken op naam of code'));
    await user.paste('bestaat niet');
    expect(screen.getByText('Geen voorziening gevonden voor deze zoekterm.')).toBeInTheDocument();
  });
});
